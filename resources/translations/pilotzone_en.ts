<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BasicInfoPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="346"/>
        <source>申报城市 / 基本信息</source>
        <translation>Cities / Basic Information</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="347"/>
        <source>联合申报时，在下表中逐一登记各城市；常住人口与5G基站数按合计计算每万人基站数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="353"/>
        <source>方案标题</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="354"/>
        <source>申报单位</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="355"/>
        <source>联系人及电话</source>
        <translation>Contact and phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="357"/>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="359"/>
        <source>申报城市</source>
        <translation>Cities</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="361"/>
        <source>“申报城市”登记表编辑器尚未提供</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../app/ui/gap_panel.py" line="74"/>
        <source>满足</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../app/ui/gap_panel.py" line="74"/>
        <source>不满足</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../app/ui/gap_panel.py" line="80"/>
        <source>实测：{measured}
要求：{threshold}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierListModel</name>
    <message>
        <location filename="../../app/ui/home.py" line="81"/>
        <source>无法读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="101"/>
        <source>申报城市</source>
        <translation>Cities</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="101"/>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="101"/>
        <source>不可偏离条件</source>
        <translation>Mandatory conditions</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="102"/>
        <source>完成度</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="102"/>
        <source>最后编辑</source>
        <translation>Last edited</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="103"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="103"/>
        <source>已定稿</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="103"/>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
</context>
<context>
    <name>DossierWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>证明材料面板尚未提供</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>证明材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>全部证明材料；每份材料可关联到一个或多个指标。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>承诺事项编辑器尚未提供</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>现场考察承诺</source>
        <translation>Site-Visit Attestations</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>每项承诺须由具名责任人确认并注明日期；任一项缺失或否定，该不可偏离条件不满足。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="189"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190"/>
        <source>立即保存(&amp;S)</source>
        <translation>&amp;Save Now</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="192"/>
        <source>关闭(&amp;C)</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194"/>
        <location filename="../../app/ui/main_window.py" line="290"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="195"/>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="199"/>
        <source>差距面板</source>
        <translation>Gap Panel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>切换到差距面板</source>
        <translation>Switch to Gap Panel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="203"/>
        <source>下一页</source>
        <translation>Next Page</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204"/>
        <source>上一页</source>
        <translation>Previous Page</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="206"/>
        <location filename="../../app/ui/main_window.py" line="361"/>
        <source>关于先导区申报助手</source>
        <translation>About Pilot Zone Assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="289"/>
        <source>撤销 {what}</source>
        <translation>Undo {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="291"/>
        <source>重做 {what}</source>
        <translation>Redo {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="301"/>
        <source>{name}{where} - 先导区申报助手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="304"/>
        <source>不可偏离条件 {passed}/{total} 项满足&#x3000;完成度 {percent}%</source>
        <translation>Mandatory conditions {passed}/{total} met   Completeness {percent}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="309"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="309"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="309"/>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="310"/>
        <source>未关联文件（仅在内存中）</source>
        <translation>Not linked to a file (in memory only)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="315"/>
        <source>自动保存失败：{reason}。请检查磁盘空间和文件权限；修改仍保留在窗口中，恢复后会再次保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="322"/>
        <location filename="../../app/ui/main_window.py" line="343"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="344"/>
        <source>无法保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="344"/>
        <source>最近的修改未能写入文件。仍要关闭窗口吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="345"/>
        <source>仍然关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="352"/>
        <source>关闭文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="362"/>
        <source>先导区申报助手 {version}
按《{title}》整理“5G+工业互联网”融合应用先导区申报材料。
完成度只反映材料填写情况，不代表评审得分。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GapDock</name>
    <message>
        <location filename="../../app/ui/gap_panel.py" line="281"/>
        <source>差距与完成度</source>
        <translation>Gaps and Completeness</translation>
    </message>
</context>
<context>
    <name>GapPanel</name>
    <message>
        <location filename="../../app/ui/gap_panel.py" line="190"/>
        <source>完成度</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location filename="../../app/ui/gap_panel.py" line="219"/>
        <source>不可偏离条件：{passed}/{total} 项满足</source>
        <translation>Mandatory conditions: {passed}/{total} met</translation>
    </message>
    <message>
        <location filename="../../app/ui/gap_panel.py" line="240"/>
        <source>{label}（{count}）</source>
        <translation>{label} ({count})</translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <location filename="../../app/ui/home.py" line="113"/>
        <source>先导区申报助手 — 工作区</source>
        <translation>Pilot Zone Assistant — Workspace</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="139"/>
        <source>搜索城市、阶段…</source>
        <translation>Search city, stage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="151"/>
        <source>先导区申报助手</source>
        <translation>Pilot Zone Assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="158"/>
        <source>新建申报…</source>
        <translation>New Application…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="161"/>
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="163"/>
        <source>打开示例</source>
        <translation>Open Sample</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="164"/>
        <source>打开“滨江市”示例申报（六项不可偏离条件全部满足）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="167"/>
        <source>最近打开</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="174"/>
        <location filename="../../app/ui/home.py" line="266"/>
        <location filename="../../app/ui/home.py" line="298"/>
        <source>复制为模板</source>
        <translation>Duplicate as Template</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="175"/>
        <location filename="../../app/ui/home.py" line="299"/>
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="176"/>
        <location filename="../../app/ui/home.py" line="277"/>
        <location filename="../../app/ui/home.py" line="300"/>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="177"/>
        <location filename="../../app/ui/home.py" line="284"/>
        <location filename="../../app/ui/home.py" line="301"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="187"/>
        <source>选中的申报：</source>
        <translation>Selected application:</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="191"/>
        <source>完成度只反映材料填写情况，不代表评审得分。</source>
        <translation>Completeness reflects how much has been filled in; it is not a review score.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="214"/>
        <source>工作区：{folder}</source>
        <translation>Workspace: {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="231"/>
        <source>新建申报</source>
        <translation>New Application</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="237"/>
        <source>打开申报材料</source>
        <translation>Open Application</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="238"/>
        <source>申报材料 (*.pzd *.json)</source>
        <translation>Applications (*.pzd *.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="262"/>
        <source>复制为模板：新城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="271"/>
        <location filename="../../app/ui/home.py" line="273"/>
        <source>重命名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="271"/>
        <source>新的文件名：</source>
        <translation>New file name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="282"/>
        <source>删除申报</source>
        <translation>Delete Application</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="282"/>
        <source>把“{name}”移到回收站？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="283"/>
        <source>移到回收站</source>
        <translation>Move to Trash</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="290"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home.py" line="297"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>IndicatorCard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="93"/>
        <source>★ 不可偏离条件：{condition}</source>
        <translation>★ Mandatory condition: {condition}</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="102"/>
        <source>情况说明（必填）</source>
        <translation>Description (required)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="102"/>
        <source>情况说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="108"/>
        <source>登记表：{name}</source>
        <translation>Register: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="110"/>
        <source>“{name}”登记表编辑器尚未提供</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="115"/>
        <source>现场考察承诺</source>
        <translation>Site-Visit Attestations</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="117"/>
        <source>承诺事项编辑器尚未提供</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="119"/>
        <source>证明材料（必附）</source>
        <translation>Evidence (required)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="119"/>
        <source>证明材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="122"/>
        <source>证明材料面板尚未提供</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="150"/>
        <source>完成度 {percent}%</source>
        <translation>Completeness {percent}%</translation>
    </message>
</context>
<context>
    <name>LongTextEditor</name>
    <message>
        <location filename="../../app/ui/field_editors.py" line="317"/>
        <source>{count} 字</source>
        <translation>{count} characters</translation>
    </message>
</context>
<context>
    <name>NavTree</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="60"/>
        <source>申报城市 / 基本信息</source>
        <translation>Cities / Basic Information</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="69"/>
        <source>方案正文</source>
        <translation>Plan Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="70"/>
        <source>证明材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="71"/>
        <source>现场考察承诺</source>
        <translation>Site-Visit Attestations</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="106"/>
        <source>不可偏离条件未满足</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDossierDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="104"/>
        <source>新建申报</source>
        <translation>New Application</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="107"/>
        <source>例如：滨江市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="109"/>
        <source>例如：浙江省</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="111"/>
        <source>联合申报时填写，每行一个城市；单独申报请留空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="117"/>
        <source>申报城市</source>
        <translation>Cities</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="118"/>
        <source>所在省份</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="119"/>
        <source>联合申报城市</source>
        <translation>Partner cities (joint application)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="121"/>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="122"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="125"/>
        <source>地级及以上城市可单独申报，相邻城市可联合申报（一份申报材料，多个城市）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="140"/>
        <source>请填写申报城市</source>
        <translation>Please enter the city</translation>
    </message>
</context>
<context>
    <name>NumberFieldEditor</name>
    <message>
        <location filename="../../app/ui/field_editors.py" line="113"/>
        <source>整数</source>
        <translation>integer</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_editors.py" line="113"/>
        <source>数值</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_editors.py" line="117"/>
        <source>暂定值</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_editors.py" line="118"/>
        <source>数据尚待核实；提交前请确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/field_editors.py" line="154"/>
        <source>未保存：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/field_editors.py" line="155"/>
        <source>未保存：{reason}（申报材料中仍为“{value}”）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTextPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="374"/>
        <source>方案正文</source>
        <translation>Plan Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="374"/>
        <source>试点工作方案中不属于单项指标的部分。重点任务按《{guide}》的五个方面组织。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="383"/>
        <source>建设指南：{items}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionWizard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="216"/>
        <source>分值 {points} 分（由评审专家打分）</source>
        <translation>{points} points (scored by the reviewers)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="223"/>
        <source>上一页</source>
        <translation>Previous Page</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="224"/>
        <source>下一页</source>
        <translation>Next Page</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="286"/>
        <source>第 {current}/{total} 页</source>
        <translation>Page {current}/{total}</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <location filename="../../app/ui/field_editors.py" line="389"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_editors.py" line="389"/>
        <source>已定稿</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_editors.py" line="389"/>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
</context>
<context>
    <name>TargetGrid</name>
    <message>
        <location filename="../../app/ui/field_editors.py" line="206"/>
        <source>分年度目标</source>
        <translation>Annual targets</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_editors.py" line="208"/>
        <source>第{year}年</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_editors.py" line="213"/>
        <source>{label}（{unit}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/field_editors.py" line="221"/>
        <source>{label}第{year}年目标</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../app/ui/workers.py" line="218"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="219"/>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
</TS>
