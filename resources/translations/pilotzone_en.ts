<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ActualsModel</name>
    <message>
        <location filename="../../app/ui/actuals_model.py" line="+63"/>
        <source>{code} {label}（{unit}）</source>
        <translation>{code} {label} ({unit})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>指标及目标项</source>
        <translation>Indicator and target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>年度目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>实际完成</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>完成率</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>证明材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>（已调整）</source>
        <translation> (amended)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{n} 份</source>
        <translation>{n} item(s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} {name} › {label}（{unit}）</source>
        <translation>{code} {name} › {label} ({unit})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>批复目标 {approved}；</source>
        <translation>Approved target {approved}; </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date}调整为 {new}（{reason}）</source>
        <translation>amended to {new} on {date} ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>由其他数值计算得出，无需填写</source>
        <translation>Calculated from other values; nothing to enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>备注：{note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>差距：{gap} {unit}</source>
        <translation>Shortfall: {gap} {unit}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>填报实际完成值</source>
        <translation>Enter actual value</translation>
    </message>
</context>
<context>
    <name>AttestationEditor</name>
    <message>
        <location filename="../../app/ui/attestations.py" line="+150"/>
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
        <location line="-98"/>
        <location line="+42"/>
        <location line="+74"/>
        <source>未答复</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location line="-116"/>
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
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ 日期晚于今天，未计入</source>
        <translation>✗ Dated after today, not counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>✓ 已承诺</source>
        <translation>✓ Attested</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>未保存：{problem}</source>
        <translation>Not saved: {problem}</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <location filename="../../app/ui/author.py" line="+32"/>
        <source>修改人姓名</source>
        <translation>Your Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>修改历史会记下每一处修改由谁、在何时作出。请填写您的姓名，它将记为以后每次修改的修改人（以后可在“编辑 › 修改人姓名…”中更改）。</source>
        <translation>The change history records who made each change and when. Please enter your name; it will be recorded with every change you make from now on (you can change it later under &quot;Edit › Your Name…&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>以后的修改将以此姓名记入修改历史。</source>
        <translation>Your changes from now on will be recorded under this name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例如：李明</source>
        <translation>e.g. Li Ming</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BasicInfoPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="+331"/>
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
        <translation>The &quot;Cities&quot; register editor is not available yet</translation>
    </message>
</context>
<context>
    <name>BehindDock</name>
    <message>
        <location filename="../../app/ui/behind_panel.py" line="+159"/>
        <source>目标完成情况</source>
        <translation>Target Progress</translation>
    </message>
</context>
<context>
    <name>BehindPanel</name>
    <message>
        <location line="-111"/>
        <source>尚差 {gap} {unit}</source>
        <translation>{gap} {unit} short</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超出 {gap} {unit}</source>
        <translation>{gap} {unit} over</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>第{n}年</source>
        <translation>Year {n}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>完成度为各目标完成率（单项以100%计上限）的平均值，不是评价得分。</source>
        <translation>Completion is the average of the targets&apos; completion rates (each capped at 100%); it is not an evaluation score.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>试点年度</source>
        <translation>Pilot year</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>申报材料获批复后，这里列出未达成的年度目标。</source>
        <translation>Once the application is approved, annual targets not yet met are listed here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第{n}年完成度 {total}；未达成 {behind} 项，未填报 {missing} 项</source>
        <translation>Year {n} completion {total}; not met: {behind}, not reported: {missing}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>未达成（{n}）</source>
        <translation>Not met ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未填报（{n}）</source>
        <translation>Not reported ({n})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>：目标 {target}，实际 {actual}，完成 {rate}（{gap}）</source>
        <translation>: target {target}, actual {actual}, {rate} achieved ({gap})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>：目标 {target} {unit}</source>
        <translation>: target {target} {unit}</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <location filename="../../app/ui/cell_delegates.py" line="+90"/>
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
        <translation>Scenario names, separated by &quot;、&quot; or commas</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../app/ui/gap_panel.py" line="+76"/>
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
    <name>CopiesNotice</name>
    <message>
        <location filename="../../app/ui/merge_notice.py" line="+31"/>
        <source>合并…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>比较两个副本，把两边的修改合并到一个新文件（原文件不变）</source>
        <translation>Compare the two copies and merge the changes of both into a new file (the original files stay unchanged)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{names}”是同一份申报材料的 {n} 个副本（申报编号相同），两边的修改可能各不相同。可以把最近修改的两个合并为一个新文件。</source>
        <translation>&quot;{names}&quot; are {n} copies of the same application (same application ID) and may contain different changes. You can merge the two most recently changed copies into a new file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>另有 {n} 份申报也有多个副本。</source>
        <translation>Other applications with several copies: {n}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>合并完成</source>
        <translation>Merge Complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>两个副本已合并为“{name}”。两个旧副本仍在工作区中；核对无误后，可把它们移到“归档”文件夹（随时可以取回）。</source>
        <translation>The two copies have been merged into &quot;{name}&quot;. The two old copies are still in the workspace; once you have checked the result, you can move them to the &quot;Archive&quot; folder (you can restore them at any time).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>归档旧副本并打开</source>
        <translation>Archive Old Copies and Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只打开合并结果</source>
        <translation>Open Merged File Only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DossierListModel</name>
    <message>
        <location filename="../../app/ui/home.py" line="+98"/>
        <source>无法读取</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+0"/>
        <source>文件</source>
        <translation>File</translation>
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
        <location line="+0"/>
        <source>下一事项</source>
        <translation>Next due</translation>
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
        <location filename="../../app/ui/main_window.py" line="+227"/>
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
        <source>返回工作区(&amp;W)</source>
        <translation>Back to &amp;Workspace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>合并副本(&amp;M)…</source>
        <translation>&amp;Merge Copies…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>定稿当前版本(&amp;F)…</source>
        <translation>&amp;Finalise Current Version…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>标记为已报送</source>
        <translation>Mark as Submitted</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>关闭(&amp;C)</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+203"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+204"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>修改历史与定稿以来的变化(&amp;H)…</source>
        <translation>&amp;History and Changes Since Finalising…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改人姓名(&amp;N)…</source>
        <translation>Your &amp;Name…</translation>
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
        <location line="+264"/>
        <source>关于先导区申报助手</source>
        <translation>About Pilot Zone Assistant</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>打开申报材料</source>
        <translation>Open Application</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>申报材料 (*.pzd *.json)</source>
        <translation>Applications (*.pzd *.json)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>只有以可编辑方式打开的 .pzd 申报文件才能定稿。</source>
        <translation>Only a .pzd application file opened for editing can be finalised.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>定稿</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>定稿说明（例如：报省工信厅审核稿）：</source>
        <translation>Finalisation note (e.g. &quot;For review by the provincial Industry and IT Department&quot;):</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+13"/>
        <source>只有保存在 .pzd 申报文件中的申报材料才能合并副本。</source>
        <translation>Only an application saved in a .pzd application file can be merged with a copy.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>合并完成</source>
        <translation>Merge Complete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>是否打开合并结果“{name}”？</source>
        <translation>Open the merged file &quot;{name}&quot;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开</source>
        <translation>Open</translation>
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
        <location line="+12"/>
        <source>（只读）</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="-139"/>
        <location line="+146"/>
        <location line="+21"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>（方案已批复，不再修改）</source>
        <translation> (plan approved; no further edits)</translation>
    </message>
    <message>
        <location line="+44"/>
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
Prepares the application for a &quot;5G + Industrial Internet&quot; integrated application pilot zone according to the evaluation criteria ({title}).
Completeness reflects how much has been filled in; it is not a review score.</translation>
    </message>
</context>
<context>
    <name>EvidenceChooser</name>
    <message>
        <location filename="../../app/ui/pilot_dialogs.py" line="+236"/>
        <source>添加文件…</source>
        <translation>Add Files…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>勾选支撑该数值的证明材料：</source>
        <translation>Tick the evidence that supports this value:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{title}（{file}）</source>
        <translation>{title} ({file})</translation>
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
        <location line="+21"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
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
    <message>
        <location line="+1"/>
        <source>{title}
{file}（{size}）</source>
        <translation>{title}
{file} ({size})</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../app/ui/evidence.py" line="+100"/>
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
        <location line="+51"/>
        <source>将文件拖放到这里，或点击“添加文件…”</source>
        <translation>Drop files here, or click &quot;Add Files…&quot;</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>无法读取“{name}”：{error}</source>
        <translation>Cannot read &quot;{name}&quot;: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>找不到“{name}”的内容（文件未随申报一同保存）</source>
        <translation>The content of &quot;{name}&quot; is missing (the file was not saved with the application)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+33"/>
        <source>已附 {n} 份</source>
        <translation>Attached: {n}</translation>
    </message>
    <message>
        <location line="-26"/>
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
    <message>
        <location line="+10"/>
        <source>缺</source>
        <comment>no evidence yet: a mark in a narrow column</comment>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="+89"/>
        <source>导出申报包</source>
        <translation>Export Application Package</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>管理签名身份…</source>
        <translation>Manage Signing Identities…</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>zip 压缩包（电子邮件、上传）</source>
        <translation>Zip archive (e-mail, upload)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件夹（拷入 U 盘，或直接刻录光盘；含 00-目录.pdf 和光盘标签）</source>
        <translation>Folder (copy to a USB drive or burn to disc; includes 00-目录.pdf and the disc label)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>光盘映像 ISO（刻录光盘用；含 00-目录.pdf 和光盘标签）</source>
        <translation>ISO disc image (for burning a disc; includes 00-目录.pdf and the disc label)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>签名身份</source>
        <translation>Signing identity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+70"/>
        <source>不签名</source>
        <translation>Do not sign</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>可以导出。</source>
        <translation>Ready to export.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>保存申报包</source>
        <translation>Save Application Package</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>申报包 (*.zip)</source>
        <translation>Application packages (*.zip)</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+302"/>
        <source>导出{what}</source>
        <translation>Export {what}</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>正式稿（报送用：不可偏离条件须全部满足、必填内容须完整；导出后定稿）</source>
        <translation>Final version (for submission: all mandatory conditions met, all required content complete; finalised on export)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正式稿（报送用：每项目标须填报实际完成值、各方面须写明工作开展情况；导出后定稿）</source>
        <translation>Final version (for submission: an actual value for every target, the work done described for every area; finalised on export)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>草稿（未填写部分标出，仅供内部审阅；不定稿）</source>
        <translation>Draft (unfilled parts are marked; for internal review only; not finalised)</translation>
    </message>
    <message>
        <location line="+56"/>
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
        <source>已报送</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>申报材料：{name}（{stage}，第 {n} 版）</source>
        <translation>Application: {name} ({stage}, version {n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what}：{name}（{state}）</source>
        <translation>{what}: {name} ({state})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>申报包</source>
        <translation>application-package</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>申报材料</source>
        <translation>application-files</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>申报光盘</source>
        <translation>application-disc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正式稿</source>
        <translation>final</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>草稿-{date}</source>
        <translation>draft-{date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}-{what}-{which}</source>
        <translation>{name}-{what}-{which}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}-{medium}-正式稿-第{n}版</source>
        <translation>{name}-{medium}-final-v{n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}-{medium}-草稿-{date}</source>
        <translation>{name}-{medium}-draft-{date}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>这是自签名身份：签名只能证明申报包签名后未被改动，不能证明签名人的身份，也不是《电子签名法》意义上的可靠电子签名或电子印章。正式报送建议使用机构的数字证书。</source>
        <translation>This is a self-signed identity: its signature only proves that the package has not been altered since signing. It does not prove who the signer is, and it is not a reliable electronic signature or electronic seal under the Electronic Signature Law. For the official submission, use your organisation&apos;s digital certificate.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>正式稿暂不能导出，还有 {n} 项需要处理（双击一项即可前往修改；也可先导出草稿）：</source>
        <translation>The final version cannot be exported yet; items still to resolve: {n} (double-click an item to go and fix it, or export a draft meanwhile):</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>方案正文及其他</source>
        <translation>Plan text and other items</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{title}（{n} 项）</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>选择存放申报材料文件夹的位置（如 U 盘）</source>
        <translation>Choose where to put the application folder (e.g. a USB drive)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>光盘映像 (*.iso)</source>
        <translation>Disc images (*.iso)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>请输入签名身份的口令。</source>
        <translation>Please enter the passphrase of the signing identity.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>用自签名身份签署正式稿？</source>
        <translation>Sign the Final Version with a Self-Signed Identity?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自签名身份的签名只能证明申报包签名后未被改动，不能证明签名人的身份。
正式报送建议使用机构的数字证书（管理签名身份 › 导入机构证书）。

仍然用自签名身份签署正式稿吗？</source>
        <translation>A self-signed identity&apos;s signature only proves that the package has not been altered since signing; it does not prove who the signer is.
For the official submission, use your organisation&apos;s digital certificate (Manage Signing Identities › Import Organisation Certificate).

Sign the final version with the self-signed identity anyway?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>仍然签署</source>
        <translation>Sign Anyway</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>正在导出{what}…</source>
        <translation>Exporting {what}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已取消导出，未生成任何文件，申报材料未改变。</source>
        <translation>Export cancelled: no file was created and the application is unchanged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已由“{name}”签名</source>
        <translation>signed by &quot;{name}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未签名</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}已导出（{signed}）：
{path}</source>
        <translation>{what} exported ({signed}):
{path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>光盘标签和封面（打印后贴在光盘和光盘盒上）：
{label}
清单校验值：{digest}…</source>
        <translation>Disc label and cover (print them and attach them to the disc and its case):
{label}
Manifest checksum: {digest}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}已定稿（内容校验值 {digest}…）。之后的修改会使其回到起草中。</source>
        <translation>{what} finalised (content checksum {digest}…). Any further change returns it to drafting.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已定稿为第 {n} 版（内容校验值 {digest}…）。之后的修改会开始新的修订。</source>
        <translation>Finalised as version {n} (content checksum {digest}…). Further changes will start a new revision.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出完成</source>
        <translation>Export Complete</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/ui/pilot_dialogs.py" line="-178"/>
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
    <name>GapDock</name>
    <message>
        <location filename="../../app/ui/gap_panel.py" line="+208"/>
        <source>差距与完成度</source>
        <translation>Gaps and Completeness</translation>
    </message>
</context>
<context>
    <name>GapPanel</name>
    <message>
        <location line="-93"/>
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
        <location filename="../../app/ui/history_dialog.py" line="+175"/>
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
        <location line="+14"/>
        <source>内容</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>定稿时</source>
        <translation>When finalised</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>现在</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+19"/>
        <source>尚未定稿过。导出正式申报包时会自动定稿。</source>
        <translation>Not finalised yet. Exporting the final application package finalises it automatically.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>上次定稿：第 {rev} 版，{at}。此后共有 {n} 处变化。</source>
        <translation>Last finalised: version {rev}, {at}. Changes since then: {n}.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>工作区</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>搜索城市、文件名、阶段…</source>
        <translation>Search cities, file names, stages…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>先导区申报助手</source>
        <translation>Pilot Zone Assistant</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+78"/>
        <source>新建申报…</source>
        <translation>New Application…</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+76"/>
        <source>打开示例</source>
        <translation>Open Sample</translation>
    </message>
    <message>
        <location line="-75"/>
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
        <location line="+2"/>
        <source>最近打开</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+175"/>
        <location line="+83"/>
        <source>复制为模板</source>
        <translation>Duplicate as Template</translation>
    </message>
    <message>
        <location line="-257"/>
        <location line="+258"/>
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location line="-257"/>
        <location line="+113"/>
        <location line="+97"/>
        <location line="+1"/>
        <location line="+28"/>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="-238"/>
        <location line="+213"/>
        <location line="+4"/>
        <location line="+41"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>选中的申报：</source>
        <translation>Selected application:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>显示已归档的申报，可以取回到工作区</source>
        <translation>Show the archived dossiers; any can be brought back to the workspace</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>完成度只反映材料填写情况，不代表评审得分。</source>
        <translation>Completeness reflects how much has been filled in; it is not a review score.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>工作区里还没有申报材料。从这里开始：</source>
        <translation>The workspace has no applications yet. Start here:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>为本市（或联合申报的几个城市）建立一份新的申报材料，按评审指标逐项填写，随时看到六项不可偏离条件是否满足。</source>
        <translation>Start a new application for your city (or for the cities applying jointly), fill it in indicator by indicator, and see at any time whether the six mandatory conditions are met.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打开“滨江市”示例：一份六项不可偏离条件全部满足的完整申报，可以先看看各部分应当怎样填写。</source>
        <translation>Open the Binjiang (滨江市) sample: a complete application that meets all six mandatory conditions, showing how each part is filled in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导入他人发来的申报材料：交换文件（.json）导入为工作区中的一份副本，原文件不变；申报文件（.pzd）直接打开。</source>
        <translation>Import an application someone sent you: an exchange file (.json) is imported as a copy in the workspace, leaving the original unchanged; an application file (.pzd) opens directly.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>工作区：{folder}</source>
        <translation>Workspace: {folder}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已归档（{count}）</source>
        <translation>Archived ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+96"/>
        <source>取回</source>
        <translation>Bring Back</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>新建申报</source>
        <translation>New Application</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>打开申报材料</source>
        <translation>Open Application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申报材料 (*.pzd *.json)</source>
        <translation>Applications (*.pzd *.json)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>复制为模板：新城市</source>
        <translation>Duplicate as Template: New City</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{name}”正在本程序的一个窗口中打开。关闭该窗口（已保存的修改不受影响）后再{action}？</source>
        <translation>&quot;{name}&quot; is open in a window of this program. Close that window (saved changes are kept) and then {action}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>关闭窗口并{action}</source>
        <translation>Close the Window and {action}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <location line="+5"/>
        <source>重命名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>新的文件名：</source>
        <translation>New file name:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>删除申报</source>
        <translation>Delete Application</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>把“{name}”移到回收站？</source>
        <translation>Move &quot;{name}&quot; to the Trash?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移到回收站</source>
        <translation>Move to Trash</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>副本一</source>
        <translation>Copy 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>副本二</source>
        <translation>Copy 2</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location filename="../../app/ui/identity_dialog.py" line="+184"/>
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
        <location line="+46"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>私钥只以加密形式保存在本机的用户数据文件夹中；口令不会被保存。</source>
        <translation>Private keys are stored only in encrypted form, in the user data folder on this computer; passphrases are never saved.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>（尚无签名身份）</source>
        <translation>(no signing identities yet)</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="-132"/>
        <source>导入机构证书</source>
        <translation>Import Organisation Certificate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>至少 8 个字符</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>证书文件</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证书口令</source>
        <translation>Certificate passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新口令</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>再次输入新口令</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>两次输入的新口令不一致</source>
        <translation>The two new passphrases do not match</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>证书口令正确，但少于 {n} 个字符，不能用来加密保存私钥。请在“新口令”中设置至少 {n} 个字符的口令，以后签名时使用新口令。</source>
        <translation>The certificate&apos;s passphrase is correct, but it has fewer than {n} characters and cannot protect the stored private key. Set a passphrase of at least {n} characters under &quot;New passphrase&quot; and use it when signing from now on.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>无法读取证书文件：{reason}</source>
        <translation>Cannot read the certificate file: {reason}</translation>
    </message>
</context>
<context>
    <name>IndicatorCard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="-251"/>
        <source>★ 不可偏离条件：{condition}</source>
        <translation>★ Mandatory condition: {condition}</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <translation>The &quot;{name}&quot; register editor is not available yet</translation>
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
        <location line="+7"/>
        <source>完成度 {percent}%</source>
        <translation>Completeness {percent}%</translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <location filename="../../app/ui/indicator_form.py" line="+106"/>
        <source>分年度目标</source>
        <translation>Annual targets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>第{year}年</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label}第{year}年目标</source>
        <translation>{label}, target for year {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>由“{part}”目标和申报城市常住人口计算得出，无需填写</source>
        <translation>Calculated from the &quot;{part}&quot; target and the cities&apos; resident population; nothing to enter</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>未保存（第{year}年）：{reason}</source>
        <translation>Not saved (year {year}): {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未保存（第{year}年）：{reason}（申报材料中仍为“{value}”）</source>
        <translation>Not saved (year {year}): {reason} (the application still holds &quot;{value}&quot;)</translation>
    </message>
</context>
<context>
    <name>IndicatorLinkDialog</name>
    <message>
        <location filename="../../app/ui/indicator_picker.py" line="+84"/>
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
        <location line="-68"/>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>份数</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>全部证明材料</source>
        <translation>All evidence</translation>
    </message>
</context>
<context>
    <name>LongTextEditor</name>
    <message>
        <location filename="../../app/ui/text_editors.py" line="+85"/>
        <source>未保存：{problem}</source>
        <translation>Not saved: {problem}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} 字</source>
        <translation>{count} characters</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="+51"/>
        <location line="+86"/>
        <location line="+143"/>
        <source>合并副本</source>
        <translation>Merge Copies</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>本文件</source>
        <translation>This file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>副本</source>
        <translation>Other copy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>同一份申报材料的两个副本各自修改过时，可在此合并：两边各自的修改都会保留；同一内容两边改得不同时，请逐项选择采用哪一边。合并结果保存为新文件，两个原文件不会被修改。</source>
        <translation>When two copies of the same application have both been changed, merge them here: the changes made on each side are kept; where the same item was changed differently, choose which side to use. The result is saved as a new file; neither original file is modified.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>选择副本…</source>
        <translation>Choose Copy…</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+2"/>
        <source>全部采用{side}</source>
        <translation>Use All from &quot;{side}&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>合并为新文件…</source>
        <translation>Merge into New File…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>选择要合并的副本</source>
        <translation>Choose the Copy to Merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>申报材料 (*.pzd)</source>
        <translation>Applications (*.pzd)</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>正在比较两个副本…</source>
        <translation>Comparing the two copies…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>冲突的内容</source>
        <translation>Conflicting item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>两边分开前</source>
        <translation>Before the copies diverged</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
（一方删除，另一方修改）</source>
        <translation>
(deleted on one side, changed on the other)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>勾选以采用这一边的内容</source>
        <translation>Tick to use this side&apos;s content</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>（没有修改记录）</source>
        <translation>(no change record)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{author} 修改于 {at}</source>
        <translation>changed by {author} at {at}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未署名</source>
        <translation>unnamed</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>（请选择）</source>
        <translation>(please choose)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{side}：{file}</source>
        <translation>{side}: {file}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>请选择要与本文件合并的副本（同一份申报材料的另一个 .pzd 文件）。</source>
        <translation>Choose the copy to merge with this file (another .pzd file of the same application).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{fuller}”已包含另一个文件的全部修改，无需合并；合并结果将与“{fuller}”相同。</source>
        <translation>&quot;{fuller}&quot; already contains all changes of the other file, so no merge is needed; the result will be the same as &quot;{fuller}&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>两份分开后，{first}有 {a} 处修改、{second}有 {b} 处修改将自动合并。</source>
        <translation>Since the copies diverged, {a} change(s) in &quot;{first}&quot; and {b} change(s) in &quot;{second}&quot; will be merged automatically.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>另有 {n} 处两边改得不同（冲突），请在下表中勾选要采用的一边；还有 {left} 处未选择。</source>
        <translation> {n} item(s) were changed differently on the two sides (conflicts): tick the side to use in the table below; {left} still to choose.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>……等 {n} 处</source>
        <translation>… ({n} in total)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>采用{side}的修改：</source>
        <translation>Taken from &quot;{side}&quot;: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存合并结果</source>
        <translation>Save Merged File</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>正在合并…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>合并完成</source>
        <translation>Merge Complete</translation>
    </message>
</context>
<context>
    <name>MetaLineEditor</name>
    <message>
        <location filename="../../app/ui/field_editors.py" line="+198"/>
        <source>未保存：{problem}</source>
        <translation>Not saved: {problem}</translation>
    </message>
</context>
<context>
    <name>NavTree</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="-468"/>
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
        <location filename="../../app/ui/dialogs.py" line="+123"/>
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
        <location line="+18"/>
        <source>请填写申报城市</source>
        <translation>Please enter the city</translation>
    </message>
</context>
<context>
    <name>NewIdentityDialog</name>
    <message>
        <location filename="../../app/ui/identity_dialog.py" line="-115"/>
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
        <translation>Signer&apos;s name</translation>
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
        <translation>A self-signed certificate is only suitable for internal drafts; for the official submission, import your organisation&apos;s digital certificate (.p12/.pfx).</translation>
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
        <location filename="../../app/ui/field_editors.py" line="-96"/>
        <source>整数</source>
        <translation>integer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>数值</source>
        <translation>number</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <translation>Not saved: {reason} (the application still holds &quot;{value}&quot;)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="-308"/>
        <source>试点工作方案</source>
        <translation>Pilot Work Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预览：{name}（草稿）</source>
        <translation>Preview: {name} (Draft)</translation>
    </message>
</context>
<context>
    <name>PeriodModel</name>
    <message>
        <location filename="../../app/ui/actuals_model.py" line="+8"/>
        <source>指标及目标项</source>
        <translation>Indicator and target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>第一年 目标／实际</source>
        <translation>Year 1 target / actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第二年 目标／实际</source>
        <translation>Year 2 target / actual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>第三年 目标／实际</source>
        <translation>Year 3 target / actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期末完成率</source>
        <translation>Completion rate at period end</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>未填报</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target}／{actual}</source>
        <translation>{target} / {actual}</translation>
    </message>
</context>
<context>
    <name>PlanTextPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="+228"/>
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
        <location filename="../../app/ui/evidence.py" line="-235"/>
        <source>预览证明材料</source>
        <translation>Preview Evidence</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../app/ui/register_import_preview.py" line="+67"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>内容或原因</source>
        <translation>Content or reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重复</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无效</source>
        <translation>Invalid</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../app/ui/preview.py" line="+82"/>
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
    <message>
        <location line="+23"/>
        <source>找不到文件</source>
        <translation>file not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是有效的 PDF</source>
        <translation>not a valid PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件已加密，需要密码</source>
        <translation>the file is encrypted and needs a password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不支持的加密方式</source>
        <translation>unsupported encryption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据尚未就绪</source>
        <translation>data not available yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未知错误</source>
        <translation>unknown error</translation>
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
        <location filename="../../app/ui/evidence_import.py" line="+185"/>
        <location line="+48"/>
        <source>添加证明材料</source>
        <translation>Add Supporting Evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>常见材料 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.xls *.xlsx *.ofd);;所有文件 (*)</source>
        <translation>Common document types (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.xls *.xlsx *.ofd);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_import.py" line="-121"/>
        <source>文件名含有不可见的控制字符或无效字符，文档中无法保存；请重命名该文件后再添加</source>
        <translation>the file name contains invisible control characters or invalid characters that no document can hold; rename the file and add it again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>找不到该文件（可能已被移动或删除）</source>
        <translation>the file cannot be found (it may have been moved or deleted)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法读取：{reason}</source>
        <translation>cannot be read: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不是文件</source>
        <translation>not a file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文件是空的（0 字节），可能是未完成的下载或扫描</source>
        <translation>the file is empty (0 bytes); perhaps an unfinished download or scan</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>正在添加 {n} 个文件……</source>
        <translation>Adding files ({n})…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>……另有 {n} 个</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} 个文件未添加：</source>
        <translation>{n} file(s) not added:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>· {file}：{reason}</source>
        <translation>· {file}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} 个文件与已有的证明材料内容相同，只保存一份，已关联到所选指标：</source>
        <translation>{n} file(s) have the same content as evidence already attached; stored once and linked to the selected indicators:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} 个文件与已有的证明材料内容相同，只保存一份：</source>
        <translation>{n} file(s) have the same content as evidence already attached; stored once:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>· {file}：与已有的证明材料“{title}”内容相同</source>
        <translation>· {file}: same content as the evidence &quot;{title}&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已添加 {n} 个文件。</source>
        <translation>{n} file(s) added.</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_clipboard.py" line="+32"/>
        <source>……另有 {more} 处问题</source>
        <translation>…and {more} more problem(s)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <translation>Row {line}, &quot;{label}&quot;: {message}</translation>
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
        <location filename="../../app/ui/registers.py" line="+129"/>
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
        <translation>Ctrl+V: pastes in this table&apos;s column order; a header row is allowed</translation>
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
        <location line="+18"/>
        <source>登记表</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>典型应用场景矩阵</source>
        <translation>Application Scenario Matrix</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>已删除 {n} 条{name}，可撤销（Ctrl+Z）</source>
        <translation>Deleted {name} records: {n} (undo with Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>（已跳过标题行）</source>
        <translation> (header row skipped)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已粘贴 {n} 条{name}{note}，可一次撤销</source>
        <translation>Pasted {name} records: {n}{note}; a single undo reverts the paste</translation>
    </message>
    <message>
        <location line="+65"/>
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
        <translation>&quot;{label}&quot;: {n} (reason required)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>具备{k}个以上典型应用场景的 {n} {m}</source>
        <translation>with {k} or more typical application scenarios: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>其中{details}</source>
        <translation>of which {details}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} 条待完善</source>
        <translation>incomplete: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} 条重复登记（只计一次）</source>
        <translation>duplicates (counted once): {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{mark} 不可偏离条件：{measured}（要求{threshold}）</source>
        <translation>{mark} Mandatory condition: {measured} (required: {threshold})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>——{gap}</source>
        <translation> — {gap}</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <location filename="../../app/ui/register_import_dialog.py" line="+46"/>
        <source>从表格导入{name}</source>
        <translation>Import {name} from a Spreadsheet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>表格中的列</source>
        <translation>Spreadsheet column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>示例</source>
        <translation>Example</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>全部行</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>保存未导入的行…</source>
        <translation>Save Rows Not Imported…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把重复和无效的行连同原因保存为 .xlsx，改正后可再次导入</source>
        <translation>Save the duplicate and invalid rows with the reasons as .xlsx; correct them and import again</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+194"/>
        <location line="+13"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>标题行</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>每一列导入到登记表的哪一栏（已按标题自动对应，可修改；下次导入同一登记表时沿用）：</source>
        <translation>The register column each spreadsheet column goes to (matched by heading; you can change it; remembered for the next import into this register):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>正在读取 {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>读取表格</source>
        <translation>Read spreadsheet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}（{n} 行）</source>
        <translation>{name} ({n} rows)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>（不导入）</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>记录编号</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id}（更新原记录）</source>
        <translation>{id} (updates the existing record)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>没有对应到表格列的必填栏：{names}</source>
        <translation>Required columns not matched to a spreadsheet column: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新增 {add} 条 · 更新 {update} 条 · 无变化 {unchanged} 条 · 重复 {duplicate} 行（跳过） · 无效 {invalid} 行（跳过） · 空行 {blank} 行（忽略）</source>
        <translation>New {add} · Updated {update} · Unchanged {unchanged} · Duplicate {duplicate} (skipped) · Invalid {invalid} (skipped) · Empty {blank} (ignored)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{label}：{value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导入 {n} 行</source>
        <translation>Import {n} Rows</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>已导入：新增 {add} 条、更新 {update} 条{name}，可一次撤销（Ctrl+Z）</source>
        <translation>Imported {name} records: {add} added, {update} updated; a single undo (Ctrl+Z) reverts the import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>；{n} 行未导入</source>
        <translation>; rows not imported: {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>保存未导入的行</source>
        <translation>Save Rows Not Imported</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{stem}-未导入.xlsx</source>
        <translation>{stem}-not-imported.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} 行未导入的内容及原因已保存到“{name}”。改正后可再次导入。</source>
        <translation>The rows not imported ({n}) and the reasons have been saved to &quot;{name}&quot;. Correct them and import again.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../app/ui/register_model.py" line="+127"/>
        <location line="+25"/>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>“{other}”为“{value}”时必填</source>
        <translation>Required when &quot;{other}&quot; is &quot;{value}&quot;</translation>
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
        <location line="+33"/>
        <source>未接受输入“{text}”：{message}</source>
        <translation>Input &quot;{text}&quot; not accepted: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{label}”必须填写</source>
        <translation>&quot;{label}&quot; is required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>与第{row}条重复（{columns}相同）：同一{name}只计一次，请删除或改正其中一条</source>
        <translation>Duplicate of record {row} (same {columns}): the same {name} counts only once; delete or correct one of them</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本条待完善：</source>
        <translation>This record is incomplete: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“{label}”未修改：{message}</source>
        <translation>&quot;{label}&quot; not changed: {message}</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../app/ui/annual_report.py" line="+77"/>
        <location filename="../../app/ui/export_dialog.py" line="+232"/>
        <source>重点任务推进情况</source>
        <translation>Progress on Key Tasks</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/export_dialog.py" line="+0"/>
        <source>试点工作总结</source>
        <translation>Pilot Work Summary</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>建设指南：{items}</source>
        <translation>Guidelines: {items}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>预览 PDF…</source>
        <translation>Preview PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出年度报告…</source>
        <translation>Export Annual Report…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导出复核材料…</source>
        <translation>Export Final Review Materials…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word、PDF 和所引证明材料，可签名；正式稿导出后定稿</source>
        <translation>Word, PDF and the evidence cited, optionally signed; the final version is finalised on export</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+120"/>
        <source>标记为已报送</source>
        <translation>Mark as Submitted</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>导出填报表…</source>
        <translation>Export Reporting Form…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本年度目标的 Excel 填报表，供各部门填写实际完成值</source>
        <translation>An Excel form listing this year&apos;s targets, for departments to fill in the actual values</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导入实际完成值…</source>
        <translation>Import Actual Values…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>撰写报告</source>
        <translation>Write report</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>报告期：{first}至{last}</source>
        <translation>Reporting period: {first} to {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>试点期：{first}至{last}</source>
        <translation>Pilot period: {first} to {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>申报材料获批复后填报。</source>
        <translation>To be filled in once the application is approved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period}&#x3000;&#x3000;状态：{state}</source>
        <translation>{period}    Status: {state}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>完成度 {total}。完成度为各目标完成率（单项以100%计上限）的平均值，不是评价得分。</source>
        <translation>Completion {total}. Completion is the average of the targets&apos; completion rates (each capped at 100%); it is not an evaluation score.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>证明材料：{label}</source>
        <translation>Evidence: {label}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>关联证明材料</source>
        <translation>Link evidence</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{city}-第{n}年实际完成值填报表.xlsx</source>
        <translation>{city}-year-{n}-actual-values-form.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>导出填报表</source>
        <translation>Export Reporting Form</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>导入实际完成值</source>
        <translation>Import Actual Values</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>表格 (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已导入 {n} 项实际完成值（可撤销）。</source>
        <translation>Actual values imported: {n} (can be undone).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 {row} 行未导入：{reason}</source>
        <translation>Row {row} not imported: {reason}</translation>
    </message>
</context>
<context>
    <name>ScenarioMatrix</name>
    <message>
        <location filename="../../app/ui/scenario_matrix.py" line="+283"/>
        <source>具备{k}个以上典型应用场景的工厂：{n} 家（要求不少于{m}家）</source>
        <translation>Factories with {k} or more typical application scenarios: {n} (at least {m} required)</translation>
    </message>
</context>
<context>
    <name>ScenarioMatrixModel</name>
    <message>
        <location line="-242"/>
        <source>第一批（2021年5月）</source>
        <translation>Batch 1 (May 2021)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第二批（2021年11月）</source>
        <translation>Batch 2 (November 2021)</translation>
    </message>
    <message>
        <location line="+72"/>
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
        <location line="+6"/>
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
        <location line="+49"/>
        <source>已有{k}个以上典型应用场景，但登记信息不完整或与另一条重复，未计入</source>
        <translation>Has {k} or more typical application scenarios but is not counted: the record is incomplete or duplicates another</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+25"/>
        <source>（未命名）</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}（重复{n}次）</source>
        <translation>{name} (entered {n} times)</translation>
    </message>
</context>
<context>
    <name>SectionWizard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="-171"/>
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
    <name>StageLabel</name>
    <message>
        <location filename="../../app/ui/field_editors.py" line="+72"/>
        <source>阶段通过“文件 › 定稿”“文件 › 标记为已报送”或导出正式申报包改变；定稿后再修改会开始新的修订。</source>
        <translation>The stage changes through &quot;File › Finalise Current Version…&quot;, &quot;File › Mark as Submitted&quot; or by exporting the final application package; changes made after finalising start a new revision.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{stage}（第 {n} 版）</source>
        <translation>{stage} (version {n})</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../app/ui/timeline.py" line="+95"/>
        <source>试点进展</source>
        <translation>Pilot Progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>试点期三年，自批复之日起计算（工作规则第十四条）；每年报送上一年度试点工作开展情况（第十五条），工业和信息化部每年评定星级（第十六条），期满后组织复核（第十七条）。</source>
        <translation>The pilot period is three years from the date of approval (Work Rules, Article 14). Each year the work of the previous year is reported (Article 15), MIIT gives a star rating every year (Article 16), and organises a final review when the period ends (Article 17).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>当前阶段：{stage}&#x3000;&#x3000;下一事项：{due}</source>
        <translation>Current stage: {stage}    Next due: {due}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>【{severity}】{text}</source>
        <translation>{severity}: {text}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>第 {n} 版定稿：{at}{sub}</source>
        <translation>Version {n} finalised: {at}{sub}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，{at}报送</source>
        <translation>, submitted {at}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>尚未定稿</source>
        <translation>Not finalised yet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已定稿</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已报送（第 {n} 版）</source>
        <translation>Submitted (version {n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申报</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>未获批复</source>
        <translation>Not Approved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{date}{number}；修改申报材料即开始新的修订，可在以后的批次再次申报。</source>
        <translation>{date}{number}. Editing the application starts a new revision; you can apply again in a later round.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>批复</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>申报材料报送后，在此记录工业和信息化部的批复。</source>
        <translation>Once the application has been submitted, record MIIT&apos;s approval here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已报送，等待批复。</source>
        <translation>Submitted; awaiting approval.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录批复…</source>
        <translation>Record Approval…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录未获批复…</source>
        <translation>Record Non-Approval…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date}批复（{number}），试点期至{end}。</source>
        <translation>Approved on {date} ({number}); the pilot period runs until {end}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>批复文件：{files}</source>
        <translation>Approval documents: {files}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（未附）</source>
        <translation>(none attached)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>批复时冻结的方案：第 {n} 版（内容校验值 {digest}…）</source>
        <translation>Plan frozen at approval: version {n} (content checksum {digest}…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已批复</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>更正批复信息…</source>
        <translation>Correct Approval Details…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批复文件…</source>
        <translation>Approval Documents…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>试点第{n}年</source>
        <translation>Pilot Year {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>年度报告：{state}&#x3000;完成度 {completion}</source>
        <translation>Annual report: {state}   Completion {completion}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>星级评定：{stars} {n}星（{date}{doc}）</source>
        <translation>Star rating: {stars} {n} stars ({date}{doc})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，{document}</source>
        <translation>, {document}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>星级评定：尚未记录</source>
        <translation>Star rating: not recorded yet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>（{date}撤销批复）</source>
        <translation> (approval revoked on {date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（未进行）</source>
        <translation> (not held)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（当前）</source>
        <translation> (current)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（已结束）</source>
        <translation> (ended)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>试点第{n}年{marker}：{first}至{last}</source>
        <translation>Pilot Year {n}{marker}: {first} to {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打开第{n}年度报告</source>
        <translation>Open Year {n} Annual Report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>记录星级评定…</source>
        <translation>Record Star Rating…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除星级评定</source>
        <translation>Delete Star Rating</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>复核材料：{state}</source>
        <translation>Final review materials: {state}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date}复核完成{number}。</source>
        <translation>Final review completed on {date}{number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <location line="+8"/>
        <source>复核</source>
        <translation>Final Review</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>打开复核材料</source>
        <translation>Open Final Review Materials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录复核完成…</source>
        <translation>Record Review Completion…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>批复已于{date}撤销（{clause}），不再组织复核。</source>
        <translation>The approval was revoked on {date} ({clause}); there will be no final review.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>试点期满（{end}）后，工业和信息化部组织复核，考核方案目标完成情况（第十七条）。</source>
        <translation>When the pilot period ends ({end}), MIIT organises a final review of whether the plan&apos;s targets were met (Article 17).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>试点期满后，工业和信息化部组织复核（第十七条）。</source>
        <translation>When the pilot period ends, MIIT organises a final review (Article 17).</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <location line="+84"/>
        <source>开始复核</source>
        <translation>Start Final Review</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>{date} {kind}（{clause}）：{description}</source>
        <translation>{date} {kind} ({clause}): {description}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{date}撤销批复（{clause}{number}）。</source>
        <translation>Approval revoked on {date} ({clause}{number}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，{number}</source>
        <translation>, {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第十八条事项</source>
        <translation>Article 18 Matters</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未记录。</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>记录事项…</source>
        <translation>Record Matter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除：{what}</source>
        <translation>Delete: {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>记录撤销批复…</source>
        <translation>Record Revocation…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{date}：“{label}”第{year}年目标 {old} → {new} {unit}（{reason}）</source>
        <translation>{date}: &quot;{label}&quot;, year {year} target {old} → {new} {unit} ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>目标调整</source>
        <translation>Target Amendments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>分年度目标以批复的版本为准，尚无调整。</source>
        <translation>The annual targets are those of the approved plan; no amendments yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>调整目标…</source>
        <translation>Amend Target…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（{number}）</source>
        <translation> ({number})</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>批复文件</source>
        <translation>Approval Documents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>记录未获批复</source>
        <translation>Record Non-Approval</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本批次未获批复。</source>
        <translation>Not approved in this round.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>记录撤销批复</source>
        <translation>Record Revocation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>依工作规则第十八条撤销批复；撤销后三年内不允许申请工业和信息化部工业互联网相关项目。</source>
        <translation>Approval revoked under Article 18 of the Work Rules; for three years after revocation the city may not apply for MIIT industrial internet projects.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>记录复核完成</source>
        <translation>Record Review Completion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>工业和信息化部复核完成。</source>
        <translation>MIIT has completed the final review.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="+58"/>
        <source>验证申报包</source>
        <translation>Verify Application Package</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>申报包：zip 或 ISO 文件，光盘、U 盘上的申报材料文件夹，或存放多个申报包的文件夹</source>
        <translation>Application package: a zip or ISO file, an application folder on a disc or USB drive, or a folder holding several packages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择文件…</source>
        <translation>Choose File…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>选择文件夹…</source>
        <translation>Choose Folder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>验证</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>可选：可信根证书（.pem）——签名证书能验证到它时，才算核实了签名人身份</source>
        <translation>Optional: trusted root certificate (.pem); the signer&apos;s identity counts as confirmed only if the signing certificate chains to it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择根证书…</source>
        <translation>Choose Root Certificate…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>尚未验证</source>
        <translation>Not verified yet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>导出汇总表（Excel）…</source>
        <translation>Export Summary (Excel)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>验证完全离线进行，不访问网络。软件密钥的签名证明文件签名后未被改动，不是 GB/T 38540 电子签章。</source>
        <translation>Verification runs entirely offline. A software-key signature proves the files have not been altered since signing; it is not a GB/T 38540 electronic seal.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>申报包 (*.zip *.iso);;所有文件 (*)</source>
        <translation>Application packages (*.zip *.iso);;All files (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>选择申报材料文件夹（光盘、U 盘），或存放多个申报包的文件夹</source>
        <translation>Choose an application folder (disc, USB drive) or a folder holding several packages</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>选择可信根证书</source>
        <translation>Choose Trusted Root Certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>正在验证申报包…</source>
        <translation>Verifying application packages…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已取消验证。</source>
        <translation>Verification cancelled.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{mark} {n} 个申报包：{ok} 个验证通过，{bad} 个未通过或无法验证</source>
        <translation>{mark} {n} packages: {ok} passed, {bad} failed or could not be verified</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✘ 拒绝处理：输入不安全</source>
        <translation>✘ Refused: unsafe input</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>申报包验证汇总.xlsx</source>
        <translation>package-verification-summary.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>导出汇总表</source>
        <translation>Export Summary</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>汇总表已保存：
{path}</source>
        <translation>Summary saved:
{path}</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>选择申报包</source>
        <translation>Choose Application Package</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>申报包</source>
        <translation>Package</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结论</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>城市</source>
        <translation>Cities</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>版本日期</source>
        <translation>Version date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>签名人</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>问题数</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>条件未满足</source>
        <translation>Conditions not met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未通过</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>拒绝处理</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法验证</source>
        <translation>Could not verify</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>找不到文件：{path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在验证…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+77"/>
        <source>✘ 无法验证</source>
        <translation>✘ Could not verify</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../../app/ui/application.py" line="+194"/>
        <source>日志文件：{path}</source>
        <translation>Log file: {path}</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>正在打开 {name}…</source>
        <translation>Opening {name}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>打开文件</source>
        <translation>Open File</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{message}

打开工作区中的这份文件，还是把“{name}”另外导入为一个副本？（两个副本各自修改后需要合并。）</source>
        <translation>{message}

Open the file already in the workspace, or import &quot;{name}&quot; as a separate copy? (If both copies are changed, they will need to be merged.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打开已有文件</source>
        <translation>Open Existing File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导入为副本</source>
        <translation>Import as Copy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{message}

是否只导入材料信息？</source>
        <translation>{message}

Import the evidence entries without the missing files?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只导入材料信息</source>
        <translation>Import Without Files</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+67"/>
        <source>文件已损坏</source>
        <translation>File Damaged</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>{message}

是否把仍可读取的内容恢复到一个新文件？原文件保持不变。</source>
        <translation>{message}

Recover what can still be read into a new file? The original file is left unchanged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>恢复到新文件</source>
        <translation>Recover to New File</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>恢复文件</source>
        <translation>Recover File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>恢复完成</source>
        <translation>Recovery Complete</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“{name}”的修改历史或定稿记录已损坏；申报内容完好，仍在自动保存。重新打开此文件可再次选择恢复到新文件。</source>
        <translation>The change history or finalised versions of &quot;{name}&quot; are damaged; the application content is intact and still autosaved. Reopen the file to be offered recovery into a new file again.</translation>
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
    <name>catalogue</name>
    <message>
        <location filename="../../app/ui/catalogue_strings.py" line="+10"/>
        <source>申报城市</source>
        <translation>Cities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>城市</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>城市名称</source>
        <translation>City name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属省份</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>常住人口</source>
        <translation>Resident population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>万人</source>
        <translation>×10,000 people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地级及以上城市常住人口</source>
        <translation>the resident population of a prefecture-level or larger city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请核对单位：是否应为万人？</source>
        <translation>check the unit: should it be ×10,000 people?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请核对数值和单位</source>
        <translation>check the number and the unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人口数据来源</source>
        <translation>Population source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人口数据日期</source>
        <translation>Population date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5G基站数（个）</source>
        <translation>5G base stations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基站数据来源</source>
        <translation>Base station source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基站数据日期</source>
        <translation>Base station date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政策文件</source>
        <translation>Policy document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件名称</source>
        <translation>Document title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发文机关</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>印发日期</source>
        <translation>Date issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“5G+工业互联网”专项政策</source>
        <translation>Dedicated &quot;5G + Industrial Internet&quot; policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应用“5G+工业互联网”的工厂</source>
        <translation>Factories applying &quot;5G + Industrial Internet&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工厂</source>
        <translation>Factory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>企业名称</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工厂名称</source>
        <translation>Factory name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所在城市</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>典型应用场景</source>
        <translation>Typical application scenarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5G工厂项目</source>
        <translation>5G factory project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工厂/项目名称</source>
        <translation>Factory / project name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入选类别</source>
        <translation>Selected under</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入选年度</source>
        <translation>Year selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建设层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部级及以上相关称号</source>
        <translation>Ministerial-level or higher titles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>称号</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>称号类别</source>
        <translation>Title category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>称号/项目名称</source>
        <translation>Title / project name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>获得年度</source>
        <translation>Year awarded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>授予部门</source>
        <translation>Awarded by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>授予部门级别</source>
        <translation>Level of awarding body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>属部级及以上相关称号的理由</source>
        <translation>Why it counts as ministerial-level or higher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工业互联网试点示范项目</source>
        <translation>Industrial Internet pilot demonstration project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新一代信息技术与制造业融合发展试点示范项目</source>
        <translation>New-generation IT and manufacturing integration pilot demonstration project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>智能制造试点示范项目</source>
        <translation>Smart manufacturing pilot demonstration project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国家新型工业化产业示范基地</source>
        <translation>National new-industrialisation demonstration base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国家产融合作试点城市</source>
        <translation>National industry–finance cooperation pilot city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他部级及以上相关称号</source>
        <translation>Other ministerial-level or higher title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国务院</source>
        <translation>State Council</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国家部委（部级）</source>
        <translation>National ministry (ministerial level)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>省级部门</source>
        <translation>Provincial department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>市级及以下部门</source>
        <translation>Municipal or lower department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工业互联网试点示范（5G工厂方向）</source>
        <translation>Industrial Internet pilot demonstration (5G factory)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5G工厂名录</source>
        <translation>5G Factory List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>产线级</source>
        <translation>Production line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>车间级</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工厂级</source>
        <translation>Factory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未注明</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明本地落实制造强国、网络强国、数字中国等国家战略及“5G+工业互联网”相关规划的情况。</source>
        <translation>Describe how the city implements the national strategies (manufacturing power, cyber power, Digital China) and the plans related to &quot;5G + Industrial Internet&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明专项政策的主要内容及实施成效。</source>
        <translation>Describe the main content of the dedicated policies and the results of their implementation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新出台专项政策文件</source>
        <translation>New dedicated policy documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项</source>
        <translation>items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政府专项资金规模</source>
        <translation>Government special funds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>万元</source>
        <translation>×10,000 yuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>配套资金规模</source>
        <translation>Matching funds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支持项目数</source>
        <translation>Projects supported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个</source>
        <translation>units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专项资金投入</source>
        <translation>Special funds invested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>产业引导基金规模</source>
        <translation>Industry guidance funds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>亿元</source>
        <translation>×100 million yuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专项金融产品和服务</source>
        <translation>Dedicated financial products and services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>企业获得融资额</source>
        <translation>Financing raised by enterprises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明5G基站建设及工业企业、园区深度覆盖情况。</source>
        <translation>Describe the construction of 5G base stations and the in-depth coverage of industrial enterprises and parks.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5G基站数</source>
        <translation>5G base stations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每万人拥有5G基站数</source>
        <translation>5G base stations per 10,000 residents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已申报建成项目数</source>
        <translation>Completed projects declared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在建项目数</source>
        <translation>Projects under construction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建成及在建项目数</source>
        <translation>Completed and ongoing projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5G工业专网（虚拟/混合/独立）数量</source>
        <translation>5G industrial private networks (virtual/hybrid/standalone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>张</source>
        <translation>networks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5G网络深度覆盖的工厂数</source>
        <translation>Factories with deep 5G coverage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家</source>
        <translation>enterprises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5G工业专网数量</source>
        <translation>5G industrial private networks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>边缘计算节点数</source>
        <translation>Edge computing nodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成网络化改造的设备</source>
        <translation>Equipment upgraded for networking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>台（套）</source>
        <translation>units (sets)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开展改造的企业</source>
        <translation>Enterprises carrying out upgrades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部署TSN、APL、PON、IPv6等新型工业网络的企业</source>
        <translation>Enterprises deploying TSN, APL, PON, IPv6 or other new industrial networks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部署新型工业网络的企业</source>
        <translation>Enterprises deploying new industrial networks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重点培育的主导产业</source>
        <translation>Leading industries fostered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应用“5G+工业互联网”的企业</source>
        <translation>Enterprises applying &quot;5G + Industrial Internet&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>具备10个以上典型应用场景的工厂</source>
        <translation>Factories with 10 or more typical application scenarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入选5G工厂名录项目</source>
        <translation>Projects in the 5G Factory List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>形成可复制推广的解决方案</source>
        <translation>Replicable solutions developed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可复制推广的解决方案</source>
        <translation>Replicable solutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开展安全分类分级管理的企业</source>
        <translation>Enterprises with classified and graded security management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国际标准</source>
        <translation>International standards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国家标准</source>
        <translation>National standards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行业标准</source>
        <translation>Industry standards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主导或参与制定标准</source>
        <translation>Standards led or co-developed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发明专利</source>
        <translation>Invention patents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>件</source>
        <translation>items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他知识产权（软件著作权等）</source>
        <translation>Other IP (software copyrights etc.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>规模以上制造业企业</source>
        <translation>Manufacturers above designated size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专精特新“小巨人”企业</source>
        <translation>Specialised and innovative &quot;little giant&quot; enterprises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>制造业单项冠军企业</source>
        <translation>Manufacturing single-product champions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5G工业模组与融合终端应用数量</source>
        <translation>5G industrial modules and converged terminals in use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相关高新技术企业</source>
        <translation>Related high-tech enterprises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>带动就业</source>
        <translation>Jobs created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>招商引资金额</source>
        <translation>Investment attracted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“5G+工业互联网”相关产业规模</source>
        <translation>Size of &quot;5G + Industrial Internet&quot; related industries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相关产业规模</source>
        <translation>Size of related industries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国家人才计划入选者</source>
        <translation>National talent programme members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>培育高水平技术技能人才</source>
        <translation>High-level technical talent trained</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现代产业学院、示范基地、实训基地等载体</source>
        <translation>Modern industry colleges, demonstration and training bases, etc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人才培养载体</source>
        <translation>Talent training bases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公共服务平台</source>
        <translation>Public service platforms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明产业基础、组织策划（领导小组、工作机制）和推进建设安排。</source>
        <translation>Describe the industrial base, the organisation and planning (leading group, working mechanisms) and the arrangements for the construction.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申报城市未发生重大网络安全事件</source>
        <translation>No major cyber security incident in the applying cities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申报城市未发生重大安全生产事故</source>
        <translation>No major production safety accident in the applying cities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申报材料真实有效，未提供虚假材料</source>
        <translation>The application is true and valid, with no false material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申报城市现有5G基站数</source>
        <translation>the cities&apos; current 5G base stations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}每万人拥有5G基站数为 {value} 个，超过 {max} 个，明显偏高：请核对5G基站数和常住人口（单位是否为万人）</source>
        <translation>{name}: {value} 5G base stations per 10,000 residents, more than {max}, is implausibly high; check the 5G base stations and the resident population (is the unit ×10,000 people?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工厂登记表中的企业</source>
        <translation>the enterprises in the factories register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专项政策文件</source>
        <translation>Dedicated policy documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还需新增至少 {missing} 项支持“5G+工业互联网”发展的专项政策文件</source>
        <translation>Dedicated policy documents supporting &quot;5G + Industrial Internet&quot; still needed: at least {missing}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个/万人</source>
        <translation>per 10,000 residents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还需新增至少 {missing} 个5G基站</source>
        <translation>5G base stations still needed: at least {missing}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还差 {missing} 家具备10个以上典型应用场景的工厂</source>
        <translation>Factories with 10 or more typical application scenarios still needed: {missing}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入选试点示范（5G工厂方向）/ 5G工厂名录项目</source>
        <translation>Pilot demonstration (5G factory) / 5G Factory List projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，或</source>
        <translation>; or </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入选试点示范（5G工厂方向）</source>
        <translation>Selected as pilot demonstration (5G factory)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还需至少 {missing} 个项目入选工业互联网试点示范（5G工厂方向）</source>
        <translation>Projects selected as Industrial Internet pilot demonstrations (5G factory) still needed: at least {missing}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入选5G工厂名录</source>
        <translation>In the 5G Factory List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还需至少 {missing} 个项目入选5G工厂名录</source>
        <translation>Projects in the 5G Factory List still needed: at least {missing}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还需新增至少 {missing} 项部级及以上相关称号</source>
        <translation>Ministerial-level or higher titles still needed: at least {missing}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>由{value}授予，不属部级及以上称号，未计入</source>
        <translation>awarded by: {value}; not a ministerial-level or higher title, so not counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已作出的承诺</source>
        <translation>Attestations given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还需由具名责任人签署并注明日期：{missing_items}</source>
        <translation>Still to be confirmed and dated by a named responsible person: {missing_items}</translation>
    </message>
</context>
<context>
    <name>completion</name>
    <message>
        <location filename="../../app/models/completion.py" line="+42"/>
        <source>已达成</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未达成</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未填报</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>无目标</source>
        <translation>No target</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>目标为0</source>
        <translation>Target is 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已降至0</source>
        <translation>Reduced to 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rate}（达成 {met}/{counted} 项）</source>
        <translation>{rate} ({met}/{counted} met)</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../app/translatable.py" line="+137"/>
        <source>{year}年{month}月{day}日</source>
        <translation>{year}-{month:02}-{day:02}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year}年{month}月{day}日 {time}</source>
        <translation>{year}-{month:02}-{day:02} {time}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="-130"/>
        <source>出错了</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+13"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>edits</name>
    <message>
        <location filename="../../app/models/edit_words.py" line="+21"/>
        <source>修改“{what}”</source>
        <translation>Edit &quot;{what}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改“{name}”情况说明</source>
        <translation>Edit the description of &quot;{name}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改“{label}”第{year}年目标</source>
        <translation>Edit the year {year} target &quot;{label}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改方案正文</source>
        <translation>Edit the plan text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加{name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除{count}条{name}</source>
        <translation>Delete {count} {name} record(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>粘贴{count}条{name}</source>
        <translation>Paste {count} {name} record(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改现场考察承诺</source>
        <translation>Edit the site-visit attestations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加证明材料“{title}”</source>
        <translation>Add evidence &quot;{title}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移除证明材料“{title}”</source>
        <translation>Remove evidence &quot;{title}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改证明材料“{title}”</source>
        <translation>Edit evidence &quot;{title}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从表格导入{name}（{counts}）</source>
        <translation>Import {name} records from a spreadsheet ({counts})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增{count}条</source>
        <translation>{count} added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更新{count}条</source>
        <translation>{count} updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复历史值（{path}）</source>
        <translation>Restore an earlier value ({path})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录签名身份</source>
        <translation>Record the signing identity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>清除“{label}”第{year}年实际完成值</source>
        <translation>Clear the year {year} actual value of &quot;{label}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填报“{label}”第{year}年实际完成值</source>
        <translation>Enter the year {year} actual value of &quot;{label}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入第{year}年实际完成值（{count} 项）</source>
        <translation>Import year {year} actual values ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改“{area}”{part}</source>
        <translation>Edit &quot;{area}&quot;: {part}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录第{year}年星级评定：{stars}星</source>
        <translation>Record the year {year} star rating: {stars} stars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除{what}</source>
        <translation>Delete {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录第十八条事项：{kind}</source>
        <translation>Record an Article 18 matter: {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调整“{label}”第{year}年目标：{old} → {new}</source>
        <translation>Amend the year {year} target &quot;{label}&quot;: {old} → {new}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>方案标题</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>申报单位</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名身份</source>
        <translation>Signing identity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星级评定</source>
        <translation>star rating</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>第十八条事项</source>
        <translation>Article 18 matter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目标调整</source>
        <translation>target amendment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>记录</source>
        <translation>record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="-244"/>
        <source>正在生成 PDF 预览…</source>
        <translation>Generating PDF preview…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>生成预览</source>
        <translation>Generate preview</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../../app/models/assessment.py" line="+33"/>
        <source>一、基本情况</source>
        <translation>1. Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>五、重点任务（发展政策先导）</source>
        <translation>5. Key tasks (development policy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>五、重点任务（基础设施先导）</source>
        <translation>5. Key tasks (infrastructure)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>五、重点任务（行业应用先导）</source>
        <translation>5. Key tasks (industry applications)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>五、重点任务（产业生态先导）</source>
        <translation>5. Key tasks (industrial ecosystem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>五、重点任务（公共服务先导）</source>
        <translation>5. Key tasks (public services)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>六、保障措施</source>
        <translation>6. Safeguards</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>阻断</source>
        <translation>Blocking</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>不可偏离条件未满足：{name}——{gap}</source>
        <translation>Mandatory condition not met: {name} — {gap}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} {name}：未填写情况说明</source>
        <translation>{code} {name}: the description is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} {name}：建议填写情况说明</source>
        <translation>{code} {name}: a description is recommended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} {name}：未填写“{label}”</source>
        <translation>{code} {name}: &quot;{label}&quot; is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} {name}：建议填写“{label}”</source>
        <translation>{code} {name}: &quot;{label}&quot; is recommended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} {name}：“{label}”{problem}</source>
        <translation>{code} {name}: &quot;{label}&quot;: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} {name}：“{label}”为暂定值，提交前请核实</source>
        <translation>{code} {name}: &quot;{label}&quot; is provisional; verify it before submission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} {name}：未填写“{label}”第{year}年目标</source>
        <translation>{code} {name}: the year {year} target for &quot;{label}&quot; is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} {name}：“{label}”第{year}年目标{problem}</source>
        <translation>{code} {name}: year {year} target for &quot;{label}&quot;: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} {name}：不可偏离条件尚无证明材料</source>
        <translation>{code} {name}: no evidence for the mandatory condition yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} {name}：该指标尚无证明材料</source>
        <translation>{code} {name}: no evidence for this indicator yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} {name}：建议附证明材料</source>
        <translation>{code} {name}: supporting evidence is recommended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{register}第{position}条（{record}）：{problems}</source>
        <translation>{register}, record {position} ({record}): {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{register}“{record}”：建议注明{label}</source>
        <translation>{register} &quot;{record}&quot;: please state the {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{register}第{position}条（{record}）：场景“{scenario}”重复登记，只计一次</source>
        <translation>{register}, record {position} ({record}): scenario &quot;{scenario}&quot; is entered twice and counts once</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{register}第{position}条（{record}）：“{value}”不在工业和信息化部已发布的典型应用场景目录中，不计入</source>
        <translation>{register}, record {position} ({record}): &quot;{value}&quot; is not in MIIT&apos;s published catalogue of typical application scenarios and does not count</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>试点工作方案“{part}”尚未填写</source>
        <translation>Pilot work plan: &quot;{part}&quot; has not been written yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{register}第{position}条（{record}）：{reason}</source>
        <translation>{register}, record {position} ({record}): {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} {name}：情况说明{problem}</source>
        <translation>{code} {name}: description: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/models/check_words.py" line="+36"/>
        <source>{code} {name}：{sentence}</source>
        <translation>{code} {name}: {sentence}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>试点工作方案“{part}”{problem}</source>
        <translation>Pilot work plan &quot;{part}&quot;: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{label}”{problem}</source>
        <translation>&quot;{label}&quot;: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{attestation}”的{label}{problem}</source>
        <translation>&quot;{attestation}&quot;, {label}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证明材料“{item}”的{label}{problem}</source>
        <translation>Evidence &quot;{item}&quot;, {label}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{register}第{position}条（{record}）与第{first_position}条（{first}）重复（{columns}相同）：同一{record_name}只计一次，请删除或改正其中一条</source>
        <translation>{register}, record {position} ({record}) duplicates record {first_position} ({first}) (same {columns}): the same {record_name} counts only once; delete or correct one of them</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/models/check_words.py" line="-6"/>
        <source>未命名</source>
        <translation>unnamed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方案标题</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>申报单位</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>承诺人</source>
        <translation>person attesting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职务</source>
        <translation>position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名称</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件名</source>
        <translation>file name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编号</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../app/models/pilot_findings.py" line="+33"/>
        <source>不予批复，三年内不允许申请工业和信息化部工业互联网相关项目</source>
        <translation>no approval is given, and for three years the city may not apply for MIIT industrial internet projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已批复的撤销，三年内不允许申请工业和信息化部工业互联网相关项目</source>
        <translation>the approval is revoked, and for three years the city may not apply for MIIT industrial internet projects</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>一星</source>
        <translation>one star</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>二星</source>
        <translation>two stars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>三星</source>
        <translation>three stars</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>四星</source>
        <translation>four stars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>五星</source>
        <translation>five stars</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>累计{n}次星级评定为三星以下（含三星；{ratings}）：依工作规则第十八条（四），{consequence}。</source>
        <translation>Rated three stars or fewer {n} times ({ratings}): under Article 18 (4) of the Work Rules, {consequence}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第{year}年{stars}</source>
        <translation>year {year}: {stars}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{year}年星级评定为{stars}，属三星以下（含三星）：依工作规则第十八条（四），累计两次星级评定为三星以下的，{consequence}；再有一次即达到撤销条件。</source>
        <translation>Year {year} was rated {stars}, which is three stars or fewer: under Article 18 (4) of the Work Rules, after two ratings of three stars or fewer {consequence}; one more such rating meets the condition for revocation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date}发生{incident}（{description}）：依工作规则{clause}，{consequence}。</source>
        <translation>{incident} on {date} ({description}): under {clause} of the Work Rules, {consequence}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>试点第{year}年已于{date}结束，第{year}年度试点工作开展情况尚未报送（工作规则第十五条）。</source>
        <translation>Pilot year {year} ended on {date}; the report on the pilot work in year {year} has not been submitted yet (Work Rules, Article 15).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>批复的试点工作方案中没有第{year}年目标，无法对照填报</source>
        <translation>The approved pilot work plan sets no targets for year {year}, so there is nothing to report against</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{year}年“{indicator} › {target}”：未填报实际完成值</source>
        <translation>Year {year}, &quot;{indicator} › {target}&quot;: the actual value is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{year}年“{indicator} › {target}”：实际完成值不是有效数字</source>
        <translation>Year {year}, &quot;{indicator} › {target}&quot;: the actual value is not a valid number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{year}年“{indicator} › {target}”：建议关联证明材料</source>
        <translation>Year {year}, &quot;{indicator} › {target}&quot;: linking evidence is recommended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{area}”：未填写{part}</source>
        <translation>&quot;{area}&quot;: &quot;{part}&quot; is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{area}”：建议填写{part}</source>
        <translation>&quot;{area}&quot;: &quot;{part}&quot; is recommended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>试点第{year}年至{date}结束，现在填报的是截至目前的数据</source>
        <translation>Pilot year {year} ends on {date}; the values entered now are those to date</translation>
    </message>
    <message>
        <location filename="../../app/export/kinds.py" line="+214"/>
        <source>申报材料已获批复，试点工作方案以批复的版本为准，不再导出新的正式申报包（可导出草稿查阅）；年度报告请在“试点进展”中导出。</source>
        <translation>The application has been approved: the approved version of the pilot work plan stands, so no new final application package is exported (a draft can still be exported for reference); export the annual reports from &quot;Pilot Progress&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>开始复核后才能生成复核材料（试点期满后，在“试点进展”中开始复核）。</source>
        <translation>The final review materials can be produced once the final review has started (when the pilot period has ended, start it in &quot;Pilot Progress&quot;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申报材料获批复后才能生成年度试点工作开展情况。</source>
        <translation>The annual reports on the pilot work can be produced once the application has been approved.</translation>
    </message>
    <message>
        <location filename="../../app/models/check_words.py" line="-10"/>
        <source>低于</source>
        <translation>below</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>高于</source>
        <translation>above</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不低于</source>
        <translation>at least</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>不高于</source>
        <translation>at most</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{year}年</source>
        <translation>year {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{label}”第{year}年目标 {value} {unit}{word}第{previous_year}年目标 {previous} {unit}：请核对</source>
        <translation>&quot;{label}&quot;: the year {year} target, {value} {unit}, is {word} the year {previous_year} target, {previous} {unit}; please check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{label}”{years}目标（{values} {unit}）{word}现状 {baseline} {unit}（{what}）：目标应{should}现状，请核对数值和单位</source>
        <translation>&quot;{label}&quot;: the target for {years} ({values} {unit}) is {word} today&apos;s {baseline} {unit} ({what}); a target should be {should} today&apos;s value: check the numbers and the unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} {name}：{child}（{child_value}）多于{parent}（{parent_value}），前者应是后者的一部分：请核对</source>
        <translation>{code} {name}: {child} ({child_value}) exceed {parent} ({parent_value}), of which they should be a part; please check</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{register}第{position}条（{record}）：“{label}”{when}晚于现场考察承诺的日期（{attested}）：承诺应在材料齐备后作出，请核对日期或重新签署承诺</source>
        <translation>{register}, record {position} ({record}): &quot;{label}&quot; {when} is later than the site-visit attestations ({attested}); attestations are made once the materials are complete: check the date or sign the attestations again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{attestation}”的承诺日期{day}晚于今天（{today}），请核对</source>
        <translation>The attestation &quot;{attestation}&quot; is dated {day}, later than today ({today}); please check</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../app/models/history_words.py" line="+33"/>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>定稿</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报送</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修订</source>
        <translation>Revised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合并</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind}（撤销）</source>
        <translation>{kind} (undo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind}（重做）</source>
        <translation>{kind} (redo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/models/pilot_words.py" line="+53"/>
        <source>已定稿</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/models/pilot_words.py" line="+0"/>
        <source>已报送</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+0"/>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名身份</source>
        <translation>Signing identity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指标体系版本</source>
        <translation>Indicator catalogue edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一、基本情况</source>
        <translation>1. Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>五、重点任务（发展政策先导）</source>
        <translation>5. Key tasks (development policy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>五、重点任务（基础设施先导）</source>
        <translation>5. Key tasks (infrastructure)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>五、重点任务（行业应用先导）</source>
        <translation>5. Key tasks (industry applications)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>五、重点任务（产业生态先导）</source>
        <translation>5. Key tasks (industrial ecosystem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>五、重点任务（公共服务先导）</source>
        <translation>5. Key tasks (public services)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>六、保障措施</source>
        <translation>6. Safeguards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>情况说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目标：{label}</source>
        <translation>Target: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{year}年</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现场考察承诺</source>
        <translation>Site-Visit Attestations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证明材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方案正文</source>
        <translation>Plan Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他内容</source>
        <translation>Other content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（暂定值）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}（非目录场景）</source>
        <translation>{name} (not in the scenario catalogue)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}：{value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（空白记录）</source>
        <translation>(blank record)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件：{name}（{size}）</source>
        <translation>File: {name} ({size})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件：{name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关联指标：{codes}</source>
        <translation>Linked indicators: {codes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未关联指标</source>
        <translation>Not linked to any indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承诺</source>
        <translation>Attested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不承诺</source>
        <translation>Not attested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未选择</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person}（{role}）</source>
        <translation>{person} ({role})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year}年{month}月{day}日 {time}</source>
        <translation>{year}-{month:02}-{day:02} {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year}年{month}月{day}日</source>
        <translation>{year}-{month:02}-{day:02}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 {revision} 版</source>
        <translation>Version {revision}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 {revision} 版（定稿后再次修改）</source>
        <translation>Version {revision} (changed after finalising)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合并两个副本</source>
        <translation>Two copies merged</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/models/pilot_words.py" line="-5"/>
        <source>{value}{unit}</source>
        <translation>{value} {unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/models/pilot_words.py" line="+2"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../app/models/pilot_words.py" line="-29"/>
        <location line="+13"/>
        <source>批复</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+8"/>
        <source>未获批复</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>开始复核</source>
        <translation>Final review started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核完成</source>
        <translation>Final review completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤销批复</source>
        <translation>Approval revoked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告定稿</source>
        <translation>Report finalised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告报送</source>
        <translation>Report submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告修订</source>
        <translation>Report revised</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已批复</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核</source>
        <translation>Final review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>批复时冻结的方案目标</source>
        <translation>Plan targets frozen at approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目标调整</source>
        <translation>Target amendment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{year}年度报告</source>
        <translation>Year {year} annual report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核材料</source>
        <translation>Final review materials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>实际完成值</source>
        <translation>Actual value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星级评定</source>
        <translation>Star rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第十八条事项</source>
        <translation>Article 18 matter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{year}年 {stars}星（{date}）</source>
        <translation>Year {year}: {stars} stars ({date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{label}”第{year}年目标 {old} → {new}（{date}，{reason}）</source>
        <translation>&quot;{label}&quot;, year {year} target {old} → {new} ({date}, {reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date}，{number}</source>
        <translation>{date}, {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} 项指标的分年度目标</source>
        <translation>Annual targets of {n} indicators</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{part}：{text}</source>
        <translation>{part}: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>起草中</source>
        <translation>Drafting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工作开展情况</source>
        <translation>Work carried out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>存在的问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一年度工作举措</source>
        <translation>Measures for the next year</translation>
    </message>
</context>
<context>
    <name>home</name>
    <message>
        <location filename="../../app/ui/pilot_home.py" line="+28"/>
        <source>{n}星</source>
        <translation>{n}★</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{stage}（{stars}）</source>
        <translation>{stage} ({stars})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{stage} · 第十八条事项</source>
        <translation>{stage} · Article 18 matters</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>批复日期：{date}</source>
        <translation>Approved on: {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>星级评定：{ratings}</source>
        <translation>Star ratings: {ratings}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>逾期未报送：{years}</source>
        <translation>Overdue, not submitted: {years}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>第{n}年度报告</source>
        <translation>Year {n} annual report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已记录第十八条事项 {n} 项</source>
        <translation>Article 18 matters recorded: {n}</translation>
    </message>
</context>
<context>
    <name>identity_dialog</name>
    <message>
        <location filename="../../app/ui/identity_dialog.py" line="-58"/>
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
        <location line="+4"/>
        <source>已于 {date}过期，不能再用于签名</source>
        <translation>expired on {date}; can no longer sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有效期至 {date}</source>
        <translation>valid until {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}（{org}；{kind}；{validity}）</source>
        <translation>{name} ({org}; {kind}; {validity})</translation>
    </message>
</context>
<context>
    <name>list</name>
    <message>
        <location filename="../../app/translatable.py" line="-92"/>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <location filename="../../app/models/storage/merge_words.py" line="+18"/>
        <source>（已删除）</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改了 {cells}</source>
        <translation>changed {cells}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}：{value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{fuller}”已包含“{other}”的全部修改，合并结果与“{fuller}”相同：{name}。</source>
        <translation>&quot;{fuller}&quot; already contains all changes of &quot;{other}&quot;; the merged file is the same as &quot;{fuller}&quot;: {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已合并为“{name}”：采用“{a}”的修改 {from_a} 处、“{b}”的修改 {from_b} 处，解决冲突 {conflicts} 处；合并结果为草稿。</source>
        <translation>Merged into &quot;{name}&quot;: {from_a} change(s) taken from &quot;{a}&quot; and {from_b} from &quot;{b}&quot;, {conflicts} conflict(s) resolved; the merged file is a draft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>有 {n} 个证明材料文件在两个文件中都没有内容，只保留了材料信息。</source>
        <translation>{n} evidence file(s) have no content in either file; only their details were kept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{outcome}{missing}</source>
        <translation>{outcome} {missing}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还有 {n} 处冲突没有选择采用哪一方的修改。</source>
        <translation>{n} conflict(s) still have no side chosen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}”不能与它自己合并，请选择同一份申报材料的另一个副本。</source>
        <translation>&quot;{name}&quot; cannot be merged with itself; choose another copy of the same application.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{a}”和“{b}”不是同一份申报材料的副本（申报编号不同），不能合并。只有从同一份申报复制出来、分别修改过的文件才能合并。</source>
        <translation>&quot;{a}&quot; and &quot;{b}&quot; are not copies of the same application (their application IDs differ) and cannot be merged. Only files copied from the same application and changed separately can be merged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{a}”和“{b}”使用的评审指标版本不同（{edition_a}年版、{edition_b}年版），不能合并。</source>
        <translation>&quot;{a}&quot; and &quot;{b}&quot; use different editions of the evaluation indicators ({edition_a}, {edition_b}) and cannot be merged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{label}”已记录批复或试点期事项（{name}），批复之后的申报材料不能合并副本：请在一份文件中继续填写。</source>
        <translation>&quot;{label}&quot; already records the approval or pilot-period matters ({name}); copies of an approved application cannot be merged: continue in one file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>合并结果不能保存为输入文件“{name}”本身，请另选一个文件名。</source>
        <translation>The merged file cannot be saved as the input file &quot;{name}&quot; itself; choose another file name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件“{name}”已存在。</source>
        <translation>The file &quot;{name}&quot; already exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}”正由{holder}打开，不能覆盖。</source>
        <translation>&quot;{name}&quot; is open ({holder}) and cannot be overwritten.</translation>
    </message>
</context>
<context>
    <name>package_file</name>
    <message>
        <location filename="../../app/export/kinds.py" line="-178"/>
        <source>第{year}年度试点工作开展情况</source>
        <translation>year-{year}-pilot-work-report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>试点期满复核材料</source>
        <translation>final-review-materials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>试点工作方案</source>
        <translation>pilot-work-plan</translation>
    </message>
</context>
<context>
    <name>package_kind</name>
    <message>
        <location line="-8"/>
        <source>第{year}年度试点工作报告</source>
        <translation>Year {year} Annual Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核材料</source>
        <translation>Final Review Materials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申报包</source>
        <translation>Application Package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{year}年度试点工作开展情况</source>
        <translation>Year {year} Pilot Work Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>试点期满复核材料</source>
        <translation>Final Review Materials at the End of the Pilot Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>试点工作方案</source>
        <translation>Pilot Work Plan</translation>
    </message>
</context>
<context>
    <name>pilot</name>
    <message>
        <location filename="../../app/models/pilot.py" line="+51"/>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>起草中</source>
        <translation>Drafting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已定稿</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已报送</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工作开展情况</source>
        <translation>Work carried out</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>存在的问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>下一年度工作举措</source>
        <translation>Measures for the next year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目标完成情况</source>
        <translation>Targets achieved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>经验做法与下一步打算</source>
        <translation>Lessons learned and next steps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>重大网络安全事件</source>
        <translation>Major cyber security incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重大安全生产事故</source>
        <translation>Major production safety accident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提供虚假材料</source>
        <translation>False materials provided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不配合评价复核等相关工作</source>
        <translation>Refusal to cooperate with evaluation, review or related work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他重大问题，不再适合先导区试点</source>
        <translation>Other major problem; no longer suitable as a pilot zone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>第十八条（一）</source>
        <translation>Article 18 (1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>第十八条（二）</source>
        <translation>Article 18 (2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第十八条（三）</source>
        <translation>Article 18 (3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>第十八条（四）</source>
        <translation>Article 18 (4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第十八条（五）</source>
        <translation>Article 18 (5)</translation>
    </message>
</context>
<context>
    <name>pilot_dialogs</name>
    <message>
        <location filename="../../app/ui/pilot_dialogs.py" line="+52"/>
        <source>更正批复信息</source>
        <translation>Correct Approval Details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>记录批复</source>
        <translation>Record Approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工业和信息化部批复同意开展先导区试点。试点期为三年，自批复之日起计算（工作规则第十四条）；批复后试点工作方案冻结，分年度目标以批复的版本为准。</source>
        <translation>MIIT has approved the pilot zone. The pilot period is three years from the date of approval (Work Rules, Article 14); on approval the pilot work plan is frozen and the annual targets are those of the approved version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>批复日期</source>
        <translation>Date of approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批复文号</source>
        <translation>Approval document no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例如：工信厅信管函〔2025〕188号</source>
        <translation>e.g. 工信厅信管函〔2025〕188号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>通知或批复的文号（如有）</source>
        <translation>Number of the notice or approval (if any)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（一）发生重大网络安全事件、重大安全生产事故等</source>
        <translation>(1) A major cyber security incident, major production safety accident or the like</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（二）提供虚假材料</source>
        <translation>(2) False materials provided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（三）不配合评价复核等相关工作</source>
        <translation>(3) Refusal to cooperate with evaluation, review or related work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（四）累计两次星级评定为三星以下</source>
        <translation>(4) Two ratings of three stars or fewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（五）存在其他重大问题</source>
        <translation>(5) Other major problems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第十八条</source>
        <translation>Article 18</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>记录第{n}年星级评定</source>
        <translation>Record Star Rating for Year {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>工业和信息化部每年组织开展试点评价，以一星到五星体现试点建设质量（工作规则第十六条）。累计两次星级评定为三星以下（含三星）的，撤销批复（第十八条（四））。</source>
        <translation>MIIT evaluates the pilots every year and rates their quality from one to five stars (Work Rules, Article 16). Approval is revoked after two ratings of three stars or fewer (Article 18 (4)).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> 星</source>
        <translation> ★</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星级</source>
        <translation>Stars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评定日期</source>
        <translation>Date of rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评定文件</source>
        <translation>Rating document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>通知名称或文号</source>
        <translation>Title or number of the notice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>记录第十八条事项</source>
        <translation>Record Article 18 Matter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>发生重大网络安全事件、重大安全生产事故，提供虚假材料，不配合评价复核等，或存在其他重大问题的，不予批复，已批复的撤销，三年内不允许申请工业和信息化部工业互联网相关项目（工作规则第十八条）。</source>
        <translation>A major cyber security incident or major production safety accident, false materials, refusal to cooperate with evaluation or review, or any other major problem means no approval, or revocation of an approval already given, and a three-year bar from applying for MIIT industrial internet projects (Work Rules, Article 18).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind}（{clause}）</source>
        <translation>{kind} ({clause})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发生日期</source>
        <translation>Date occurred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经过</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>简要说明事项经过</source>
        <translation>Briefly describe what happened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相关文件</source>
        <translation>Related documents</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>调整目标</source>
        <translation>Amend Target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>批复的目标保持不变；调整以新的记录保存，注明日期和理由，年度报告和复核材料同时列出原目标和调整后的目标。</source>
        <translation>The approved targets remain unchanged; an amendment is saved as a new record with its date and reason, and the annual reports and final review materials list both the original and the amended target.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} {label}（{unit}）</source>
        <translation>{code} {label} ({unit})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>第{n}年</source>
        <translation>Year {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现行目标</source>
        <translation>Current target</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>（未设）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>调整后目标</source>
        <translation>Amended target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调整日期</source>
        <translation>Date of amendment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>依据文件</source>
        <translation>Supporting document</translation>
    </message>
</context>
<context>
    <name>pilot_status</name>
    <message>
        <location filename="../../app/models/pilot_status.py" line="+24"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已定稿</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已报送</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已批复</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未获批复</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核</source>
        <translation>Final review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已批复（试点未开始）</source>
        <translation>Approved (pilot not started)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>试点期满（待复核）</source>
        <translation>Pilot period ended (final review due)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>试点第{year}年</source>
        <translation>Pilot year {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成申报材料并定稿</source>
        <translation>Complete and finalise the application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报送申报材料</source>
        <translation>Submit the application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等待批复</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可修订后再次申报</source>
        <translation>Revise and apply again if desired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>试点已完成</source>
        <translation>Pilot completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>三年内不得申请工业和信息化部工业互联网相关项目</source>
        <translation>No applications for MIIT industrial internet projects for three years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>三年内不得申请工业和信息化部工业互联网相关项目（至{date}）</source>
        <translation>No applications for MIIT industrial internet projects for three years (until {date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报送复核材料</source>
        <translation>Submit the final review materials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等待复核结论</source>
        <translation>Awaiting the final review&apos;s conclusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录批复</source>
        <translation>Record the approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>试点自{date}开始</source>
        <translation>Pilot starts on {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报送第{year}年度试点工作报告（第{year}年已于{date}结束）</source>
        <translation>Submit the year {year} annual report (year {year} ended on {date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核（试点期已于{date}届满）</source>
        <translation>Final review (the pilot period ended on {date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核（试点期至{date}届满，三个年度报告均已报送）</source>
        <translation>Final review (the pilot period ends on {date}; all three annual reports submitted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{year}年度试点工作报告（第{year}年至{date}）</source>
        <translation>Year {year} annual report (year {year} runs until {date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{year}年 {stars}星</source>
        <translation>Year {year}: {stars}★</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>pilot_window</name>
    <message>
        <location filename="../../app/ui/pilot_window.py" line="+65"/>
        <location line="+94"/>
        <source>试点进展</source>
        <translation>Pilot Progress</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>复核</source>
        <translation>Final Review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第{n}年度报告</source>
        <translation>Year {n} Annual Report</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>试点(&amp;L)</source>
        <translation>Pi&amp;lot</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>记录批复…</source>
        <translation>Record Approval…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录第十八条事项…</source>
        <translation>Record Article 18 Matter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调整目标…</source>
        <translation>Amend Target…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>目标完成情况面板</source>
        <translation>Target Progress Panel</translation>
    </message>
</context>
<context>
    <name>refusals</name>
    <message>
        <location filename="../../app/models/refusal_words.py" line="+19"/>
        <source>{what}：{problem}</source>
        <translation>{what}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申报材料获批复后才能{what}。</source>
        <translation>You can {what} only once the application has been approved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}不能为负数。</source>
        <translation>{what} cannot be negative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}应为有效日期（YYYY-MM-DD）。</source>
        <translation>{what} should be a valid date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}应为有效日期（YYYY-MM-DD），现为“{text}”。</source>
        <translation>{what} should be a valid date (YYYY-MM-DD), not &quot;{text}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}{day}晚于今天，请核对。</source>
        <translation>{what} {day} is later than today; please check.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>试点期只有 {n} 年。</source>
        <translation>The pilot period has only {n} years.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所选的证明材料已不在申报材料中。</source>
        <translation>The chosen evidence is no longer in the application.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所选的证明材料已不在申报材料中，请重新选择。</source>
        <translation>The chosen evidence is no longer in the application; please choose again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{label}”由其他数值计算得出，无需填写。</source>
        <translation>&quot;{label}&quot; is calculated from other values and need not be entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星级应为一星到五星。</source>
        <translation>A rating should be one to five stars.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{year}年的星级评定已有记录；如需更正，请修改该记录。</source>
        <translation>The star rating of year {year} has already been recorded; to correct it, edit that record.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报送之后才能记录第十八条事项。</source>
        <translation>Article 18 matters can be recorded only after submission.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未知的事项类别“{kind}”。</source>
        <translation>Unknown kind of matter &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请简要说明事项经过。</source>
        <translation>Please describe briefly what happened.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调整目标须说明理由。</source>
        <translation>An amended target needs a reason.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写“{label}”第{year}年调整后的目标值。</source>
        <translation>Please enter the amended year {year} target of &quot;{label}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调整后的目标与现行目标相同（{old}），无需调整。</source>
        <translation>The amended target is the same as the current one ({old}); there is nothing to amend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚未记录批复。</source>
        <translation>No approval has been recorded yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写批复文号。</source>
        <translation>Please enter the approval document number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写批复文号（例如：工信厅信管函〔2025〕××号）。</source>
        <translation>Please enter the approval document number as printed on the approval (e.g. 工信厅信管函〔2025〕××号).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>试点期满后才能开始复核（试点期至{end}）。</source>
        <translation>The final review can start only when the pilot period has ended (it runs until {end}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚未记录批复，无法开始复核。</source>
        <translation>No approval has been recorded, so the final review cannot start.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申报材料已{stage}，试点工作方案已冻结，不能再修改方案内容。调整分年度目标请在“试点进展”中使用“调整目标”，并注明日期和理由。</source>
        <translation>The application is {stage}: the pilot work plan is frozen and its content can no longer be changed. To change annual targets, use &quot;Amend Target&quot; in &quot;Pilot Progress&quot; and give the date and the reason.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>填报实际完成值</source>
        <translation>enter actual values</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入实际完成值</source>
        <translation>import actual values</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撰写年度报告</source>
        <translation>write annual reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录星级评定</source>
        <translation>record star ratings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调整目标</source>
        <translation>amend targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{label}”第{year}年实际完成值</source>
        <translation>The year {year} actual value of &quot;{label}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{label}”第{year}年调整后目标</source>
        <translation>The amended year {year} target of &quot;{label}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评定日期</source>
        <translation>The rating date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>发生日期</source>
        <translation>The date it happened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调整日期</source>
        <translation>The amendment date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>批复日期</source>
        <translation>The approval date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期</source>
        <translation>The date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法确定是哪一项目标（{code} {target}）</source>
        <translation>cannot tell which target it is ({code} {target})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批复的方案中没有第{year}年的“{label}”目标</source>
        <translation>the approved plan sets no year {year} target &quot;{label}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{label}”：{problem}</source>
        <translation>&quot;{label}&quot;: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>申报材料已{stage}，试点工作方案不能再修改。</source>
        <translation>The application is {stage}: the pilot work plan can no longer be changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申报材料已{stage}，不能再{what}。</source>
        <translation>The application is {stage}: you can no longer {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录第十八条事项</source>
        <translation>record Article 18 matters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改试点进展的记录</source>
        <translation>change the records of the pilot years</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>获批复</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>进入复核</source>
        <translation>in the final review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成复核</source>
        <translation>through its final review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被撤销批复</source>
        <translation>revoked</translation>
    </message>
</context>
<context>
    <name>register_excel</name>
    <message>
        <location filename="../../app/ui/register_excel.py" line="+28"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从 Excel/CSV 导入、导出为 Excel，或下载空白模板</source>
        <translation>Import from Excel/CSV, export to Excel, or download a blank template</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>从 Excel/CSV 导入…</source>
        <translation>Import from Excel/CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出为 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下载空白模板…</source>
        <translation>Download Blank Template…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>选择要导入的表格</source>
        <translation>Choose the Spreadsheet to Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表格 (*.xlsx *.xlsm *.csv);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{register}-空白模板</source>
        <translation>{register}-blank-template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}-{register}</source>
        <translation>{name}-{register}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存为 Excel</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导出为 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已保存空白模板“{name}”</source>
        <translation>Blank template saved as &quot;{name}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已导出 {n} 条{record}到“{name}”；在 Excel 中修改后可用“从 Excel/CSV 导入”更新</source>
        <translation>Exported {record} records to &quot;{name}&quot;: {n}. Edit them in Excel, then update with &quot;Import from Excel/CSV&quot;</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../app/models/rules.py" line="+35"/>
        <source>{n} {unit}</source>
        <translation>{n} {unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不少于 {n} {unit}</source>
        <translation>at least {n} {unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超过 {n} {unit}</source>
        <translation>more than {n} {unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部 {n} {unit}</source>
        <translation>all {n} {unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{done}/{total} {unit}</source>
        <translation>{done}/{total} {unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据不全</source>
        <translation>Data incomplete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请先填写或改正：{reasons}</source>
        <translation>First fill in or correct: {reasons}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚未登记申报城市</source>
        <translation>no city entered yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} {measured}</source>
        <translation>{label}: {measured}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}{threshold}</source>
        <translation>{label}: {threshold}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>存在否定答复，不满足不可偏离条件；{gap}</source>
        <translation>An attestation was answered no, so the mandatory condition is not met; {gap}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}”</source>
        <translation>&quot;{name}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未命名</source>
        <translation>unnamed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（未命名城市）</source>
        <translation>(unnamed city)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（未命名工厂）</source>
        <translation>(unnamed factory)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{names}重复登记 {n} 条，同一事项只计一次</source>
        <translation>{names} entered {n} more time(s); the same item counts once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}”{reason}</source>
        <translation>&quot;{name}&quot;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另有 {n} 条登记信息不完整，未计入</source>
        <translation>{n} more incomplete record(s) not counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有 {n} 条重复登记的城市，只计一次</source>
        <translation>{n} city record(s) entered twice; each city counts once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}缺少{label}</source>
        <translation>{name}: {label} missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}：{problems}</source>
        <translation>{name}: {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>达标</source>
        <translation>met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未达标</source>
        <translation>not met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}：{ratio} {unit}（{verdict}）</source>
        <translation>{name}: {ratio} {unit} ({verdict})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合计：{ratio} {unit}</source>
        <translation>Total: {ratio} {unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有 {n} 条重复登记的{record}，同一{record}只计一次</source>
        <translation>{record}: {n} record(s) entered twice; each {record} counts once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}：还差 {n} 个目录内典型应用场景</source>
        <translation>{name}: listed typical application scenarios still needed: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}：登记信息不完整，未计入</source>
        <translation>{name}: record incomplete, not counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{attestation}”被答复为“否”：不符合不可偏离条件</source>
        <translation>&quot;{attestation}&quot; was answered no: the mandatory condition is not met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{attestation}”的承诺日期{day}晚于今天，尚未作出，未计入</source>
        <translation>the commitment &quot;{attestation}&quot; is dated {day}, after today: not yet made, not counted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，或</source>
        <translation>, or </translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <location filename="../../app/models/value_words.py" line="+22"/>
        <source>数值必须是文本形式的十进制数</source>
        <translation>a number must be stored as decimal text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}”不是有效的数字</source>
        <translation>&quot;{text}&quot; is not a valid number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}”不是整数</source>
        <translation>&quot;{text}&quot; is not a whole number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该数值不能精确表示为有限小数</source>
        <translation>this number cannot be written exactly as a finite decimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必须大于 {minimum}</source>
        <translation>must be greater than {minimum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能小于 {minimum}</source>
        <translation>must not be less than {minimum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能大于 {maximum}</source>
        <translation>must not be greater than {maximum}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>含有无效字符（U+{code}，第 {position} 个字符，不成对的代理项，常见于损坏的复制内容），请删除后重新输入</source>
        <translation>contains an invalid character (U+{code}, character {position}: an unpaired surrogate, typical of damaged copied text); delete it and type again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>含有不可见的控制字符（U+{code}，第 {position} 个字符），文档中无法保存，请删除后重新输入</source>
        <translation>contains an invisible control character (U+{code}, character {position}) that documents cannot hold; delete it and type again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>应为文本</source>
        <translation>should be text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应为 true 或 false</source>
        <translation>should be true or false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应为整数</source>
        <translation>should be a whole number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应为 {&quot;value&quot;: 数值文本, &quot;unit&quot;: 单位}</source>
        <translation>should be {&quot;value&quot;: numeric text, &quot;unit&quot;: unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位“{unit}”不在允许的单位（{units}）中</source>
        <translation>the unit &quot;{unit}&quot; is not one of the allowed units ({units})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超过合理上限（{limit}{unit}），请核对数值和单位</source>
        <translation>exceeds the plausible maximum ({limit} {unit}); check the number and the unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应为日期（YYYY-MM-DD）</source>
        <translation>should be a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}”不是可选项</source>
        <translation>&quot;{value}&quot; is not one of the options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应为场景编号的列表</source>
        <translation>should be a list of scenario IDs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未知的列类型 {kind}</source>
        <translation>unknown column type {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数值应以文本形式保存（例如 &quot;1274.83&quot;），以免精度损失</source>
        <translation>numbers should be stored as text (e.g. &quot;1274.83&quot;) so that no precision is lost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}”不是有效日期，请按 2024年3月1日 或 2024-03-01 的格式填写</source>
        <translation>&quot;{text}&quot; is not a valid date; write it like 2024-03-01 or 2024/3/1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}”不是有效日期</source>
        <translation>&quot;{text}&quot; is not a valid date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}{problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}”应填“是”或“否”</source>
        <translation>&quot;{text}&quot; should be yes or no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}”不是可选项（可选：{names}）</source>
        <translation>&quot;{text}&quot; is not one of the options (options: {names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{entry}”不在工业和信息化部已发布的典型应用场景目录中，不能计入（最接近的目录场景：{nearest}）；请改用目录中的名称，目录外的应用可写入情况说明</source>
        <translation>&quot;{entry}&quot; is not in MIIT&apos;s published catalogue of typical application scenarios and is not counted (nearest listed scenarios: {nearest}); use a name from the catalogue, and describe other applications in the description</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}应为整数</source>
        <translation>{label} should be a whole number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>缺少“{label}”</source>
        <translation>missing &quot;{label}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未选择“{label}”</source>
        <translation>&quot;{label}&quot; not chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{label}”{problem}</source>
        <translation>&quot;{label}&quot;: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{label}”{shown}不在{what}的合理范围（{span}）内：{hint}</source>
        <translation>&quot;{label}&quot; {shown} is outside the plausible range of {what} ({span}): {hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{low}{unit}–{high}{unit}</source>
        <translation>{low} {unit}–{high} {unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{label}”{day}晚于今天（{today}），请核对</source>
        <translation>&quot;{label}&quot; {day} is later than today ({today}); please check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{label}”{year}年晚于今年（{this_year}年），请核对</source>
        <translation>&quot;{label}&quot; {year} is later than this year ({this_year}); please check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value}{unit}</source>
        <translation>{value} {unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}（非目录场景）</source>
        <translation>{name} (not in the scenario catalogue)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}：{problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已有的{record_name}“{label}”</source>
        <translation>the existing {record_name} &quot;{label}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{line}行</source>
        <translation>row {line}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与{what}重复</source>
        <translation>duplicates {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与{what}重复（{same}相同）</source>
        <translation>duplicates {what} (same {same})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与第{line}行的记录编号相同</source>
        <translation>same record ID as row {line}</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <location filename="../../app/signing/problem_words.py" line="+19"/>
        <source>manifest.json 的内容不是 JSON 对象。</source>
        <translation>The content of manifest.json is not a JSON object.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest.json 不是“先导区申报包”格式（format 字段不符）。</source>
        <translation>manifest.json is not in the &quot;pilot zone application package&quot; format (the format field does not match).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不支持的申报包格式版本：{version}（本软件支持版本 {supported}）。</source>
        <translation>Unsupported package format version: {version} (this program supports version {supported}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest.json 缺少成员清单（members）。</source>
        <translation>manifest.json lacks the member list (members).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest.json 的成员清单中有格式错误的条目：{entry}</source>
        <translation>The member list in manifest.json has a malformed entry: {entry}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest.json 的成员清单中有非法路径：{path}</source>
        <translation>The member list in manifest.json has an illegal path: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest.json 的成员清单中“{name}”重复出现。</source>
        <translation>The member list in manifest.json lists &quot;{name}&quot; more than once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest.json 中的签名人信息（signer）格式错误。</source>
        <translation>The signer information (signer) in manifest.json is malformed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest.json 中的 signed_pdf 字段格式错误。</source>
        <translation>The signed_pdf field in manifest.json is malformed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}中没有 manifest.json，不是本软件导出的申报包，无法核对。</source>
        <translation>There is no manifest.json in the {where}: it is not a package exported by this program and cannot be checked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest.json 已损坏，无法读取。</source>
        <translation>manifest.json is damaged and cannot be read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest.json 不是有效的 UTF-8 JSON 文件。</source>
        <translation>manifest.json is not a valid UTF-8 JSON file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest.json 的 signed_pdf 指向“{name}”，但它不在成员清单中。</source>
        <translation>signed_pdf in manifest.json points to &quot;{name}&quot;, which is not in the member list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已忽略操作系统生成的文件（未核对）：{names}{more}</source>
        <translation>Files generated by the operating system were ignored (not checked): {names}{more}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该申报包没有单独签名的 PDF（signed_pdf 为空），仅对清单进行了签名。</source>
        <translation>This package has no separately signed PDF (signed_pdf is empty); only the manifest is signed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>缺少文件“{name}”：清单中列出，但{where}中没有。</source>
        <translation>File &quot;{name}&quot; is missing: it is listed in the manifest but not in the {where}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件“{name}”已损坏，无法读取（{reason}）。</source>
        <translation>File &quot;{name}&quot; is damaged and cannot be read ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>压缩数据校验失败</source>
        <translation>the compressed data failed its check</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>读取出错</source>
        <translation>read error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件“{name}”已被改动：大小或 SHA-256 校验值与清单不一致。</source>
        <translation>File &quot;{name}&quot; has been altered: its size or SHA-256 checksum does not match the manifest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多出文件“{name}”：{where}中有，但清单中没有列出。</source>
        <translation>Extra file &quot;{name}&quot;: it is in the {where} but not listed in the manifest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多出文件“{name}”：只在光盘映像的另一套文件名中可见（有的电脑能看到，有的看不到），清单中没有列出。</source>
        <translation>Extra file &quot;{name}&quot;: visible only in the disc image&apos;s other set of file names (some computers show it, others do not), and not listed in the manifest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未签名：{where}中没有 manifest.json.p7s 签名文件，无法确认内容来源与完整性。</source>
        <translation>Unsigned: the {where} has no manifest.json.p7s signature file, so the content&apos;s origin and integrity cannot be confirmed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名文件 manifest.json.p7s 已损坏，无法读取。</source>
        <translation>The signature file manifest.json.p7s is damaged and cannot be read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest.json 的签名无效：{explanation}</source>
        <translation>The signature of manifest.json is invalid: {explanation}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest.json 没有记录签名人信息，与签名文件不符。</source>
        <translation>manifest.json records no signer, which does not match the signature file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest.json 中记录的签名证书指纹与实际签名所用证书不一致。</source>
        <translation>The certificate fingerprint recorded in manifest.json differs from the certificate actually used to sign.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清单记录的签名人“{recorded}”与证书中的姓名“{actual}”不同。</source>
        <translation>The signer recorded in the manifest, &quot;{recorded}&quot;, differs from the name in the certificate, &quot;{actual}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}”应带有 PDF 数字签名，但{explanation}</source>
        <translation>&quot;{name}&quot; should carry a PDF digital signature. {explanation}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有找到签名</source>
        <translation>No signature was found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}”的 PDF 签名无效：{explanation}</source>
        <translation>The PDF signature of &quot;{name}&quot; is invalid: {explanation}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}”的 PDF 签名没有覆盖整个文件：{explanation}</source>
        <translation>The PDF signature of &quot;{name}&quot; does not cover the whole file: {explanation}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}”的 PDF 签名人与申报包签名人不是同一证书。</source>
        <translation>The PDF signature of &quot;{name}&quot; was made with a different certificate from the package&apos;s signature.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不可偏离条件未满足（按申报包记录）：★{title}</source>
        <translation>Mandatory condition not met (as recorded in the package): ★{title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不可偏离条件未满足（按申报包记录）：★{title}——{gap}</source>
        <translation>Mandatory condition not met (as recorded in the package): ★{title} — {gap}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名文件无法解析或不含签名人证书，不是本软件生成的有效签名。</source>
        <translation>The signature file cannot be parsed or carries no signer certificate; it is not a valid signature made by this program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名中的签名人证书已损坏，无法识别。</source>
        <translation>The signer certificate in the signature is damaged and cannot be read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名校验过程出错，签名无法确认。</source>
        <translation>An error occurred while checking the signature; it cannot be confirmed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名所保护的内容已被改动：内容与签名时不一致。</source>
        <translation>The signed content has been altered: it differs from what was signed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名值校验失败：签名已损坏或与签名人证书不匹配。</source>
        <translation>The signature value check failed: the signature is damaged or does not match the signer certificate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名人使用的是自签名证书，身份未经第三方认证机构确认。</source>
        <translation>The signer uses a self-signed certificate; no third-party certification authority has confirmed the identity.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名时间 {when} 不在证书有效期内。</source>
        <translation>The signing time {when} is outside the certificate&apos;s validity period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名证书已于 {when} 过期；签名是在有效期内做出的。</source>
        <translation>The signing certificate expired on {when}; the signature was made while it was valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名证书不能验证到所给的可信根证书（{names}）。</source>
        <translation>The signing certificate does not chain to the given trusted root certificate(s) ({names}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名证书已验证到可信根证书“{root}”（离线验证，未检查吊销状态）。</source>
        <translation>The signing certificate chains to the trusted root certificate &quot;{root}&quot; (checked offline; revocation not checked).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF 文件无法解析，可能已损坏。</source>
        <translation>The PDF file cannot be parsed; it may be damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该 PDF 没有数字签名。</source>
        <translation>This PDF has no digital signature.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF 签名无法校验：签名数据已损坏。</source>
        <translation>The PDF signature cannot be checked: the signature data is damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF 签名后内容已被改动，或签名值无效。</source>
        <translation>The PDF content was altered after signing, or the signature value is invalid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF 在签名之后又被追加修改，签名没有覆盖整个文件。</source>
        <translation>The PDF was modified again after it was signed; the signature does not cover the whole file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF 签名人使用的是自签名证书。</source>
        <translation>The PDF signer uses a self-signed certificate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>压缩包</source>
        <translation>archive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文件夹</source>
        <translation>folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>光盘映像</source>
        <translation>disc image</translation>
    </message>
    <message>
        <location filename="../../app/signing/verify_words.py" line="+22"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>正式稿</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}（{stage}）</source>
        <translation>{text} ({stage})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>验证通过：文件完整，签名有效</source>
        <translation>Verified: the files are complete and the signature is valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件完整、签名有效，但按申报包记录有 {n} 项不可偏离条件未满足</source>
        <translation>The files are complete and the signature is valid, but the package records {n} mandatory condition(s) not met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>验证未通过：发现 {n} 个问题</source>
        <translation>Verification failed: {n} problem(s) found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zip 压缩包</source>
        <translation>zip archive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文件夹（U 盘或光盘）</source>
        <translation>folder (USB drive or disc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>光盘映像 ISO</source>
        <translation>ISO disc image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申报包：{path}（{kind}）</source>
        <translation>Package: {path} ({kind})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结论：{headline}</source>
        <translation>Conclusion: {headline}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发现的问题（{n} 个）：</source>
        <translation>Problems found ({n}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  - {text}</source>
        <translation>  - {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申报材料：{title}</source>
        <translation>Application: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申报城市：{cities}；指标目录：{edition} 年版</source>
        <translation>Cities: {cities}; indicator catalogue: {edition} edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>版本：{stage}</source>
        <translation>Version: {stage}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生成时间：{when}；软件版本：{version}</source>
        <translation>Generated: {when}; software version: {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清单校验值（SHA-256）：{short}（完整：{full}）</source>
        <translation>Manifest checksum (SHA-256): {short} (in full: {full})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件：清单列出 {n} 个，全部存在且与清单一致（大小和 SHA-256 校验值）</source>
        <translation>Files: {n} listed in the manifest, all present and matching it (size and SHA-256 checksum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件：清单列出 {n} 个；{parts}</source>
        <translation>Files: {n} listed in the manifest; {parts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺少 {n} 个</source>
        <translation>{n} missing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>被改动 {n} 个</source>
        <translation>{n} altered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多出 {n} 个</source>
        <translation>{n} extra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名：没有（未签名的申报包只能核对文件是否与清单一致，不能说明清单本身未被改动，也不能说明它来自谁）</source>
        <translation>Signature: none (an unsigned package can only be checked against its manifest; nothing shows that the manifest itself is unaltered or who it came from)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>签名：</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  类型：{kind}；清单为 CMS 分离签名，{pdf}内为 PAdES 签名</source>
        <translation>  Type: {kind}; the manifest carries a detached CMS signature, {pdf} a PAdES signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方案 PDF</source>
        <translation>the plan PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  签名人：{name}；单位：{organisation}</source>
        <translation>  Signer: {name}; organisation: {organisation}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（未写明）</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  证书有效期：{start} 至 {end}</source>
        <translation>  Certificate valid: {start} to {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  证书 SHA-256 指纹：{sha256}</source>
        <translation>  Certificate SHA-256 fingerprint: {sha256}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  签名时间：{when}</source>
        <translation>  Signed at: {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  PDF 签名（{name}）：{state}</source>
        <translation>  PDF signature ({name}): {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>无效</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  身份：{text}</source>
        <translation>  Identity: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  证明：{text}</source>
        <translation>  Proves: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  不证明：{text}</source>
        <translation>  Does not prove: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不可偏离条件（按申报包记录，验证时未重新评审）：{passed}/{total} 项满足</source>
        <translation>Mandatory conditions (as recorded in the package; not re-evaluated): {passed}/{total} met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  ★ {title}：{mark}；实测 {measured}，要求 {threshold}</source>
        <translation>  ★ {title}: {mark}; measured {measured}, required {threshold}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  ★ {title}：{mark}；实测 {measured}，要求 {threshold}；{gap}</source>
        <translation>  ★ {title}: {mark}; measured {measured}, required {threshold}; {gap}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满足</source>
        <translation>met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未满足</source>
        <translation>not met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提示：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件类型：{label}</source>
        <translation>Document type: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度试点工作开展情况</source>
        <translation>Annual pilot progress report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{year}年度试点工作开展情况</source>
        <translation>Pilot progress report for year {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>试点期满复核材料</source>
        <translation>Final review materials at the end of the pilot period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告期：{start} 至 {end}</source>
        <translation>Reporting period: {start} to {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目标完成度（按清单记录，不是评价得分）：{completion}</source>
        <translation>Target completion (as the manifest records it; not an evaluation score): {completion}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>草稿（仅供内部审阅，不得报送）</source>
        <translation>Draft (for internal review only; not for submission)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 {n} 版</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（未写明的条件）</source>
        <translation>(condition not named)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>软件密钥（电脑上的 PKCS#12 证书文件，不是 UKey 等硬件设备）</source>
        <translation>software key (a PKCS#12 certificate file on the computer, not a hardware device such as a UKey)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>软件密钥（本软件只使用证书文件中的密钥签名）</source>
        <translation>software key (this program signs only with the key in a certificate file)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自签名证书（签名人自己生成，没有任何机构为其身份作证）</source>
        <translation>self-signed certificate (generated by the signer; no organisation vouches for the identity)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>由“{issuer}”签发的证书（导入的机构证书）</source>
        <translation>certificate issued by &quot;{issuer}&quot; (an imported organisation certificate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{storage}；{certificate}</source>
        <translation>{storage}; {certificate}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{stage} 第{n}版</source>
        <translation>{stage} v{n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未签名</source>
        <translation>Unsigned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自签名</source>
        <translation>self-signed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>机构证书</source>
        <translation>organisation certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有效（{kind}，已验证到可信根）</source>
        <translation>Valid ({kind}, chains to the trusted root)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不可信（{kind}，不能验证到所给根证书）</source>
        <translation>Untrusted ({kind}, does not chain to the given root)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有效（{kind}，身份未核实）</source>
        <translation>Valid ({kind}, identity unchecked)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在验证 {i}/{n}：{name}</source>
        <translation>Verifying {i}/{n}: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>从签名时起，清单所列的每个文件都没有被改动；签名是由持有该证书私钥的人做出的。</source>
        <translation>none of the files listed in the manifest has been altered since signing, and the signature was made by whoever holds the certificate&apos;s private key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这不是 GB/T 38540 规定的电子签章（电子印章须使用认可的电子认证服务机构签发的 SM2 证书和经认证的设备）；是否构成《电子签名法》第十三条所说的可靠电子签名，本软件不作判断。</source>
        <translation>this is not an electronic seal under GB/T 38540 (electronic seals need SM2 certificates issued by a recognised certification service provider and certified devices); whether it is a reliable electronic signature under Article 13 of the Electronic Signature Law is not for this program to judge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>签名人身份未经核实：没有提供可信根证书（pilotzone verify --trust 根证书.pem），证书中的姓名和单位只是证书自己写明的。</source>
        <translation>the signer&apos;s identity is unchecked: no trusted root certificate was given (pilotzone verify --trust ROOT.pem), so the name and organisation are only what the certificate itself states.</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../app/ui/workers.py" line="+276"/>
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
