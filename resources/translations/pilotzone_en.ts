<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AttestationEditor</name>
    <message>
        <location filename="../../app/ui/attestations.py" line="+126"/>
        <source>承诺事项</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AttestationRow</name>
    <message>
        <location line="-84"/>
        <location line="+42"/>
        <source>未答复</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例如 市工业和信息化局局长</source>
        <translation>e.g. Director, Municipal Bureau of Industry and IT</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>✗ 否定：该不可偏离条件不满足</source>
        <translation>✗ Answered no: this mandatory condition is not met</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>待补充：{items}</source>
        <translation>Still needed: {items}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ 已承诺</source>
        <translation>✓ Attested</translation>
    </message>
</context>
<context>
    <name>BasicInfoPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="+347"/>
        <source>申报城市 / 基本信息</source>
        <translation>Cities / Basic Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联合申报时，在下表中逐一登记各城市；常住人口与5G基站数按合计计算每万人基站数。</source>
        <translation>For a joint application, enter each city in the table below; 5G base stations per 10,000 residents are calculated from the combined resident population and base station count.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>方案标题</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申报单位</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系人及电话</source>
        <translation>Contact and phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申报城市</source>
        <translation>Cities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“申报城市”登记表编辑器尚未提供</source>
        <translation>The “Cities” register editor is not available yet</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <location filename="../../app/ui/cell_delegates.py" line="+88"/>
        <source>（未选择）</source>
        <translation>(not selected)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>例如 2024-03-01</source>
        <translation>e.g. 2024-03-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整数</source>
        <translation>integer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数值</source>
        <translation>number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>场景名称，以“、”分隔</source>
        <translation>Scenario names, separated by “、” or commas</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../app/ui/gap_panel.py" line="+74"/>
        <source>满足</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>不满足</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>实测：{measured}
要求：{threshold}</source>
        <translation>Measured: {measured}
Required: {threshold}</translation>
    </message>
</context>
<context>
    <name>DossierListModel</name>
    <message>
        <location filename="../../app/ui/home.py" line="+81"/>
        <source>无法读取</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>申报城市</source>
        <translation>Cities</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>不可偏离条件</source>
        <translation>Mandatory conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成度</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最后编辑</source>
        <translation>Last edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已定稿</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
</context>
<context>
    <name>DossierWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+213"/>
        <source>证明材料面板尚未提供</source>
        <translation>The evidence panel is not available yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证明材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>全部证明材料；每份材料可关联到一个或多个指标。</source>
        <translation>All supporting evidence; each item can be linked to one or more indicators.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>承诺事项编辑器尚未提供</source>
        <translation>The attestation editor is not available yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>现场考察承诺</source>
        <translation>Site-Visit Attestations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>每项承诺须由具名责任人确认并注明日期；任一项缺失或否定，该不可偏离条件不满足。</source>
        <translation>Each attestation must be confirmed and dated by a named responsible person; if any is missing or answered no, this mandatory condition is not met.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>立即保存(&amp;S)</source>
        <translation>&amp;Save Now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出申报包(&amp;E)…</source>
        <translation>&amp;Export Application Package…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预览试点工作方案 PDF(&amp;P)…</source>
        <translation>&amp;Preview Pilot Work Plan PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>验证申报包(&amp;V)…</source>
        <translation>&amp;Verify Application Package…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名身份(&amp;I)…</source>
        <translation>Signing &amp;Identities…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>定稿当前版本(&amp;F)…</source>
        <translation>&amp;Finalise Current Version…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>标记为已报送</source>
        <translation>Mark as Submitted</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>关闭(&amp;C)</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+154"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+155"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>修改历史与定稿以来的变化(&amp;H)…</source>
        <translation>&amp;History and Changes Since Finalising…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>差距面板</source>
        <translation>Gap Panel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>切换到差距面板</source>
        <translation>Switch to Gap Panel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下一页</source>
        <translation>Next Page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上一页</source>
        <translation>Previous Page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+213"/>
        <source>关于先导区申报助手</source>
        <translation>About Pilot Zone Assistant</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>只有以可编辑方式打开的 .pzd 申报文件才能定稿。</source>
        <translation>Only a .pzd application file opened for editing can be finalised.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>定稿</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>定稿说明（例如：报省工信厅审核稿）：</source>
        <translation>Finalisation note (e.g. “For review by the provincial Industry and IT Department”):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已定稿</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已定稿为第 {rev} 版（内容校验值 {digest}…）。之后的修改会开始新的修订。</source>
        <translation>Finalised as version {rev} (content checksum {digest}…). Further changes will start a new revision.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>只有以可编辑方式打开的 .pzd 申报文件才能标记为已报送。</source>
        <translation>Only a .pzd application file opened for editing can be marked as submitted.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>撤销 {what}</source>
        <translation>Undo {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重做 {what}</source>
        <translation>Redo {what}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>（只读）</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}{where} - 先导区申报助手</source>
        <translation>{name}{where} - Pilot Zone Assistant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不可偏离条件 {passed}/{total} 项满足&#x3000;完成度 {percent}%</source>
        <translation>Mandatory conditions {passed}/{total} met   Completeness {percent}%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未关联文件（仅在内存中）</source>
        <translation>Not linked to a file (in memory only)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>只读：修改不会保存</source>
        <translation>Read-only: changes will not be saved</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>自动保存失败：{reason}。请检查磁盘空间和文件权限；修改仍保留在窗口中，恢复后会再次保存。</source>
        <translation>Autosave failed: {reason}. Please check disk space and file permissions. Your changes are kept in the window and will be saved once saving works again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法保存</source>
        <translation>Could Not Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最近的修改未能写入文件。仍要关闭窗口吗？</source>
        <translation>Your latest changes could not be written to the file. Close the window anyway?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仍然关闭</source>
        <translation>Close Anyway</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>关闭文件</source>
        <translation>Close file</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>先导区申报助手 {version}
按《{title}》整理“5G+工业互联网”融合应用先导区申报材料。
完成度只反映材料填写情况，不代表评审得分。</source>
        <translation>Pilot Zone Assistant {version}
Prepares the application for a “5G + Industrial Internet” integrated application pilot zone according to the evaluation criteria ({title}).
Completeness reflects how much has been filled in; it is not a review score.</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <location filename="../../app/ui/evidence_list.py" line="+62"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>关联指标</source>
        <translation>Linked indicators</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>未关联</source>
        <translation>Not linked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>尚未关联任何指标</source>
        <translation>Not linked to any indicator yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>证明材料编号，例如 2-1；双击修改</source>
        <translation>Evidence number, e.g. 2-1; double-click to edit</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../app/ui/evidence.py" line="+101"/>
        <source>添加文件…</source>
        <translation>Add Files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关联指标…</source>
        <translation>Link Indicators…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>将文件拖放到这里，或点击“添加文件…”</source>
        <translation>Drop files here, or click “Add Files…”</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>无法读取“{name}”：{error}</source>
        <translation>Cannot read “{name}”: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>找不到“{name}”的内容（文件未随申报一同保存）</source>
        <translation>The content of “{name}” is missing (the file was not saved with the application)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+32"/>
        <source>已附 {n} 份</source>
        <translation>Attached: {n}</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>建议附证明材料</source>
        <translation>Supporting evidence recommended</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>共 {n} 份证明材料</source>
        <translation>Evidence items in total: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所选指标 {n} 份（共 {total} 份）</source>
        <translation>Selected indicator: {n} (of {total} in total)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} 项必附指标尚无材料</source>
        <translation>Indicators still missing required evidence: {n}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="+73"/>
        <location line="+168"/>
        <source>导出申报包</source>
        <translation>Export Application Package</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>正式稿（报送用：不可偏离条件须全部满足、必填内容须完整）</source>
        <translation>Final version (for submission: every mandatory condition met, all required content complete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>草稿（未填写部分标出，仅供内部审阅）</source>
        <translation>Draft (unfilled parts are marked; for internal review only)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>管理签名身份…</source>
        <translation>Manage Signing Identities…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>签名身份的口令</source>
        <translation>Passphrase of the signing identity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本次运行期间记住口令（不会保存到磁盘）</source>
        <translation>Remember the passphrase until the app closes (never saved to disk)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>签名身份</source>
        <translation>Signing identity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预览 PDF…</source>
        <translation>Preview PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>申报材料：{name}</source>
        <translation>Application: {name}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>不签名</source>
        <translation>Do not sign</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>正式稿暂不能导出，还有 {n} 项需要处理（可先导出草稿）：</source>
        <translation>The final version cannot be exported yet; items still to resolve: {n} (you can export a draft meanwhile):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>可以导出。</source>
        <translation>Ready to export.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>保存申报包</source>
        <translation>Save Application Package</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>申报包 (*.zip)</source>
        <translation>Application packages (*.zip)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>正在生成 PDF 预览…</source>
        <translation>Generating PDF preview…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>生成预览</source>
        <translation>Generate preview</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>请输入签名身份的口令。</source>
        <translation>Please enter the passphrase of the signing identity.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>正在导出申报包…</source>
        <translation>Exporting application package…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已取消导出，未生成任何文件。</source>
        <translation>Export cancelled; no file was created.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已签名</source>
        <translation>signed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未签名</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出完成</source>
        <translation>Export Complete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>申报包已导出（{signed}）：
{path}</source>
        <translation>Application package exported ({signed}):
{path}</translation>
    </message>
</context>
<context>
    <name>GapDock</name>
    <message>
        <location filename="../../app/ui/gap_panel.py" line="+206"/>
        <source>差距与完成度</source>
        <translation>Gaps and Completeness</translation>
    </message>
</context>
<context>
    <name>GapPanel</name>
    <message>
        <location line="-91"/>
        <source>完成度</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>不可偏离条件：{passed}/{total} 项满足</source>
        <translation>Mandatory conditions: {passed}/{total} met</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{label}（{count}）</source>
        <translation>{label} ({count})</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/history_dialog.py" line="+164"/>
        <source>修改历史 — {name}</source>
        <translation>Change History — {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全部修改</source>
        <translation>All changes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>登记表：{name}</source>
        <translation>Register: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>导出为 CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改人</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>内容</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>定稿时</source>
        <translation>When finalised</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>现在</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>修改历史</source>
        <translation>Change History</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自上次定稿以来的变化</source>
        <translation>Changes Since Last Finalised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+19"/>
        <source>此申报材料尚未保存为 .pzd 文件，没有修改历史。</source>
        <translation>This application has not been saved as a .pzd file yet, so it has no change history.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>读取修改记录时出错：{message}</source>
        <translation>Could not read the changes: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>共 {n} 条修改记录，最新的在前。</source>
        <translation>{n} changes, newest first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此范围内还没有修改记录。</source>
        <translation>No changes in this scope yet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>尚未定稿过。导出正式申报包时会自动定稿。</source>
        <translation>Not finalised yet. Exporting the final application package finalises it automatically.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>上次定稿：第 {rev} 版，{at}。此后共有 {n} 处变化。</source>
        <translation>Last finalised: version {rev}, {at}. Changes since then: {n}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>读取更早的修改记录时出错：{message}</source>
        <translation>Could not read earlier changes: {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>导出修改历史</source>
        <translation>Export Change History</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>导出完成</source>
        <translation>Export Complete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已导出 {n} 条修改记录：{path}</source>
        <translation>Change records exported: {n}
{path}</translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <location filename="../../app/ui/home.py" line="+10"/>
        <source>先导区申报助手 — 工作区</source>
        <translation>Pilot Zone Assistant — Workspace</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>搜索城市、阶段…</source>
        <translation>Search city, stage…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>先导区申报助手</source>
        <translation>Pilot Zone Assistant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>新建申报…</source>
        <translation>New Application…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打开示例</source>
        <translation>Open Sample</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开“滨江市”示例申报（六项不可偏离条件全部满足）</source>
        <translation>Open the sample application for Binjiang (滨江市), which meets all six mandatory conditions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>验证申报包…</source>
        <translation>Verify Package…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收到申报包后，离线核验其完整性、签名和不可偏离条件记录</source>
        <translation>Check a received application package offline: its integrity, signature and mandatory-condition records</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>最近打开</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+97"/>
        <location line="+32"/>
        <source>复制为模板</source>
        <translation>Duplicate as Template</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+129"/>
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+106"/>
        <location line="+23"/>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+112"/>
        <location line="+17"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>选中的申报：</source>
        <translation>Selected application:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>完成度只反映材料填写情况，不代表评审得分。</source>
        <translation>Completeness reflects how much has been filled in; it is not a review score.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>工作区：{folder}</source>
        <translation>Workspace: {folder}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>新建申报</source>
        <translation>New Application</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>打开申报材料</source>
        <translation>Open Application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申报材料 (*.pzd *.json)</source>
        <translation>Applications (*.pzd *.json)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>复制为模板：新城市</source>
        <translation>Duplicate as Template: New City</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>重命名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>新的文件名：</source>
        <translation>New file name:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>删除申报</source>
        <translation>Delete Application</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>把“{name}”移到回收站？</source>
        <translation>Move “{name}” to the Trash?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移到回收站</source>
        <translation>Move to Trash</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <location filename="../../app/ui/identity_dialog.py" line="+145"/>
        <source>签名身份</source>
        <translation>Signing Identities</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新建自签名身份…</source>
        <translation>New Self-Signed Identity…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导入机构证书…</source>
        <translation>Import Organisation Certificate…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>私钥只以加密形式保存在本机的用户数据文件夹中；口令不会被保存。</source>
        <translation>Private keys are stored only in encrypted form, in the user data folder on this computer; passphrases are never saved.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>（尚无签名身份）</source>
        <translation>(no signing identities yet)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>删除签名身份</source>
        <translation>Delete Signing Identity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除后无法再用该身份签名。确定删除吗？</source>
        <translation>Once deleted, this identity can no longer be used for signing. Delete it?</translation>
    </message>
</context>
<context>
    <name>ImportIdentityDialog</name>
    <message>
        <location line="-99"/>
        <source>导入机构证书</source>
        <translation>Import Organisation Certificate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>证书文件</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证书口令</source>
        <translation>Certificate passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>选择证书</source>
        <translation>Choose Certificate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PKCS#12 证书 (*.p12 *.pfx)</source>
        <translation>PKCS#12 certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>无法读取证书文件：{reason}</source>
        <translation>Cannot read the certificate file: {reason}</translation>
    </message>
</context>
<context>
    <name>IndicatorCard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="-269"/>
        <source>★ 不可偏离条件：{condition}</source>
        <translation>★ Mandatory condition: {condition}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>情况说明（必填）</source>
        <translation>Description (required)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>情况说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>登记表：{name}</source>
        <translation>Register: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}”登记表编辑器尚未提供</source>
        <translation>The “{name}” register editor is not available yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>现场考察承诺</source>
        <translation>Site-Visit Attestations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>承诺事项编辑器尚未提供</source>
        <translation>The attestation editor is not available yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>证明材料（必附）</source>
        <translation>Evidence (required)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>证明材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>证明材料面板尚未提供</source>
        <translation>The evidence panel is not available yet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>完成度 {percent}%</source>
        <translation>Completeness {percent}%</translation>
    </message>
</context>
<context>
    <name>IndicatorLinkDialog</name>
    <message>
        <location filename="../../app/ui/indicator_picker.py" line="+80"/>
        <source>关联指标</source>
        <translation>Link Indicators</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>勾选这份材料所证明的指标（可多选）：</source>
        <translation>Tick the indicators this evidence supports (you can tick several):</translation>
    </message>
</context>
<context>
    <name>IndicatorTree</name>
    <message>
        <location line="-65"/>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>份数</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>全部证明材料</source>
        <translation>All evidence</translation>
    </message>
</context>
<context>
    <name>LongTextEditor</name>
    <message>
        <location filename="../../app/ui/text_editors.py" line="+79"/>
        <source>{count} 字</source>
        <translation>{count} characters</translation>
    </message>
</context>
<context>
    <name>NavTree</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="-403"/>
        <source>申报城市 / 基本信息</source>
        <translation>Cities / Basic Information</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>方案正文</source>
        <translation>Plan Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证明材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现场考察承诺</source>
        <translation>Site-Visit Attestations</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>不可偏离条件未满足</source>
        <translation>Mandatory condition not met</translation>
    </message>
</context>
<context>
    <name>NewDossierDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+113"/>
        <source>新建申报</source>
        <translation>New Application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>例如：滨江市</source>
        <translation>e.g. 滨江市</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例如：浙江省</source>
        <translation>e.g. 浙江省</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>联合申报时填写，每行一个城市；单独申报请留空</source>
        <translation>For a joint application, one city per line; leave empty when applying alone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>申报城市</source>
        <translation>Cities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所在省份</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联合申报城市</source>
        <translation>Partner cities (joint application)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>地级及以上城市可单独申报，相邻城市可联合申报（一份申报材料，多个城市）。</source>
        <translation>A city at prefecture level or above may apply on its own; neighbouring cities may apply jointly (one application, several cities).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>请填写申报城市</source>
        <translation>Please enter the city</translation>
    </message>
</context>
<context>
    <name>NewIdentityDialog</name>
    <message>
        <location filename="../../app/ui/identity_dialog.py" line="-88"/>
        <source>新建自签名身份</source>
        <translation>New Self-Signed Identity</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>至少 8 个字符</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>签名人姓名</source>
        <translation>Signer’s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>再次输入口令</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自签名证书只适合内部草稿；正式报送请导入机构的数字证书（.p12/.pfx）。</source>
        <translation>A self-signed certificate is only suitable for internal drafts; for the official submission, import your organisation’s digital certificate (.p12/.pfx).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>两次输入的口令不一致</source>
        <translation>The two passphrases do not match</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>创建签名身份</source>
        <translation>Create signing identity</translation>
    </message>
</context>
<context>
    <name>NumberFieldEditor</name>
    <message>
        <location filename="../../app/ui/field_editors.py" line="+98"/>
        <source>整数</source>
        <translation>integer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>数值</source>
        <translation>number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>暂定值</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据尚待核实；提交前请确认</source>
        <translation>Figure not yet verified; confirm it before submission</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>未保存：{reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未保存：{reason}（申报材料中仍为“{value}”）</source>
        <translation>Not saved: {reason} (the application still holds “{value}”)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="-169"/>
        <source>预览：试点工作方案（草稿）</source>
        <translation>Preview: Pilot Work Plan (Draft)</translation>
    </message>
</context>
<context>
    <name>PlanTextPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="+225"/>
        <source>方案正文</source>
        <translation>Plan Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>试点工作方案中不属于单项指标的部分。重点任务按《{guide}》的五个方面组织。</source>
        <translation>The parts of the pilot work plan that belong to no single indicator. The key tasks follow the five areas of the construction guidelines ({guide}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>建设指南：{items}</source>
        <translation>Guidelines: {items}</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../app/ui/evidence.py" line="-213"/>
        <source>预览证明材料</source>
        <translation>Preview Evidence</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../app/ui/preview.py" line="+80"/>
        <source>适合宽度</source>
        <translation>Fit Width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整页</source>
        <translation>Whole Page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用系统程序打开</source>
        <translation>Open in Default App</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>选择一份证明材料即可在此预览</source>
        <translation>Select an evidence item to preview it here</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法创建临时文件，不能预览</source>
        <translation>Cannot preview: a temporary file could not be created</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>此类文件（{suffix}）无法在应用内预览，可用系统程序打开。</source>
        <translation>Files of this type ({suffix}) cannot be previewed in the app; open them in the default app instead.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF 文件无法打开（{error}）</source>
        <translation>The PDF file cannot be opened ({error})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF，共 {n} 页</source>
        <translation>PDF, {n} page(s)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>图片无法读取：{error}</source>
        <translation>Cannot read the image: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>图片，{w} × {h} 像素</source>
        <translation>Image, {w} × {h} pixels</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/ui/evidence.py" line="-19"/>
        <source>该不可偏离条件尚无证明材料</source>
        <translation>No supporting evidence for this mandatory condition yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>该指标尚无证明材料（必附）</source>
        <translation>No supporting evidence for this indicator yet (required)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/ui/evidence_import.py" line="+117"/>
        <source>添加证明材料</source>
        <translation>Add Supporting Evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>常见材料 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.xls *.xlsx *.ofd);;所有文件 (*)</source>
        <translation>Common document types (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.xls *.xlsx *.ofd);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_import.py" line="+2"/>
        <source>正在添加 {n} 个文件……</source>
        <translation>Adding files ({n})…</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_clipboard.py" line="+32"/>
        <source>粘贴未完成</source>
        <translation>Paste Not Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>粘贴内容中有无法识别的单元格，未粘贴任何一行。请在 Excel 中改正后重新复制：</source>
        <translation>Some pasted cells could not be understood, so no rows were pasted. Correct them in Excel and copy again:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>第{line}行第{col}列：多出的列（本登记表只有{n}列）</source>
        <translation>Row {line}, column {col}: extra column (this register has only {n} columns)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>第{line}行“{label}”：{message}</source>
        <translation>Row {line}, “{label}”: {message}</translation>
    </message>
</context>
<context>
    <name>QuantityEditor</name>
    <message>
        <location filename="../../app/ui/cell_delegates.py" line="-56"/>
        <source>数值</source>
        <translation>number</translation>
    </message>
</context>
<context>
    <name>RegisterEditor</name>
    <message>
        <location filename="../../app/ui/registers.py" line="+128"/>
        <source>添加{name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+N 或 Insert</source>
        <translation>Ctrl+N or Insert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除所选</source>
        <translation>Delete Selected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete；可撤销</source>
        <translation>Delete; can be undone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从 Excel 粘贴</source>
        <translation>Paste from Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+V：按本表列的顺序粘贴，可带标题行</source>
        <translation>Ctrl+V: pastes in this table’s column order; a header row is allowed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+C：复制为可粘贴到 Excel 的表格</source>
        <translation>Ctrl+C: copies as a table you can paste into Excel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>登记表</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>典型应用场景矩阵</source>
        <translation>Application Scenario Matrix</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>已删除 {n} 条{name}，可撤销（Ctrl+Z）</source>
        <translation>Deleted {name} records: {n} (undo with Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>（已跳过标题行）</source>
        <translation> (header row skipped)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已粘贴 {n} 条{name}{note}，可一次撤销</source>
        <translation>Pasted {name} records: {n}{note}; a single undo reverts the paste</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{name} {n} {m}</source>
        <translation>{name}: {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>{label} {n} {m}</source>
        <translation>{label}: {n}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>“{label}” {n} {m}（须说明理由）</source>
        <translation>“{label}”: {n} (reason required)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>具备{k}个以上典型应用场景的 {n} {m}</source>
        <translation>with {k} or more typical application scenarios: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>其中</source>
        <translation>of which </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} 条待完善</source>
        <translation>incomplete: {n}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{mark} 不可偏离条件：{measured}（要求{threshold}）</source>
        <translation>{mark} Mandatory condition: {measured} (required: {threshold})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>——{gap}</source>
        <translation> — {gap}</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../app/ui/register_model.py" line="+106"/>
        <location line="+25"/>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>“{other}”为“{value}”时必填</source>
        <translation>Required when “{other}” is “{value}”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>未选择</source>
        <translation>Not selected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>未接受输入“{text}”：{message}</source>
        <translation>Input “{text}” not accepted: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{label}”必须填写</source>
        <translation>“{label}” is required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本条待完善：</source>
        <translation>This record is incomplete: </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“{label}”未修改：{message}</source>
        <translation>“{label}” not changed: {message}</translation>
    </message>
</context>
<context>
    <name>ScenarioMatrix</name>
    <message>
        <location filename="../../app/ui/scenario_matrix.py" line="+277"/>
        <source>具备{k}个以上典型应用场景的工厂：{n} 家（要求不少于{m}家）</source>
        <translation>Factories with {k} or more typical application scenarios: {n} (at least {m} required)</translation>
    </message>
</context>
<context>
    <name>ScenarioMatrixModel</name>
    <message>
        <location line="-160"/>
        <source>工厂</source>
        <translation>Factory</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>场景数</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他（非目录）</source>
        <translation>Other (not in catalogue)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>又称：</source>
        <translation>Also called: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已发布目录中的不同场景数；达到{k}个时显示为绿色</source>
        <translation>Number of distinct scenarios from the published catalogue; shown in green from {k} upwards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不在工业和信息化部已发布目录中的场景或重复登记的场景，不计入场景数（只读）</source>
        <translation>Scenarios that are not in the catalogue published by the Ministry of Industry and Information Technology, or that are entered more than once, do not count towards the scenario total (read-only)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>已达到{k}个以上典型应用场景</source>
        <translation>Has {k} or more typical application scenarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还差 {n} 个场景才达到{k}个</source>
        <translation>Needs {n} more to reach {k} scenarios</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>以下内容不计入场景数：</source>
        <translation>Not counted as scenarios: </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>（未命名）</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}（重复{n}次）</source>
        <translation>{name} (entered {n} times)</translation>
    </message>
</context>
<context>
    <name>SectionWizard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="-168"/>
        <source>分值 {points} 分（由评审专家打分）</source>
        <translation>{points} points (scored by the reviewers)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>上一页</source>
        <translation>Previous Page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一页</source>
        <translation>Next Page</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>第 {current}/{total} 页</source>
        <translation>Page {current}/{total}</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <location filename="../../app/ui/field_editors.py" line="+152"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已定稿</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
</context>
<context>
    <name>TargetGrid</name>
    <message>
        <location line="-101"/>
        <source>分年度目标</source>
        <translation>Annual targets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第{year}年</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}（{unit}）</source>
        <translation>{label} ({unit})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}第{year}年目标</source>
        <translation>{label}, target for year {year}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="+34"/>
        <source>验证申报包</source>
        <translation>Verify Application Package</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>选择要验证的申报包（.zip）</source>
        <translation>Choose the application package to verify (.zip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>验证</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>尚未验证</source>
        <translation>Not verified yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>验证完全离线进行，不访问网络。</source>
        <translation>Verification runs entirely offline and never uses the network.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>选择申报包</source>
        <translation>Choose Application Package</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>申报包 (*.zip);;所有文件 (*)</source>
        <translation>Application packages (*.zip);;All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>找不到文件：{path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在验证…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✔ 验证通过：内容完整，签名有效</source>
        <translation>✔ Verification passed: content intact, signature valid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ 验证未通过：发现 {n} 个问题</source>
        <translation>✘ Verification failed: {n} problem(s) found</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✘ 无法验证</source>
        <translation>✘ Could not verify</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../../app/ui/application.py" line="+165"/>
        <source>日志文件：{path}</source>
        <translation>Log file: {path}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>正在打开 {name}…</source>
        <translation>Opening {name}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>打开文件</source>
        <translation>Open File</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{message}

占用它的程序似乎已经退出。是否接管并继续编辑？</source>
        <translation>{message}

The program holding it seems to have exited. Take over and continue editing?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接管编辑</source>
        <translation>Take Over</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{message}

是否以只读方式打开？只读时可以查看、导出和验证，但不能修改。</source>
        <translation>{message}

Open it read-only? Read-only, you can view, export and verify, but not edit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>以只读方式打开</source>
        <translation>Open Read-Only</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+60"/>
        <source>文件已损坏</source>
        <translation>File Damaged</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>{message}

是否把仍可读取的内容恢复到一个新文件？原文件保持不变。</source>
        <translation>{message}

Recover what can still be read into a new file? The original file is left unchanged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>恢复到新文件</source>
        <translation>Recover to New File</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>恢复文件</source>
        <translation>Recover File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>恢复完成</source>
        <translation>Recovery Complete</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“{name}”的修改历史或定稿记录已损坏；申报内容完好，仍在自动保存。重新打开此文件可再次选择恢复到新文件。</source>
        <translation>The change history or finalised versions of “{name}” are damaged; the application content is intact and still autosaved. Reopen the file to be offered recovery into a new file again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{message}

申报内容已通过校验并已打开，损坏的是修改历史或定稿记录。是否把仍可读取的内容恢复到一个新文件？原文件保持不变。</source>
        <translation>{message}

The application content passed its check and is open; what is damaged is the change history or the finalised versions. Recover what can still be read into a new file? The original file is left unchanged.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="-120"/>
        <source>出错了</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>没有权限访问文件：{name}</source>
        <translation>No permission to access the file: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>找不到文件：{name}</source>
        <translation>File not found: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>读写文件时出错：{reason}</source>
        <translation>Error reading or writing the file: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>程序遇到了意外的问题（{kind}）。您的数据已自动保存；详细信息已记入日志。</source>
        <translation>The program ran into an unexpected problem ({kind}). Your data has been saved automatically; details are in the log.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{action}失败：{message}</source>
        <translation>{action} failed: {message}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="+138"/>
        <source>证明材料未保存在申报文件中，请先将申报材料保存为 .pzd 文件</source>
        <translation>The evidence is not stored in a dossier file; save the application as a .pzd file first</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>导出申报包</source>
        <translation>Export Application Package</translation>
    </message>
</context>
<context>
    <name>identity_dialog</name>
    <message>
        <location filename="../../app/ui/identity_dialog.py" line="-53"/>
        <source>自签名，仅供内部草稿</source>
        <extracomment>One cache per app session: remembered passphrases vanish when the app quits.</extracomment>
        <translation>self-signed, for internal drafts only</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>机构证书</source>
        <translation>organisation certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}（{org}；{kind}；有效期至 {until}）</source>
        <translation>{name} ({org}; {kind}; valid until {until})</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../app/ui/workers.py" line="+258"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
</TS>
