<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader / read only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsBox</name>
    <message>
        <source>Users and change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the &amp;administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts guard against mistakes and casual misuse, not against someone who can copy the data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One user, no login (%1). Create an administrator to require accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>News item, article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column, special page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference, talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posters, banners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files kept with the selected activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propaganda: %1 item(s); inspection and supervision: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected activity and its files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Support activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value (đồng):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message>
        <source>Propaganda or inspection activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit, team or newspaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was done (the content of the activity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The demo data generator is not part of this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thi đua is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is already open in another window of Thi đua. Switch to that window; only one copy may work on a data file at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the data file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditKeyBox</name>
    <message>
        <source>Audit log key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change log of the data file is signed with the office&apos;s key, kept on this computer outside the file. Any computer can check the log; only a computer with the key can save. To move to another computer, take a backup and the exported key together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt this file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge outside changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is signed with key %1; the key is on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file has no signed changes yet; this computer&apos;s key will sign them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change log was sealed on another computer with its old key, which is not on this computer. Saving is refused until you import that key (its audit.key file) or an administrator adopts the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of this data file (%1) is not on this computer. Reading, printing and checking work; saving is refused until you import the key or an administrator adopts the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key(s) written to %2. Keep this file as safe as a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key(s) imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was adopted: its log is consistent, this computer&apos;s key signs it from now on, and the adoption is recorded as event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 change(s) made with another tool acknowledged; recorded in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change made with another tool waits for acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file (*.json *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt only a file you trust (for example your office&apos;s own backup). The log is checked first; then this computer&apos;s key signs it and the adoption is recorded in the log with your name. Adopt the file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwardEntryDialog</name>
    <message>
        <source>Correct award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the list, or an older form typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 150/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title or form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwardHistoryEditor</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add award…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print award record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (given to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print award record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPrompts</name>
    <message>
        <source>The data file failed its checks (%1). Restore a good backup on the Backups page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file failed its checks (%1); nothing can be saved until a good backup is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from %1 (%2). Restore it? The damaged file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a good backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program backs up the data at the first start of each day and when it closes after changes, and keeps the last 7 days, 4 weeks and 12 months. Copy a backup to a USB stick regularly: a backup on the same computer does not survive a broken disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a backup into a folder you choose (USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup has been copied off this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last backup copied off this computer is %n day(s) old.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data restored. The replaced data was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file passed every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>New proposal batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (Kính gửi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual commendation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of commendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchFiles</name>
    <message>
        <source>Signed tờ trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots, vote count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom the file goes with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from the batch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file to the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchHead</name>
    <message>
        <source>Signer&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the title, type, year, addressee and signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (Kính gửi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchesTab</name>
    <message>
        <source>New batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New proposal batch (Ins, Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected batch with its nominees (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected nominee out of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units&apos; list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the nominees of a unit&apos;s Excel list, each checked on the way in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked movement&apos;s candidates (score rank, contribution) to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a nominee to see the eligibility check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceed the quota…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record why the batch proposes more than the movement&apos;s quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of the batch and of its nominees, from the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print processing history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s members, roles and terms; its quorum; the kind of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, print and record the head&apos;s own decision with its list and money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files kept with the batch: the signed tờ trình, ballots, evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceed the quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the batch propose more than the movement&apos;s quota?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed anyway because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by the head of the office (decision): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority to review: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one submission goes to one authority: split the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes to the recycle bin, from where it can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type DELETE to delete “%1” and its nominees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 out of the batch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the nominees again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit “%1” with %2 nominees? It can then only be returned for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the batch returned for changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirthDateEdit</name>
    <message>
        <source>dd/mm/yyyy or yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full date (dd/mm/yyyy) or only the year of birth (yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlocDialog</name>
    <message>
        <source>Emulation bloc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khối thi đua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cụm thi đua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlocLeadersDialog</name>
    <message>
        <source>Emulation blocs: leaders by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khối thi đua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cụm thi đua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the khối or cụm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget that %1 led %2 in %3?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlocsPage</name>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairs and leading unit by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria, scores and ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation blocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A khối or cụm thi đua scores its members on its criteria each year; the unit that leads it is the one proposed for the province&apos;s Cờ thi đua.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No khối yet: add one with “New…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 member(s) in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with its members, chairs, criteria, scores and leading units?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrokenPage</name>
    <message>
        <source>This page could not be opened because of an error in the program. The details were written to the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkRegisterDialog</name>
    <message>
        <source>Register participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name (accents optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title registered for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commitments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered, %2 were already registered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateLabels</name>
    <message>
        <source>Candidate of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top N of a group by score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top percent of a group by score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>land %1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 work days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution of %1 or more, counted since the movement began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution of %1 or more in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of each group by total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of the group %2 by total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 % of each group by total score (rounded up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 % of the group %2 by total score (rounded up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (tied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 — rank %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the level counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A level can be set for money, land or work days only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contribution level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contribution level is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contribution level must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A money level is a whole number of đồng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money level is unusually large; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many of the first places qualify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of places must be from 1 to 10,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the percentage of the first places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The percentage is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The percentage must be more than 0 and at most 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group is not one of this movement&apos;s groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The award is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than 1,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must be between 1945 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contributor who is not in the registers cannot be proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the award for every ticked candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The award is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateRuleDialog</name>
    <message>
        <source>Candidate rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New candidate rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 50.000.000 or 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count every contribution since the movement began, not the year&apos;s only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each group on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10 or 12,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;percent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Award it grounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties at the last place all qualify; a percentage of a group is rounded up. Only participants scored in the year are ranked. The level is the office&apos;s own (the plan or the province sets it; the law gives no figure).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesDialog</name>
    <message>
        <source>Reading the movement&apos;s results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award for &amp;people without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award for &amp;collectives and households:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add ticked as nominees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch is not linked to a movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates of “%1” in %2 by the movement&apos;s rules. A candidate is a reason to propose: each nominee added is still checked for the award&apos;s conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The movement has no rules yet: set them on its Award grounds tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the registers: add the person or unit first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grassroots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis (rules in force today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the office&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the profile as text (TOML, for administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an award to see its standards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type whole numbers in the last column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy into the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers in the last column can be changed for this office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial profile (changes to the national defaults):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The eligibility checks now use this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateLayout</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision number and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateLayoutDialog</name>
    <message>
        <source>Certificate layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any award)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two lines for a long text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;X (mm):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Y, baseline (mm):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width (mm):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font si&amp;ze (pt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ali&amp;gnment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset across (mm):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset down (mm):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields printed (tick, then drag on the sheet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the fields with their boxes on plain paper, to hold against a blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the layout “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo or scan of the blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatePrintDialog</name>
    <message>
        <source>Print certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On pre-printed &amp;blanks (the fields only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;plain paper (the whole design)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layouts and calibration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Word copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same certificates, with the same register numbers, as a Word (.docx) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layo&amp;ut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded above the office: no certificate printed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the layout of each award)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one person or collective.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionDialog</name>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search, or the household&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contributor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value (đồng):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Went to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionsTab</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of the movement: %1 đồng from %2 contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected contribution?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilRosterDialog</name>
    <message>
        <source>Council members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Deputy director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of members that must attend, as the council&apos;s regulation says (e.g. 2/3 or 80%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting dialog lists the members whose term covers the meeting day; the minutes name who attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CovenantsPage</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Yên Phong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. năm 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune or agency outside the unit list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add outside party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments (printed in this order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print covenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print registration forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bản đăng ký thi đua of the selected party, or of every party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties and signatories (signing order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation covenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A giao ước thi đua binds units or communes to common commitments; each party signs the covenant and files its own registration form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parties, %2 commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new covenant: fill it in and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the covenant “%1” with its parties and commitments?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word files (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program met an error it did not expect. What you were doing may not have been finished; data already saved is safe. Please send the details below to the person who supports the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 125/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the nominees the decision did NOT grant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the drafted decision (Office decision…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDocumentDialog</name>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One decision per &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save number and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the dra&amp;ft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the Word copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted, numbered in the outgoing register: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not drafted yet: the preview is marked DỰ THẢO and reserves no number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision is drafted after the council has voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft and free its number in the register?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision? The award history is written and the batch is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded: %1 granted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisciplineDialog</name>
    <message>
        <source>Discipline of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 15/QĐ-STC ngày 12/06/2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collectives taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions (VND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed for awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the report of this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures (previous year in brackets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award proposals and results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the office&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been recorded for this year yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions (million VND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards decided by level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six-month report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-term review (sơ kết)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final review (tổng kết)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2025, 2025-H1, 2021-2025 or 2025-01-01:2025-06-30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I. Direction and implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>III.1 Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>III.2 Shortcomings and their causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>III.3 Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV. Directions and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a period such as 2025 or 2025-H1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier report of this kind: write the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved text of this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text offered from the report of %1; edit it for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tables written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 and recorded as issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the Word copy %1 and recorded it as issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subordinate unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune, ward, special zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village, residential group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierPreview</name>
    <message>
        <source>Whole dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of nominees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierPreviewDialog</name>
    <message>
        <source>Dossier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi nhận of this batch&apos;s papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission letter&apos;s number in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill them in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and complete the nominees in the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These required sections are empty (they print as dotted lines):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi nhận of this batch, one recipient a line (empty: the office&apos;s default):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the submission letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the dossier… page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages) and recorded as issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the Word copy %1 and recorded it as issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed and recorded as issued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>6-month report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-term review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a duty…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s usual duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the registration, the March scoring and the 6-month and yearly reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 late · %2 due within %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark it done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Late: %n deadline(s), first “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueReminder</name>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) passed without being marked done:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>They are listed under Dossiers and reports, At a glance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <source>New duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit, a person or a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityTab</name>
    <message>
        <source>All titles checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name (accents optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a proposal batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new batch with the selected rows as nominees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the conditions for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 CSTĐCS may be at most %2 % of LĐTT: %3 meet LĐTT, so at most %4 CSTĐCS; %5 meet CSTĐCS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the cap: a batch needs a written reason to be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the rows to propose first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the nominees…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Access denied to %1. Close the program that uses it or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thi đua</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <source>Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel import and export are not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an empty workbook with the columns the import reads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Thi đua</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <source>Enter the full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name is longer than 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is longer than 30 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CCCD number must have exactly 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first three digits of the CCCD number must be a province code from 001 to 096.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: write dd/mm/yyyy, or only the year (yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth cannot be before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth cannot be after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date does not exist in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Find a person or unit (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroundsTab</name>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award it grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules that make a participant a candidate for an award (the plan&apos;s results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates in &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate is a reason to propose, not a verdict: a batch linked to this movement offers the candidates, and each nominee is still checked for the award&apos;s conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules yet: add one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 candidate(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the rule “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export candidates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help — Thi đua</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the change history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all kinds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record identifier (UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an administrator: table names, record identifiers and stored values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the change history…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Full name of the head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village / residential group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>All villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household (accents optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households are judged for the title “Gia đình văn hóa”. A household belongs to a unit of kind “Thôn, tổ dân phố” (add villages on the Units page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 household(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the household of %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation bloc members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation bloc scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominee list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement targets by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propaganda and inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Excel template of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1, updated: %2, skipped (errors): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import from Excel (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the units first, then the people (each person names a unit). You can skip this and do it later from the Units and People pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import units from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import people from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file now holds %1 unit(s) and %2 people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Save the rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) read: %2 new, %3 to update, %4 with errors (not imported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected rows as Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbook of the refused rows with their reasons, to correct and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Excel template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty workbook with the columns this import reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) saved to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativeDetail</name>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of effect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used as ground for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from this initiative?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>Enter the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is longer than 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one author, or choose a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single author has a share of 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With several authors, give each one&apos;s share in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each share must be above 0 and at most 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shares of the authors must add up to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benefit value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the benefit value in whole đồng, digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recognised initiative needs the number of the recognition decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recognition date cannot be before the year of the initiative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recognition date cannot be after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: write dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date does not exist in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Movement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person to add as author…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole đồng, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Benefit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit &amp;value (đồng):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising &amp;body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cope of effect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required when recognised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativeLabels</name>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Useful solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research project, scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New way of working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grassroots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by title, author or unit (accents optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add initiative…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print recognised list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of initiatives recognised in a year, as a PDF in the official format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Word copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same list of recognised initiatives as an editable Word (.docx) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and its attached files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes to the recycle bin, from where it can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognised-initiatives-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print recognised list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives recognised in the year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativesTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used as ground for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuedDocuments</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to print again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the document exactly as it was issued, to print it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the document exactly as it was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision and list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuedPreviewDialog</name>
    <message>
        <source>Issued document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document exactly as it was issued (reprints are identical).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Add (Ins, Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to Thi đua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Thi đua — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office details not entered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units · %2 people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManageAccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change r&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate / activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Council meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes in favour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every nominee gets the votes of the members present plus the written opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than present + written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed (&lt; %1 % of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who attended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office keeps no council roster yet: add the members (Council members…) to name them in the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes in favour for each nominee:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>(open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency outside the unit list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add outside member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the unit list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a member in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the khối, with its scores?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeUnits</name>
    <message>
        <source>Staff and workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsorships (sponsor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsorships (sponsored commune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloc leaders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeUnitsDialog</name>
    <message>
        <source>Merge units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units that merge (tick two or more, or one into another):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units merge into a new one (e.g. a new ward): create it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From (first day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays with the old unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged units are kept as closed records with their names, so old papers and the award history still show the name an award was given under. A row that would repeat one of the receiving unit&apos;s own (e.g. a rating of the same year) stays with the old unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit they merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what the merge moves…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 merge into %2 from %3: %4 record(s) move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the merge, sub-units of %1 share a name: %2. Rename them afterwards (e.g. number the khóm again) so lists and imports can tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging units…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The record no longer exists. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has been submitted or decided: it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is “{state}”: it can only be changed as a draft (return it for changes first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already in the batch for this award.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch cannot go from “{current}” to “{target}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch cannot be submitted yet ({count} problems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning a batch for changes needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {present}/{total} members attended, fewer than the {quorum} of the council its rules require: the council&apos;s conclusions are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator&apos;s account can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CCCD number {cccd} already belongs to {name} ({unit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already has a rating for {year} ({rating}). Confirm to replace it with the new rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initiative cannot be deleted: it grounds a proposal in the batch {batches}. Remove it from the nominee first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proposal has already been returned or accepted (here or in another copy of the program); it cannot be answered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person, unit or movement that was chosen no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit already sponsors this commune in the movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person is listed twice among the authors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person cannot be deleted: records still refer to them (initiatives, awards, registrations…). Change their work status instead, to keep the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} cannot be restored: it clashes with the data present now. Correct the clashing record, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the stored data; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score is above the criterion&apos;s maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair and the secretary must attend the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is locked after {count} wrong passwords; try again after {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be adopted: its log is not consistent. Restore a good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of the file {path} does not match this computer&apos;s key; the change was not saved. Check the file (Settings, or: thidua check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that signs the change log of {path} is not on this computer. Reading and checking work; to save, import the key from the old computer or adopt the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of the file {path} has not been upgraded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several people have this author&apos;s name: write the CCCD number, or the unit in brackets after the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An author&apos;s CCCD number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author is not in the staff list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one author, or choose a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table of commendation authorities has a wrong entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the title or form of commendation for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{award}” of {year} is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no title or form of commendation with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: the sender&apos;s key fingerprint does not match the key in the package. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: its description cannot be read or is not in the right form. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: the part “{name}” lies outside the package. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: its data is not in the right form. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: its signature is wrong (the package was changed or forged). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has a nominee in the wrong form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A base salary from this date is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has no nominee: there is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: the batch it answers is not in the data. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recognition date cannot be before the year of the initiative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An emulation bloc or cluster with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commendation catalog has the same code twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commendation catalog has a wrong entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commendation catalog is not written correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CCCD number must have exactly 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first three digits of the CCCD number must be a province code from 001 to 096.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check code is a string of hexadecimal digits (at least 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} lacks required columns; choose the right kind of spreadsheet or add the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number cannot be more than {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} does not hold all the data (the row counts differ from the source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That year already has criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion “{text}” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current data could not be backed up before the restore (the file {path} may be damaged). Close the program and restore from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file {path} is damaged. Restore the latest backup; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has a date that is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid date: write dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date does not exist in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth cannot be before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision cannot be signed before the year it rewards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch already has a draft decision: correct its number or date, or cancel the draft to make it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date has not come yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch still has proposals for a higher authority: the office&apos;s own decision is recorded only when the batch holds just its own awards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this state of the batch the draft decision cannot be made or changed: it is drafted after the council&apos;s meeting and before the decision is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date must be in the year of the number given in the outgoing register; cancel the draft and make it again to take a number of the new year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data generator is not part of this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file already has units; demo data goes only into a new data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of people cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown disciplinary measure: write Reprimand, Warning, Demotion or Dismissal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be written: the disk is full or failing. The old data is intact; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion date cannot be after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has no nominee to print a dossier for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: the part “{name}” is repeated. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is empty, not a Thi đua data file. Choose another file or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: the part “{name}” is encrypted. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} already exists; choose another name so it is not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each field can be placed only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} changed while it was read; close the program writing it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is {size}, over the limit of {limit}; it was not attached. Compress it or scan it again at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several units share the first place: the bloc votes, then chooses its leading unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the file {path} would break links in the data; the upgrade was cancelled and the file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a folder, not an Excel file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} belongs to another program, not to Thi đua.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target group is not one of the movement&apos;s groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target group “{name}” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The movement has no group “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: the attached file “{name}” does not match. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has {count} invalid rows; nothing was written. Correct those rows, or import only the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program has the file {path} open; nothing was restored. Close the program&apos;s window and run the command again, or restore in the window (Backups page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initiative has already grounded an award; each initiative grounds one commendation only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contribution level can be set only for money, land or working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one active administrator account must remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blank layout named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leading unit is not in the list of units: add the unit, then choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file {path} is busy (another program is writing to it). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file has accounts: the command needs a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} has no readable description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit is already a member of the bloc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: its parts do not match its list. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit chosen was already merged before; it cannot be merged again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit is chosen to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving unit cannot be one of the merged units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: the file “{name}” is missing from the package. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several movements have this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The movement cannot be deleted: other records are linked to it (proposal batches…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No movement “{name}” was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} was made by a newer version of Thi đua. Update the program; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be opened: no permission to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate is printed for the award “{award}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write at least one commitment of the covenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier has no minutes of the emulation and commendation council&apos;s meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bloc has no scoring criteria for that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the draft decision first (its number and date come from the outgoing register).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind cannot be exported to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write the file in does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has no one within the head of the office&apos;s authority passed by the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind cannot be imported from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one in the batch was proposed by that office (through a package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} has no data row under its header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule set applies on that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bloc has not scored any member that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: a nominee it answers is not in the batch. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one in this batch was awarded: there is no certificate to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit chosen is not a member of the bloc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: the file is not a Thi đua package. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit did not sign this covenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit is not a village or residential group: a household belongs to a village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sponsored place must be an outside commune or village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not a Thi đua data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has no commendation decision yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record is not in this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant is not in the list of individuals and collectives: cannot be proposed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sponsoring unit must be one of the office&apos;s units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Thi đua log key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a proposal package can be returned or accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has not been submitted: the submission has no number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is not an Excel .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benefit value must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field lies outside the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several known offices match what was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s details (its name) are missing: enter them on the Office and settings page before sending or receiving packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown office. Write the receiving office&apos;s code (uuid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offset must be within ±20 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one person to chair the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the quota as a percentage or as a number (one of the two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one secretary of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of spreadsheet needs an option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of spreadsheet does not take this option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: it is meant for another office ({receiver}). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period overlaps a name already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: the file is damaged or incomplete. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: the file is too large. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose exactly one person or one unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit is listed twice among the parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The percentage must be more than 0 and at most 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A movement cannot last more than ten years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CCCD number belongs to someone else, not to the name written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one person or unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person with the same name, date of birth and unit already exists: it may be the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members present must be from 0 to the total number of members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value cannot be written in the provincial catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the quorum as 2/3 or 80%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quorum must be more than 0 and at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An award has one quota per kind of subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown rating: write HTXSNV, HTTNV, HTNV, KHTNV or the whole phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is read-only: changes cannot be saved. Copy it to a folder you can write to, or remove the read-only attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {user} can only view and print; it cannot change data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the receiving office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renaming date must be after the date the current name came into use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recognised initiative needs the number of the recognition decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same target and year as a row above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule belongs to another movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file cannot be restored from itself ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head and the deputy of the bloc must be two different units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sponsoring unit and the sponsored commune must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale must be from 0.9 to 1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion and the participant are not in the same movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package cannot be sent to the office itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender is unknown or has changed its key. Call the sender to compare the key fingerprint; if it matches, receive the package again trusting the sender. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With several authors, give each one&apos;s share in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each author&apos;s share must be above 0 and at most 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authors&apos; shares must add up to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single author has a share of 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The font size must be from 6 to 48.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file {path} is damaged: it cannot be backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error with the file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} has cells with content or formatting far below the table. Delete the extra rows under the table and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{award}” is not given to this kind of subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject must be person or unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The symbol has only letters without diacritics, digits and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too common, anyone could guess it; choose another (for example a short sentence easy to remember).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A covenant needs at least two parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is unusually large; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The covenant has too many commitments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: it has {count} parts, too many. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The covenant has too many parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} has too many data rows; split it into several files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} is unfinished or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit cannot be placed under itself or under one of its sub-units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit cannot be deleted: related records remain (initiatives, movements, awards…). Deactivate it instead, to keep the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit cannot be deleted: it still has {people} people and {children} sub-units. Move them elsewhere first, or deactivate it to keep the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} is not one of the office&apos;s units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown alignment: {align}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such emulation bloc or cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no draft decision no. {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printed field “{key}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: unknown kind of package ({kind}). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no blank layout named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no movement no. {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of office must be one of: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dossier part “{part}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kind of spreadsheet “{name}”. The kinds are: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: it was made by a newer version (format {version}). Update the program. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has at most 40 characters and no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the quota&apos;s value, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The width of a field must be from 10 to 297 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written; an older file, if any, is unchanged. Close the file, free some disk space or choose another place, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absent members with written opinions cannot be more than the absent members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} has a password or is an old Excel file (.xls). Open it in Excel, remove the password and save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is damaged or not an Excel .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is encrypted; remove the password and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} has an unusual structure (it may be harmful); it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is too large once unpacked; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} has too many different texts; split it into several files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} has too many cell styles; it was not read. Copy the data into a new Excel file (paste values only) and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year {year} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year is outside the movement&apos;s period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must be from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: the part “{name}” is abnormally large once unpacked. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has no nominee yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one in the batch reached the council&apos;s vote share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {votes} votes in favour, more than the members present plus the written opinions ({most}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: proposed for {award} twice in the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: eligibility for {award} not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not eligible for {award}; give a reason to propose anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {award} is for the council to judge; give the reason to propose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the council&apos;s votes in favour are not entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {votes}/{total} votes in favour ({share} %), below {threshold} % of all council members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: already received {award} in {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: already received {award} (it is given only once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the movement&apos;s quota: {proposed} proposed for {award}, at most {allowed}; give a reason to propose anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One submission goes to one deciding authority; this batch mixes: {parts}. Split it into separate batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission goes to {decider} (who decides), not to “{addressee}”: the emulation and commendation council only advises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year {year}: {cstdcs} grassroots emulation fighters exceed {cap} % of {ldtt} advanced workers. Give a reason to propose anyway (Decree 91/2017, Article 9.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already awarded {award} in {year} ({decision}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard is for the council to judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a disciplinary measure ({kind}, decided in {year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: rated {rating}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: rated {rating}; {floor} or better is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: not rated yet; {floor} or better is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: did not reach {floor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: the collective did not reach {floor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: meets the standard of Advanced Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: did not reach Advanced Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: excellently completed duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: neither excellently completed duties nor a recognised initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: did not reach {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: meets the standard of {title} but has no recognition decision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an initiative recognised in {year}: “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{votes} votes in favour cannot be more than the members present plus the written opinions ({present} + {written} = {most}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report period “{text}” is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused: a record in it contradicts the office&apos;s data. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The movement cannot be deleted: {count} proposal batches follow it. Delete those batches first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number {number} of {year} has already been given to {document}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several people are named “{name}”: write the CCCD number, the date of birth or the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was not found in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provincial catalog is not written correctly: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provincial catalog names codes that do not exist: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} cannot be restored: its data in the recycle bin is damaged or was changed outside the program. Restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} cannot be restored: the record it belongs to is no longer in the data. Restore that record first (if it is in the recycle bin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} cannot be restored: its record is back in the data already (imported again after deletion?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written to {path}: it is the data file in use. Choose another file name or place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written to {path}: it is the transaction journal of the data file. Choose another file name or place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written to {path}: it is the data file&apos;s backup folder. Choose another file name or place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written to {path}: it is the program&apos;s data folder. Choose another file name or place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written to {path}: it cannot be checked. Choose another file name or place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written to {path}: it is a folder, not a file. Choose another file name or place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written to {path}: it is not a regular file (a device, a pipe…). Choose another file name or place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several units are named “{name}”; write the unit&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit “{name}” was found (by name or code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} looks like the spreadsheet “{title}”, not the kind being imported; it was not read. Choose the right kind when importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} {count} years in a row ({first}-{last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: no recognised initiative (under {rule_set} an initiative is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grassroots Emulation Fighter {count} times in a row ({first}-{last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received {prior} in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {prior} in {year} or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} years in a row ({first}-{last}) well completed duties or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grassroots Emulation Fighter {count} times ({years})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only {count} times Grassroots Emulation Fighter in {first}-{last}; {need} needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} members are Grassroots Emulation Fighters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no member is a Grassroots Emulation Fighter in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{award} is not given to households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commendation for a sudden achievement: the yearly rating is not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} is a village or residential group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already awarded {award} in {year} (decision no. {decision}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already awarded {award} in {year} (decision no. {decision} of {day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already awarded {award} in {year} (decision of {day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already awarded {award} in {year} (the decision has no number recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is recorded as {record_kind}, not as an initiative or a research project: it cannot ground a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the initiative “{title}” already grounded {used_for}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received {award} in {last}: the next one needs {count} years in a row as Grassroots Emulation Fighter after {last} (at the earliest in {earliest})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an initiative of {reach} influence: “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recognised initiative of {reach} influence in {first}-{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recognised initiative of {reach} influence in {first}-{last} (not used for the previous award)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} the second time in {year}: propose in {proposed} (the year right after the second time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} twice in a row ({first} and {second})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not {title} twice in a row in {first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not {title} twice in a row in {first} and {second} (held in {years})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} years in a row ({first}-{last}) excellently completed duties, and {found} recognised initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither Grassroots Emulation Fighter {count} times in a row nor {excellent} years of excellently completed duties with {need} initiatives; judged on outstanding achievements in an emulation movement or a sudden achievement (the council decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither Grassroots Emulation Fighter {count} times in a row nor {excellent} years of excellently completed duties with {need} initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{years}: did not reach Well completed duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{found} recognised initiatives applied at {scope} level in {first}-{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only {found} recognised initiatives applied at {scope} level in {first}-{last}; {need} needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council judges the duties completed over the years and the outstanding achievements under Article 24 of Decree 91/2017.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: the collective is rated {rating}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: the collective is not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: the collective is rated {rating}; {floor} or better is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: the collective is not rated yet; {floor} or better is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: the collective is rated {rating}; {floor} is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: the collective is not rated yet; {floor} is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: the collective excellently completed its duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: the collective is not rated yet; the council decides how well it completed its duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ldtt}/{total} members are Advanced Workers ({share} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ldtt}/{total} members are Advanced Workers ({share} %); more than {percent} % is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ldtt}/{total} members are Advanced Workers ({share} %); at least {percent} % is needed (the province&apos;s rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of Advanced Workers is set by the ministry or province (Law of 2022, Article 28); the office has not set the province&apos;s share: the council compares the share above with the province&apos;s rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ldtt}/{total} members are Advanced Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ldtt}/{total} members are Advanced Workers; at least {percent} % is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no member is under a discipline of warning or heavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members under a discipline of warning or heavier: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members under a discipline of warning or heavier: {names}. Article 27 of the Law of 2022 has not been checked on discipline: the council judges (the title of Advanced Collective is not given to this collective).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 % of the members completed their duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members who did not complete their duties or are not rated: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members who did not complete their duties or are not rated: {names} and {more} others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{award} is given only to: {kinds}; {unit} is: {unit_kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: led {blocs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: led no emulation bloc or cluster (the Emulation Flag is only for the leader of a bloc or cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceeded the targets, outstanding and exemplary: the council judges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household of {head}, {village}, {members} members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sudden achievement is not written on the proposal: write it (what, when, how far its influence went) for the council to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudden achievement written: “{achievement}”; the council judges whether it is outstanding, sudden and of wide enough influence for {award}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no positions recorded (position, from, until) to count the time in leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no leadership or management position among the positions recorded (commendation for long service is for people who held such positions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{years_held} years {months_held} months in leadership or management positions up to 31/12/{year} ({held})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{years_held} years in leadership or management positions up to 31/12/{year} ({held})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enough time in the positions under the catalog (from {need_years} years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{years_held} years {months_held} months in the positions; {need_years} years are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{years_held} years in the positions; {need_years} years are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog has no table of years in positions: the council compares the positions and years with the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a woman: the time in positions asked is reduced by a third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a woman: the time in positions asked is reduced by {fraction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such household in the household register: the council judges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} households of that name in the register; write “Name (Village)”: the council judges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This subject cannot be checked automatically: the council judges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceeded the emulation targets and the duties given, outstanding and exemplary in the province: the council judges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council judges the standard of Article 25 of the Law (leading the emulation movement of a ministry, sector or province): the detailed standard has not been checked against the texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council judges the achievements voted in an emulation movement, or the sudden achievement, of the person proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council judges the whole standard of Article 44 of the Law on Emulation and Commendation 2022 for officials and public employees (earlier awards, years, initiatives): the text has not been checked; the program checks only discipline and the rating of the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council judges the standard of {award} against the law (the program cannot read the text, so it draws no conclusion): (1) whether {prior} was awarded, with the decision&apos;s number and date; (2) the years of work and achievements since that award; (3) the initiatives, research and works, and how far their influence goes. The program checks only discipline; give a reason before submitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard is set locally: the council judges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard follows {decree} and the province&apos;s rules: the council judges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard follows the framework of {decree}, detailed by the provincial People&apos;s Committee: the council judges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard follows the framework of {decree} (from {day}), detailed by the provincial People&apos;s Committee: the council judges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveUnitDialog</name>
    <message>
        <source>Move unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the old name and parent unit for papers dated before this day (untick to correct a mistake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old parent unit stays on earlier papers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>Emulation movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target groups and criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a new plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with dates shifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take groups, criteria, award forms and milestones from an earlier movement; every date moves to the start date below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular (yearly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One award form per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan it implements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requirements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Award forms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, e.g. 130/KH-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria of the selected group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual pattern for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments and units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil servants, public employees, workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Businesses and cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People outside the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-month report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-term review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementErrors</name>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A movement cannot last more than ten years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A maximum score must be greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score is above the criterion&apos;s maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This target group is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the movement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementsPage</name>
    <message>
        <source>Emulation movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search movements (accents optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New movement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsored communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores and ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No movement selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units registered: %1 · People registered: %2 · Communes sponsored: %3 (support %7 đồng) · Contributions: %4 đồng · Initiatives: %5 · Proposals: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan it implements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes to the recycle bin, from where it can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the movement “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the movement “%1” with its %2 records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registrations, %2 scores, %3 sponsored communes with %4 support activities, %5 contributions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propaganda and inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award grounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameForm</name>
    <message>
        <source>Add earlier name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename from a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used &amp;until (last day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From (first day):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameHistory</name>
    <message>
        <source>Enter the name and the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name must start after the day the current name began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These dates overlap a name already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit cannot be put under itself or its sub-units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one unit to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving unit cannot be one of the merged units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of these units was already merged before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameHistoryList</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename from a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add earlier name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete earlier name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers print the name valid on their own date. Renaming keeps the old name with its dates; a spelling fix belongs in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this earlier name? Papers of its dates will print the next name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation blocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation covenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office and settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NomineeDialog</name>
    <message>
        <source>Add a nominee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name (accents optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone eligible for this award in the batch&apos;s year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominee is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding everyone eligible…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NomineeTextDialog</name>
    <message>
        <source>Achievements of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed when the nominee is not eligible or left to the council&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary (for the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievements (for the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to propose anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NomineesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below %1 % of the council&apos;s %2 members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeFields</name>
    <message>
        <source>Governing body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place name on documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol for numbering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ỦY BAN NHÂN DÂN TỈNH …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SỞ TÀI CHÍNH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hà Nội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the person who signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. GIÁM ĐỐC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. STC (letters without accents, digits, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The symbol may contain only letters without accents, digits and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeKeyBox</name>
    <message>
        <source>Exchange packages (.tdkt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known offices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages sent from here are signed with this key. An office receiving its first package from you sees this fingerprint and should hear it from you by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeNamesDialog</name>
    <message>
        <source>Office names over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Your office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details are printed in the header and the signature block of every document. Only the office name is required; you can change them later in Office and settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageLabels</name>
    <message>
        <source>Award proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to a proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same record (uuid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same CCCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same year / award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating and discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PapersBox</name>
    <message>
        <source>Printed papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One recipient a line, e.g.
Như trên
Lưu: VT, TĐKT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies to (Nơi nhận):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. TĐKT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting unit (Lưu: VT, …):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the standing body of the provincial council (Thường trực Hội đồng Thi đua - Khen thưởng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{family} ({path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers print in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times New Roman (named by Decree 30/2020) is not installed on this computer: papers print in the bundled Liberation Serif, which has the same letter widths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save paper settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Word copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An editable Word (.docx) copy of this paper, with the same text and tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not accept the document. Check that it is on, has A4 paper and is not in error, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Word copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the Word copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or CCCD (accents optional), e.g. nguyen thi huong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the people of a unit and of its sub-units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is recorded yet. To start: “Add person…” (Ins) for one person, “Import from Excel…” for a staff list, or “Excel template…” for an empty workbook with the right columns to fill in first. Units come first: a person belongs to a unit (Units page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey rows: transferred or retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and everything recorded about this person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes to the recycle bin, from where it can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCCD number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Hương</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family, middle, given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CCCD number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home town:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Residence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Government position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part&amp;y position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mass organisation position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Academic title, degree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initiatives (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This CCCD number is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This CCCD number already belongs to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person with the same name and date of birth is already recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this a different person with the same name? Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonHistory</name>
    <message>
        <source>History by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating, registrations, contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings, registrations or contributions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonInitiativesModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for award</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionsEditor</name>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions held, oldest first; dates as dd/mm/yyyy, “To” empty while still held. Tick “Leadership” for leading and managing positions: an award for long service (quá trình cống hiến) counts their years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>The batch cannot be submitted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these points, then submit again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessHistoryDialog</name>
    <message>
        <source>Processing history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the Word copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalLabels</name>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual merit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed by the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member and secretary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Award proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received dossiers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaTab</name>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percent is taken of the people or units registered in the movement; a batch over its quota needs a written reason before it is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percent must be above 0 and at most 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of awards cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of awards must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the quota&apos;s value, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of awards cannot be above 100,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An award has one quota per kind of subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota row %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit / kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tied with another participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, e.g. 35 or 7,5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <source>Excellently completed duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well completed duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not complete duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprimand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissal from post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingsGrid</name>
    <message>
        <source>(choose a unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline of the selected person in this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import ratings from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s ratings of a year from a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import unit ratings from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units&apos; own ratings of a year from a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit&apos;s own &amp;rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 1 = HTXSNV, 2 = HTTNV, 3 = HTNV, 4 = KHTNV, Delete clears; F2 opens the list. Each entry is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 people rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the rating %2 for %3. Replace it with %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the rating?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import ratings from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file would replace a rating already stored. Replace them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 replaced, %3 rows skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import unit ratings from Excel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingsGridModel</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivePreviewDialog</name>
    <message>
        <source>Receive a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, program version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I called the sender and the fingerprint they read out is the same: remember this office&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: the package is exactly as the sender signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT valid: the package was changed after signing or is forged. It cannot be received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known office; the key is the one remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office is known, but with ANOTHER key. Call the sender on a number you know and compare the fingerprint below before receiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First package from this office. Call the sender and ask them to read out their key fingerprint (Settings of their program); it must be the same as the one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was received before: receiving it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving adds %1 record(s) and changes %2 existing record(s); %3 are already the same. All or nothing: either everything below is written, or nothing is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedTab</name>
    <message>
        <source>Receive a package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .tdkt file from a USB stick or an e-mail; a preview comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files the proposal carried (kept here with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return with reasons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of this office&apos;s draft batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept into batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing received yet. Packages come as .tdkt files (USB stick, e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1, received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached file: %1 (%2 bytes, SHA-256 %3…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a draft batch first (Proposal batches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thi đua packages (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reply package for the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons (the sender will read them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the %1 nominee(s) of this proposal to the batch “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply package saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering the proposal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecycleBinPage</name>
    <message>
        <source>Recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted people, units, movements, initiatives and proposal batches stay here with their dependent records until an administrator purges them. Restoring puts them back exactly as they were. Lists, searches and reports do not count what is in the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected record back with its records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the recycle bin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can delete permanently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and its %2 records permanently? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted permanently: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all %1 entries of the recycle bin permanently? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recycle bin is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Registration of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title registered for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commitments:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationsTab</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person / unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title registered for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register people or units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n registration(s) and their scores?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export registrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current data will be replaced by the backup below. The current data is backed up first, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the change log of this backup is not the one recorded when it was made; the file was changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowProblems</name>
    <message>
        <source>Column {column} holds a formula; paste the values instead of formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {column} has an error cell ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} “{value}” is not a date (write dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} needs the day, month and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CCCD number is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title or form of award is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the movement is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the member is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} “{value}” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no movement “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex “{value}” is not clear (write Nam or Nữ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CCCD number {cccd} belongs to {stored} in the data, but this row names {written}; check the CCCD number (another person is never overwritten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people in the data have this full name and date of birth; write the CCCD number to tell who it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same CCCD number as row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person as row {row} (same full name and date of birth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person as row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the unit is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind “{value}” is not clear; choose one of the kinds:
{choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} units are named “{name}”; write the unit&apos;s code or its parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same unit code as row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same unit name as row {row}; write a code to tell them apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same unit as row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several units are named “{name}” (the parent unit); write its code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent unit “{name}” was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit cannot be its own parent, nor have one of its sub-units as parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent unit in row {row} has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent units in the file go round in a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the full name (a person) or the name of the collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date (Từ ngày) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership “{value}”: write x or leave the cell empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the head of household is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village or residential group is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of household members “{value}” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village or residential group “{name}” was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} villages are named “{name}”; write the code or “Name (Commune)”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same household as row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the initiative is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind “{value}” is not clear (write one of: {choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of influence “{value}” is not clear (write Cơ sở, Cấp tỉnh or Toàn quốc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of recognition is not valid (write dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year “{value}” is not valid (write 4 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status “{value}” is not clear (write Đề xuất, Đã công nhận or Không công nhận)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the benefit must be a sum in đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same initiative name and year as row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data already has {count} initiatives with this name and year; correct them in the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year “{value}” is not valid (write 4 digits, for example 2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discipline is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name of the movement or the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title registered for is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of registration is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person and year as row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} already has a rating for {year} ({rating}); use --replace to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same unit and year as row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit already has a rating for {year} ({rating}); use --replace to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The movement has no target group “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered for this title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity “{value}” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kind of activity “{value}” (write one of: {choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date “{value}” is not valid (write dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} “{value}” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of the target is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year “{value}” is not valid (write 4 digits or “{period}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the emulation bloc is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind “{value}” is neither Khối nor Cụm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit “{name}” was not found; for an agency outside the list of units, write x in the column Ngoài danh mục đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} units are named “{name}”; write the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same member as row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a member of the bloc in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {year} the bloc has no criterion “{criterion}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title or form “{value}” is not in the catalog of personal awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has no initiative {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>Export ranking to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a score in a criterion&apos;s cell; the ranking updates at once. Equal totals share a rank (shown as 2=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy last year&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores and ranking (type a score in a criterion&apos;s cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 criteria, maximum %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 criterion(s) removed: their scores are deleted too. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Office and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details are printed in the header and the signature block of every document. They are stored in the data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the old governing body, name and place for papers dated before this day (untick to correct a mistake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier papers keep the old names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save office details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names over time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier names of the governing body, the office and the place (e.g. before 01/07/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session uses another language, chosen on the command line. The program starts in the language above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Close and open the program again to use the new language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SponsorshipDialog</name>
    <message>
        <source>Sponsored commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sponsoring unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commune or village:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SponsorshipsTab</name>
    <message>
        <source>Sponsoring unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor a commune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add support activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sponsorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support activities of the selected sponsorship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sponsorship first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the sponsorship of %1 by %2 with its %3 activities?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected activity?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Standards</name>
    <message>
        <source>Council votes needed (% of members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest rating of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive years rated &apos;excellently completed&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive years rated &apos;well completed&apos; or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive years as grassroots emulation fighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive provincial emulation fighter titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grassroots emulation fighter titles in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives recognised in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of effect of the initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An initiative is required up to the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this % of the &apos;advanced labourers&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That cap applies up to the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grassroots emulation fighters, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Advanced labourers&apos;, at least (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Advanced labourers&apos;, more than (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member disciplined at warning or above makes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years since that award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award held before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award held before (one of)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of initiative that count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years between the two provincial emulation fighter titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed this many years after the second title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard (by period of the rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How do you want to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample data is kept apart and never mixes with the office&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with empty data (the office&apos;s own data file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the program on sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the data file %1. On the next page you can import units and people from Excel, or add them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a separate file with a made-up office (%1 people, movements, initiatives, proposals) to practise on. Nothing is written to the office&apos;s data file: the next time the program starts, this wizard appears again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>Planned (kế hoạch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved (thực hiện)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved as % of planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value in a year&apos;s cell or in the whole period&apos;s cell; it is saved at once. Targets themselves are named in the movement&apos;s plan (Edit…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export targets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Phòng Kế hoạch - Tài chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. KHTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the old name and parent unit for papers dated before this day (untick to correct a mistake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old name and parent stay on earlier papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old parent unit stays on earlier papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old name stays on earlier papers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Choose a unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a unit under the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the unit under another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation blocs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which unit led which khối or cụm thi đua in which year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sáp nhập: units become part of another from a date; their people and history move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show inactive units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a unit by name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the unit “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes to the recycle bin, from where it can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit “%1” cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearRegistrations</name>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person / unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title registered for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register people or units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n registration(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearsTab</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair (trưởng khối)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy (phó khối)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First of the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save leading unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairs of the year (by rotation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading unit and the khối&apos;s proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation for %1: chair %2, deputy %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leading unit recorded for %1: the khối proposes no one for Cờ thi đua của UBND tỉnh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1: Cờ thi đua của UBND tỉnh for %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
