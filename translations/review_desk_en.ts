<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Review Desk</source>
        <translation>About Review Desk</translation>
    </message>
    <message>
        <source>Offline review of the proposals of a CPPCC plenary session.</source>
        <translation>Offline review of the proposals of a CPPCC plenary session.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Log folder:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Settings:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <source>Bundled libraries and their licences:</source>
        <translation>Bundled libraries and their licences:</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Joint units</source>
        <translation>Joint units</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <source>Search the archive: title, proposer, unit</source>
        <translation>Search the archive: title, proposer, unit</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 cases</translation>
    </message>
</context>
<context>
    <name>AssistPanel</name>
    <message>
        <source>Preparing the assistance index…</source>
        <translation>Preparing the assistance index…</translation>
    </message>
    <message>
        <source>Merge with the ticked…</source>
        <translation>Merge with the ticked…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Similar proposals (并案 candidates)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Similar proposals (并案 candidates)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Take the suggestion (Enter)</source>
        <translation>Take the suggestion (Enter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested handling units&lt;/b&gt; (Alt+5)</source>
        <translation>&lt;b&gt;Suggested handling units&lt;/b&gt; (Alt+5)</translation>
    </message>
    <message>
        <source>Preparing the assistance index… %1 %</source>
        <translation>Preparing the assistance index… %1 %</translation>
    </message>
    <message>
        <source>Assistance is not available: %1</source>
        <translation>Assistance is not available: %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>already merged with it</source>
        <translation>already merged with it</translation>
    </message>
    <message>
        <source>earlier case</source>
        <translation>earlier case</translation>
    </message>
    <message>
        <source>shared: %1</source>
        <translation>shared: %1</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Lead: %1</translation>
    </message>
    <message>
        <source>Joint: %1</source>
        <translation>Joint: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Taken: %1</translation>
    </message>
</context>
<context>
    <name>ClustersDialog</name>
    <message>
        <source>Merge groups in the session</source>
        <translation>Merge groups in the session</translation>
    </message>
    <message>
        <source>Looking for proposals on the same matter…</source>
        <translation>Looking for proposals on the same matter…</translation>
    </message>
    <message>
        <source>Group / proposal</source>
        <translation>Group / proposal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>Shared words</source>
        <translation>Shared words</translation>
    </message>
    <message>
        <source>&amp;Open the merge…</source>
        <translation>&amp;Open the merge…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 candidate merge groups, most alike first.</source>
        <translation>%1 candidate merge groups, most alike first.</translation>
    </message>
    <message numerus="yes">
        <source>Group %1 · %n proposal(s)</source>
        <translation>
            <numerusform>Group %1 · %n proposal</numerusform>
            <numerusform>Group %1 · %n proposals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Proposal / what</source>
        <translation>Proposal / what</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation>&amp;Keep this value</translation>
    </message>
    <message>
        <source>&amp;Write a new value…</source>
        <translation>&amp;Write a new value…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 places where reviewers disagree or a review rule is broken. The value marked ▶ is shown until you settle it.</source>
        <translation>%1 places where reviewers disagree or a review rule is broken. The value marked ▶ is shown until you settle it.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>another computer</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>The value to keep:</source>
        <translation>The value to keep:</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Merged into No. %1</source>
        <translation>Merged into No. %1</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Opinion and notes</source>
        <translation>Opinion and notes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Found: %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot use this file</source>
        <translation>Cannot use this file</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>To bring the proposals in this file into a session, open the session, then File → Import proposals (Ctrl+I).</source>
        <translation>To bring the proposals in this file into a session, open the session, then File → Import proposals (Ctrl+I).</translation>
    </message>
    <message>
        <source>The session file is read-only, so nothing more can be saved in it. Your last saved state is intact. Save a copy elsewhere or make the file writable, then open it again.</source>
        <translation>The session file is read-only, so nothing more can be saved in it. Your last saved state is intact. Save a copy elsewhere or make the file writable, then open it again.</translation>
    </message>
    <message>
        <source>The disk is full: the last action was not saved (the file holds everything before it). Free some space and try again.</source>
        <translation>The disk is full: the last action was not saved (the file holds everything before it). Free some space and try again.</translation>
    </message>
    <message>
        <source>The session file cannot be reached any more (moved, deleted or on a disconnected drive). Everything up to your last action was saved.</source>
        <translation>The session file cannot be reached any more (moved, deleted or on a disconnected drive). Everything up to your last action was saved.</translation>
    </message>
    <message>
        <source>Another program is writing to the session file. Try again in a moment.</source>
        <translation>Another program is writing to the session file. Try again in a moment.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export documents</source>
        <translation>Export documents</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Assignment sheets per unit (交办单, Word)</source>
        <translation>Assignment sheets per unit (交办单, Word)</translation>
    </message>
    <message>
        <source>Catalogue of cases (提案目录, Word)</source>
        <translation>Catalogue of cases (提案目录, Word)</translation>
    </message>
    <message>
        <source>Review summary (审查情况汇总, Word)</source>
        <translation>Review summary (审查情况汇总, Word)</translation>
    </message>
    <message>
        <source>Notices and letters (通知、告知、交办函, PDF)</source>
        <translation>Notices and letters (通知、告知、交办函, PDF)</translation>
    </message>
    <message>
        <source>Replace files that exist already</source>
        <translation>Replace files that exist already</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Export into</translation>
    </message>
    <message>
        <source>Reading the session…</source>
        <translation>Reading the session…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>Wrote %1 files into %2.</source>
        <translation>Wrote %1 files into %2.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>(any)</source>
        <translation>(any)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Review group</source>
        <translation>Review group</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>My groups</source>
        <translation>My groups</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Esc or F1 closes this sheet. Letter keys act while the list or the proposal has the focus, on the current proposal or on every selected one.</source>
        <translation>Esc or F1 closes this sheet. Letter keys act while the list or the proposal has the focus, on the current proposal or on every selected one.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>another computer</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Writing in one step: a stop or a failure leaves the session as it was.</source>
        <translation>Writing in one step: a stop or a failure leaves the session as it was.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Imported: %1 added.</source>
        <translation>Imported: %1 added.</translation>
    </message>
    <message>
        <source>%1 were in the session already and were skipped.</source>
        <translation>%1 were in the session already and were skipped.</translation>
    </message>
    <message>
        <source>Stopped: nothing was written.</source>
        <translation>Stopped: nothing was written.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Open session…</translation>
    </message>
    <message>
        <source>Create &amp;demo session…</source>
        <translation>Create &amp;demo session…</translation>
    </message>
    <message>
        <source>&amp;Import proposals…</source>
        <translation>&amp;Import proposals…</translation>
    </message>
    <message>
        <source>&amp;Export documents…</source>
        <translation>&amp;Export documents…</translation>
    </message>
    <message>
        <source>Export the &amp;list shown (.xlsx)…</source>
        <translation>Export the &amp;list shown (.xlsx)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy…</source>
        <translation>Sa&amp;ve a copy…</translation>
    </message>
    <message>
        <source>Re&amp;build from the journal</source>
        <translation>Re&amp;build from the journal</translation>
    </message>
    <message>
        <source>S&amp;ync with the office share</source>
        <translation>S&amp;ync with the office share</translation>
    </message>
    <message>
        <source>Con&amp;flicts…</source>
        <translation>Con&amp;flicts…</translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation>&amp;Close session</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Not accept…</source>
        <translation>Not accept…</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation>Back to pending</translation>
    </message>
    <message>
        <source>Key proposal</source>
        <translation>Key proposal</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>Assign units</source>
        <translation>Assign units</translation>
    </message>
    <message>
        <source>Write opinion</source>
        <translation>Write opinion</translation>
    </message>
    <message>
        <source>Find merge &amp;groups…</source>
        <translation>Find merge &amp;groups…</translation>
    </message>
    <message>
        <source>Num&amp;ber the cases…</source>
        <translation>Num&amp;ber the cases…</translation>
    </message>
    <message>
        <source>Decide all &amp;shown…</source>
        <translation>Decide all &amp;shown…</translation>
    </message>
    <message>
        <source>Set &amp;category of selection…</source>
        <translation>Set &amp;category of selection…</translation>
    </message>
    <message>
        <source>Add a unit to the selection…</source>
        <translation>Add a unit to the selection…</translation>
    </message>
    <message>
        <source>Next proposal</source>
        <translation>Next proposal</translation>
    </message>
    <message>
        <source>Previous proposal</source>
        <translation>Previous proposal</translation>
    </message>
    <message>
        <source>Next pending</source>
        <translation>Next pending</translation>
    </message>
    <message>
        <source>&amp;Proposals</source>
        <translation>&amp;Proposals</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hive</translation>
    </message>
    <message>
        <source>Stat&amp;istics</source>
        <translation>Stat&amp;istics</translation>
    </message>
    <message>
        <source>Back to the &amp;list</source>
        <translation>Back to the &amp;list</translation>
    </message>
    <message>
        <source>Go to the fil&amp;ters</source>
        <translation>Go to the fil&amp;ters</translation>
    </message>
    <message>
        <source>Go to the unit su&amp;ggestions</source>
        <translation>Go to the unit su&amp;ggestions</translation>
    </message>
    <message>
        <source>Detail: text</source>
        <translation>Detail: text</translation>
    </message>
    <message>
        <source>Detail: units</source>
        <translation>Detail: units</translation>
    </message>
    <message>
        <source>Detail: opinion and notes</source>
        <translation>Detail: opinion and notes</translation>
    </message>
    <message>
        <source>Detail: history</source>
        <translation>Detail: history</translation>
    </message>
    <message>
        <source>Show the &amp;filters</source>
        <translation>Show the &amp;filters</translation>
    </message>
    <message>
        <source>Show the assistan&amp;ce</source>
        <translation>Show the assistan&amp;ce</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Review Desk</source>
        <translation>&amp;About Review Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Decisions</translation>
    </message>
    <message>
        <source>&amp;Bulk</source>
        <translation>&amp;Bulk</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Review Desk</source>
        <translation>Review Desk</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Which field each column fills. Known headers are mapped automatically; map unknown ones by hand.</source>
        <translation>Which field each column fills. Known headers are mapped automatically; map unknown ones by hand.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>&amp;Use profile</source>
        <translation>&amp;Use profile</translation>
    </message>
    <message>
        <source>Name of a new profile</source>
        <translation>Name of a new profile</translation>
    </message>
    <message>
        <source>&amp;Save as profile</source>
        <translation>&amp;Save as profile</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>The column names are in &amp;row</source>
        <translation>The column names are in &amp;row</translation>
    </message>
    <message>
        <source>First rows of the source</source>
        <translation>First rows of the source</translation>
    </message>
    <message>
        <source>Reading the first rows of %1…</source>
        <translation>Reading the first rows of %1…</translation>
    </message>
    <message>
        <source>%1: map the columns the import should read; leave “automatic” where the guess is right.</source>
        <translation>%1: map the columns the import should read; leave “automatic” where the guess is right.</translation>
    </message>
    <message>
        <source>automatic: %1</source>
        <translation>automatic: %1</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>not imported</translation>
    </message>
    <message>
        <source>do not import</source>
        <translation>do not import</translation>
    </message>
    <message>
        <source>Using the profile “%1”.</source>
        <translation>Using the profile “%1”.</translation>
    </message>
    <message>
        <source>Give the profile a name first.</source>
        <translation>Give the profile a name first.</translation>
    </message>
    <message>
        <source>Saved the profile “%1”.</source>
        <translation>Saved the profile “%1”.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge proposals</source>
        <translation>Merge proposals</translation>
    </message>
    <message>
        <source>Make &amp;lead</source>
        <translation>Make &amp;lead</translation>
    </message>
    <message>
        <source>&amp;Remove from group</source>
        <translation>&amp;Remove from group</translation>
    </message>
    <message>
        <source>&amp;Dissolve group</source>
        <translation>&amp;Dissolve group</translation>
    </message>
    <message>
        <source>Find proposals to add: No. or words</source>
        <translation>Find proposals to add: No. or words</translation>
    </message>
    <message>
        <source>&amp;Add to group</source>
        <translation>&amp;Add to group</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Group (lead first):</source>
        <translation>Group (lead first):</translation>
    </message>
    <message>
        <source>Add from search:</source>
        <translation>Add from search:</translation>
    </message>
    <message>
        <source>Lead: No. %1 %2</source>
        <translation>Lead: No. %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>“Merge” makes No. %1 the lead and accepts it (立案); %n other proposal(s) join it and follow its units. To lead with another one, select it and press “Make lead”.</source>
        <translation>
            <numerusform>“Merge” makes No. %1 the lead and accepts it (立案); %n other proposal join it and follow its units. To lead with another one, select it and press “Make lead”.</numerusform>
            <numerusform>“Merge” makes No. %1 the lead and accepts it (立案); %n other proposals join it and follow its units. To lead with another one, select it and press “Make lead”.</numerusform>
        </translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>to add</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Leading leader</source>
        <translation>Leading leader</translation>
    </message>
    <message>
        <source>Supervising leader</source>
        <translation>Supervising leader</translation>
    </message>
    <message>
        <source>Review opinion: saved when you leave the box (Ctrl+Enter saves now)</source>
        <translation>Review opinion: saved when you leave the box (Ctrl+Enter saves now)</translation>
    </message>
    <message>
        <source>Text not saved</source>
        <translation>Text not saved</translation>
    </message>
    <message>
        <source>What you typed could not be saved (the reason is shown beside it). Close all the same and lose it?</source>
        <translation>What you typed could not be saved (the reason is shown beside it). Close all the same and lose it?</translation>
    </message>
    <message>
        <source>Key proposal candidate</source>
        <translation>Key proposal candidate</translation>
    </message>
    <message>
        <source>New note (Enter adds; kept when you leave)</source>
        <translation>New note (Enter adds; kept when you leave)</translation>
    </message>
    <message>
        <source>Shared with the group</source>
        <translation>Shared with the group</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Review opinion</source>
        <translation>Review opinion</translation>
    </message>
    <message>
        <source>Key proposal</source>
        <translation>Key proposal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>shared</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Not saved yet: %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>NumberingDialog</name>
    <message>
        <source>Case numbers</source>
        <translation>Case numbers</translation>
    </message>
    <message>
        <source>intake order</source>
        <translation>intake order</translation>
    </message>
    <message>
        <source>by category, then intake order</source>
        <translation>by category, then intake order</translation>
    </message>
    <message>
        <source>by time submitted</source>
        <translation>by time submitted</translation>
    </message>
    <message>
        <source>Number the cases</source>
        <translation>Number the cases</translation>
    </message>
    <message>
        <source>Finalise the numbers…</source>
        <translation>Finalise the numbers…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Format ({n} is the number)</source>
        <translation>Format ({n} is the number)</translation>
    </message>
    <message>
        <source>The first cases would get:</source>
        <translation>The first cases would get:</translation>
    </message>
    <message>
        <source>The format cannot print a number: use {n}, e.g. 第{n:04d}号</source>
        <translation>The format cannot print a number: use {n}, e.g. 第{n:04d}号</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>The numbers are final: %1 cases numbered.</source>
        <translation>The numbers are final: %1 cases numbered.</translation>
    </message>
    <message>
        <source>%1 cases accepted since have no number yet: numbering gives them the numbers after the last one and changes no other.</source>
        <translation>%1 cases accepted since have no number yet: numbering gives them the numbers after the last one and changes no other.</translation>
    </message>
    <message>
        <source>%1 accepted cases (merged ones included); %2 hold a number now.</source>
        <translation>%1 accepted cases (merged ones included); %2 hold a number now.</translation>
    </message>
    <message>
        <source>Finalise the case numbers</source>
        <translation>Finalise the case numbers</translation>
    </message>
    <message>
        <source>After this the case numbers and the outcomes of numbered cases can no longer change, on this computer or after a sync. Finalise now?</source>
        <translation>After this the case numbers and the outcomes of numbered cases can no longer change, on this computer or after a sync. Finalise now?</translation>
    </message>
</context>
<context>
    <name>OpenSession</name>
    <message numerus="yes">
        <source>%n action(s) wait for the bulk to finish…</source>
        <translation>
            <numerusform>%n action wait for the bulk to finish…</numerusform>
            <numerusform>%n actions wait for the bulk to finish…</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>No. %1 · %2</source>
        <translation>No. %1 · %2</translation>
    </message>
    <message>
        <source>This settled the conflict on %1; the other reviewers&apos; values are no longer shown (the history keeps them).</source>
        <translation>This settled the conflict on %1; the other reviewers&apos; values are no longer shown (the history keeps them).</translation>
    </message>
    <message>
        <source>mine %1 / %2</source>
        <translation>mine %1 / %2</translation>
    </message>
    <message>
        <source>Reviewed %1 / %2</source>
        <translation>Reviewed %1 / %2</translation>
    </message>
    <message>
        <source>File damaged: never synced</source>
        <translation>File damaged: never synced</translation>
    </message>
    <message numerus="yes">
        <source>%n own action(s) not synced</source>
        <translation>
            <numerusform>%n own action not synced</numerusform>
            <numerusform>%n own actions not synced</numerusform>
        </translation>
    </message>
    <message>
        <source>All your actions synced</source>
        <translation>All your actions synced</translation>
    </message>
    <message numerus="yes">
        <source>%1 (removes %n proposal(s))</source>
        <translation>
            <numerusform>%1 (removes %n proposal)</numerusform>
            <numerusform>%1 (removes %n proposals)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: No. %2</source>
        <translation>%1: No. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n proposals)</source>
        <translation>
            <numerusform>%1 (%n proposals)</numerusform>
            <numerusform>%1 (%n proposals)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for the office share</source>
        <translation>Password for the office share</translation>
    </message>
    <message>
        <source>The system keychain holds no password for this share.</source>
        <translation>The system keychain holds no password for this share.</translation>
    </message>
    <message>
        <source>Used for this sync only and not saved anywhere. To keep it in the keychain, run review-desk login.</source>
        <translation>Used for this sync only and not saved anywhere. To keep it in the keychain, run review-desk login.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Title / name</source>
        <translation>Title / name</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Duplicate, skipped</source>
        <translation>Duplicate, skipped</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>A dry run: nothing is written yet. Each row with what was found in it.</source>
        <translation>A dry run: nothing is written yet. Each row with what was found in it.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Show only rows with &amp;problems</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with errors and import the rest</source>
        <translation>&amp;Skip the rows with errors and import the rest</translation>
    </message>
    <message>
        <source>Save the &amp;report (.xlsx)…</source>
        <translation>Save the &amp;report (.xlsx)…</translation>
    </message>
    <message>
        <source>Reading the sources…</source>
        <translation>Reading the sources…</translation>
    </message>
    <message>
        <source>Reading the sources… %1 rows</source>
        <translation>Reading the sources… %1 rows</translation>
    </message>
    <message>
        <source>Stopped: nothing was read or written.</source>
        <translation>Stopped: nothing was read or written.</translation>
    </message>
    <message>
        <source>Go back to map the columns by hand.</source>
        <translation>Go back to map the columns by hand.</translation>
    </message>
    <message>
        <source>%1 rows: %2 OK, %3 with warnings, %4 with errors, %5 already there.</source>
        <translation>%1 rows: %2 OK, %3 with warnings, %4 with errors, %5 already there.</translation>
    </message>
    <message>
        <source>Rows with errors stop the import: fix them in the source and check again, or choose to skip them.</source>
        <translation>Rows with errors stop the import: fix them in the source and check again, or choose to skip them.</translation>
    </message>
    <message>
        <source>Import adds %1 in one step (all or nothing).</source>
        <translation>Import adds %1 in one step (all or nothing).</translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>Nothing new to import.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <source>Merged → %1</source>
        <translation>Merged → %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>Key proposal candidate</source>
        <translation>Key proposal candidate</translation>
    </message>
    <message>
        <source>%1 note(s)</source>
        <translation>%1 note(s)</translation>
    </message>
    <message>
        <source>Conflicting edits to resolve</source>
        <translation>Conflicting edits to resolve</translation>
    </message>
</context>
<context>
    <name>ProposalText</name>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>no category</translation>
    </message>
    <message>
        <source>plenary</source>
        <translation>plenary</translation>
    </message>
    <message>
        <source>between sessions</source>
        <translation>between sessions</translation>
    </message>
    <message>
        <source>Merged into No. %1</source>
        <translation>Merged into No. %1</translation>
    </message>
    <message>
        <source>Leads a merge of No. %1</source>
        <translation>Leads a merge of No. %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Background and analysis</source>
        <translation>Background and analysis</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Units the proposer suggests</source>
        <translation>Units the proposer suggests</translation>
    </message>
    <message>
        <source>Collective proposal: %1</source>
        <translation>Collective proposal: %1</translation>
    </message>
    <message>
        <source>Joint proposal</source>
        <translation>Joint proposal</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>first</source>
        <translation>first</translation>
    </message>
    <message>
        <source>co-signer</source>
        <translation>co-signer</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source> (declined)</source>
        <translation> (declined)</translation>
    </message>
    <message>
        <source> (unconfirmed)</source>
        <translation> (unconfirmed)</translation>
    </message>
    <message>
        <source>hide contacts</source>
        <translation>hide contacts</translation>
    </message>
    <message>
        <source>show phones and addresses</source>
        <translation>show phones and addresses</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>— choose the reason —</source>
        <translation>— choose the reason —</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>optional; kept in the record and the notice</source>
        <translation>optional; kept in the record and the notice</translation>
    </message>
    <message numerus="yes">
        <source>Not accepting %n proposal(s).</source>
        <translation>
            <numerusform>Not accepting %n proposal.</numerusform>
            <numerusform>Not accepting %n proposals.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Passed on as</source>
        <translation>&amp;Passed on as</translation>
    </message>
    <message>
        <source>Re&amp;mark (说明)</source>
        <translation>Re&amp;mark (说明)</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message numerus="yes">
        <source>%n of them already have another category, which this replaces.</source>
        <translation>
            <numerusform>%n of them already has another category, which this replaces.</numerusform>
            <numerusform>%n of them already have another category, which this replaces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already have another decision, which this replaces.</source>
        <translation>
            <numerusform>%n of them already has another decision, which this replaces.</numerusform>
            <numerusform>%n of them already have another decision, which this replaces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n proposal(s)?</source>
        <translation>
            <numerusform>Accept %n proposal?</numerusform>
            <numerusform>Accept %n proposals?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n proposal(s) as withdrawn?</source>
        <translation>
            <numerusform>Mark %n proposal as withdrawn?</numerusform>
            <numerusform>Mark %n proposals as withdrawn?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n proposal(s) back to pending?</source>
        <translation>
            <numerusform>Put %n proposal back to pending?</numerusform>
            <numerusform>Put %n proposals back to pending?</numerusform>
        </translation>
    </message>
    <message>
        <source>No. %1 was just changed by another program (now: %2). Nothing was decided: look at it, then decide again.</source>
        <translation>No. %1 was just changed by another program (now: %2). Nothing was decided: look at it, then decide again.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen proposals were just changed by another program. Nothing was decided: look at them, then decide again.</source>
        <translation>
            <numerusform>%n of the chosen proposals was just changed by another program. Nothing was decided: look at it, then decide again.</numerusform>
            <numerusform>%n of the chosen proposals were just changed by another program. Nothing was decided: look at them, then decide again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n proposal(s) as key proposal candidates.</source>
        <translation>
            <numerusform>Marked %n proposal as a key proposal candidate.</numerusform>
            <numerusform>Marked %n proposals as key proposal candidates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmarked %n key proposal candidate(s).</source>
        <translation>
            <numerusform>Unmarked %n key proposal candidate.</numerusform>
            <numerusform>Unmarked %n key proposal candidates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Not accept</source>
        <translation>Not accept</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation>Back to pending</translation>
    </message>
    <message>
        <source>Decide all shown</source>
        <translation>Decide all shown</translation>
    </message>
    <message numerus="yes">
        <source>Decision for all %n shown proposal(s):</source>
        <translation>
            <numerusform>Decision for all %n shown proposal:</numerusform>
            <numerusform>Decision for all %n shown proposals:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply “%1” to %n proposal(s)?</source>
        <translation>
            <numerusform>Apply “%1” to %n proposal?</numerusform>
            <numerusform>Apply “%1” to %n proposals?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged proposal(s) follow their lead and stay as they are.</source>
        <translation>
            <numerusform>%n merged proposal follows its lead and stays as it is.</numerusform>
            <numerusform>%n merged proposals follow their lead and stay as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set category</source>
        <translation>Set category</translation>
    </message>
    <message numerus="yes">
        <source>Category for %n proposal(s):</source>
        <translation>
            <numerusform>Category for %n proposal:</numerusform>
            <numerusform>Category for %n proposals:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n proposal(s) to “%1”?</source>
        <translation>
            <numerusform>Move %n proposal to “%1”?</numerusform>
            <numerusform>Move %n proposals to “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n proposal(s) to “%1”.</source>
        <translation>
            <numerusform>Moved %n proposal to “%1”.</numerusform>
            <numerusform>Moved %n proposals to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the unit to %n proposal(s)?</source>
        <translation>
            <numerusform>Add the unit to %n proposal?</numerusform>
            <numerusform>Add the unit to %n proposals?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added the unit to %n proposal(s).</source>
        <translation>
            <numerusform>Added the unit to %n proposal.</numerusform>
            <numerusform>Added the unit to %n proposals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n proposal(s).</source>
        <translation>
            <numerusform>Accepted %n proposal.</numerusform>
            <numerusform>Accepted %n proposals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not accepted: %n proposal(s).</source>
        <translation>
            <numerusform>Not accepted: %n proposal.</numerusform>
            <numerusform>Not accepted: %n proposals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n proposal(s) as withdrawn.</source>
        <translation>
            <numerusform>Marked %n proposal as withdrawn.</numerusform>
            <numerusform>Marked %n proposals as withdrawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n proposal(s) back to pending.</source>
        <translation>
            <numerusform>Put %n proposal back to pending.</numerusform>
            <numerusform>Put %n proposals back to pending.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <source>Working: %1 / %2</source>
        <translation>Working: %1 / %2</translation>
    </message>
    <message>
        <source>Writing to the file…</source>
        <translation>Writing to the file…</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <source>Search title, text, proposer, unit (Ctrl+F)</source>
        <translation>Search title, text, proposer, unit (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1 proposals</source>
        <translation>%1 proposals</translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <source>Who is reviewing?</source>
        <translation>Who is reviewing?</translation>
    </message>
    <message>
        <source>your name, as colleagues know it</source>
        <translation>your name, as colleagues know it</translation>
    </message>
    <message>
        <source>(none of these)</source>
        <translation>(none of these)</translation>
    </message>
    <message>
        <source>Your name goes with every decision you make, in the history and on the office share.</source>
        <translation>Your name goes with every decision you make, in the history and on the office share.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Review group</source>
        <translation>Review group</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>Assisting</source>
        <translation>Assisting</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
</context>
<context>
    <name>SessionOpener</name>
    <message>
        <source>Open session</source>
        <translation>Open session</translation>
    </message>
    <message>
        <source>Session files (*.rdesk);;All files (*)</source>
        <translation>Session files (*.rdesk);;All files (*)</translation>
    </message>
    <message>
        <source>Create demo session</source>
        <translation>Create demo session</translation>
    </message>
    <message>
        <source>Session files (*.rdesk)</source>
        <translation>Session files (*.rdesk)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Building the search index… %1 / %2</source>
        <translation>Building the search index… %1 / %2</translation>
    </message>
    <message>
        <source>Creating the demo session…</source>
        <translation>Creating the demo session…</translation>
    </message>
    <message>
        <source>Creating the session…</source>
        <translation>Creating the session…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>as it appears in the history</source>
        <translation>as it appears in the history</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>&amp;Reviewer name</source>
        <translation>&amp;Reviewer name</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>&amp;Font size</translation>
    </message>
    <message>
        <source>A new language shows after a restart.</source>
        <translation>A new language shows after a restart.</translation>
    </message>
</context>
<context>
    <name>SideDocks</name>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Choose the files, a folder of Word forms or a zip of them, and what they hold. Nothing is written until the last step.</source>
        <translation>Choose the files, a folder of Word forms or a zip of them, and what they hold. Nothing is written until the last step.</translation>
    </message>
    <message>
        <source>Tell from the file names</source>
        <translation>Tell from the file names</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Add a f&amp;older…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Detect (UTF-8 or GB18030/GBK)</source>
        <translation>Detect (UTF-8 or GB18030/GBK)</translation>
    </message>
    <message>
        <source>None: import as unclassified</source>
        <translation>None: import as unclassified</translation>
    </message>
    <message>
        <source>&amp;What they hold</source>
        <translation>&amp;What they hold</translation>
    </message>
    <message>
        <source>CSV &amp;encoding</source>
        <translation>CSV &amp;encoding</translation>
    </message>
    <message>
        <source>S&amp;heet or table</source>
        <translation>S&amp;heet or table</translation>
    </message>
    <message>
        <source>Category of proposals &amp;without one</source>
        <translation>Category of proposals &amp;without one</translation>
    </message>
    <message>
        <source>First sheet with a header</source>
        <translation>First sheet with a header</translation>
    </message>
    <message>
        <source>First table</source>
        <translation>First table</translation>
    </message>
    <message>
        <source>Proposals from a spreadsheet (.xlsx)</source>
        <translation>Proposals from a spreadsheet (.xlsx)</translation>
    </message>
    <message>
        <source>Proposals from a CSV file</source>
        <translation>Proposals from a CSV file</translation>
    </message>
    <message>
        <source>Word proposal forms (.docx, a folder or a zip)</source>
        <translation>Word proposal forms (.docx, a folder or a zip)</translation>
    </message>
    <message>
        <source>Proposals from another SQLite file</source>
        <translation>Proposals from another SQLite file</translation>
    </message>
    <message>
        <source>Members roster (.xlsx)</source>
        <translation>Members roster (.xlsx)</translation>
    </message>
    <message>
        <source>Handling-unit catalogue (.xlsx)</source>
        <translation>Handling-unit catalogue (.xlsx)</translation>
    </message>
    <message>
        <source>Lists: categories, sectors, reasons, dispositions (.xlsx)</source>
        <translation>Lists: categories, sectors, reasons, dispositions (.xlsx)</translation>
    </message>
    <message>
        <source>Earlier sessions&apos; cases, the archive (.xlsx)</source>
        <translation>Earlier sessions&apos; cases, the archive (.xlsx)</translation>
    </message>
    <message>
        <source>Sources to import</source>
        <translation>Sources to import</translation>
    </message>
    <message>
        <source>Sources (%1);;All files (*)</source>
        <translation>Sources (%1);;All files (*)</translation>
    </message>
    <message>
        <source>A folder of Word forms</source>
        <translation>A folder of Word forms</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>Only the proposals the filter shows</source>
        <translation>Only the proposals the filter shows</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>By outcome</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>By sector (first proposer), top %1</source>
        <translation>By sector (first proposer), top %1</translation>
    </message>
    <message>
        <source>By handling unit, top %1</source>
        <translation>By handling unit, top %1</translation>
    </message>
    <message>
        <source>%1 proposals · %2 merge groups · %3 key candidates · %4 archived cases</source>
        <translation>%1 proposals · %2 merge groups · %3 key candidates · %4 archived cases</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sent %1 changes, received %2; %3 conflicts (%4 new).</source>
        <translation>Sent %1 changes, received %2; %3 conflicts (%4 new).</translation>
    </message>
    <message numerus="yes">
        <source>%n of the conflicts are broken review rules.</source>
        <translation>
            <numerusform>%n of the conflicts is a broken review rule.</numerusform>
            <numerusform>%n of the conflicts are broken review rules.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 batches wait for earlier changes not on the share yet.</source>
        <translation>%1 batches wait for earlier changes not on the share yet.</translation>
    </message>
    <message>
        <source>Set aside %1: %2</source>
        <translation>Set aside %1: %2</translation>
    </message>
    <message>
        <source>Held: the clock of %1&apos;s computer runs about %2 hours ahead, so those changes wait until then. Ask %1 to set the computer&apos;s clock right.</source>
        <translation>Held: the clock of %1&apos;s computer runs about %2 hours ahead, so those changes wait until then. Ask %1 to set the computer&apos;s clock right.</translation>
    </message>
</context>
<context>
    <name>SyncPlaceDialog</name>
    <message>
        <source>Sync with the office share</source>
        <translation>Sync with the office share</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <source>A folder (a mounted office share, a USB stick carried between laptops) or an SMB address typed in the box.</source>
        <translation>A folder (a mounted office share, a USB stick carried between laptops) or an SMB address typed in the box.</translation>
    </message>
    <message>
        <source>The folder to sync with</source>
        <translation>The folder to sync with</translation>
    </message>
</context>
<context>
    <name>SyncSummaryBox</name>
    <message>
        <source>Sync finished</source>
        <translation>Sync finished</translation>
    </message>
    <message>
        <source>Show &amp;conflicts</source>
        <translation>Show &amp;conflicts</translation>
    </message>
</context>
<context>
    <name>UnitPickDialog</name>
    <message>
        <source>Add a handling unit</source>
        <translation>Add a handling unit</translation>
    </message>
    <message>
        <source>name, short name or code</source>
        <translation>name, short name or code</translation>
    </message>
    <message numerus="yes">
        <source>Adding to %n proposal(s).</source>
        <translation>
            <numerusform>Adding to %n proposal.</numerusform>
            <numerusform>Adding to %n proposals.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
</context>
<context>
    <name>UnitsEditor</name>
    <message>
        <source>Lead + joint/assisting units</source>
        <translation>Lead + joint/assisting units</translation>
    </message>
    <message>
        <source>Split: each unit replies</source>
        <translation>Split: each unit replies</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Add a unit: name, short name or code</source>
        <translation>Add a unit: name, short name or code</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Default (3 months)</source>
        <translation>Default (3 months)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Suggested by the proposer:</source>
        <translation>Suggested by the proposer:</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>set by hand</translation>
    </message>
    <message>
        <source>A merged proposal follows its lead&apos;s units.</source>
        <translation>A merged proposal follows its lead&apos;s units.</translation>
    </message>
    <message>
        <source>Only pending or accepted proposals get units.</source>
        <translation>Only pending or accepted proposals get units.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Review Desk</source>
        <translation>Review Desk</translation>
    </message>
    <message>
        <source>Review the proposals of a plenary session, offline.</source>
        <translation>Review the proposals of a plenary session, offline.</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>Recent files:</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (not found)</translation>
    </message>
    <message>
        <source>%1 is not there any more: moved, renamed, deleted or on a drive that is not connected.</source>
        <translation>%1 is not there any more: moved, renamed, deleted or on a drive that is not connected.</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Export the list shown</source>
        <translation>Export the list shown</translation>
    </message>
    <message>
        <source>proposal list.xlsx</source>
        <translation>proposal list.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>Exporting the list…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy of the session</source>
        <translation>Save a copy of the session</translation>
    </message>
    <message>
        <source>%1 (copy).rdesk</source>
        <translation>%1 (copy).rdesk</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Saving a copy…</translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation>Saved a copy to %1.</translation>
    </message>
    <message>
        <source>Rebuilding the tables from the journal…</source>
        <translation>Rebuilding the tables from the journal…</translation>
    </message>
    <message>
        <source>Rebuilt the tables from the journal.</source>
        <translation>Rebuilt the tables from the journal.</translation>
    </message>
    <message>
        <source>New session file for the import</source>
        <translation>New session file for the import</translation>
    </message>
    <message>
        <source>session.rdesk</source>
        <translation>session.rdesk</translation>
    </message>
    <message>
        <source>Session files (*.rdesk)</source>
        <translation>Session files (*.rdesk)</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
</context>
</TS>
