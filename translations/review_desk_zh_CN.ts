<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Review Desk</source>
        <translation>关于提案审查台</translation>
    </message>
    <message>
        <source>Offline review of the proposals of a CPPCC plenary session.</source>
        <translation>离线审查政协全体会议期间的提案。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>许可证：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>日志文件夹：</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>设置文件：</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>组件库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
    <message>
        <source>Bundled libraries and their licences:</source>
        <translation>随附的组件库及其许可证：</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <source>Session</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>提案号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>提案人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Joint units</source>
        <translation>会办单位</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <source>Search the archive: title, proposer, unit</source>
        <translation>搜索往届档案：案由、提案人、单位</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>共 %1 件</translation>
    </message>
</context>
<context>
    <name>AssistPanel</name>
    <message>
        <source>Preparing the assistance index…</source>
        <translation>正在准备辅助索引…</translation>
    </message>
    <message>
        <source>Merge with the ticked…</source>
        <translation>与勾选的提案并案…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Similar proposals (并案 candidates)&lt;/b&gt;</source>
        <translation>&lt;b&gt;相似提案（并案候选）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Take the suggestion (Enter)</source>
        <translation>采用建议（Enter）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested handling units&lt;/b&gt; (Alt+5)</source>
        <translation>&lt;b&gt;建议承办单位&lt;/b&gt;（Alt+5）</translation>
    </message>
    <message>
        <source>Preparing the assistance index… %1 %</source>
        <translation>正在准备辅助索引… %1 %</translation>
    </message>
    <message>
        <source>Assistance is not available: %1</source>
        <translation>辅助功能不可用：%1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>流水号 %1</translation>
    </message>
    <message>
        <source>already merged with it</source>
        <translation>已与之并案</translation>
    </message>
    <message>
        <source>earlier case</source>
        <translation>往届提案</translation>
    </message>
    <message>
        <source>shared: %1</source>
        <translation>共同内容：%1</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>主办：%1</translation>
    </message>
    <message>
        <source>Joint: %1</source>
        <translation>会办：%1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>已采用：%1</translation>
    </message>
</context>
<context>
    <name>ClustersDialog</name>
    <message>
        <source>Merge groups in the session</source>
        <translation>本次会议的并案组</translation>
    </message>
    <message>
        <source>Looking for proposals on the same matter…</source>
        <translation>正在查找同一事项的提案…</translation>
    </message>
    <message>
        <source>Group / proposal</source>
        <translation>组 / 提案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Shared words</source>
        <translation>共同词语</translation>
    </message>
    <message>
        <source>&amp;Open the merge…</source>
        <translation>打开并案(&amp;O)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 candidate merge groups, most alike first.</source>
        <translation>共 %1 个候选并案组，按相似度排列。</translation>
    </message>
    <message numerus="yes">
        <source>Group %1 · %n proposal(s)</source>
        <translation>
            <numerusform>第 %1 组 · %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Proposal / what</source>
        <translation>提案 / 内容</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审查员</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation>保留此值(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Write a new value…</source>
        <translation>填写新值(&amp;W)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 places where reviewers disagree or a review rule is broken. The value marked ▶ is shown until you settle it.</source>
        <translation>%1 处审查人意见不一致或违反审查规则。标 ▶ 的值在处理之前暂时显示。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>其他电脑</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>The value to keep:</source>
        <translation>要保留的值：</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Merged into No. %1</source>
        <translation>已并入流水号 %1</translation>
    </message>
    <message>
        <source>key</source>
        <translation>重点</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Opinion and notes</source>
        <translation>意见与备注</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>匹配：%1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot use this file</source>
        <translation>无法使用该文件</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行该操作</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <source>To bring the proposals in this file into a session, open the session, then File → Import proposals (Ctrl+I).</source>
        <translation>要把此文件中的提案导入会议，请先打开会议文件，再用“文件 → 导入提案”（Ctrl+I）。</translation>
    </message>
    <message>
        <source>The session file is read-only, so nothing more can be saved in it. Your last saved state is intact. Save a copy elsewhere or make the file writable, then open it again.</source>
        <translation>会议文件为只读，无法再保存任何修改。最后保存的内容完好无损。请另存一份副本或将文件设为可写，然后重新打开。</translation>
    </message>
    <message>
        <source>The disk is full: the last action was not saved (the file holds everything before it). Free some space and try again.</source>
        <translation>磁盘已满：最后一次操作未能保存（此前的内容均已保存在文件中）。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The session file cannot be reached any more (moved, deleted or on a disconnected drive). Everything up to your last action was saved.</source>
        <translation>无法再访问会议文件（已被移动、删除或所在磁盘已断开）。最后一次操作之前的内容均已保存。</translation>
    </message>
    <message>
        <source>Another program is writing to the session file. Try again in a moment.</source>
        <translation>另一个程序正在写入会议文件，请稍后重试。</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export documents</source>
        <translation>导出文书</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Assignment sheets per unit (交办单, Word)</source>
        <translation>各单位交办单（Word）</translation>
    </message>
    <message>
        <source>Catalogue of cases (提案目录, Word)</source>
        <translation>提案目录（Word）</translation>
    </message>
    <message>
        <source>Review summary (审查情况汇总, Word)</source>
        <translation>审查情况汇总（Word）</translation>
    </message>
    <message>
        <source>Notices and letters (通知、告知、交办函, PDF)</source>
        <translation>立案通知、不予立案告知、交办函（PDF）</translation>
    </message>
    <message>
        <source>Replace files that exist already</source>
        <translation>覆盖已存在的文件</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Reading the session…</source>
        <translation>正在读取会议文件…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>Wrote %1 files into %2.</source>
        <translation>已写出 %1 个文件到 %2。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>(any)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>界别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Review group</source>
        <translation>审查小组</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>My groups</source>
        <translation>我所在的小组</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Esc or F1 closes this sheet. Letter keys act while the list or the proposal has the focus, on the current proposal or on every selected one.</source>
        <translation>按 Esc 或 F1 关闭本页。字母键在焦点位于提案列表或提案详情时生效，作用于当前提案或所有选中的提案。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审查人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>其他电脑</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Writing in one step: a stop or a failure leaves the session as it was.</source>
        <translation>一次性写入：中途停止或失败时，会议文件保持原样。</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported: %1 added.</source>
        <translation>导入完成：新增 %1 条。</translation>
    </message>
    <message>
        <source>%1 were in the session already and were skipped.</source>
        <translation>其中 %1 条已在会议文件中，已跳过。</translation>
    </message>
    <message>
        <source>Stopped: nothing was written.</source>
        <translation>已停止：未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <source>&amp;Open session…</source>
        <translation>打开会议文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Create &amp;demo session…</source>
        <translation>创建演示会议(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import proposals…</source>
        <translation>导入提案(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export documents…</source>
        <translation>导出文书(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the &amp;list shown (.xlsx)…</source>
        <translation>导出当前列表（.xlsx）(&amp;L)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy…</source>
        <translation>保存副本(&amp;V)…</translation>
    </message>
    <message>
        <source>Re&amp;build from the journal</source>
        <translation>从日志重建(&amp;B)</translation>
    </message>
    <message>
        <source>S&amp;ync with the office share</source>
        <translation>与办公室共享同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Con&amp;flicts…</source>
        <translation>冲突(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation>关闭会议文件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Not accept…</source>
        <translation>不予立案…</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤案</translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation>退回待审</translation>
    </message>
    <message>
        <source>Key proposal</source>
        <translation>重点提案</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>并案…</translation>
    </message>
    <message>
        <source>Assign units</source>
        <translation>指定承办单位</translation>
    </message>
    <message>
        <source>Write opinion</source>
        <translation>填写审查意见</translation>
    </message>
    <message>
        <source>Find merge &amp;groups…</source>
        <translation>查找并案组(&amp;G)…</translation>
    </message>
    <message>
        <source>Num&amp;ber the cases…</source>
        <translation>编排提案号(&amp;B)…</translation>
    </message>
    <message>
        <source>Decide all &amp;shown…</source>
        <translation>对列表全部提案作决定(&amp;S)…</translation>
    </message>
    <message>
        <source>Set &amp;category of selection…</source>
        <translation>更改所选提案类别(&amp;C)…</translation>
    </message>
    <message>
        <source>Add a unit to the selection…</source>
        <translation>为所选提案增加承办单位…</translation>
    </message>
    <message>
        <source>Next proposal</source>
        <translation>下一件</translation>
    </message>
    <message>
        <source>Previous proposal</source>
        <translation>上一件</translation>
    </message>
    <message>
        <source>Next pending</source>
        <translation>下一件待审</translation>
    </message>
    <message>
        <source>&amp;Proposals</source>
        <translation>提案(&amp;P)</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>往届档案(&amp;H)</translation>
    </message>
    <message>
        <source>Stat&amp;istics</source>
        <translation>统计(&amp;I)</translation>
    </message>
    <message>
        <source>Back to the &amp;list</source>
        <translation>回到列表(&amp;L)</translation>
    </message>
    <message>
        <source>Go to the fil&amp;ters</source>
        <translation>转到筛选(&amp;T)</translation>
    </message>
    <message>
        <source>Go to the unit su&amp;ggestions</source>
        <translation>转到建议承办单位(&amp;G)</translation>
    </message>
    <message>
        <source>Detail: text</source>
        <translation>详情：正文</translation>
    </message>
    <message>
        <source>Detail: units</source>
        <translation>详情：承办单位</translation>
    </message>
    <message>
        <source>Detail: opinion and notes</source>
        <translation>详情：意见与备注</translation>
    </message>
    <message>
        <source>Detail: history</source>
        <translation>详情：历史</translation>
    </message>
    <message>
        <source>Show the &amp;filters</source>
        <translation>显示筛选栏(&amp;F)</translation>
    </message>
    <message>
        <source>Show the assistan&amp;ce</source>
        <translation>显示辅助栏(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Review Desk</source>
        <translation>关于提案审查台(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>审查(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Bulk</source>
        <translation>批量(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Review Desk</source>
        <translation>提案审查台</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>Which field each column fills. Known headers are mapped automatically; map unknown ones by hand.</source>
        <translation>每一列对应哪个字段。能识别的列名自动对应；无法识别的请手动指定。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列名</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>&amp;Use profile</source>
        <translation>使用方案(&amp;U)</translation>
    </message>
    <message>
        <source>Name of a new profile</source>
        <translation>新方案名称</translation>
    </message>
    <message>
        <source>&amp;Save as profile</source>
        <translation>保存为方案(&amp;S)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>映射方案</translation>
    </message>
    <message>
        <source>The column names are in &amp;row</source>
        <translation>列名所在的行(&amp;R)</translation>
    </message>
    <message>
        <source>First rows of the source</source>
        <translation>源文件的前几行</translation>
    </message>
    <message>
        <source>Reading the first rows of %1…</source>
        <translation>正在读取 %1 的前几行…</translation>
    </message>
    <message>
        <source>%1: map the columns the import should read; leave “automatic” where the guess is right.</source>
        <translation>%1：请指定要导入的列；识别正确的保留“自动”即可。</translation>
    </message>
    <message>
        <source>automatic: %1</source>
        <translation>自动：%1</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>do not import</source>
        <translation>不导入此列</translation>
    </message>
    <message>
        <source>Using the profile “%1”.</source>
        <translation>正在使用映射方案“%1”。</translation>
    </message>
    <message>
        <source>Give the profile a name first.</source>
        <translation>请先填写方案名称。</translation>
    </message>
    <message>
        <source>Saved the profile “%1”.</source>
        <translation>已保存映射方案“%1”。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge proposals</source>
        <translation>并案</translation>
    </message>
    <message>
        <source>Make &amp;lead</source>
        <translation>设为主并(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Remove from group</source>
        <translation>移出并案(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dissolve group</source>
        <translation>解除并案(&amp;D)</translation>
    </message>
    <message>
        <source>Find proposals to add: No. or words</source>
        <translation>查找要并入的提案：流水号或关键词</translation>
    </message>
    <message>
        <source>&amp;Add to group</source>
        <translation>加入并案(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>并案(&amp;M)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Group (lead first):</source>
        <translation>并案组（主并在前）：</translation>
    </message>
    <message>
        <source>Add from search:</source>
        <translation>从搜索结果添加：</translation>
    </message>
    <message>
        <source>Lead: No. %1 %2</source>
        <translation>主并：流水号 %1&#x3000;%2</translation>
    </message>
    <message numerus="yes">
        <source>“Merge” makes No. %1 the lead and accepts it (立案); %n other proposal(s) join it and follow its units. To lead with another one, select it and press “Make lead”.</source>
        <translation>
            <numerusform>按“并案”后，流水号 %1 为主并提案并立案；其余 %n 件并入，随主并提案的承办单位办理。如需由另一件主并，请选中它并按“设为主并”。</numerusform>
        </translation>
    </message>
    <message>
        <source>lead</source>
        <translation>主并</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>被并</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>待并入</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Leading leader</source>
        <translation>领办领导</translation>
    </message>
    <message>
        <source>Supervising leader</source>
        <translation>督办领导</translation>
    </message>
    <message>
        <source>Review opinion: saved when you leave the box (Ctrl+Enter saves now)</source>
        <translation>审查意见：离开输入框时自动保存（Ctrl+Enter 立即保存）</translation>
    </message>
    <message>
        <source>Text not saved</source>
        <translation>文字未保存</translation>
    </message>
    <message>
        <source>What you typed could not be saved (the reason is shown beside it). Close all the same and lose it?</source>
        <translation>您输入的文字未能保存（原因显示在其旁边）。仍要关闭并放弃这些文字吗？</translation>
    </message>
    <message>
        <source>Key proposal candidate</source>
        <translation>重点提案候选</translation>
    </message>
    <message>
        <source>New note (Enter adds; kept when you leave)</source>
        <translation>新备注（回车添加；离开时自动保留）</translation>
    </message>
    <message>
        <source>Shared with the group</source>
        <translation>与小组共享</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Review opinion</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <source>Key proposal</source>
        <translation>重点提案</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>private</source>
        <translation>私人</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>尚未保存：%1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>修改备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>NumberingDialog</name>
    <message>
        <source>Case numbers</source>
        <translation>提案号</translation>
    </message>
    <message>
        <source>intake order</source>
        <translation>按流水号</translation>
    </message>
    <message>
        <source>by category, then intake order</source>
        <translation>按类别，再按流水号</translation>
    </message>
    <message>
        <source>by time submitted</source>
        <translation>按提交时间</translation>
    </message>
    <message>
        <source>Number the cases</source>
        <translation>编排提案号</translation>
    </message>
    <message>
        <source>Finalise the numbers…</source>
        <translation>确定提案号…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Format ({n} is the number)</source>
        <translation>格式（{n} 为序号）</translation>
    </message>
    <message>
        <source>The first cases would get:</source>
        <translation>前几件将编为：</translation>
    </message>
    <message>
        <source>The format cannot print a number: use {n}, e.g. 第{n:04d}号</source>
        <translation>该格式无法生成编号：请使用 {n}，例如 第{n:04d}号</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>流水号 %1</translation>
    </message>
    <message>
        <source>The numbers are final: %1 cases numbered.</source>
        <translation>提案号已确定：共 %1 件。</translation>
    </message>
    <message>
        <source>%1 cases accepted since have no number yet: numbering gives them the numbers after the last one and changes no other.</source>
        <translation>此后立案的 %1 件尚未编号：编号将接在最后一号之后，已有提案号不变。</translation>
    </message>
    <message>
        <source>%1 accepted cases (merged ones included); %2 hold a number now.</source>
        <translation>立案 %1 件（含并案）；目前已编号 %2 件。</translation>
    </message>
    <message>
        <source>Finalise the case numbers</source>
        <translation>确定提案号</translation>
    </message>
    <message>
        <source>After this the case numbers and the outcomes of numbered cases can no longer change, on this computer or after a sync. Finalise now?</source>
        <translation>确定后，提案号以及已编号提案的审查结果都不能再更改（本机和同步后均如此）。现在确定吗？</translation>
    </message>
</context>
<context>
    <name>OpenSession</name>
    <message numerus="yes">
        <source>%n action(s) wait for the bulk to finish…</source>
        <translation>
            <numerusform>%n 项操作等待批量处理完成…</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>往届档案</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>No. %1 · %2</source>
        <translation>流水号 %1 的%2</translation>
    </message>
    <message>
        <source>This settled the conflict on %1; the other reviewers&apos; values are no longer shown (the history keeps them).</source>
        <translation>此操作同时解决了%1冲突；其他审查人员的值不再显示（历史中仍可查看）。</translation>
    </message>
    <message>
        <source>mine %1 / %2</source>
        <translation>我的 %1 / %2</translation>
    </message>
    <message>
        <source>Reviewed %1 / %2</source>
        <translation>已审 %1 / %2</translation>
    </message>
    <message>
        <source>File damaged: never synced</source>
        <translation>文件已损坏：不会同步</translation>
    </message>
    <message numerus="yes">
        <source>%n own action(s) not synced</source>
        <translation>
            <numerusform>%n 项更改未同步</numerusform>
        </translation>
    </message>
    <message>
        <source>All your actions synced</source>
        <translation>您的更改均已同步</translation>
    </message>
    <message numerus="yes">
        <source>%1 (removes %n proposal(s))</source>
        <translation>
            <numerusform>%1（移除 %n 件提案）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: No. %2</source>
        <translation>%1：流水号 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n proposals)</source>
        <translation>
            <numerusform>%1（%n 件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for the office share</source>
        <translation>办公室共享的密码</translation>
    </message>
    <message>
        <source>The system keychain holds no password for this share.</source>
        <translation>系统钥匙串中没有该共享的密码。</translation>
    </message>
    <message>
        <source>Used for this sync only and not saved anywhere. To keep it in the keychain, run review-desk login.</source>
        <translation>仅用于本次同步，不会保存到任何地方。如需存入钥匙串，请运行 review-desk login。</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Title / name</source>
        <translation>案由/名称</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>提案人</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Duplicate, skipped</source>
        <translation>重复（跳过）</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check</source>
        <translation>导入检查</translation>
    </message>
    <message>
        <source>A dry run: nothing is written yet. Each row with what was found in it.</source>
        <translation>试运行：尚未写入任何内容。逐行列出检查结果。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>只显示有问题的行(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with errors and import the rest</source>
        <translation>跳过有错误的行，导入其余行(&amp;S)</translation>
    </message>
    <message>
        <source>Save the &amp;report (.xlsx)…</source>
        <translation>保存检查报告（.xlsx）(&amp;R)…</translation>
    </message>
    <message>
        <source>Reading the sources…</source>
        <translation>正在读取源文件…</translation>
    </message>
    <message>
        <source>Reading the sources… %1 rows</source>
        <translation>正在读取源文件…已读 %1 行</translation>
    </message>
    <message>
        <source>Stopped: nothing was read or written.</source>
        <translation>已停止：未读取也未写入任何内容。</translation>
    </message>
    <message>
        <source>Go back to map the columns by hand.</source>
        <translation>请返回上一步手动指定列映射。</translation>
    </message>
    <message>
        <source>%1 rows: %2 OK, %3 with warnings, %4 with errors, %5 already there.</source>
        <translation>共 %1 行：正常 %2 行，警告 %3 行，错误 %4 行，已存在 %5 行。</translation>
    </message>
    <message>
        <source>Rows with errors stop the import: fix them in the source and check again, or choose to skip them.</source>
        <translation>存在错误行，无法导入：请在源文件中修正后重新检查，或选择跳过错误行。</translation>
    </message>
    <message>
        <source>Import adds %1 in one step (all or nothing).</source>
        <translation>导入将一次性新增 %1 条（要么全部写入，要么全不写入）。</translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>没有可导入的新内容。</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存检查报告</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <source>Merged → %1</source>
        <translation>并入 → %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>提案号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>提案人</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>界别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Key proposal candidate</source>
        <translation>重点提案候选</translation>
    </message>
    <message>
        <source>%1 note(s)</source>
        <translation>%1 条备注</translation>
    </message>
    <message>
        <source>Conflicting edits to resolve</source>
        <translation>有待解决的修改冲突</translation>
    </message>
</context>
<context>
    <name>ProposalText</name>
    <message>
        <source>No. %1</source>
        <translation>流水号 %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>plenary</source>
        <translation>大会提案</translation>
    </message>
    <message>
        <source>between sessions</source>
        <translation>平时提案</translation>
    </message>
    <message>
        <source>Merged into No. %1</source>
        <translation>已并入流水号 %1</translation>
    </message>
    <message>
        <source>Leads a merge of No. %1</source>
        <translation>主并提案，被并：流水号 %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>不予立案理由：%1</translation>
    </message>
    <message>
        <source>Background and analysis</source>
        <translation>一、情况分析</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>二、存在问题</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>三、具体建议</translation>
    </message>
    <message>
        <source>Units the proposer suggests</source>
        <translation>提案人建议的承办单位</translation>
    </message>
    <message>
        <source>Collective proposal: %1</source>
        <translation>集体提案：%1</translation>
    </message>
    <message>
        <source>Joint proposal</source>
        <translation>联名提案</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>提案人</translation>
    </message>
    <message>
        <source>first</source>
        <translation>第一提案人</translation>
    </message>
    <message>
        <source>co-signer</source>
        <translation>附议人</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source> (declined)</source>
        <translation>（未同意）</translation>
    </message>
    <message>
        <source> (unconfirmed)</source>
        <translation>（未确认）</translation>
    </message>
    <message>
        <source>hide contacts</source>
        <translation>收起联系方式</translation>
    </message>
    <message>
        <source>show phones and addresses</source>
        <translation>显示电话和地址</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Not accepted</source>
        <translation>不予立案</translation>
    </message>
    <message>
        <source>— choose the reason —</source>
        <translation>— 请选择理由 —</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>optional; kept in the record and the notice</source>
        <translation>可选；记入审查记录和告知书</translation>
    </message>
    <message numerus="yes">
        <source>Not accepting %n proposal(s).</source>
        <translation>
            <numerusform>将 %n 件提案不予立案。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Passed on as</source>
        <translation>转为(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;mark (说明)</source>
        <translation>说明(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message numerus="yes">
        <source>%n of them already have another category, which this replaces.</source>
        <translation>
            <numerusform>其中 %n 件已有其他类别，将被替换。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already have another decision, which this replaces.</source>
        <translation>
            <numerusform>其中 %n 件已有其他决定，将被替换。</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n proposal(s)?</source>
        <translation>
            <numerusform>对 %n 件提案立案？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n proposal(s) as withdrawn?</source>
        <translation>
            <numerusform>将 %n 件提案标为撤案？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n proposal(s) back to pending?</source>
        <translation>
            <numerusform>将 %n 件提案退回待审？</numerusform>
        </translation>
    </message>
    <message>
        <source>No. %1 was just changed by another program (now: %2). Nothing was decided: look at it, then decide again.</source>
        <translation>流水号 %1 刚被其他程序更改（现为：%2），未作决定：请先查看，再重新决定。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen proposals were just changed by another program. Nothing was decided: look at them, then decide again.</source>
        <translation>
            <numerusform>所选提案中有 %n 件刚被其他程序更改，未作决定：请先查看，再重新决定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n proposal(s) as key proposal candidates.</source>
        <translation>
            <numerusform>已将 %n 件提案标为重点提案候选。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmarked %n key proposal candidate(s).</source>
        <translation>
            <numerusform>已取消 %n 件提案的重点提案候选标记。</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Not accept</source>
        <translation>不予立案</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤案</translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation>退回待审</translation>
    </message>
    <message>
        <source>Decide all shown</source>
        <translation>对列表全部提案作决定</translation>
    </message>
    <message numerus="yes">
        <source>Decision for all %n shown proposal(s):</source>
        <translation>
            <numerusform>对列表中全部 %n 件提案的决定：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply “%1” to %n proposal(s)?</source>
        <translation>
            <numerusform>对 %n 件提案执行“%1”？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged proposal(s) follow their lead and stay as they are.</source>
        <translation>
            <numerusform>%n 件被并提案随主并提案办理，保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Set category</source>
        <translation>更改类别</translation>
    </message>
    <message numerus="yes">
        <source>Category for %n proposal(s):</source>
        <translation>
            <numerusform>%n 件提案的类别：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n proposal(s) to “%1”?</source>
        <translation>
            <numerusform>将 %n 件提案归入“%1”？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n proposal(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %n 件提案移到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the unit to %n proposal(s)?</source>
        <translation>
            <numerusform>为 %n 件提案增加该承办单位？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added the unit to %n proposal(s).</source>
        <translation>
            <numerusform>已为 %n 件提案增加承办单位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n proposal(s).</source>
        <translation>
            <numerusform>已立案 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not accepted: %n proposal(s).</source>
        <translation>
            <numerusform>不予立案 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n proposal(s) as withdrawn.</source>
        <translation>
            <numerusform>已撤案 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n proposal(s) back to pending.</source>
        <translation>
            <numerusform>已退回待审 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <source>Working: %1 / %2</source>
        <translation>已处理 %1 / %2</translation>
    </message>
    <message>
        <source>Writing to the file…</source>
        <translation>写入文件…</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <source>Search title, text, proposer, unit (Ctrl+F)</source>
        <translation>搜索案由、正文、提案人、单位（Ctrl+F）</translation>
    </message>
    <message>
        <source>%1 proposals</source>
        <translation>共 %1 件</translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <source>Who is reviewing?</source>
        <translation>请问您是哪位审查人？</translation>
    </message>
    <message>
        <source>your name, as colleagues know it</source>
        <translation>您的姓名（同事熟悉的称呼）</translation>
    </message>
    <message>
        <source>(none of these)</source>
        <translation>（都不是）</translation>
    </message>
    <message>
        <source>Your name goes with every decision you make, in the history and on the office share.</source>
        <translation>您的姓名将记录在您作出的每个决定中，显示在历史记录和办公室共享中。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Review group</source>
        <translation>审查小组</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Lead</source>
        <translation>主办</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>会办</translation>
    </message>
    <message>
        <source>Assisting</source>
        <translation>协办</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>分办</translation>
    </message>
</context>
<context>
    <name>SessionOpener</name>
    <message>
        <source>Open session</source>
        <translation>打开会议文件</translation>
    </message>
    <message>
        <source>Session files (*.rdesk);;All files (*)</source>
        <translation>会议文件 (*.rdesk);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Create demo session</source>
        <translation>创建演示会议</translation>
    </message>
    <message>
        <source>Session files (*.rdesk)</source>
        <translation>会议文件 (*.rdesk)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Building the search index… %1 / %2</source>
        <translation>正在建立搜索索引… %1 / %2</translation>
    </message>
    <message>
        <source>Creating the demo session…</source>
        <translation>正在创建演示会议…</translation>
    </message>
    <message>
        <source>Creating the session…</source>
        <translation>正在创建会议文件…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>as it appears in the history</source>
        <translation>显示在历史记录中的姓名</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Reviewer name</source>
        <translation>审查人姓名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>字号(&amp;F)</translation>
    </message>
    <message>
        <source>A new language shows after a restart.</source>
        <translation>更改语言在重新启动后生效。</translation>
    </message>
</context>
<context>
    <name>SideDocks</name>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>审查辅助</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Sources</source>
        <translation>源文件</translation>
    </message>
    <message>
        <source>Choose the files, a folder of Word forms or a zip of them, and what they hold. Nothing is written until the last step.</source>
        <translation>选择文件、存放 Word 提案表的文件夹或 zip 压缩包，并指定内容类型。最后一步之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Tell from the file names</source>
        <translation>按文件名判断</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Detect (UTF-8 or GB18030/GBK)</source>
        <translation>自动识别（UTF-8 或 GB18030/GBK）</translation>
    </message>
    <message>
        <source>None: import as unclassified</source>
        <translation>不指定：按“未分类”导入</translation>
    </message>
    <message>
        <source>&amp;What they hold</source>
        <translation>内容类型(&amp;W)</translation>
    </message>
    <message>
        <source>CSV &amp;encoding</source>
        <translation>CSV 编码(&amp;E)</translation>
    </message>
    <message>
        <source>S&amp;heet or table</source>
        <translation>工作表或数据表(&amp;H)</translation>
    </message>
    <message>
        <source>Category of proposals &amp;without one</source>
        <translation>未填类别的提案归入(&amp;W)</translation>
    </message>
    <message>
        <source>First sheet with a header</source>
        <translation>第一个有表头的工作表</translation>
    </message>
    <message>
        <source>First table</source>
        <translation>第一个数据表</translation>
    </message>
    <message>
        <source>Proposals from a spreadsheet (.xlsx)</source>
        <translation>提案：Excel 表格（.xlsx）</translation>
    </message>
    <message>
        <source>Proposals from a CSV file</source>
        <translation>提案：CSV 文件</translation>
    </message>
    <message>
        <source>Word proposal forms (.docx, a folder or a zip)</source>
        <translation>Word 提案表（.docx、文件夹或 zip）</translation>
    </message>
    <message>
        <source>Proposals from another SQLite file</source>
        <translation>提案：其他 SQLite 数据库</translation>
    </message>
    <message>
        <source>Members roster (.xlsx)</source>
        <translation>委员名单（.xlsx）</translation>
    </message>
    <message>
        <source>Handling-unit catalogue (.xlsx)</source>
        <translation>承办单位目录（.xlsx）</translation>
    </message>
    <message>
        <source>Lists: categories, sectors, reasons, dispositions (.xlsx)</source>
        <translation>基础列表：类别、界别、理由、处理方式（.xlsx）</translation>
    </message>
    <message>
        <source>Earlier sessions&apos; cases, the archive (.xlsx)</source>
        <translation>往届提案档案（.xlsx）</translation>
    </message>
    <message>
        <source>Sources to import</source>
        <translation>要导入的源文件</translation>
    </message>
    <message>
        <source>Sources (%1);;All files (*)</source>
        <translation>源文件 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A folder of Word forms</source>
        <translation>存放 Word 提案表的文件夹</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>Only the proposals the filter shows</source>
        <translation>仅统计筛选结果</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>按审查结果</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By sector (first proposer), top %1</source>
        <translation>按界别（第一提案人），前 %1</translation>
    </message>
    <message>
        <source>By handling unit, top %1</source>
        <translation>按承办单位，前 %1</translation>
    </message>
    <message>
        <source>%1 proposals · %2 merge groups · %3 key candidates · %4 archived cases</source>
        <translation>提案 %1 件 · 并案 %2 组 · 重点提案候选 %3 件 · 往届档案 %4 件</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Pending</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予立案</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>并案</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤案</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sent %1 changes, received %2; %3 conflicts (%4 new).</source>
        <translation>发送 %1 项更改，接收 %2 项；冲突 %3 处（新增 %4 处）。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the conflicts are broken review rules.</source>
        <translation>
            <numerusform>其中 %n 处违反审查规则。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 batches wait for earlier changes not on the share yet.</source>
        <translation>%1 批更改在等待尚未上传到共享的更早更改。</translation>
    </message>
    <message>
        <source>Set aside %1: %2</source>
        <translation>已搁置 %1：%2</translation>
    </message>
    <message>
        <source>Held: the clock of %1&apos;s computer runs about %2 hours ahead, so those changes wait until then. Ask %1 to set the computer&apos;s clock right.</source>
        <translation>暂缓：%1 的电脑时钟快了约 %2 小时，其修改到那时才采用。请 %1 校准电脑时间。</translation>
    </message>
</context>
<context>
    <name>SyncPlaceDialog</name>
    <message>
        <source>Sync with the office share</source>
        <translation>与办公室共享同步</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>A folder (a mounted office share, a USB stick carried between laptops) or an SMB address typed in the box.</source>
        <translation>选择一个文件夹（已连接的办公室共享、在电脑间传递的U盘），或在框中输入 SMB 地址。</translation>
    </message>
    <message>
        <source>The folder to sync with</source>
        <translation>同步用的文件夹</translation>
    </message>
</context>
<context>
    <name>SyncSummaryBox</name>
    <message>
        <source>Sync finished</source>
        <translation>同步完成</translation>
    </message>
    <message>
        <source>Show &amp;conflicts</source>
        <translation>查看冲突(&amp;C)</translation>
    </message>
</context>
<context>
    <name>UnitPickDialog</name>
    <message>
        <source>Add a handling unit</source>
        <translation>增加承办单位</translation>
    </message>
    <message>
        <source>name, short name or code</source>
        <translation>名称、简称或代码</translation>
    </message>
    <message numerus="yes">
        <source>Adding to %n proposal(s).</source>
        <translation>
            <numerusform>为 %n 件提案增加。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>承办单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
</context>
<context>
    <name>UnitsEditor</name>
    <message>
        <source>Lead + joint/assisting units</source>
        <translation>主办 + 会办/协办</translation>
    </message>
    <message>
        <source>Split: each unit replies</source>
        <translation>分办：各单位分别答复</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Add a unit: name, short name or code</source>
        <translation>增加承办单位：名称、简称或代码</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Default (3 months)</source>
        <translation>默认（三个月）</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>办理方式</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Suggested by the proposer:</source>
        <translation>提案人建议的承办单位：</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>已手动设定</translation>
    </message>
    <message>
        <source>A merged proposal follows its lead&apos;s units.</source>
        <translation>被并提案随主并提案交办。</translation>
    </message>
    <message>
        <source>Only pending or accepted proposals get units.</source>
        <translation>只有待审或已立案的提案才能指定承办单位。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Review Desk</source>
        <translation>提案审查台</translation>
    </message>
    <message>
        <source>Review the proposals of a plenary session, offline.</source>
        <translation>离线审查全体会议的提案。</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>最近的文件：</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1（未找到）</translation>
    </message>
    <message>
        <source>%1 is not there any more: moved, renamed, deleted or on a drive that is not connected.</source>
        <translation>%1 已不在原处：可能已被移动、改名、删除，或所在的驱动器未连接。</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Export the list shown</source>
        <translation>导出当前列表</translation>
    </message>
    <message>
        <source>proposal list.xlsx</source>
        <translation>提案列表.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>正在导出列表…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy of the session</source>
        <translation>保存会议文件的副本</translation>
    </message>
    <message>
        <source>%1 (copy).rdesk</source>
        <translation>%1（副本）.rdesk</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>正在保存副本…</translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation>已保存副本：%1</translation>
    </message>
    <message>
        <source>Rebuilding the tables from the journal…</source>
        <translation>正在从日志重建数据表…</translation>
    </message>
    <message>
        <source>Rebuilt the tables from the journal.</source>
        <translation>已从日志重建数据表。</translation>
    </message>
    <message>
        <source>New session file for the import</source>
        <translation>为导入新建会议文件</translation>
    </message>
    <message>
        <source>session.rdesk</source>
        <translation>新会议.rdesk</translation>
    </message>
    <message>
        <source>Session files (*.rdesk)</source>
        <translation>会议文件 (*.rdesk)</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
</context>
</TS>
