<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Emulation officer</source>
        <translation>Cán bộ thi đua</translation>
    </message>
    <message>
        <source>Leader / read only</source>
        <translation>Lãnh đạo / xem</translation>
    </message>
</context>
<context>
    <name>AccountsBox</name>
    <message>
        <source>Users and change history</source>
        <translation>Người dùng và lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>&amp;Lịch sử thay đổi…</translation>
    </message>
    <message>
        <source>Create the &amp;administrator…</source>
        <translation>Tạo tài khoản &amp;quản trị…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Tài khoản…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Đổi &amp;mật khẩu của tôi…</translation>
    </message>
    <message>
        <source>Accounts guard against mistakes and casual misuse, not against someone who can copy the data file.</source>
        <translation>Tài khoản giúp tránh nhầm lẫn và dùng sai tuỳ tiện, không ngăn được người có thể sao chép tệp dữ liệu.</translation>
    </message>
    <message>
        <source>One user, no login (%1). Create an administrator to require accounts.</source>
        <translation>Một người dùng, không cần đăng nhập (%1). Tạo tài khoản quản trị để bắt buộc đăng nhập.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Chưa đăng nhập.</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2).</source>
        <translation>Đang đăng nhập: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>News item, article</source>
        <translation>Tin, bài</translation>
    </message>
    <message>
        <source>Column, special page</source>
        <translation>Chuyên mục, chuyên trang</translation>
    </message>
    <message>
        <source>Conference, talk</source>
        <translation>Hội nghị, tọa đàm</translation>
    </message>
    <message>
        <source>Posters, banners</source>
        <translation>Tuyên truyền trực quan</translation>
    </message>
    <message>
        <source>Inspection team</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Hoạt động khác</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại hoạt động</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Đơn vị, người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Lưu bản sao…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Xóa tệp</translation>
    </message>
    <message>
        <source>Files kept with the selected activity:</source>
        <translation>Tệp kèm theo hoạt động đang chọn:</translation>
    </message>
    <message>
        <source>Propaganda: %1 item(s); inspection and supervision: %2.</source>
        <translation>Tuyên truyền: %1; kiểm tra, giám sát: %2.</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Xóa hoạt động</translation>
    </message>
    <message>
        <source>Remove the selected activity and its files?</source>
        <translation>Xóa hoạt động đang chọn cùng các tệp kèm theo?</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lưu bản sao</translation>
    </message>
    <message>
        <source>Remove the selected file?</source>
        <translation>Xóa tệp đang chọn?</translation>
    </message>
    <message>
        <source>Export activities</source>
        <translation>Xuất hoạt động tuyên truyền, kiểm tra</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Support activity</source>
        <translation>Hoạt động hỗ trợ</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Tiền</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Hiện vật</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Ngày công</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Tư vấn</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Nội dung thực hiện:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Value (đồng):</source>
        <translation>&amp;Giá trị (đồng):</translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message>
        <source>Propaganda or inspection activity</source>
        <translation>Hoạt động tuyên truyền, kiểm tra</translation>
    </message>
    <message>
        <source>unit, team or newspaper</source>
        <translation>đơn vị, đoàn hoặc cơ quan báo chí</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại hoạt động:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>Đơn vị, người &amp;thực hiện:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Số lượng:</translation>
    </message>
    <message>
        <source>Write what was done (the content of the activity).</source>
        <translation>Chưa ghi nội dung hoạt động.</translation>
    </message>
    <message>
        <source>The quantity must be 1 or more.</source>
        <translation>Số lượng phải từ 1 trở lên.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The demo data generator is not part of this version.</source>
        <translation>Phiên bản này chưa có chức năng tạo dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>Thi đua is already open</source>
        <translation>Thi đua đang được mở</translation>
    </message>
    <message>
        <source>The data file %1 is already open in another window of Thi đua. Switch to that window; only one copy may work on a data file at a time.</source>
        <translation>Tệp dữ liệu %1 đang được mở ở một cửa sổ Thi đua khác. Hãy chuyển sang cửa sổ đó; mỗi tệp dữ liệu chỉ được mở bởi một chương trình tại một thời điểm.</translation>
    </message>
    <message>
        <source>Cannot open the data file</source>
        <translation>Không mở được tệp dữ liệu</translation>
    </message>
</context>
<context>
    <name>AuditKeyBox</name>
    <message>
        <source>Audit log key</source>
        <translation>Khoá ký nhật ký</translation>
    </message>
    <message>
        <source>The change log of the data file is signed with the office&apos;s key, kept on this computer outside the file. Any computer can check the log; only a computer with the key can save. To move to another computer, take a backup and the exported key together.</source>
        <translation>Nhật ký thay đổi của tệp dữ liệu được ký bằng khoá của cơ quan, giữ trên máy này, ngoài tệp dữ liệu. Máy nào cũng kiểm tra được nhật ký; chỉ máy có khoá mới lưu được. Khi chuyển sang máy khác, hãy mang theo cả bản sao lưu và tệp khoá đã xuất.</translation>
    </message>
    <message>
        <source>Export key…</source>
        <translation>Xuất khoá…</translation>
    </message>
    <message>
        <source>Import key…</source>
        <translation>Nhập khoá…</translation>
    </message>
    <message>
        <source>Adopt this file…</source>
        <translation>Tiếp nhận tệp này…</translation>
    </message>
    <message>
        <source>Acknowledge outside changes</source>
        <translation>Xác nhận đã xem thay đổi ngoài chương trình</translation>
    </message>
    <message>
        <source>The data file is signed with key %1; the key is on this computer.</source>
        <translation>Tệp dữ liệu được ký bằng khoá %1; khoá có trên máy này.</translation>
    </message>
    <message>
        <source>The data file has no signed changes yet; this computer&apos;s key will sign them.</source>
        <translation>Tệp dữ liệu chưa có thay đổi nào được ký; khoá của máy này sẽ ký chúng.</translation>
    </message>
    <message>
        <source>The change log was sealed on another computer with its old key, which is not on this computer. Saving is refused until you import that key (its audit.key file) or an administrator adopts the file.</source>
        <translation>Nhật ký được niêm phong trên một máy khác bằng khoá cũ của máy đó, khoá này không có trên máy này. Chưa lưu được cho đến khi bạn nhập khoá đó (tệp audit.key) hoặc quản trị viên tiếp nhận tệp.</translation>
    </message>
    <message>
        <source>The key of this data file (%1) is not on this computer. Reading, printing and checking work; saving is refused until you import the key or an administrator adopts the file.</source>
        <translation>Khoá của tệp dữ liệu này (%1) không có trên máy này. Vẫn đọc, in và kiểm tra được; chưa lưu được cho đến khi bạn nhập khoá hoặc quản trị viên tiếp nhận tệp.</translation>
    </message>
    <message>
        <source>%1 key(s) written to %2. Keep this file as safe as a password.</source>
        <translation>Đã ghi %1 khoá vào %2. Hãy giữ tệp này kín như mật khẩu.</translation>
    </message>
    <message>
        <source>%1 key(s) imported.</source>
        <translation>Đã nhập %1 khoá.</translation>
    </message>
    <message>
        <source>The file was adopted: its log is consistent, this computer&apos;s key signs it from now on, and the adoption is recorded as event %1.</source>
        <translation>Đã tiếp nhận tệp: nhật ký nhất quán, từ nay khoá của máy này ký tệp, và việc tiếp nhận được ghi ở sự kiện số %1.</translation>
    </message>
    <message>
        <source>%1 change(s) made with another tool acknowledged; recorded in the log.</source>
        <translation>Đã xác nhận %1 thay đổi làm bằng công cụ khác; việc xác nhận được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>No change made with another tool waits for acknowledgement.</source>
        <translation>Không có thay đổi nào làm bằng công cụ khác đang chờ xác nhận.</translation>
    </message>
    <message>
        <source>Export key</source>
        <translation>Xuất khoá</translation>
    </message>
    <message>
        <source>Key file (*.json)</source>
        <translation>Tệp khoá (*.json)</translation>
    </message>
    <message>
        <source>Import key</source>
        <translation>Nhập khoá</translation>
    </message>
    <message>
        <source>Key file (*.json *.key);;All files (*)</source>
        <translation>Tệp khoá (*.json *.key);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Adopt this file</source>
        <translation>Tiếp nhận tệp này</translation>
    </message>
    <message>
        <source>Adopt only a file you trust (for example your office&apos;s own backup). The log is checked first; then this computer&apos;s key signs it and the adoption is recorded in the log with your name. Adopt the file?</source>
        <translation>Chỉ tiếp nhận tệp bạn tin cậy (ví dụ bản sao lưu của chính cơ quan). Nhật ký được kiểm tra trước; sau đó khoá của máy này ký tệp và việc tiếp nhận được ghi vào nhật ký kèm tên bạn. Tiếp nhận tệp?</translation>
    </message>
</context>
<context>
    <name>AwardEntryDialog</name>
    <message>
        <source>Correct award</source>
        <translation>Sửa khen thưởng</translation>
    </message>
    <message>
        <source>Add award</source>
        <translation>Thêm khen thưởng</translation>
    </message>
    <message>
        <source>from the list, or an older form typed in</source>
        <translation>chọn trong danh sách, hoặc gõ hình thức cũ</translation>
    </message>
    <message>
        <source>e.g. 150/QĐ-UBND</source>
        <translation>ví dụ 150/QĐ-UBND</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Title or form:</source>
        <translation>&amp;Danh hiệu, hình thức:</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>N&amp;gày quyết định:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
</context>
<context>
    <name>AwardHistoryEditor</name>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Title or form</source>
        <translation>Danh hiệu, hình thức</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>&amp;Add award…</source>
        <translation>&amp;Thêm khen thưởng…</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Print award record…</source>
        <translation>&amp;In quá trình khen thưởng…</translation>
    </message>
    <message>
        <source> (given to %1)</source>
        <translation> (tặng %1)</translation>
    </message>
    <message>
        <source>Print award record</source>
        <translation>In quá trình khen thưởng</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>BackupPrompts</name>
    <message>
        <source>The data file failed its checks (%1). Restore a good backup on the Backups page.</source>
        <translation>Tệp dữ liệu không đạt kiểm tra (%1). Hãy khôi phục một bản sao lưu tốt ở trang Sao lưu.</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Sao lưu hằng ngày không thành công: %1</translation>
    </message>
    <message>
        <source>The data file failed its checks (%1); nothing can be saved until a good backup is restored.</source>
        <translation>Tệp dữ liệu không đạt kiểm tra (%1); không thể lưu gì cho đến khi phục hồi một bản sao lưu tốt.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1 (%2). Restore it? The damaged file is kept.</source>
        <translation>Bản sao lưu tốt gần nhất là ngày %1 (%2). Khôi phục từ bản này? Tệp hỏng vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>Tệp dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>Looking for a good backup…</source>
        <translation>Đang tìm bản sao lưu còn tốt…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Đang khôi phục bản sao lưu…</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>The program backs up the data at the first start of each day and when it closes after changes, and keeps the last 7 days, 4 weeks and 12 months. Copy a backup to a USB stick regularly: a backup on the same computer does not survive a broken disk.</source>
        <translation>Chương trình tự sao lưu dữ liệu ở lần mở đầu tiên mỗi ngày và khi đóng lại sau khi có thay đổi; giữ bản sao lưu của 7 ngày, 4 tuần và 12 tháng gần nhất. Hãy thường xuyên chép một bản sao lưu ra USB: bản sao lưu nằm trên cùng máy tính sẽ mất theo khi ổ đĩa hỏng.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Sao lưu ngay…</translation>
    </message>
    <message>
        <source>Write a backup into a folder you choose (USB stick)</source>
        <translation>Ghi một bản sao lưu vào thư mục tự chọn (USB)</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Phục hồi…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Phục hồi từ bản sao lưu đang chọn</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>Phục hồi từ tệp…</translation>
    </message>
    <message>
        <source>Check data</source>
        <translation>Kiểm tra dữ liệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cán bộ, cá nhân</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <source>On closing</source>
        <translation>Khi đóng chương trình</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Sao lưu thủ công</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>Trước khi phục hồi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>No backup has been copied off this computer yet.</source>
        <translation>Chưa có bản sao lưu nào được chép ra ngoài máy tính này.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup copied off this computer is %n day(s) old.</source>
        <translation>
            <numerusform>Bản sao lưu gần nhất được chép ra ngoài máy tính này đã %n ngày.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Chọn thư mục sao lưu</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Chọn bản sao lưu</translation>
    </message>
    <message>
        <source>Backups (*.db);;All files (*)</source>
        <translation>Bản sao lưu (*.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Đã huỷ: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Đã ghi bản sao lưu: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Đang phục hồi…</translation>
    </message>
    <message>
        <source>Data restored. The replaced data was backed up.</source>
        <translation>Đã phục hồi dữ liệu. Dữ liệu bị thay thế đã được sao lưu lại.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <source>The data file passed every check.</source>
        <translation>Tệp dữ liệu đạt mọi bước kiểm tra.</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Phát hiện các vấn đề:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data</source>
        <translation>Chưa có số liệu</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>New proposal batch</source>
        <translation>Tạo đợt đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>To (Kính gửi)</source>
        <translation>Kính gửi</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Annual commendation %1</source>
        <translation>Khen thưởng tổng kết năm %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên đợt</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Type of commendation</source>
        <translation>Loại hình khen thưởng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Phong trào</translation>
    </message>
</context>
<context>
    <name>BatchFiles</name>
    <message>
        <source>Signed tờ trình</source>
        <translation>Tờ trình đã ký</translation>
    </message>
    <message>
        <source>Signed decision</source>
        <translation>Quyết định đã ký</translation>
    </message>
    <message>
        <source>Ballots, vote count</source>
        <translation>Phiếu bầu, biên bản kiểm phiếu</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng thành tích</translation>
    </message>
    <message>
        <source>Other paper</source>
        <translation>Tài liệu khác</translation>
    </message>
    <message>
        <source>What the file is</source>
        <translation>Tệp này là tài liệu gì</translation>
    </message>
    <message>
        <source>Whom the file goes with</source>
        <translation>Tệp kèm theo hồ sơ của ai</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Goes with</source>
        <translation>Kèm theo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>The whole batch</source>
        <translation>Cả đợt đề nghị</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Quyết định số %1</translation>
    </message>
    <message>
        <source>Remove “%1” from the batch?</source>
        <translation>Gỡ “%1” khỏi đợt đề nghị?</translation>
    </message>
    <message>
        <source>Attach a file to the batch</source>
        <translation>Đính kèm tệp vào đợt đề nghị</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>Lưu tệp thành</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Gỡ tệp đính kèm</translation>
    </message>
</context>
<context>
    <name>BatchHead</name>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Show the title, type, year, addressee and signer</source>
        <translation>Hiện tên đợt, loại hình, năm, nơi gửi và người ký</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên đợt</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>To (Kính gửi)</source>
        <translation>Kính gửi</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Thu gọn</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Số %1</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation>quyết định %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>gửi %1</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>ký: %1</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>Title</source>
        <translation>Tên đợt</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số tờ trình</translation>
    </message>
</context>
<context>
    <name>BatchesTab</name>
    <message>
        <source>It goes to the recycle bin, from where it can be restored.</source>
        <translation>Mục này sẽ được chuyển vào thùng rác và có thể khôi phục lại.</translation>
    </message>
    <message>
        <source>New batch…</source>
        <translation>Tạo đợt mới…</translation>
    </message>
    <message>
        <source>Delete batch</source>
        <translation>Xóa đợt</translation>
    </message>
    <message>
        <source>New proposal batch (Ins, Ctrl+N)</source>
        <translation>Tạo đợt đề nghị khen thưởng mới (Ins, Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete the selected batch with its nominees (Del)</source>
        <translation>Xóa đợt đang chọn cùng các trường hợp đề nghị (Del)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Achievements…</source>
        <translation>Thành tích…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ khỏi đợt</translation>
    </message>
    <message>
        <source>Take the selected nominee out of the batch</source>
        <translation>Bỏ người đang chọn khỏi đợt đề nghị</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <source>Units&apos; list…</source>
        <translation>Danh sách đơn vị gửi…</translation>
    </message>
    <message>
        <source>Add the nominees of a unit&apos;s Excel list, each checked on the way in</source>
        <translation>Thêm những người trong danh sách Excel do đơn vị gửi; từng dòng được xét điều kiện khi nhập</translation>
    </message>
    <message>
        <source>Candidates…</source>
        <translation>Ứng viên…</translation>
    </message>
    <message>
        <source>The linked movement&apos;s candidates (score rank, contribution) to add</source>
        <translation>Ứng viên của phong trào gắn với đợt (theo thứ hạng điểm, mức đóng góp) để thêm vào đợt</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Excel template…</source>
        <translation>Tệp Excel mẫu…</translation>
    </message>
    <message>
        <source>Select a nominee to see the eligibility check.</source>
        <translation>Chọn một người được đề nghị để xem kết quả xét điều kiện.</translation>
    </message>
    <message>
        <source>Council meeting…</source>
        <translation>Họp Hội đồng…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Trình</translation>
    </message>
    <message>
        <source>Return for changes…</source>
        <translation>Trả lại để bổ sung…</translation>
    </message>
    <message>
        <source>Record the decision…</source>
        <translation>Ghi quyết định…</translation>
    </message>
    <message>
        <source>Print dossier…</source>
        <translation>In hồ sơ…</translation>
    </message>
    <message>
        <source>Exceed the quota…</source>
        <translation>Vượt chỉ tiêu…</translation>
    </message>
    <message>
        <source>Record why the batch proposes more than the movement&apos;s quota</source>
        <translation>Ghi lý do đợt đề nghị nhiều hơn chỉ tiêu của phong trào</translation>
    </message>
    <message>
        <source>Print certificates…</source>
        <translation>In giấy khen…</translation>
    </message>
    <message>
        <source>Council members…</source>
        <translation>Thành viên Hội đồng…</translation>
    </message>
    <message>
        <source>The council&apos;s members, roles and terms; its quorum; the kind of office</source>
        <translation>Thành viên Hội đồng, vai trò và nhiệm kỳ; tỷ lệ tối thiểu dự họp; loại cơ quan</translation>
    </message>
    <message>
        <source>Office decision…</source>
        <translation>Quyết định…</translation>
    </message>
    <message>
        <source>Draft, print and record the head&apos;s own decision with its list and money</source>
        <translation>Lập, in và ghi nhận quyết định khen thưởng của thủ trưởng cơ quan kèm danh sách và tiền thưởng</translation>
    </message>
    <message>
        <source>Eligibility check</source>
        <translation>Xét điều kiện</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>Văn bản đã phát hành</translation>
    </message>
    <message>
        <source>State log</source>
        <translation>Nhật ký trạng thái</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Files kept with the batch: the signed tờ trình, ballots, evidence</source>
        <translation>Tệp kèm theo đợt đề nghị: tờ trình đã ký, phiếu bầu, tài liệu minh chứng</translation>
    </message>
    <message>
        <source>Exceed the quota</source>
        <translation>Vượt chỉ tiêu</translation>
    </message>
    <message>
        <source>Why does the batch propose more than the movement&apos;s quota?</source>
        <translation>Vì sao đợt đề nghị nhiều hơn chỉ tiêu của phong trào?</translation>
    </message>
    <message>
        <source>Proposed anyway because: %1</source>
        <translation>Vẫn đề nghị vì: %1</translation>
    </message>
    <message>
        <source>Head of the office</source>
        <translation>Thủ trưởng cơ quan</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Cần xem xét</translation>
    </message>
    <message>
        <source>Decided by the head of the office (decision): %1</source>
        <translation>Thủ trưởng cơ quan quyết định (Quyết định): %1</translation>
    </message>
    <message>
        <source>Authority to review: %1 (%2)</source>
        <translation>Thẩm quyền cần xem xét: %1 (%2)</translation>
    </message>
    <message>
        <source>Submission to %1: %2</source>
        <translation>Tờ trình gửi %1: %2</translation>
    </message>
    <message>
        <source>one submission goes to one authority: split the batch</source>
        <translation>một tờ trình chỉ gửi một cấp quyết định: hãy tách đợt</translation>
    </message>
    <message>
        <source>Type DELETE to delete “%1” and its nominees:</source>
        <translation>Gõ DELETE để xóa “%1” cùng danh sách đề nghị:</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Tệp (%1)</translation>
    </message>
    <message>
        <source>Remove from the batch</source>
        <translation>Bỏ khỏi đợt</translation>
    </message>
    <message>
        <source>Take %1 out of the batch?</source>
        <translation>Bỏ %1 khỏi đợt đề nghị?</translation>
    </message>
    <message>
        <source>Checking the nominees again…</source>
        <translation>Đang xét lại điều kiện các đề nghị…</translation>
    </message>
    <message>
        <source>Submit “%1” with %2 nominees? It can then only be returned for changes.</source>
        <translation>Trình “%1” với %2 trường hợp? Sau khi trình chỉ có thể trả lại để bổ sung.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Đang trình…</translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation>Trả lại để bổ sung</translation>
    </message>
    <message>
        <source>Why is the batch returned for changes?</source>
        <translation>Lý do trả lại để bổ sung?</translation>
    </message>
    <message>
        <source>Every change of the batch and of its nominees, from the audit log</source>
        <translation>Mọi thay đổi của đợt và của những người được đề nghị, theo nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Print processing history…</source>
        <translation>In quá trình xử lý…</translation>
    </message>
</context>
<context>
    <name>BirthDateEdit</name>
    <message>
        <source>dd/mm/yyyy or yyyy</source>
        <translation>ngày/tháng/năm hoặc năm</translation>
    </message>
    <message>
        <source>A full date (dd/mm/yyyy) or only the year of birth (yyyy)</source>
        <translation>Nhập đủ ngày sinh (dd/mm/yyyy) hoặc chỉ năm sinh (yyyy)</translation>
    </message>
</context>
<context>
    <name>BlocDialog</name>
    <message>
        <source>Emulation bloc</source>
        <translation>Khối, cụm thi đua</translation>
    </message>
    <message>
        <source>Khối thi đua</source>
        <translation>Khối thi đua</translation>
    </message>
    <message>
        <source>Cụm thi đua</source>
        <translation>Cụm thi đua</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(không rõ)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Set up in</source>
        <translation>Thành lập năm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>BlocLeadersDialog</name>
    <message>
        <source>Emulation blocs: leaders by year</source>
        <translation>Khối, cụm thi đua: đơn vị dẫn đầu từng năm</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Bloc</source>
        <translation>Khối, cụm</translation>
    </message>
    <message>
        <source>Leading unit</source>
        <translation>Đơn vị dẫn đầu</translation>
    </message>
    <message>
        <source>Khối thi đua</source>
        <translation>Khối thi đua</translation>
    </message>
    <message>
        <source>Cụm thi đua</source>
        <translation>Cụm thi đua</translation>
    </message>
    <message>
        <source>Name of the khối or cụm</source>
        <translation>Tên khối, cụm thi đua</translation>
    </message>
    <message>
        <source>Record leader</source>
        <translation>Ghi đơn vị dẫn đầu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Forget that %1 led %2 in %3?</source>
        <translation>Xóa ghi nhận %1 dẫn đầu %2 năm %3?</translation>
    </message>
</context>
<context>
    <name>BlocsPage</name>
    <message>
        <source>New…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Chairs and leading unit by year</source>
        <translation>Trưởng, phó khối và đơn vị dẫn đầu</translation>
    </message>
    <message>
        <source>Criteria, scores and ranking</source>
        <translation>Tiêu chí, chấm điểm, xếp hạng</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Emulation blocs</source>
        <translation>Khối, cụm thi đua</translation>
    </message>
    <message>
        <source>A khối or cụm thi đua scores its members on its criteria each year; the unit that leads it is the one proposed for the province&apos;s Cờ thi đua.</source>
        <translation>Khối, cụm thi đua chấm điểm các thành viên theo bộ tiêu chí của từng năm; đơn vị dẫn đầu khối là đơn vị được đề nghị tặng Cờ thi đua của UBND tỉnh.</translation>
    </message>
    <message>
        <source>No khối yet: add one with “New…”.</source>
        <translation>Chưa có khối nào: thêm bằng nút “Thêm…”.</translation>
    </message>
    <message>
        <source>%1 — %2 member(s) in %3</source>
        <translation>%1 — %2 thành viên năm %3</translation>
    </message>
    <message>
        <source>Delete %1 with its members, chairs, criteria, scores and leading units?</source>
        <translation>Xóa %1 cùng các thành viên, trưởng khối, tiêu chí, điểm và đơn vị dẫn đầu?</translation>
    </message>
</context>
<context>
    <name>BrokenPage</name>
    <message>
        <source>This page could not be opened because of an error in the program. The details were written to the log file.</source>
        <translation>Không mở được trang này do lỗi của chương trình. Chi tiết lỗi đã được ghi vào tệp nhật ký.</translation>
    </message>
</context>
<context>
    <name>BulkRegisterDialog</name>
    <message>
        <source>Register participants</source>
        <translation>Đăng ký tham gia thi đua</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Filter by name (accents optional)</source>
        <translation>Lọc theo tên (có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation>Chọn tất cả đang hiện</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(không thuộc nhóm nào)</translation>
    </message>
    <message>
        <source>&amp;Title registered for:</source>
        <translation>&amp;Danh hiệu đăng ký:</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>&amp;Khối, nhóm đối tượng:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Commitments:</source>
        <translation>&amp;Nội dung cam kết:</translation>
    </message>
    <message>
        <source>%1 registered, %2 were already registered.</source>
        <translation>Đã đăng ký %1, có %2 đã đăng ký từ trước.</translation>
    </message>
</context>
<context>
    <name>CandidateLabels</name>
    <message>
        <source>Candidate of “%1”: %2</source>
        <translation>Ứng viên theo kết quả phong trào “%1”: %2</translation>
    </message>
    <message>
        <source>Contribution level</source>
        <translation>Mức đóng góp</translation>
    </message>
    <message>
        <source>Top N of a group by score</source>
        <translation>N người/đơn vị điểm cao nhất nhóm</translation>
    </message>
    <message>
        <source>Top percent of a group by score</source>
        <translation>Tỷ lệ % điểm cao nhất nhóm</translation>
    </message>
    <message>
        <source>Money (đồng)</source>
        <translation>Tiền (đồng)</translation>
    </message>
    <message>
        <source>Land (m²)</source>
        <translation>Đất đai (m²)</translation>
    </message>
    <message>
        <source>Work days</source>
        <translation>Ngày công</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Not in the registers</source>
        <translation>Ngoài danh sách</translation>
    </message>
    <message>
        <source>land %1 m²</source>
        <translation>đất đai %1 m²</translation>
    </message>
    <message>
        <source>%1 work days</source>
        <translation>%1 ngày công</translation>
    </message>
    <message>
        <source>%1 đồng</source>
        <translation>%1 đồng</translation>
    </message>
    <message>
        <source>Contribution of %1 or more, counted since the movement began</source>
        <translation>Đóng góp %1 trở lên, cộng dồn từ đầu phong trào</translation>
    </message>
    <message>
        <source>Contribution of %1 or more in the year</source>
        <translation>Đóng góp %1 trở lên trong năm</translation>
    </message>
    <message>
        <source>The first %1 of each group by total score</source>
        <translation>%1 người/đơn vị đứng đầu mỗi nhóm theo tổng điểm</translation>
    </message>
    <message>
        <source>The first %1 of the group %2 by total score</source>
        <translation>%1 người/đơn vị đứng đầu nhóm %2 theo tổng điểm</translation>
    </message>
    <message>
        <source>The first %1 % of each group by total score (rounded up)</source>
        <translation>%1 % đứng đầu mỗi nhóm theo tổng điểm (làm tròn lên)</translation>
    </message>
    <message>
        <source>The first %1 % of the group %2 by total score (rounded up)</source>
        <translation>%1 % đứng đầu nhóm %2 theo tổng điểm (làm tròn lên)</translation>
    </message>
    <message>
        <source>Contribution %1</source>
        <translation>Đóng góp %1</translation>
    </message>
    <message>
        <source> (cumulative)</source>
        <translation> (cộng dồn)</translation>
    </message>
    <message>
        <source> (tied)</source>
        <translation> (đồng hạng)</translation>
    </message>
    <message>
        <source>Score %1 — rank %2 in %3</source>
        <translation>Điểm %1 — hạng %2 nhóm %3</translation>
    </message>
    <message>
        <source>Choose what the level counts.</source>
        <translation>Hãy chọn loại đóng góp được tính.</translation>
    </message>
    <message>
        <source>A level can be set for money, land or work days only.</source>
        <translation>Mức đóng góp chỉ đặt được cho tiền, đất đai hoặc ngày công.</translation>
    </message>
    <message>
        <source>Enter the contribution level.</source>
        <translation>Hãy ghi mức đóng góp.</translation>
    </message>
    <message>
        <source>The contribution level is not a number.</source>
        <translation>Mức đóng góp không phải là số.</translation>
    </message>
    <message>
        <source>The contribution level must be more than 0.</source>
        <translation>Mức đóng góp phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>A money level is a whole number of đồng.</source>
        <translation>Mức tiền phải là số đồng nguyên.</translation>
    </message>
    <message>
        <source>The money level is unusually large; check it.</source>
        <translation>Mức tiền lớn bất thường; hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>Enter how many of the first places qualify.</source>
        <translation>Hãy ghi số người/đơn vị đứng đầu được chọn.</translation>
    </message>
    <message>
        <source>The number of places must be from 1 to 10,000.</source>
        <translation>Số người/đơn vị đứng đầu phải từ 1 đến 10.000.</translation>
    </message>
    <message>
        <source>Enter the percentage of the first places.</source>
        <translation>Hãy ghi tỷ lệ phần trăm đứng đầu.</translation>
    </message>
    <message>
        <source>The percentage is not a number.</source>
        <translation>Tỷ lệ phần trăm không phải là số.</translation>
    </message>
    <message>
        <source>The percentage must be more than 0 and at most 100.</source>
        <translation>Tỷ lệ phần trăm phải lớn hơn 0 và không quá 100.</translation>
    </message>
    <message>
        <source>The group is not one of this movement&apos;s groups.</source>
        <translation>Nhóm đối tượng không thuộc phong trào này.</translation>
    </message>
    <message>
        <source>The award is longer than 200 characters.</source>
        <translation>Danh hiệu, hình thức dài quá 200 ký tự.</translation>
    </message>
    <message>
        <source>The note is longer than 1,000 characters.</source>
        <translation>Ghi chú dài quá 1.000 ký tự.</translation>
    </message>
    <message>
        <source>The year must be between 1945 and 2100.</source>
        <translation>Năm phải trong khoảng 1945 - 2100.</translation>
    </message>
    <message>
        <source>Tick at least one candidate.</source>
        <translation>Hãy đánh dấu ít nhất một ứng viên.</translation>
    </message>
    <message>
        <source>A contributor who is not in the registers cannot be proposed.</source>
        <translation>Người đóng góp không có trong danh sách cá nhân, tập thể thì chưa đề nghị được.</translation>
    </message>
    <message>
        <source>Choose the award for every ticked candidate.</source>
        <translation>Hãy chọn danh hiệu, hình thức cho mọi ứng viên được đánh dấu.</translation>
    </message>
    <message>
        <source>The award is not in the catalog.</source>
        <translation>Danh hiệu, hình thức không có trong danh mục.</translation>
    </message>
</context>
<context>
    <name>CandidateRuleDialog</name>
    <message>
        <source>Candidate rule</source>
        <translation>Quy định xét chọn</translation>
    </message>
    <message>
        <source>New candidate rule</source>
        <translation>Thêm quy định xét chọn</translation>
    </message>
    <message>
        <source>e.g. 50.000.000 or 200</source>
        <translation>ví dụ 50.000.000 hoặc 200</translation>
    </message>
    <message>
        <source>Count every contribution since the movement began, not the year&apos;s only</source>
        <translation>Cộng dồn mọi khoản đóng góp từ đầu phong trào, không chỉ trong năm</translation>
    </message>
    <message>
        <source>Each group on its own</source>
        <translation>Từng nhóm riêng</translation>
    </message>
    <message>
        <source>e.g. 10 or 12,5</source>
        <translation>ví dụ 10 hoặc 12,5</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Quy định:</translation>
    </message>
    <message>
        <source>&amp;Counts:</source>
        <translation>&amp;Tính theo:</translation>
    </message>
    <message>
        <source>&amp;Level at least:</source>
        <translation>&amp;Mức từ:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
    <message>
        <source>&amp;First places:</source>
        <translation>Số đứng đầ&amp;u:</translation>
    </message>
    <message>
        <source>First &amp;percent:</source>
        <translation>Tỷ lệ đứng đầu (&amp;%):</translation>
    </message>
    <message>
        <source>&amp;Award it grounds:</source>
        <translation>&amp;Làm căn cứ đề nghị:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Ties at the last place all qualify; a percentage of a group is rounded up. Only participants scored in the year are ranked. The level is the office&apos;s own (the plan or the province sets it; the law gives no figure).</source>
        <translation>Đồng hạng ở vị trí cuối cùng đều được chọn; tỷ lệ phần trăm của nhóm được làm tròn lên. Chỉ xếp hạng những người, đơn vị được chấm điểm trong năm. Mức đóng góp do cơ quan đặt (theo kế hoạch hoặc quy định của tỉnh; pháp luật không quy định con số).</translation>
    </message>
</context>
<context>
    <name>CandidatesDialog</name>
    <message>
        <source>Reading the movement&apos;s results…</source>
        <translation>Đang đọc kết quả phong trào…</translation>
    </message>
    <message>
        <source>Movement candidates</source>
        <translation>Ứng viên theo kết quả phong trào</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên / Tên tập thể</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Danh hiệu, hình thức</translation>
    </message>
    <message>
        <source>Award for &amp;people without one:</source>
        <translation>Hình thức cho &amp;cá nhân (khi quy định chưa ghi):</translation>
    </message>
    <message>
        <source>Award for &amp;collectives and households:</source>
        <translation>Hình thức cho &amp;tập thể, hộ gia đình:</translation>
    </message>
    <message>
        <source>&amp;Tick all</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>&amp;Bỏ chọn tất cả</translation>
    </message>
    <message>
        <source>&amp;Add ticked as nominees</source>
        <translation>&amp;Thêm những người được chọn vào đợt</translation>
    </message>
    <message>
        <source>This batch is not linked to a movement.</source>
        <translation>Đợt đề nghị này không gắn với phong trào nào.</translation>
    </message>
    <message>
        <source>Candidates of “%1” in %2 by the movement&apos;s rules. A candidate is a reason to propose: each nominee added is still checked for the award&apos;s conditions.</source>
        <translation>Ứng viên của phong trào “%1” năm %2 theo quy định xét chọn của phong trào. Đây là căn cứ đề nghị: mỗi người, tập thể được thêm vào đợt vẫn được xét điều kiện khen thưởng.</translation>
    </message>
    <message>
        <source>The movement has no rules yet: set them on its Award grounds tab.</source>
        <translation>Phong trào chưa có quy định xét chọn: hãy đặt ở thẻ Căn cứ khen thưởng của phong trào.</translation>
    </message>
    <message>
        <source>Already in the batch</source>
        <translation>Đã có trong đợt</translation>
    </message>
    <message>
        <source>Not in the registers: add the person or unit first</source>
        <translation>Ngoài danh sách: hãy thêm cá nhân hoặc đơn vị trước</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <source>Commune</source>
        <translation>Cấp xã</translation>
    </message>
    <message>
        <source>Grassroots</source>
        <translation>Cấp cơ sở</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Trung ương</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Nhà nước</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Vote threshold</source>
        <translation>Tỷ lệ phiếu</translation>
    </message>
    <message>
        <source>Legal basis (rules in force today)</source>
        <translation>Căn cứ (quy định hiện hành)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <source>National rule</source>
        <translation>Theo quy định chung</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Áp dụng tại cơ quan</translation>
    </message>
    <message>
        <source>Save the office&apos;s values</source>
        <translation>Lưu giá trị của cơ quan</translation>
    </message>
    <message>
        <source>Show the profile as text (TOML, for administrators)</source>
        <translation>Xem danh mục của tỉnh dạng văn bản (TOML, dành cho quản trị)</translation>
    </message>
    <message>
        <source>Select an award to see its standards.</source>
        <translation>Chọn một danh hiệu, hình thức để xem tiêu chuẩn.</translation>
    </message>
    <message>
        <source>Standards of %1:</source>
        <translation>Tiêu chuẩn của %1:</translation>
    </message>
    <message>
        <source>Type whole numbers in the last column.</source>
        <translation>Hãy nhập số nguyên ở cột cuối.</translation>
    </message>
    <message>
        <source>Copy into the profile</source>
        <translation>Chép vào danh mục của tỉnh</translation>
    </message>
    <message>
        <source>Numbers in the last column can be changed for this office.</source>
        <translation>Các con số ở cột cuối có thể điều chỉnh cho cơ quan (theo quy định của tỉnh); các nội dung khác theo quy định chung.</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Kiểm tra và lưu</translation>
    </message>
    <message>
        <source>Provincial profile (changes to the national defaults):</source>
        <translation>Danh mục của tỉnh (điều chỉnh so với quy định chung):</translation>
    </message>
    <message>
        <source>Saved. The eligibility checks now use this profile.</source>
        <translation>Đã lưu. Việc xét điều kiện từ nay dùng danh mục này.</translation>
    </message>
</context>
<context>
    <name>CertificateLayout</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên, tên tập thể</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Title or form</source>
        <translation>Danh hiệu, hình thức</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Decision number and date</source>
        <translation>Số, ngày quyết định</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Địa danh, ngày</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Số vào sổ</translation>
    </message>
</context>
<context>
    <name>CertificateLayoutDialog</name>
    <message>
        <source>Certificate layouts</source>
        <translation>Mẫu phôi giấy khen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Mới</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>(any award)</source>
        <translation>(mọi danh hiệu, hình thức)</translation>
    </message>
    <message>
        <source>&amp;Background scan…</source>
        <translation>Ả&amp;nh phôi…</translation>
    </message>
    <message>
        <source>No background</source>
        <translation>Bỏ ảnh phôi</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Mẫu phôi:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Dùng cho:</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Trái</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Giữa</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Phải</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Nghiêng</translation>
    </message>
    <message>
        <source>Two lines for a long text</source>
        <translation>Chữ dài xuống hai dòng</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường in</translation>
    </message>
    <message>
        <source>&amp;X (mm):</source>
        <translation>&amp;X (mm):</translation>
    </message>
    <message>
        <source>&amp;Y, baseline (mm):</source>
        <translation>&amp;Y, chân chữ (mm):</translation>
    </message>
    <message>
        <source>&amp;Width (mm):</source>
        <translation>&amp;Rộng (mm):</translation>
    </message>
    <message>
        <source>Font si&amp;ze (pt):</source>
        <translation>&amp;Cỡ chữ (pt):</translation>
    </message>
    <message>
        <source>Ali&amp;gnment:</source>
        <translation>Că&amp;n lề:</translation>
    </message>
    <message>
        <source>default printer</source>
        <translation>máy in mặc định</translation>
    </message>
    <message>
        <source>Save calibration</source>
        <translation>Lưu căn chỉnh</translation>
    </message>
    <message>
        <source>&amp;Grid page…</source>
        <translation>&amp;Trang lưới…</translation>
    </message>
    <message>
        <source>Printer calibration</source>
        <translation>Căn chỉnh máy in</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>Má&amp;y in:</translation>
    </message>
    <message>
        <source>Offset across (mm):</source>
        <translation>Lệch ngang (mm):</translation>
    </message>
    <message>
        <source>Offset down (mm):</source>
        <translation>Lệch dọc (mm):</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Tỷ lệ:</translation>
    </message>
    <message>
        <source>Fields printed (tick, then drag on the sheet):</source>
        <translation>Trường được in (đánh dấu, rồi kéo trên tờ giấy):</translation>
    </message>
    <message>
        <source>&amp;Test print…</source>
        <translation>&amp;In thử…</translation>
    </message>
    <message>
        <source>Print the fields with their boxes on plain paper, to hold against a blank</source>
        <translation>In các trường kèm khung lên giấy trắng, để áp lên phôi so vị trí</translation>
    </message>
    <message>
        <source>(new layout)</source>
        <translation>(mẫu mới)</translation>
    </message>
    <message>
        <source>Blank 1</source>
        <translation>Phôi 1</translation>
    </message>
    <message>
        <source>Blank %1</source>
        <translation>Phôi %1</translation>
    </message>
    <message>
        <source>Delete layout</source>
        <translation>Xóa mẫu phôi</translation>
    </message>
    <message>
        <source>Delete the layout “%1”?</source>
        <translation>Xóa mẫu phôi “%1”?</translation>
    </message>
    <message>
        <source>Photo or scan of the blank</source>
        <translation>Ảnh chụp hoặc bản quét phôi</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>Không đọc được ảnh: %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>In thử</translation>
    </message>
    <message>
        <source>Calibration grid</source>
        <translation>Lưới căn chỉnh</translation>
    </message>
</context>
<context>
    <name>CertificatePrintDialog</name>
    <message>
        <source>Print certificates</source>
        <translation>In giấy khen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên, tên tập thể</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Title or form</source>
        <translation>Danh hiệu, hình thức</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>Số vào sổ</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;Bỏ chọn tất cả</translation>
    </message>
    <message>
        <source>On pre-printed &amp;blanks (the fields only)</source>
        <translation>In lên &amp;phôi in sẵn (chỉ các trường)</translation>
    </message>
    <message>
        <source>On &amp;plain paper (the whole design)</source>
        <translation>In lên &amp;giấy trắng (cả mẫu trình bày)</translation>
    </message>
    <message>
        <source>&amp;Layouts and calibration…</source>
        <translation>&amp;Mẫu phôi và căn chỉnh…</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>&amp;In ra PDF…</translation>
    </message>
    <message>
        <source>Save Word copy…</source>
        <translation>Lưu bản Word…</translation>
    </message>
    <message>
        <source>The same certificates, with the same register numbers, as a Word (.docx) file</source>
        <translation>Cùng các giấy khen, cùng số vào sổ, dưới dạng tệp Word (.docx) để sửa</translation>
    </message>
    <message>
        <source>Layo&amp;ut:</source>
        <translation>Mẫ&amp;u phôi:</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>Máy i&amp;n:</translation>
    </message>
    <message>
        <source>Awarded above the office: no certificate printed here</source>
        <translation>Do cấp trên khen: không in giấy khen ở đây</translation>
    </message>
    <message>
        <source>(the layout of each award)</source>
        <translation>(mẫu theo từng danh hiệu)</translation>
    </message>
    <message>
        <source>(no correction)</source>
        <translation>(không căn chỉnh)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Tick at least one person or collective.</source>
        <translation>Hãy chọn ít nhất một cá nhân hoặc tập thể.</translation>
    </message>
</context>
<context>
    <name>ContributionDialog</name>
    <message>
        <source>Contribution</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Type to search, or the household&apos;s name</source>
        <translation>Gõ để tìm, hoặc nhập tên hộ gia đình</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Tiền</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Hiện vật</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Ngày công</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Đất</translation>
    </message>
    <message>
        <source>&amp;Contributor:</source>
        <translation>&amp;Người, đơn vị đóng góp:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Số lượng:</translation>
    </message>
    <message>
        <source>&amp;Value (đồng):</source>
        <translation>&amp;Giá trị (đồng):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Went to:</source>
        <translation>Đóng góp &amp;cho:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Chứng từ:</translation>
    </message>
</context>
<context>
    <name>ContributionsTab</name>
    <message>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Tiền</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Hiện vật</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Ngày công</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Đất</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Người, đơn vị đóng góp</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Value (đồng)</source>
        <translation>Giá trị (đồng)</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>Đóng góp cho</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Chứng từ</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>Total (đồng)</source>
        <translation>Tổng cộng (đồng)</translation>
    </message>
    <message>
        <source>Add contribution…</source>
        <translation>Thêm đóng góp…</translation>
    </message>
    <message>
        <source>Remove contribution</source>
        <translation>Xóa khoản đóng góp</translation>
    </message>
    <message>
        <source>Total of the movement: %1 đồng from %2 contributors</source>
        <translation>Tổng của phong trào: %1 đồng từ %2 người, đơn vị đóng góp</translation>
    </message>
    <message>
        <source>Remove the selected contribution?</source>
        <translation>Xóa khoản đóng góp đang chọn?</translation>
    </message>
</context>
<context>
    <name>CouncilRosterDialog</name>
    <message>
        <source>Council members</source>
        <translation>Thành viên Hội đồng Thi đua - Khen thưởng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Nhiệm kỳ</translation>
    </message>
    <message>
        <source>e.g. Deputy director</source>
        <translation>ví dụ: Phó Giám đốc Sở</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa khỏi danh sách</translation>
    </message>
    <message>
        <source>The share of members that must attend, as the council&apos;s regulation says (e.g. 2/3 or 80%)</source>
        <translation>Tỷ lệ thành viên tối thiểu phải dự họp theo quy chế của Hội đồng (ví dụ 2/3 hoặc 80%)</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Tỷ lệ tối thiểu dự họp</translation>
    </message>
    <message>
        <source>Kind of office</source>
        <translation>Loại cơ quan</translation>
    </message>
    <message>
        <source>The meeting dialog lists the members whose term covers the meeting day; the minutes name who attended.</source>
        <translation>Khi họp, chương trình liệt kê các thành viên còn nhiệm kỳ vào ngày họp; biên bản ghi rõ ai dự họp.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
</context>
<context>
    <name>CovenantsPage</name>
    <message>
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>e.g. Yên Phong</source>
        <translation>ví dụ: Yên Phong</translation>
    </message>
    <message>
        <source>e.g. năm 2023</source>
        <translation>ví dụ: năm 2023</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Bên ký kết</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên giao ước</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>Commune or agency outside the unit list</source>
        <translation>Xã, cơ quan ngoài danh mục đơn vị</translation>
    </message>
    <message>
        <source>Add outside party</source>
        <translation>Thêm bên ngoài danh mục</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Nội dung giao ước</translation>
    </message>
    <message>
        <source>Add commitment</source>
        <translation>Thêm nội dung</translation>
    </message>
    <message>
        <source>Remove commitment</source>
        <translation>Bỏ nội dung</translation>
    </message>
    <message>
        <source>Commitments (printed in this order)</source>
        <translation>Nội dung giao ước (in theo thứ tự này)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Print covenant…</source>
        <translation>In bản giao ước…</translation>
    </message>
    <message>
        <source>Print registration forms…</source>
        <translation>In bản đăng ký thi đua…</translation>
    </message>
    <message>
        <source>The bản đăng ký thi đua of the selected party, or of every party</source>
        <translation>Bản đăng ký thi đua của bên đang chọn, hoặc của tất cả các bên</translation>
    </message>
    <message>
        <source>at</source>
        <translation>tại</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Phong trào</translation>
    </message>
    <message>
        <source>Khối</source>
        <translation>Khối, cụm</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Phần mở đầu</translation>
    </message>
    <message>
        <source>Parties and signatories (signing order)</source>
        <translation>Các bên ký kết và người ký (theo thứ tự ký)</translation>
    </message>
    <message>
        <source>Emulation covenants</source>
        <translation>Giao ước thi đua</translation>
    </message>
    <message>
        <source>A giao ước thi đua binds units or communes to common commitments; each party signs the covenant and files its own registration form.</source>
        <translation>Giao ước thi đua ràng buộc các đơn vị, các xã cùng thực hiện những nội dung chung; mỗi bên ký bản giao ước và lập bản đăng ký thi đua của mình.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>%1 parties, %2 commitments</source>
        <translation>%1 bên ký kết, %2 nội dung giao ước</translation>
    </message>
    <message>
        <source>A new covenant: fill it in and save.</source>
        <translation>Giao ước mới: nhập các thông tin rồi bấm Lưu.</translation>
    </message>
    <message>
        <source>Delete the covenant “%1” with its parties and commitments?</source>
        <translation>Xóa giao ước “%1” cùng các bên ký kết và nội dung giao ước?</translation>
    </message>
    <message>
        <source>Unit list</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>Bên ngoài</translation>
    </message>
    <message>
        <source>Word files (*.docx)</source>
        <translation>Tệp Word (*.docx)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi ngoài dự kiến</translation>
    </message>
    <message>
        <source>The program met an error it did not expect. What you were doing may not have been finished; data already saved is safe. Please send the details below to the person who supports the program.</source>
        <translation>Chương trình gặp một lỗi ngoài dự kiến. Thao tác vừa thực hiện có thể chưa hoàn tất; dữ liệu đã lưu trước đó vẫn an toàn. Vui lòng gửi nội dung chi tiết dưới đây cho người hỗ trợ chương trình.</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Tệp nhật ký: %1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record the decision</source>
        <translation>Ghi quyết định khen thưởng</translation>
    </message>
    <message>
        <source>e.g. 125/QĐ-UBND</source>
        <translation>ví dụ 125/QĐ-UBND</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Tick the nominees the decision did NOT grant:</source>
        <translation>Đánh dấu những người KHÔNG được khen theo quyết định:</translation>
    </message>
    <message>
        <source>From the drafted decision (Office decision…)</source>
        <translation>Theo dự thảo quyết định (nút Quyết định…)</translation>
    </message>
</context>
<context>
    <name>DecisionDocumentDialog</name>
    <message>
        <source>Decision: %1</source>
        <translation>Quyết định: %1</translation>
    </message>
    <message>
        <source>One decision per &amp;title</source>
        <translation>Mỗi danh hiệu một quyết định (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Draft the decision</source>
        <translation>&amp;Lập dự thảo quyết định</translation>
    </message>
    <message>
        <source>&amp;Save number and date</source>
        <translation>&amp;Ghi số và ngày</translation>
    </message>
    <message>
        <source>Discard the dra&amp;ft</source>
        <translation>&amp;Hủy dự thảo</translation>
    </message>
    <message>
        <source>&amp;Record the decision</source>
        <translation>Ghi &amp;nhận quyết định</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>Ng&amp;ày:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>Saved the Word copy %1.</source>
        <translation>Đã lưu bản Word %1.</translation>
    </message>
    <message>
        <source>Decision recorded: %1.</source>
        <translation>Đã ghi nhận quyết định: %1.</translation>
    </message>
    <message>
        <source>Drafted, numbered in the outgoing register: %1.</source>
        <translation>Đã lập dự thảo, lấy số trong sổ văn bản đi: %1.</translation>
    </message>
    <message>
        <source>Not drafted yet: the preview is marked DỰ THẢO and reserves no number.</source>
        <translation>Chưa lập dự thảo: bản xem trước ghi DỰ THẢO và chưa lấy số.</translation>
    </message>
    <message>
        <source>The decision is drafted after the council has voted.</source>
        <translation>Quyết định được lập sau khi Hội đồng đã bỏ phiếu.</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1 trang</translation>
    </message>
    <message>
        <source>The PDF could not be shown.</source>
        <translation>Không hiển thị được tệp PDF.</translation>
    </message>
    <message>
        <source>Discard the draft and free its number in the register?</source>
        <translation>Hủy dự thảo và trả lại số trong sổ văn bản đi?</translation>
    </message>
    <message>
        <source>Record the decision? The award history is written and the batch is closed.</source>
        <translation>Ghi nhận quyết định? Quá trình khen thưởng sẽ được ghi và đợt đề nghị được khép lại.</translation>
    </message>
    <message>
        <source>Decision recorded: %1 granted.</source>
        <translation>Đã ghi nhận quyết định: %1 lượt được khen thưởng.</translation>
    </message>
</context>
<context>
    <name>DisciplineDialog</name>
    <message>
        <source>Discipline of %1 in %2</source>
        <translation>Kỷ luật của %1 năm %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source>e.g. 15/QĐ-STC ngày 12/06/2024</source>
        <translation>ví dụ 15/QĐ-STC ngày 12/06/2024</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>At a glance</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Periodic report</source>
        <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>Văn bản đã phát hành</translation>
    </message>
    <message>
        <source>Dossiers and reports</source>
        <translation>Hồ sơ - Báo cáo</translation>
    </message>
    <message>
        <source>Movements running</source>
        <translation>Phong trào đang triển khai</translation>
    </message>
    <message>
        <source>People taking part</source>
        <translation>Cá nhân tham gia</translation>
    </message>
    <message>
        <source>Collectives taking part</source>
        <translation>Tập thể tham gia</translation>
    </message>
    <message>
        <source>Contributions (VND)</source>
        <translation>Đóng góp (đồng)</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Proposed for awards</source>
        <translation>Đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Được khen</translation>
    </message>
    <message>
        <source>Awards decided</source>
        <translation>Khen thưởng đã quyết định</translation>
    </message>
    <message>
        <source>Open the report of this year</source>
        <translation>Mở báo cáo của năm này</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Phạm vi:</translation>
    </message>
    <message>
        <source>Key figures (previous year in brackets)</source>
        <translation>Số liệu chính (năm trước trong ngoặc)</translation>
    </message>
    <message>
        <source>Award proposals and results</source>
        <translation>Đề nghị khen thưởng và kết quả</translation>
    </message>
    <message>
        <source>All the office&apos;s work</source>
        <translation>Toàn bộ công tác của cơ quan</translation>
    </message>
    <message>
        <source>Nothing has been recorded for this year yet.</source>
        <translation>Năm này chưa có số liệu nào được ghi nhận.</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm này</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Năm trước</translation>
    </message>
    <message>
        <source>Contributions (million VND)</source>
        <translation>Đóng góp (triệu đồng)</translation>
    </message>
    <message>
        <source>Initiatives by kind</source>
        <translation>Sáng kiến theo loại</translation>
    </message>
    <message>
        <source>Awards decided by level</source>
        <translation>Khen thưởng đã quyết định theo cấp</translation>
    </message>
    <message>
        <source>Six-month report</source>
        <translation>Báo cáo 6 tháng</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Báo cáo năm</translation>
    </message>
    <message>
        <source>Mid-term review (sơ kết)</source>
        <translation>Báo cáo sơ kết</translation>
    </message>
    <message>
        <source>Final review (tổng kết)</source>
        <translation>Báo cáo tổng kết</translation>
    </message>
    <message>
        <source>2025, 2025-H1, 2021-2025 or 2025-01-01:2025-06-30</source>
        <translation>2025, 2025-H1, 2021-2025 hoặc 2025-01-01:2025-06-30</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại báo cáo:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>I. Direction and implementation</source>
        <translation>I. Công tác chỉ đạo, triển khai</translation>
    </message>
    <message>
        <source>III.1 Strengths</source>
        <translation>III.1 Ưu điểm</translation>
    </message>
    <message>
        <source>III.2 Shortcomings and their causes</source>
        <translation>III.2 Hạn chế và nguyên nhân</translation>
    </message>
    <message>
        <source>III.3 Lessons learned</source>
        <translation>III.3 Bài học kinh nghiệm</translation>
    </message>
    <message>
        <source>IV. Directions and tasks</source>
        <translation>IV. Phương hướng, nhiệm vụ</translation>
    </message>
    <message>
        <source>Save the text</source>
        <translation>Lưu nội dung</translation>
    </message>
    <message>
        <source>Create report</source>
        <translation>Tạo báo cáo</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <source>Type a period such as 2025 or 2025-H1.</source>
        <translation>Hãy ghi kỳ báo cáo, ví dụ 2025 hoặc 2025-H1.</translation>
    </message>
    <message>
        <source>No earlier report of this kind: write the text.</source>
        <translation>Chưa có báo cáo cùng loại trước đó: hãy viết nội dung.</translation>
    </message>
    <message>
        <source>The saved text of this report.</source>
        <translation>Nội dung đã lưu của báo cáo này.</translation>
    </message>
    <message>
        <source>Text offered from the report of %1; edit it for this period.</source>
        <translation>Nội dung lấy từ báo cáo %1; hãy sửa cho kỳ này.</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã huỷ.</translation>
    </message>
    <message>
        <source>Creating the report</source>
        <translation>Đang tạo báo cáo</translation>
    </message>
    <message>
        <source>Exporting to Excel</source>
        <translation>Đang xuất Excel</translation>
    </message>
    <message>
        <source>Report created.</source>
        <translation>Đã tạo báo cáo.</translation>
    </message>
    <message>
        <source>%1 tables written to %2.</source>
        <translation>Đã ghi %1 bảng vào tệp %2.</translation>
    </message>
    <message>
        <source>Saved %1 and recorded as issued.</source>
        <translation>Đã lưu %1 và ghi vào sổ văn bản đã ban hành.</translation>
    </message>
    <message>
        <source>Saved the Word copy %1 and recorded it as issued.</source>
        <translation>Đã lưu bản Word %1 và ghi vào sổ văn bản đã phát hành.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>Department</source>
        <translation>Phòng, ban</translation>
    </message>
    <message>
        <source>Subordinate unit</source>
        <translation>Đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Commune, ward, special zone</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>Village, residential group</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Hợp tác xã</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Tổ chức khác</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Đang công tác</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Chuyển công tác</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Nghỉ hưu</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Nội bộ</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>Bên ngoài</translation>
    </message>
</context>
<context>
    <name>DossierPreview</name>
    <message>
        <source>Whole dossier</source>
        <translation>Cả hồ sơ</translation>
    </message>
    <message>
        <source>Submission letter</source>
        <translation>Tờ trình</translation>
    </message>
    <message>
        <source>List of nominees</source>
        <translation>Danh sách đề nghị</translation>
    </message>
    <message>
        <source>Council minutes</source>
        <translation>Biên bản họp Hội đồng</translation>
    </message>
    <message>
        <source>Achievement reports</source>
        <translation>Báo cáo thành tích</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Mục lục</translation>
    </message>
</context>
<context>
    <name>DossierPreviewDialog</name>
    <message>
        <source>Dossier: %1</source>
        <translation>Hồ sơ: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Part:</source>
        <translation>Phần:</translation>
    </message>
    <message>
        <source>Copies to…</source>
        <translation>Nơi nhận…</translation>
    </message>
    <message>
        <source>Nơi nhận of this batch&apos;s papers</source>
        <translation>Nơi nhận trên các văn bản của đợt này</translation>
    </message>
    <message>
        <source>Number…</source>
        <translation>Số văn bản…</translation>
    </message>
    <message>
        <source>The submission letter&apos;s number in the register</source>
        <translation>Số của tờ trình trong sổ văn bản đi</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Vẫn in</translation>
    </message>
    <message>
        <source>Fill them in first</source>
        <translation>Bổ sung trước</translation>
    </message>
    <message>
        <source>Close and complete the nominees in the batch</source>
        <translation>Đóng lại để bổ sung nội dung trong đợt đề nghị</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 mục khác</translation>
    </message>
    <message>
        <source>These required sections are empty (they print as dotted lines):</source>
        <translation>Các mục bắt buộc sau còn trống (sẽ in thành dòng chấm để điền tay):</translation>
    </message>
    <message>
        <source>Copies to</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Nơi nhận of this batch, one recipient a line (empty: the office&apos;s default):</source>
        <translation>Nơi nhận của đợt này, mỗi dòng một nơi (để trống: dùng mặc định của cơ quan):</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Number of the submission letter:</source>
        <translation>Số của tờ trình:</translation>
    </message>
    <message>
        <source>Building the dossier…</source>
        <translation>Đang lập hồ sơ…</translation>
    </message>
    <message>
        <source>The PDF could not be shown.</source>
        <translation>Không hiển thị được tệp PDF.</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 trang</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>Building the dossier… page %1</source>
        <translation>Đang lập hồ sơ… trang %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages) and recorded as issued.</source>
        <translation>Đã lưu %1 (%2 trang) và ghi vào sổ văn bản đã phát hành.</translation>
    </message>
    <message>
        <source>Saved the Word copy %1 and recorded it as issued.</source>
        <translation>Đã lưu bản Word %1 và ghi vào sổ văn bản đã phát hành.</translation>
    </message>
    <message>
        <source>Printed and recorded as issued.</source>
        <translation>Đã in và ghi vào sổ văn bản đã phát hành.</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>6-month report</source>
        <translation>Báo cáo 6 tháng</translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation>Báo cáo năm</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Chấm điểm thi đua</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Đăng ký thi đua</translation>
    </message>
    <message>
        <source>Mid-term review</source>
        <translation>Sơ kết</translation>
    </message>
    <message>
        <source>Final review</source>
        <translation>Tổng kết</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Việc đến hạn</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Phong trào</translation>
    </message>
    <message>
        <source>Add a duty…</source>
        <translation>Thêm việc…</translation>
    </message>
    <message>
        <source>The year&apos;s usual duties</source>
        <translation>Các việc thường lệ của năm</translation>
    </message>
    <message>
        <source>Add the registration, the March scoring and the 6-month and yearly reports</source>
        <translation>Thêm đăng ký thi đua, chấm điểm tháng 3, báo cáo 6 tháng và báo cáo năm</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Đánh dấu đã xong…</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>Đến hạn trong</translation>
    </message>
    <message>
        <source>%1 late · %2 due within %3 days</source>
        <translation>%1 việc quá hạn · %2 việc đến hạn trong %3 ngày</translation>
    </message>
    <message>
        <source>%1 (%2 days late)</source>
        <translation>%1 (quá %2 ngày)</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (hôm nay)</translation>
    </message>
    <message>
        <source>%1 (in %2 days)</source>
        <translation>%1 (còn %2 ngày)</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Đánh dấu đã xong</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>Xong ngày:</translation>
    </message>
    <message>
        <source>Cannot mark it done</source>
        <translation>Không đánh dấu được</translation>
    </message>
    <message numerus="yes">
        <source>Late: %n deadline(s), first “%1”</source>
        <translation>
            <numerusform>Quá hạn: %n việc, đầu tiên “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueReminder</name>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 việc khác</translation>
    </message>
    <message>
        <source>Late deadlines</source>
        <translation>Việc quá hạn</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) passed without being marked done:</source>
        <translation>
            <numerusform>%n việc đã quá hạn mà chưa đánh dấu đã xong:</numerusform>
        </translation>
    </message>
    <message>
        <source>They are listed under Dossiers and reports, At a glance.</source>
        <translation>Xem danh sách ở mục Hồ sơ - Báo cáo, thẻ Tổng quan.</translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <source>New duty</source>
        <translation>Việc mới</translation>
    </message>
    <message>
        <source>a unit, a person or a role</source>
        <translation>một đơn vị, một người hoặc một chức danh</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Một lần</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Hằng năm</translation>
    </message>
    <message>
        <source>Duty:</source>
        <translation>Việc:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Hạn:</translation>
    </message>
    <message>
        <source>Who does it:</source>
        <translation>Người thực hiện:</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Lặp lại:</translation>
    </message>
</context>
<context>
    <name>EligibilityModel</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên / Tên tập thể</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Danh hiệu / Hình thức</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>EligibilityTab</name>
    <message>
        <source>All titles checked</source>
        <translation>Mọi danh hiệu được xét</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Mọi kết quả</translation>
    </message>
    <message>
        <source>Filter by name (accents optional)</source>
        <translation>Lọc theo tên (có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Xét</translation>
    </message>
    <message>
        <source>Create a proposal batch…</source>
        <translation>Tạo đợt đề nghị…</translation>
    </message>
    <message>
        <source>A new batch with the selected rows as nominees</source>
        <translation>Tạo đợt mới, đề nghị những dòng đang chọn</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Select a row to see why.</source>
        <translation>Chọn một dòng để xem lý do.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Checking the conditions for %1…</source>
        <translation>Đang xét điều kiện năm %1…</translation>
    </message>
    <message>
        <source>In %1 CSTĐCS may be at most %2 % of LĐTT: %3 meet LĐTT, so at most %4 CSTĐCS; %5 meet CSTĐCS.</source>
        <translation>Năm %1 số Chiến sĩ thi đua cơ sở không quá %2 % số Lao động tiên tiến: %3 người đạt Lao động tiên tiến nên tối đa %4 Chiến sĩ thi đua cơ sở; %5 người đạt Chiến sĩ thi đua cơ sở.</translation>
    </message>
    <message>
        <source>Over the cap: a batch needs a written reason to be submitted.</source>
        <translation>Vượt tỷ lệ: đợt đề nghị phải ghi lý do mới trình được.</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 dòng</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Căn cứ: %1</translation>
    </message>
    <message>
        <source>Select the rows to propose first.</source>
        <translation>Hãy chọn các dòng cần đề nghị trước.</translation>
    </message>
    <message>
        <source>Adding the nominees…</source>
        <translation>Đang thêm các đề nghị…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Access denied to %1. Close the program that uses it or choose another file.</source>
        <translation>Không có quyền truy cập %1. Hãy đóng chương trình đang dùng tệp này hoặc chọn tệp khác.</translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation>Không tìm thấy tệp: %1</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>Thi đua</source>
        <translation>Thi đua</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Excel import and export are not available in this version.</source>
        <translation>Phiên bản này chưa có chức năng nhập, xuất Excel.</translation>
    </message>
    <message>
        <source>Excel template…</source>
        <translation>Tải mẫu Excel…</translation>
    </message>
    <message>
        <source>Save an empty workbook with the columns the import reads</source>
        <translation>Lưu một tệp Excel trống có đúng các cột mà chức năng nhập đọc</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Thi đua</source>
        <translation>Chào mừng đến với Thi đua</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <source>Enter the full name.</source>
        <translation>Hãy nhập họ và tên.</translation>
    </message>
    <message>
        <source>The full name is longer than 120 characters.</source>
        <translation>Họ và tên dài quá 120 ký tự.</translation>
    </message>
    <message>
        <source>Choose a unit.</source>
        <translation>Hãy chọn đơn vị.</translation>
    </message>
    <message>
        <source>Enter the name of the unit.</source>
        <translation>Hãy nhập tên đơn vị.</translation>
    </message>
    <message>
        <source>The name is longer than 300 characters.</source>
        <translation>Tên dài quá 300 ký tự.</translation>
    </message>
    <message>
        <source>The code is longer than 30 characters.</source>
        <translation>Mã dài quá 30 ký tự.</translation>
    </message>
    <message>
        <source>The CCCD number must have exactly 12 digits.</source>
        <translation>Số CCCD phải gồm đúng 12 chữ số.</translation>
    </message>
    <message>
        <source>The first three digits of the CCCD number must be a province code from 001 to 096.</source>
        <translation>Ba chữ số đầu của số CCCD phải là mã tỉnh, từ 001 đến 096.</translation>
    </message>
    <message>
        <source>Not a date: write dd/mm/yyyy, or only the year (yyyy).</source>
        <translation>Ngày không hợp lệ: hãy ghi theo dạng dd/mm/yyyy, hoặc chỉ ghi năm (yyyy).</translation>
    </message>
    <message>
        <source>The date of birth cannot be before 1900.</source>
        <translation>Ngày sinh không được trước năm 1900.</translation>
    </message>
    <message>
        <source>The date of birth cannot be after today.</source>
        <translation>Ngày sinh không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>This date does not exist in the calendar.</source>
        <translation>Ngày này không có trên lịch.</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>Địa chỉ email không hợp lệ.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Mục này bắt buộc phải nhập.</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Find a person or unit (Ctrl+K)</source>
        <translation>Tìm cán bộ, cá nhân hoặc đơn vị (Ctrl+K)</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Không tìm thấy kết quả nào</translation>
    </message>
</context>
<context>
    <name>GroundsTab</name>
    <message>
        <source>Rule</source>
        <translation>Quy định</translation>
    </message>
    <message>
        <source>Award it grounds</source>
        <translation>Làm căn cứ đề nghị</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>&amp;Thêm quy định…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Rules that make a participant a candidate for an award (the plan&apos;s results)</source>
        <translation>&amp;Quy định xét chọn: kết quả phong trào làm căn cứ đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Candidates in &amp;year:</source>
        <translation>Ứng viên &amp;năm:</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên / Tên tập thể</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>A candidate is a reason to propose, not a verdict: a batch linked to this movement offers the candidates, and each nominee is still checked for the award&apos;s conditions.</source>
        <translation>Ứng viên là căn cứ đề nghị, chưa phải kết luận: đợt đề nghị gắn với phong trào này sẽ gợi ý các ứng viên, và mỗi người, tập thể vẫn được xét điều kiện khen thưởng.</translation>
    </message>
    <message>
        <source>No rules yet: add one above.</source>
        <translation>Chưa có quy định xét chọn: hãy thêm ở trên.</translation>
    </message>
    <message>
        <source>%1 candidate(s)</source>
        <translation>%1 ứng viên</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Xóa quy định</translation>
    </message>
    <message>
        <source>Delete the rule “%1”?</source>
        <translation>Xóa quy định “%1”?</translation>
    </message>
    <message>
        <source>Export candidates</source>
        <translation>Xuất danh sách ứng viên</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help — Thi đua</source>
        <translation>Hướng dẫn — Thi đua</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Reading the change history…</source>
        <translation>Đang đọc lịch sử thay đổi…</translation>
    </message>
    <message>
        <source>(all kinds)</source>
        <translation>(mọi loại)</translation>
    </message>
    <message>
        <source>record identifier (UUID)</source>
        <translation>mã bản ghi (UUID)</translation>
    </message>
    <message>
        <source>(all users)</source>
        <translation>(mọi người dùng)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>Technical view</source>
        <translation>Xem dạng kỹ thuật</translation>
    </message>
    <message>
        <source>For an administrator: table names, record identifiers and stored values</source>
        <translation>Dành cho quản trị: tên bảng, mã bản ghi và giá trị lưu trữ</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Created</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Existing record</source>
        <translation>Bản ghi có sẵn</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máy</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Nội dung thay đổi</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Nội dung thay đổi</translation>
    </message>
    <message>
        <source>Reading the change history…</source>
        <translation>Đang đọc lịch sử thay đổi…</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Full name of the head of household</source>
        <translation>Họ và tên chủ hộ</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Village / residential group</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số nhân khẩu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>Sửa hộ gia đình</translation>
    </message>
    <message>
        <source>Add household</source>
        <translation>Thêm hộ gia đình</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>All villages</source>
        <translation>Tất cả thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>Head of household (accents optional)</source>
        <translation>Tên chủ hộ (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số nhân khẩu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Households are judged for the title “Gia đình văn hóa”. A household belongs to a unit of kind “Thôn, tổ dân phố” (add villages on the Units page).</source>
        <translation>Hộ gia đình được xét danh hiệu “Gia đình văn hóa”. Mỗi hộ thuộc một đơn vị loại “Thôn, tổ dân phố” (thêm thôn ở mục Đơn vị).</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>%1 household(s)</source>
        <translation>%1 hộ</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>Xóa hộ gia đình</translation>
    </message>
    <message>
        <source>Delete the household of %1 (%2)?</source>
        <translation>Xóa hộ %1 (%2)?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Staff</source>
        <translation>cán bộ, cá nhân</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>Personal ratings</source>
        <translation>xếp loại cá nhân</translation>
    </message>
    <message>
        <source>Unit ratings</source>
        <translation>xếp loại tập thể</translation>
    </message>
    <message>
        <source>Emulation registrations</source>
        <translation>đăng ký thi đua</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>sáng kiến</translation>
    </message>
    <message>
        <source>Awards received</source>
        <translation>khen thưởng đã nhận</translation>
    </message>
    <message>
        <source>Emulation scores</source>
        <translation>chấm điểm thi đua</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Quá trình công tác</translation>
    </message>
    <message>
        <source>Emulation bloc members</source>
        <translation>Thành viên khối thi đua</translation>
    </message>
    <message>
        <source>Emulation bloc scores</source>
        <translation>Điểm chấm của khối thi đua</translation>
    </message>
    <message>
        <source>Nominee list</source>
        <translation>Danh sách đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Movement targets by year</source>
        <translation>Chỉ tiêu phong trào theo năm</translation>
    </message>
    <message>
        <source>Propaganda and inspection</source>
        <translation>Tuyên truyền, kiểm tra</translation>
    </message>
    <message>
        <source>Save the Excel template of %1</source>
        <translation>Lưu mẫu Excel %1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập dữ liệu…</translation>
    </message>
    <message>
        <source>Import %1 from Excel</source>
        <translation>Nhập %1 từ Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Tệp Excel (*.xlsx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>Added: %1, updated: %2, skipped (errors): %3.</source>
        <translation>Thêm mới: %1, cập nhật: %2, bỏ qua (có lỗi): %3.</translation>
    </message>
    <message>
        <source>Export %1 to Excel</source>
        <translation>Xuất %1 ra Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất dữ liệu…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Đã xuất xong</translation>
    </message>
    <message>
        <source>%1 row(s) written to %2.</source>
        <translation>Đã ghi %1 dòng vào tệp %2.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import from Excel (optional)</source>
        <translation>Nhập từ Excel (không bắt buộc)</translation>
    </message>
    <message>
        <source>Import the units first, then the people (each person names a unit). You can skip this and do it later from the Units and People pages.</source>
        <translation>Nhập đơn vị trước, rồi nhập cán bộ (mỗi người ghi đơn vị của mình). Có thể bỏ qua bước này và làm sau ở trang Đơn vị và trang Cán bộ - Cá nhân.</translation>
    </message>
    <message>
        <source>Import units from Excel…</source>
        <translation>Nhập đơn vị từ Excel…</translation>
    </message>
    <message>
        <source>Import people from Excel…</source>
        <translation>Nhập cán bộ từ Excel…</translation>
    </message>
    <message>
        <source>The data file now holds %1 unit(s) and %2 people.</source>
        <translation>Tệp dữ liệu hiện có %1 đơn vị và %2 cán bộ, cá nhân.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Save the rejected rows</source>
        <translation>Lưu các dòng bị từ chối</translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation>Nhập %1 từ tệp %2</translation>
    </message>
    <message>
        <source>%1 row(s) read: %2 new, %3 to update, %4 with errors (not imported).</source>
        <translation>Đã đọc %1 dòng: %2 dòng mới, %3 dòng cập nhật, %4 dòng có lỗi (sẽ không nhập).</translation>
    </message>
    <message>
        <source>Only the rows with errors</source>
        <translation>Chỉ các dòng có lỗi</translation>
    </message>
    <message>
        <source>Save the rejected rows as Excel…</source>
        <translation>Lưu các dòng bị từ chối ra Excel…</translation>
    </message>
    <message>
        <source>A workbook of the refused rows with their reasons, to correct and import</source>
        <translation>Tệp Excel gồm các dòng bị từ chối kèm lý do, để sửa rồi nhập lại</translation>
    </message>
    <message>
        <source>Download Excel template…</source>
        <translation>Tải mẫu Excel…</translation>
    </message>
    <message>
        <source>An empty workbook with the columns this import reads</source>
        <translation>Tệp Excel trống có đúng các cột mà lần nhập này đọc</translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>Nhập các dòng hợp lệ</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) saved to %1.</source>
        <translation>
            <numerusform>Đã lưu %n dòng bị từ chối vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Đã lưu mẫu vào %1.</translation>
    </message>
</context>
<context>
    <name>InitiativeDetail</name>
    <message>
        <source>Attach file…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Tệp đính kèm:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>Tác giả:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Movement:</source>
        <translation>Phong trào:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <source>Recognising body:</source>
        <translation>Cơ quan công nhận:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Quyết định:</translation>
    </message>
    <message>
        <source>Scope of effect:</source>
        <translation>Phạm vi ảnh hưởng:</translation>
    </message>
    <message>
        <source>Benefit value:</source>
        <translation>Giá trị làm lợi:</translation>
    </message>
    <message>
        <source>Used as ground for:</source>
        <translation>Đã dùng làm căn cứ cho:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Tóm tắt:</translation>
    </message>
    <message>
        <source>Benefit:</source>
        <translation>Hiệu quả:</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>Không đính kèm được tệp</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>Lưu tệp thành</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Gỡ tệp đính kèm</translation>
    </message>
    <message>
        <source>Remove “%1” from this initiative?</source>
        <translation>Gỡ tệp “%1” khỏi sáng kiến này?</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>Enter the title.</source>
        <translation>Hãy nhập tên sáng kiến.</translation>
    </message>
    <message>
        <source>The title is longer than 500 characters.</source>
        <translation>Tên dài quá 500 ký tự.</translation>
    </message>
    <message>
        <source>The year is out of range.</source>
        <translation>Năm không hợp lệ.</translation>
    </message>
    <message>
        <source>Add at least one author, or choose a unit.</source>
        <translation>Hãy thêm ít nhất một tác giả, hoặc chọn đơn vị.</translation>
    </message>
    <message>
        <source>The same person is listed twice.</source>
        <translation>Một người bị ghi hai lần.</translation>
    </message>
    <message>
        <source>A single author has a share of 100%.</source>
        <translation>Một tác giả duy nhất thì tỷ lệ đóng góp là 100%.</translation>
    </message>
    <message>
        <source>With several authors, give each one&apos;s share in percent.</source>
        <translation>Khi có nhiều tác giả, hãy ghi tỷ lệ đóng góp (%) của từng người.</translation>
    </message>
    <message>
        <source>Each share must be above 0 and at most 100%.</source>
        <translation>Mỗi tỷ lệ phải lớn hơn 0 và không quá 100%.</translation>
    </message>
    <message>
        <source>The shares of the authors must add up to 100%.</source>
        <translation>Tổng tỷ lệ đóng góp của các tác giả phải bằng 100%.</translation>
    </message>
    <message>
        <source>The benefit value cannot be negative.</source>
        <translation>Giá trị làm lợi không được âm.</translation>
    </message>
    <message>
        <source>Write the benefit value in whole đồng, digits only.</source>
        <translation>Ghi giá trị làm lợi bằng số đồng, chỉ gồm chữ số.</translation>
    </message>
    <message>
        <source>A recognised initiative needs the number of the recognition decision.</source>
        <translation>Sáng kiến đã được công nhận cần có số quyết định công nhận.</translation>
    </message>
    <message>
        <source>The recognition date cannot be before the year of the initiative.</source>
        <translation>Ngày công nhận không được trước năm của sáng kiến.</translation>
    </message>
    <message>
        <source>The recognition date cannot be after today.</source>
        <translation>Ngày công nhận không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>Not a date: write dd/mm/yyyy.</source>
        <translation>Ngày không hợp lệ: hãy ghi theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>This date does not exist in the calendar.</source>
        <translation>Ngày này không có trên lịch.</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Sửa sáng kiến</translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation>Thêm sáng kiến</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(không thuộc đơn vị nào)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên sáng kiến:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>&amp;Movement:</source>
        <translation>&amp;Phong trào:</translation>
    </message>
    <message>
        <source>Find a person to add as author…</source>
        <translation>Tìm người để thêm làm tác giả…</translation>
    </message>
    <message>
        <source>Add author</source>
        <translation>Thêm tác giả</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Tỷ lệ đóng góp (%)</translation>
    </message>
    <message>
        <source>Remove author</source>
        <translation>Bỏ tác giả</translation>
    </message>
    <message>
        <source>Equal shares</source>
        <translation>Chia đều</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>whole đồng, optional</source>
        <translation>số đồng, không bắt buộc</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Tóm tắt:</translation>
    </message>
    <message>
        <source>&amp;Benefit:</source>
        <translation>&amp;Hiệu quả:</translation>
    </message>
    <message>
        <source>Benefit &amp;value (đồng):</source>
        <translation>&amp;Giá trị làm lợi (đồng):</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa nhập)</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Công nhận</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Tình trạng:</translation>
    </message>
    <message>
        <source>Recognising &amp;body:</source>
        <translation>Cơ quan công &amp;nhận:</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>Ngày &amp;quyết định:</translation>
    </message>
    <message>
        <source>S&amp;cope of effect:</source>
        <translation>&amp;Phạm vi ảnh hưởng:</translation>
    </message>
    <message>
        <source>required when recognised</source>
        <translation>bắt buộc khi đã được công nhận</translation>
    </message>
</context>
<context>
    <name>InitiativeLabels</name>
    <message>
        <source>Initiative</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Useful solution</source>
        <translation>Giải pháp hữu ích</translation>
    </message>
    <message>
        <source>Research project, scheme</source>
        <translation>Đề tài, đề án nghiên cứu</translation>
    </message>
    <message>
        <source>Good model</source>
        <translation>Mô hình hay</translation>
    </message>
    <message>
        <source>New way of working</source>
        <translation>Cách làm mới</translation>
    </message>
    <message>
        <source>Advanced example</source>
        <translation>Điển hình tiên tiến</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đề nghị công nhận</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Đã công nhận</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Không được công nhận</translation>
    </message>
    <message>
        <source>Grassroots</source>
        <translation>Cấp cơ sở</translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Toàn quốc</translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>It goes to the recycle bin, from where it can be restored.</source>
        <translation>Mục này sẽ được chuyển vào thùng rác và có thể khôi phục lại.</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Search by title, author or unit (accents optional)</source>
        <translation>Tìm theo tên sáng kiến, tác giả hoặc đơn vị (có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <source>Any scope</source>
        <translation>Mọi phạm vi</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>All movements</source>
        <translation>Tất cả phong trào</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Add initiative…</source>
        <translation>Thêm sáng kiến…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Print recognised list…</source>
        <translation>In danh sách được công nhận…</translation>
    </message>
    <message>
        <source>The list of initiatives recognised in a year, as a PDF in the official format</source>
        <translation>Danh sách sáng kiến được công nhận trong năm, dạng PDF theo thể thức văn bản</translation>
    </message>
    <message>
        <source>Save Word copy…</source>
        <translation>Lưu bản Word…</translation>
    </message>
    <message>
        <source>The same list of recognised initiatives as an editable Word (.docx) file</source>
        <translation>Danh sách sáng kiến được công nhận đó dưới dạng tệp Word (.docx) chỉnh sửa được</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n sáng kiến</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete initiative</source>
        <translation>Xóa sáng kiến</translation>
    </message>
    <message>
        <source>Delete “%1” and its attached files?</source>
        <translation>Xóa “%1” cùng các tệp đính kèm?</translation>
    </message>
    <message>
        <source>recognised-initiatives-%1</source>
        <translation>sang-kien-duoc-cong-nhan-%1</translation>
    </message>
    <message>
        <source>Print recognised list</source>
        <translation>In danh sách được công nhận</translation>
    </message>
    <message>
        <source>Initiatives recognised in the year:</source>
        <translation>Sáng kiến được công nhận trong năm:</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Save the list as</source>
        <translation>Lưu danh sách thành</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>InitiativesTableModel</name>
    <message>
        <source>Title</source>
        <translation>Tên sáng kiến</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Used as ground for: %1</source>
        <translation>Đã dùng làm căn cứ cho: %1</translation>
    </message>
</context>
<context>
    <name>IssuedDocuments</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Lưu một bản…</translation>
    </message>
    <message>
        <source>Write the document exactly as it was issued</source>
        <translation>Ghi lại văn bản đúng như khi đã phát hành</translation>
    </message>
    <message>
        <source>Decision and list</source>
        <translation>Quyết định và danh sách</translation>
    </message>
    <message>
        <source>Processing history</source>
        <translation>Quá trình xử lý hồ sơ</translation>
    </message>
    <message>
        <source>Recognised initiatives</source>
        <translation>Danh sách sáng kiến được công nhận</translation>
    </message>
    <message>
        <source>Periodic report</source>
        <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lưu một bản</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Open to print again…</source>
        <translation>Mở để in lại…</translation>
    </message>
    <message>
        <source>Show the document exactly as it was issued, to print it again</source>
        <translation>Xem văn bản đúng như khi đã phát hành để in lại</translation>
    </message>
</context>
<context>
    <name>IssuedPreviewDialog</name>
    <message>
        <source>Issued document: %1</source>
        <translation>Văn bản đã phát hành: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>The document exactly as it was issued (reprints are identical).</source>
        <translation>Văn bản đúng như khi đã phát hành (bản in lại giống hệt).</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Add (Ins, Ctrl+N)</source>
        <translation>Thêm mới (Ins, Ctrl+N)</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Mở mục đang chọn (Enter)</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Xóa mục đang chọn (Del)</translation>
    </message>
    <message>
        <source>Every change of the selected record</source>
        <translation>Mọi thay đổi của mục đang chọn</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Lịch sử…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to Thi đua</source>
        <translation>Đăng nhập Thi đua</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Thi đua — %1</source>
        <translation>Thi đua — %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>The data file in use</source>
        <translation>Tệp dữ liệu đang dùng</translation>
    </message>
    <message>
        <source>Office details not entered yet</source>
        <translation>chưa nhập thông tin cơ quan</translation>
    </message>
    <message>
        <source>%1 units · %2 people</source>
        <translation>%1 đơn vị · %2 cán bộ, cá nhân</translation>
    </message>
</context>
<context>
    <name>ManageAccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Đặt &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>Change r&amp;ole</source>
        <translation>Đổi &amp;vai trò</translation>
    </message>
    <message>
        <source>&amp;Deactivate / activate</source>
        <translation>&amp;Ngừng / kích hoạt</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>đã ngừng</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Council meeting</source>
        <translation>Họp Hội đồng Thi đua - Khen thưởng</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Tham dự</translation>
    </message>
    <message>
        <source>Written opinion</source>
        <translation>Ý kiến bằng văn bản</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Người được đề nghị</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Danh hiệu / Hình thức</translation>
    </message>
    <message>
        <source>Votes in favour</source>
        <translation>Số phiếu đồng ý</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>All agree</source>
        <translation>Tất cả đồng ý</translation>
    </message>
    <message>
        <source>Every nominee gets the votes of the members present plus the written opinions</source>
        <translation>Mỗi trường hợp được số phiếu của thành viên có mặt cộng ý kiến bằng văn bản</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Written opinions</source>
        <translation>Ý kiến bằng văn bản</translation>
    </message>
    <message>
        <source>More than present + written (%1)</source>
        <translation>Nhiều hơn số có mặt + ý kiến bằng văn bản (%1)</translation>
    </message>
    <message>
        <source>Not passed (&lt; %1 % of %2)</source>
        <translation>Không đạt (&lt; %1 % của %2)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Hội đồng</translation>
    </message>
    <message>
        <source>Who attended:</source>
        <translation>Thành phần dự họp:</translation>
    </message>
    <message>
        <source>The office keeps no council roster yet: add the members (Council members…) to name them in the minutes.</source>
        <translation>Cơ quan chưa có danh sách thành viên Hội đồng: hãy thêm thành viên (Thành viên Hội đồng…) để biên bản ghi rõ họ tên.</translation>
    </message>
    <message>
        <source>Votes in favour for each nominee:</source>
        <translation>Số phiếu đồng ý cho từng người được đề nghị:</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>(open)</source>
        <translation>(chưa xác định)</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Thành viên từ năm</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>Thành viên đến năm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ năm</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến năm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>Agency outside the unit list</source>
        <translation>Cơ quan ngoài danh mục đơn vị</translation>
    </message>
    <message>
        <source>Add outside member</source>
        <translation>Thêm cơ quan ngoài</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Years…</source>
        <translation>Số năm…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Outside the unit list</source>
        <translation>Ngoài danh mục</translation>
    </message>
    <message>
        <source>Unit list</source>
        <translation>Danh mục đơn vị</translation>
    </message>
    <message>
        <source>not a member in %1</source>
        <translation>không là thành viên năm %1</translation>
    </message>
    <message>
        <source>Remove %1 from the khối, with its scores?</source>
        <translation>Bỏ %1 khỏi khối, cùng điểm đã chấm?</translation>
    </message>
</context>
<context>
    <name>MergeUnits</name>
    <message>
        <source>Staff and workers</source>
        <translation>Cán bộ, người lao động</translation>
    </message>
    <message>
        <source>Sub-units</source>
        <translation>Đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Awards received</source>
        <translation>Khen thưởng đã nhận</translation>
    </message>
    <message>
        <source>Award proposals</source>
        <translation>Đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Unit ratings</source>
        <translation>Xếp loại đơn vị</translation>
    </message>
    <message>
        <source>Emulation registrations</source>
        <translation>Đăng ký thi đua</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>Sponsorships (sponsor)</source>
        <translation>Đỡ đầu (đơn vị đỡ đầu)</translation>
    </message>
    <message>
        <source>Sponsorships (sponsored commune)</source>
        <translation>Đỡ đầu (xã được đỡ đầu)</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Bloc leaders</source>
        <translation>Trưởng khối, cụm thi đua</translation>
    </message>
</context>
<context>
    <name>MergeUnitsDialog</name>
    <message>
        <source>Merge units</source>
        <translation>Sáp nhập đơn vị</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation>Tìm đơn vị</translation>
    </message>
    <message>
        <source>Units that merge (tick two or more, or one into another):</source>
        <translation>Các đơn vị sáp nhập (chọn hai đơn vị trở lên, hoặc một đơn vị nhập vào đơn vị khác):</translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation>Đơn vị mới…</translation>
    </message>
    <message>
        <source>The units merge into a new one (e.g. a new ward): create it here</source>
        <translation>Các đơn vị sáp nhập thành một đơn vị mới (ví dụ phường mới): tạo đơn vị đó tại đây</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>Sáp nhập &amp;vào:</translation>
    </message>
    <message>
        <source>&amp;From (first day):</source>
        <translation>&amp;Từ ngày (ngày đầu tiên):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>What moves</source>
        <translation>Nội dung chuyển</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <source>Stays with the old unit</source>
        <translation>Giữ ở đơn vị cũ</translation>
    </message>
    <message>
        <source>The merged units are kept as closed records with their names, so old papers and the award history still show the name an award was given under. A row that would repeat one of the receiving unit&apos;s own (e.g. a rating of the same year) stays with the old unit.</source>
        <translation>Các đơn vị bị sáp nhập được giữ lại như hồ sơ đã đóng cùng tên của chúng, nên văn bản cũ và lịch sử khen thưởng vẫn ghi tên đơn vị lúc được khen. Dòng nào trùng với dữ liệu sẵn có của đơn vị nhận (ví dụ xếp loại cùng năm) thì giữ ở đơn vị cũ.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Sáp nhập</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Không sáp nhập được</translation>
    </message>
    <message>
        <source>Choose the unit they merge into.</source>
        <translation>Chọn đơn vị nhận sáp nhập.</translation>
    </message>
    <message>
        <source>Working out what the merge moves…</source>
        <translation>Đang tính những gì sẽ chuyển khi hợp nhất…</translation>
    </message>
    <message>
        <source>%1 merge into %2 from %3: %4 record(s) move.</source>
        <translation>%1 sáp nhập vào %2 từ ngày %3: chuyển %4 bản ghi.</translation>
    </message>
    <message>
        <source>After the merge, sub-units of %1 share a name: %2. Rename them afterwards (e.g. number the khóm again) so lists and imports can tell them apart.</source>
        <translation>Sau khi sáp nhập, các đơn vị trực thuộc %1 có tên trùng nhau: %2. Hãy đổi tên sau đó (ví dụ đánh số lại khóm) để danh sách và việc nhập dữ liệu phân biệt được.</translation>
    </message>
    <message>
        <source>Merging units…</source>
        <translation>Đang sáp nhập đơn vị…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The record no longer exists. It may have been deleted.</source>
        <translation>Bản ghi không còn nữa, có thể đã bị xóa.</translation>
    </message>
    <message>
        <source>The batch has been submitted or decided: it cannot be deleted.</source>
        <translation>Đợt đề nghị đã trình hoặc đã có quyết định, không xóa được.</translation>
    </message>
    <message>
        <source>The batch is “{state}”: it can only be changed as a draft (return it for changes first).</source>
        <translation>Đợt đề nghị đang ở trạng thái “{state}”; chỉ sửa được khi là dự thảo (hãy trả lại để bổ sung trước).</translation>
    </message>
    <message>
        <source>{name} is already in the batch for this award.</source>
        <translation>{name} đã có trong đợt với cùng hình thức này.</translation>
    </message>
    <message>
        <source>A batch cannot go from “{current}” to “{target}”.</source>
        <translation>Không thể chuyển đợt đề nghị từ “{current}” sang “{target}”.</translation>
    </message>
    <message>
        <source>The batch cannot be submitted yet ({count} problems).</source>
        <translation>Chưa trình được đợt đề nghị ({count} vấn đề).</translation>
    </message>
    <message>
        <source>Returning a batch for changes needs a reason.</source>
        <translation>Trả lại để bổ sung cần ghi lý do.</translation>
    </message>
    <message>
        <source>Only {present}/{total} members attended, fewer than the {quorum} of the council its rules require: the council&apos;s conclusions are not valid.</source>
        <translation>Cuộc họp chỉ có {present}/{total} thành viên dự họp, chưa đủ {quorum} tổng số thành viên Hội đồng theo quy chế: kết luận của Hội đồng chưa có giá trị.</translation>
    </message>
    <message>
        <source>Only an administrator&apos;s account can do this.</source>
        <translation>Chỉ tài khoản quản trị mới làm được việc này.</translation>
    </message>
    <message>
        <source>The CCCD number {cccd} already belongs to {name} ({unit}).</source>
        <translation>Số CCCD {cccd} đã có ở {name} ({unit}).</translation>
    </message>
    <message>
        <source>{name} already has a rating for {year} ({rating}). Confirm to replace it with the new rating.</source>
        <translation>{name} đã có xếp loại năm {year} ({rating}). Xác nhận để thay bằng xếp loại mới.</translation>
    </message>
    <message>
        <source>The initiative cannot be deleted: it grounds a proposal in the batch {batches}. Remove it from the nominee first.</source>
        <translation>Không thể xóa sáng kiến vì đang là căn cứ đề nghị khen thưởng trong đợt {batches}. Hãy bỏ sáng kiến khỏi người được đề nghị trước.</translation>
    </message>
    <message>
        <source>This proposal has already been returned or accepted (here or in another copy of the program); it cannot be answered again.</source>
        <translation>Hồ sơ đề nghị này đã được trả lại hoặc tiếp nhận (tại đây hoặc ở một bản chương trình khác); không xử lý lại được.</translation>
    </message>
    <message>
        <source>The chosen unit no longer exists.</source>
        <translation>Đơn vị đã chọn không còn trong dữ liệu.</translation>
    </message>
    <message>
        <source>A person, unit or movement that was chosen no longer exists.</source>
        <translation>Người, đơn vị hoặc phong trào đã chọn không còn trong dữ liệu.</translation>
    </message>
    <message>
        <source>This unit already sponsors this commune in the movement.</source>
        <translation>Đơn vị này đã đỡ đầu xã này trong phong trào.</translation>
    </message>
    <message>
        <source>A person is listed twice among the authors.</source>
        <translation>Một người được ghi hai lần trong danh sách tác giả.</translation>
    </message>
    <message>
        <source>This person cannot be deleted: records still refer to them (initiatives, awards, registrations…). Change their work status instead, to keep the history.</source>
        <translation>Không thể xóa người này vì còn hồ sơ liên quan (sáng kiến, khen thưởng, đăng ký thi đua…). Hãy chuyển tình trạng công tác thay vì xóa để giữ lịch sử.</translation>
    </message>
    <message>
        <source>{label} cannot be restored: it clashes with the data present now. Correct the clashing record, then try again.</source>
        <translation>Không khôi phục được {label}: dữ liệu hiện có trùng hoặc không khớp với mục này. Hãy sửa bản ghi trùng rồi thử lại.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the stored data; nothing was saved.</source>
        <translation>Thay đổi vi phạm một quy tắc của dữ liệu đã lưu; chưa ghi gì.</translation>
    </message>
    <message>
        <source>The score is above the criterion&apos;s maximum.</source>
        <translation>Điểm vượt quá điểm tối đa của tiêu chí.</translation>
    </message>
    <message>
        <source>The chair and the secretary must attend the meeting.</source>
        <translation>Người chủ trì và thư ký phải có mặt tại cuộc họp.</translation>
    </message>
    <message>
        <source>The account is locked after {count} wrong passwords; try again after {until}.</source>
        <translation>Tài khoản tạm khoá do nhập sai mật khẩu {count} lần; hãy thử lại sau {until}.</translation>
    </message>
    <message>
        <source>The file cannot be adopted: its log is not consistent. Restore a good backup.</source>
        <translation>Không tiếp nhận được tệp: nhật ký không nhất quán. Hãy khôi phục một bản sao lưu tốt.</translation>
    </message>
    <message>
        <source>The log of the file {path} does not match this computer&apos;s key; the change was not saved. Check the file (Settings, or: thidua check).</source>
        <translation>Nhật ký của tệp {path} không khớp khoá của máy này; thay đổi chưa được lưu. Hãy kiểm tra tệp (trang Cài đặt, hoặc lệnh: thidua check).</translation>
    </message>
    <message>
        <source>The key that signs the change log of {path} is not on this computer. Reading and checking work; to save, import the key from the old computer or adopt the file.</source>
        <translation>Khoá ký nhật ký của tệp {path} không có trên máy này. Vẫn đọc và kiểm tra được; muốn ghi, hãy nhập khoá từ máy cũ hoặc tiếp nhận tệp.</translation>
    </message>
    <message>
        <source>The log of the file {path} has not been upgraded yet.</source>
        <translation>Tệp {path} chưa được nâng cấp nhật ký.</translation>
    </message>
    <message>
        <source>Several people have this author&apos;s name: write the CCCD number, or the unit in brackets after the name.</source>
        <translation>Có nhiều người cùng tên tác giả: hãy ghi số CCCD, hoặc ghi đơn vị trong ngoặc sau tên.</translation>
    </message>
    <message>
        <source>An author&apos;s CCCD number is not valid.</source>
        <translation>Số CCCD của tác giả không hợp lệ.</translation>
    </message>
    <message>
        <source>The author is not in the staff list.</source>
        <translation>Không tìm thấy tác giả trong danh sách cán bộ.</translation>
    </message>
    <message>
        <source>Add at least one author, or choose a unit.</source>
        <translation>Hãy ghi ít nhất một tác giả hoặc đơn vị.</translation>
    </message>
    <message>
        <source>The table of commendation authorities has a wrong entry.</source>
        <translation>Bảng thẩm quyền khen thưởng có mục sai.</translation>
    </message>
    <message>
        <source>Choose the title or form of commendation for {name}.</source>
        <translation>Hãy chọn danh hiệu, hình thức cho {name}.</translation>
    </message>
    <message>
        <source>“{award}” of {year} is already recorded.</source>
        <translation>Đã ghi “{award}” năm {year} rồi.</translation>
    </message>
    <message>
        <source>The catalog has no title or form of commendation with this code.</source>
        <translation>Không có danh hiệu, hình thức có mã này.</translation>
    </message>
    <message>
        <source>The backup {path} could not be made.</source>
        <translation>Không tạo được bản sao lưu {path}.</translation>
    </message>
    <message>
        <source>Package refused: the sender&apos;s key fingerprint does not match the key in the package. Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: dấu vân tay khoá của nơi gửi không khớp khoá trong gói. Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <source>Unknown kind of report.</source>
        <translation>Loại báo cáo không hợp lệ.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>Package refused: its description cannot be read or is not in the right form. Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: phần mô tả của gói không đọc được hoặc không đúng dạng. Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <source>Package refused: the part “{name}” lies outside the package. Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: tệp thành phần “{name}” nằm ngoài gói. Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>Ngày bắt đầu sau ngày kết thúc.</translation>
    </message>
    <message>
        <source>Package refused: its data is not in the right form. Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: dữ liệu không đúng dạng. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>Package refused: its signature is wrong (the package was changed or forged). Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: chữ ký của gói không đúng (gói đã bị sửa hoặc giả mạo). Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <source>The package has a nominee in the wrong form.</source>
        <translation>Gói có người được đề nghị không đúng dạng.</translation>
    </message>
    <message>
        <source>A base salary from this date is already recorded.</source>
        <translation>Đã có mức lương cơ sở từ ngày này.</translation>
    </message>
    <message>
        <source>The batch has no nominee: there is nothing to send.</source>
        <translation>Đợt đề nghị chưa có ai được đề nghị: không có gì để gửi.</translation>
    </message>
    <message>
        <source>Package refused: the batch it answers is not in the data. Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: đợt đề nghị mà gói trả lời không có trong dữ liệu. Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <source>The recognition date cannot be before the year of the initiative.</source>
        <translation>Ngày công nhận không được trước năm của sáng kiến.</translation>
    </message>
    <message>
        <source>An emulation bloc or cluster with this name already exists.</source>
        <translation>Đã có khối, cụm thi đua tên này.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Đã huỷ theo yêu cầu; không có gì được ghi.</translation>
    </message>
    <message>
        <source>The commendation catalog has the same code twice.</source>
        <translation>Danh mục khen thưởng có mã trùng nhau.</translation>
    </message>
    <message>
        <source>The commendation catalog has a wrong entry.</source>
        <translation>Danh mục khen thưởng có mục sai.</translation>
    </message>
    <message>
        <source>The commendation catalog is not written correctly.</source>
        <translation>Danh mục khen thưởng sai cú pháp.</translation>
    </message>
    <message>
        <source>The CCCD number must have exactly 12 digits.</source>
        <translation>Số CCCD phải gồm đúng 12 chữ số.</translation>
    </message>
    <message>
        <source>The first three digits of the CCCD number must be a province code from 001 to 096.</source>
        <translation>Ba chữ số đầu của số CCCD phải là mã tỉnh từ 001 đến 096.</translation>
    </message>
    <message>
        <source>A check code is a string of hexadecimal digits (at least 8).</source>
        <translation>Mã kiểm tra là dãy chữ số thập lục phân (ít nhất 8 ký tự).</translation>
    </message>
    <message>
        <source>The file {name} lacks required columns; choose the right kind of spreadsheet or add the columns.</source>
        <translation>Tệp {name} thiếu cột bắt buộc; hãy chọn đúng loại bảng tính hoặc thêm các cột đó.</translation>
    </message>
    <message>
        <source>The number cannot be more than {limit}.</source>
        <translation>Số lượng không được quá {limit}.</translation>
    </message>
    <message>
        <source>The backup {path} does not hold all the data (the row counts differ from the source).</source>
        <translation>Bản sao lưu {path} không đủ dữ liệu (số dòng khác nguồn).</translation>
    </message>
    <message>
        <source>That year already has criteria.</source>
        <translation>Năm đó đã có tiêu chí.</translation>
    </message>
    <message>
        <source>The criterion “{text}” is listed twice.</source>
        <translation>Tiêu chí “{text}” bị lặp.</translation>
    </message>
    <message>
        <source>The current data could not be backed up before the restore (the file {path} may be damaged). Close the program and restore from the command line.</source>
        <translation>Không sao lưu được dữ liệu hiện tại trước khi khôi phục (tệp {path} có thể đã hỏng). Hãy đóng chương trình và khôi phục bằng dòng lệnh.</translation>
    </message>
    <message>
        <source>The data file {path} is damaged. Restore the latest backup; the file was not changed.</source>
        <translation>Tệp dữ liệu {path} bị hỏng. Hãy khôi phục từ bản sao lưu gần nhất; tệp chưa bị thay đổi.</translation>
    </message>
    <message>
        <source>The catalog has a date that is not valid.</source>
        <translation>Ngày không hợp lệ trong danh mục.</translation>
    </message>
    <message>
        <source>Not a valid date: write dd/mm/yyyy.</source>
        <translation>Ngày không hợp lệ: hãy ghi dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>The date cannot be after today.</source>
        <translation>Ngày không được ở sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>This date does not exist in the calendar.</source>
        <translation>Ngày này không có thật trên lịch.</translation>
    </message>
    <message>
        <source>The date of birth cannot be before 1900.</source>
        <translation>Ngày sinh không được trước năm 1900.</translation>
    </message>
    <message>
        <source>The decision cannot be signed before the year it rewards.</source>
        <translation>Quyết định không thể ký trước năm được khen.</translation>
    </message>
    <message>
        <source>The batch already has a draft decision: correct its number or date, or cancel the draft to make it again.</source>
        <translation>Đợt đã có dự thảo quyết định: sửa số, ngày hoặc hủy dự thảo để lập lại.</translation>
    </message>
    <message>
        <source>The decision date has not come yet.</source>
        <translation>Ngày quyết định chưa tới.</translation>
    </message>
    <message>
        <source>The batch still has proposals for a higher authority: the office&apos;s own decision is recorded only when the batch holds just its own awards.</source>
        <translation>Đợt còn đề nghị thuộc thẩm quyền cấp trên: quyết định của cơ quan chỉ ghi nhận khi đợt chỉ gồm khen thưởng thuộc thẩm quyền của cơ quan.</translation>
    </message>
    <message>
        <source>In this state of the batch the draft decision cannot be made or changed: it is drafted after the council&apos;s meeting and before the decision is recorded.</source>
        <translation>Ở trạng thái này của đợt không lập hoặc sửa được dự thảo: quyết định được lập sau khi Hội đồng đã họp và trước khi ghi nhận quyết định.</translation>
    </message>
    <message>
        <source>The decision date must be in the year of the number given in the outgoing register; cancel the draft and make it again to take a number of the new year.</source>
        <translation>Ngày quyết định phải cùng năm với số đã cấp trong sổ văn bản đi; hãy hủy dự thảo và lập lại để lấy số của năm mới.</translation>
    </message>
    <message>
        <source>The demo data generator is not part of this version.</source>
        <translation>Phiên bản này chưa có chức năng tạo dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>The data file already has units; demo data goes only into a new data file.</source>
        <translation>Tệp dữ liệu đã có đơn vị; chỉ tạo dữ liệu mẫu vào một tệp dữ liệu mới.</translation>
    </message>
    <message>
        <source>The number of people cannot be negative.</source>
        <translation>Số người phải là số không âm.</translation>
    </message>
    <message>
        <source>Unknown disciplinary measure: write Reprimand, Warning, Demotion or Dismissal.</source>
        <translation>Hình thức kỷ luật không hợp lệ: ghi Khiển trách, Cảnh cáo, Cách chức hoặc Buộc thôi việc.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: the disk is full or failing. The old data is intact; free some space and try again.</source>
        <translation>Không ghi được vào tệp {path}: ổ đĩa đầy hoặc lỗi ghi. Dữ liệu cũ vẫn nguyên vẹn; hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The completion date cannot be after today.</source>
        <translation>Ngày hoàn thành không được sau hôm nay.</translation>
    </message>
    <message>
        <source>The batch has no nominee to print a dossier for.</source>
        <translation>Đợt đề nghị chưa có ai để in hồ sơ.</translation>
    </message>
    <message>
        <source>Package refused: the part “{name}” is repeated. Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: tệp thành phần “{name}” lặp lại. Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>Địa chỉ email không hợp lệ.</translation>
    </message>
    <message>
        <source>The file {path} is empty, not a Thi đua data file. Choose another file or create a new one.</source>
        <translation>Tệp {path} rỗng, không phải tệp dữ liệu Thi đua. Hãy chọn tệp khác hoặc tạo mới.</translation>
    </message>
    <message>
        <source>Package refused: the part “{name}” is encrypted. Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: tệp thành phần “{name}” được mã hoá. Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <source>The file {path} already exists; choose another name so it is not overwritten.</source>
        <translation>Tệp {path} đã có; hãy chọn tên khác để không ghi đè.</translation>
    </message>
    <message>
        <source>Each field can be placed only once.</source>
        <translation>Mỗi trường chỉ được đặt một lần.</translation>
    </message>
    <message>
        <source>The file {name} changed while it was read; close the program writing it and try again.</source>
        <translation>Tệp {name} thay đổi trong khi đang đọc; hãy đóng chương trình đang ghi tệp rồi thử lại.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Tệp {name} rỗng, không có dữ liệu.</translation>
    </message>
    <message>
        <source>The file {name} was not found.</source>
        <translation>Không tìm thấy tệp {name}.</translation>
    </message>
    <message>
        <source>The file {name} is {size}, over the limit of {limit}; it was not attached. Compress it or scan it again at a lower resolution.</source>
        <translation>Tệp {name} có dung lượng {size}, vượt giới hạn {limit}; không đính kèm. Hãy nén hoặc quét lại với độ phân giải thấp hơn.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read.</source>
        <translation>Không đọc được tệp {name}.</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>Tài khoản đầu tiên phải là tài khoản quản trị.</translation>
    </message>
    <message>
        <source>Several units share the first place: the bloc votes, then chooses its leading unit.</source>
        <translation>Nhiều đơn vị cùng đứng đầu: khối bình xét, suy tôn rồi chọn đơn vị dẫn đầu.</translation>
    </message>
    <message>
        <source>Upgrading the file {path} would break links in the data; the upgrade was cancelled and the file is unchanged.</source>
        <translation>Nâng cấp tệp {path} làm hỏng liên kết dữ liệu; đã hủy nâng cấp, tệp giữ nguyên.</translation>
    </message>
    <message>
        <source>{name} is a folder, not an Excel file.</source>
        <translation>{name} là một thư mục, không phải tệp Excel.</translation>
    </message>
    <message>
        <source>The file {path} belongs to another program, not to Thi đua.</source>
        <translation>Tệp {path} là cơ sở dữ liệu của một chương trình khác, không phải của Thi đua.</translation>
    </message>
    <message>
        <source>The target group is not one of the movement&apos;s groups.</source>
        <translation>Nhóm đối tượng không thuộc phong trào.</translation>
    </message>
    <message>
        <source>The target group “{name}” is listed twice.</source>
        <translation>Nhóm đối tượng “{name}” bị lặp.</translation>
    </message>
    <message>
        <source>The movement has no group “{name}”.</source>
        <translation>Phong trào không có nhóm “{name}”.</translation>
    </message>
    <message>
        <source>Package refused: the attached file “{name}” does not match. Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: tệp kèm theo “{name}” không khớp. Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <source>The file has {count} invalid rows; nothing was written. Correct those rows, or import only the valid rows.</source>
        <translation>Tệp có {count} dòng không hợp lệ; chưa ghi gì vào dữ liệu. Hãy sửa các dòng đó, hoặc chỉ nhập các dòng hợp lệ.</translation>
    </message>
    <message>
        <source>The program has the file {path} open; nothing was restored. Close the program&apos;s window and run the command again, or restore in the window (Backups page).</source>
        <translation>Chương trình đang mở tệp {path}; chưa khôi phục gì. Hãy đóng cửa sổ chương trình rồi chạy lại lệnh, hoặc khôi phục ngay trong cửa sổ (trang Sao lưu).</translation>
    </message>
    <message>
        <source>The initiative has already grounded an award; each initiative grounds one commendation only.</source>
        <translation>Sáng kiến đã được dùng làm căn cứ khen thưởng; mỗi sáng kiến chỉ được dùng cho một lần khen thưởng.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be written.</source>
        <translation>Không ghi được tệp khoá {path}.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read.</source>
        <translation>Không đọc được tệp khoá {path}.</translation>
    </message>
    <message>
        <source>A contribution level can be set only for money, land or working days.</source>
        <translation>Mức đóng góp chỉ đặt được cho tiền, đất đai hoặc ngày công.</translation>
    </message>
    <message>
        <source>At least one active administrator account must remain.</source>
        <translation>Phải còn ít nhất một tài khoản quản trị đang hoạt động.</translation>
    </message>
    <message>
        <source>A blank layout named “{name}” already exists.</source>
        <translation>Đã có mẫu phôi tên “{name}”.</translation>
    </message>
    <message>
        <source>The leading unit is not in the list of units: add the unit, then choose again.</source>
        <translation>Đơn vị dẫn đầu không có trong danh mục đơn vị: hãy thêm đơn vị rồi chọn lại.</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit phải là số dương.</translation>
    </message>
    <message>
        <source>The data file {path} is busy (another program is writing to it). Try again in a few minutes.</source>
        <translation>Tệp dữ liệu {path} đang bận (một chương trình khác đang ghi). Hãy thử lại sau ít phút.</translation>
    </message>
    <message>
        <source>The data file has accounts: the command needs a login.</source>
        <translation>Tệp dữ liệu có tài khoản: lệnh cần đăng nhập.</translation>
    </message>
    <message>
        <source>The backup {path} has no readable description.</source>
        <translation>Bản sao lưu {path} không có phần mô tả đọc được.</translation>
    </message>
    <message>
        <source>This unit is already a member of the bloc.</source>
        <translation>Đơn vị này đã là thành viên của khối.</translation>
    </message>
    <message>
        <source>Package refused: its parts do not match its list. Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: tệp thành phần không khớp danh sách trong gói. Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <source>A unit chosen was already merged before; it cannot be merged again.</source>
        <translation>Đơn vị được chọn đã được sáp nhập trước đây; không sáp nhập lần nữa.</translation>
    </message>
    <message>
        <source>No unit is chosen to merge.</source>
        <translation>Chưa chọn đơn vị nào để sáp nhập.</translation>
    </message>
    <message>
        <source>The receiving unit cannot be one of the merged units.</source>
        <translation>Đơn vị nhận sáp nhập không thể là một đơn vị bị sáp nhập.</translation>
    </message>
    <message>
        <source>The file {path} was not found.</source>
        <translation>Không tìm thấy tệp {path}.</translation>
    </message>
    <message>
        <source>Package refused: the file “{name}” is missing from the package. Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: gói thiếu tệp “{name}”. Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <source>Several movements have this name.</source>
        <translation>Có nhiều phong trào cùng tên này.</translation>
    </message>
    <message>
        <source>The movement cannot be deleted: other records are linked to it (proposal batches…).</source>
        <translation>Không thể xóa phong trào vì còn hồ sơ khác gắn với nó (đợt đề nghị khen thưởng…).</translation>
    </message>
    <message>
        <source>No movement “{name}” was found.</source>
        <translation>Không tìm thấy phong trào “{name}”.</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>Giá trị không được là số âm.</translation>
    </message>
    <message>
        <source>The file {path} was made by a newer version of Thi đua. Update the program; the file was not changed.</source>
        <translation>Tệp {path} được tạo bởi phiên bản Thi đua mới hơn. Hãy cập nhật chương trình; tệp chưa bị thay đổi.</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened: no permission to read it.</source>
        <translation>Không mở được tệp {path}: không có quyền đọc.</translation>
    </message>
    <message>
        <source>No account is logged in.</source>
        <translation>Chưa đăng nhập bằng tài khoản nào.</translation>
    </message>
    <message>
        <source>No certificate is printed for the award “{award}”.</source>
        <translation>Không in giấy khen cho mã &apos;{award}&apos;.</translation>
    </message>
    <message>
        <source>Write at least one commitment of the covenant.</source>
        <translation>Hãy ghi ít nhất một nội dung giao ước.</translation>
    </message>
    <message>
        <source>The dossier has no minutes of the emulation and commendation council&apos;s meeting.</source>
        <translation>Hồ sơ chưa có biên bản họp Hội đồng Thi đua - Khen thưởng.</translation>
    </message>
    <message>
        <source>The bloc has no scoring criteria for that year.</source>
        <translation>Năm đó khối chưa có tiêu chí chấm điểm.</translation>
    </message>
    <message>
        <source>Make the draft decision first (its number and date come from the outgoing register).</source>
        <translation>Hãy lập dự thảo quyết định trước (số và ngày lấy từ sổ văn bản đi).</translation>
    </message>
    <message>
        <source>This kind cannot be exported to a file.</source>
        <translation>Loại này không xuất ra tệp được.</translation>
    </message>
    <message>
        <source>The folder to write the file in does not exist.</source>
        <translation>Không có thư mục để ghi tệp.</translation>
    </message>
    <message>
        <source>The batch has no one within the head of the office&apos;s authority passed by the council.</source>
        <translation>Đợt chưa có ai thuộc thẩm quyền của thủ trưởng cơ quan được Hội đồng thông qua.</translation>
    </message>
    <message>
        <source>This kind cannot be imported from a file.</source>
        <translation>Loại này không nhập được từ tệp.</translation>
    </message>
    <message>
        <source>No one in the batch was proposed by that office (through a package).</source>
        <translation>Đợt không có người nào do cơ quan đó đề nghị (qua gói hồ sơ).</translation>
    </message>
    <message>
        <source>The file {name} has no data row under its header row.</source>
        <translation>Tệp {name} không có dòng dữ liệu nào dưới dòng tiêu đề.</translation>
    </message>
    <message>
        <source>No rule set applies on that date.</source>
        <translation>Không có quy định áp dụng cho ngày đó.</translation>
    </message>
    <message>
        <source>The bloc has not scored any member that year.</source>
        <translation>Năm đó khối chưa chấm điểm thành viên nào.</translation>
    </message>
    <message>
        <source>The file {name} has no worksheet.</source>
        <translation>Tệp {name} không có trang tính nào.</translation>
    </message>
    <message>
        <source>Package refused: a nominee it answers is not in the batch. Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: người được đề nghị mà gói trả lời không có trong đợt. Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <source>No one in this batch was awarded: there is no certificate to print.</source>
        <translation>Không có ai được khen trong đợt này để in giấy khen.</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} không phải là một tệp.</translation>
    </message>
    <message>
        <source>The unit chosen is not a member of the bloc.</source>
        <translation>Đơn vị được chọn không phải thành viên của khối.</translation>
    </message>
    <message>
        <source>Package refused: the file is not a Thi đua package. Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: tệp không phải gói hồ sơ Thi đua. Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <source>This unit did not sign this covenant.</source>
        <translation>Đơn vị này không ký giao ước này.</translation>
    </message>
    <message>
        <source>The unit is not a village or residential group: a household belongs to a village.</source>
        <translation>Đơn vị không phải thôn, tổ dân phố: hộ gia đình thuộc một thôn.</translation>
    </message>
    <message>
        <source>The sponsored place must be an outside commune or village.</source>
        <translation>Nơi được đỡ đầu phải là một xã hoặc thôn bên ngoài.</translation>
    </message>
    <message>
        <source>The file {path} is not a Thi đua data file.</source>
        <translation>Tệp {path} không phải tệp dữ liệu Thi đua.</translation>
    </message>
    <message>
        <source>The batch has no commendation decision yet.</source>
        <translation>Đợt này chưa có quyết định khen thưởng.</translation>
    </message>
    <message>
        <source>That record is not in this batch.</source>
        <translation>Bản ghi đó không có trong đợt đề nghị này.</translation>
    </message>
    <message>
        <source>The participant is not in the list of individuals and collectives: cannot be proposed yet.</source>
        <translation>Người, tập thể này không có trong danh sách cá nhân, tập thể: chưa đề nghị được.</translation>
    </message>
    <message>
        <source>The sponsoring unit must be one of the office&apos;s units.</source>
        <translation>Đơn vị đỡ đầu phải là đơn vị của cơ quan.</translation>
    </message>
    <message>
        <source>The file is not a Thi đua log key file.</source>
        <translation>Tệp không phải tệp khoá nhật ký của Thi đua.</translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation>Giá trị không phải là số.</translation>
    </message>
    <message>
        <source>The value must be greater than 0.</source>
        <translation>Giá trị phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>Only a proposal package can be returned or accepted.</source>
        <translation>Chỉ hồ sơ đề nghị mới trả lại hoặc tiếp nhận được.</translation>
    </message>
    <message>
        <source>The batch has not been submitted: the submission has no number.</source>
        <translation>Đợt đề nghị chưa trình: tờ trình chưa có số.</translation>
    </message>
    <message>
        <source>The number must be a whole number.</source>
        <translation>Số lượng phải là số nguyên.</translation>
    </message>
    <message>
        <source>The file {name} is not an Excel .xlsx file.</source>
        <translation>Tệp {name} không phải tệp Excel .xlsx.</translation>
    </message>
    <message>
        <source>The benefit value must be a number.</source>
        <translation>Giá trị làm lợi phải là số.</translation>
    </message>
    <message>
        <source>The field lies outside the sheet.</source>
        <translation>Trường nằm ngoài tờ giấy.</translation>
    </message>
    <message>
        <source>Several known offices match what was written.</source>
        <translation>Có nhiều cơ quan khớp với nội dung đã ghi.</translation>
    </message>
    <message>
        <source>The office&apos;s details (its name) are missing: enter them on the Office and settings page before sending or receiving packages.</source>
        <translation>Chưa có thông tin cơ quan (tên cơ quan): hãy nhập ở trang Cơ quan và cài đặt trước khi gửi hoặc nhận gói hồ sơ.</translation>
    </message>
    <message>
        <source>Unknown office. Write the receiving office&apos;s code (uuid).</source>
        <translation>Không biết cơ quan này. Hãy ghi mã cơ quan (uuid) của nơi nhận.</translation>
    </message>
    <message>
        <source>The offset must be within ±20 mm.</source>
        <translation>Độ lệch phải trong khoảng ±20 mm.</translation>
    </message>
    <message>
        <source>Choose one person to chair the meeting.</source>
        <translation>Hãy chọn một người chủ trì cuộc họp.</translation>
    </message>
    <message>
        <source>Give the quota as a percentage or as a number (one of the two).</source>
        <translation>Ghi chỉ tiêu theo tỷ lệ phần trăm hoặc theo số lượng (một trong hai).</translation>
    </message>
    <message>
        <source>Choose one secretary of the meeting.</source>
        <translation>Hãy chọn một thư ký cuộc họp.</translation>
    </message>
    <message>
        <source>This kind of spreadsheet needs an option.</source>
        <translation>Loại bảng tính này cần một tùy chọn.</translation>
    </message>
    <message>
        <source>This kind of spreadsheet does not take this option.</source>
        <translation>Loại bảng tính này không dùng tùy chọn này.</translation>
    </message>
    <message>
        <source>Package refused: it is meant for another office ({receiver}). Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: gói gửi cho cơ quan khác ({receiver}). Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <source>The period overlaps a name already recorded.</source>
        <translation>Khoảng thời gian trùng với tên đã ghi.</translation>
    </message>
    <message>
        <source>Package refused: the file is damaged or incomplete. Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: tệp bị hỏng hoặc không trọn vẹn. Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <source>Package refused: the file is too large. Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: tệp quá lớn. Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <source>Choose exactly one person or one unit.</source>
        <translation>Hãy chọn đúng một cá nhân hoặc một đơn vị.</translation>
    </message>
    <message>
        <source>A unit is listed twice among the parties.</source>
        <translation>Một đơn vị được ghi hai lần trong các bên ký kết.</translation>
    </message>
    <message>
        <source>The percentage must be more than 0 and at most 100.</source>
        <translation>Tỷ lệ phải lớn hơn 0 và không quá 100 %.</translation>
    </message>
    <message>
        <source>A movement cannot last more than ten years.</source>
        <translation>Thời gian phong trào dài quá 10 năm.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>Ngày kết thúc không được trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The CCCD number belongs to someone else, not to the name written.</source>
        <translation>Số CCCD là của người khác, không phải của người có tên đã ghi.</translation>
    </message>
    <message>
        <source>Choose at least one person or unit.</source>
        <translation>Hãy chọn ít nhất một người hoặc đơn vị.</translation>
    </message>
    <message>
        <source>A person with the same name, date of birth and unit already exists: it may be the same person.</source>
        <translation>Đã có người cùng tên, ngày sinh và đơn vị: có thể trùng người.</translation>
    </message>
    <message>
        <source>The members present must be from 0 to the total number of members.</source>
        <translation>Số thành viên có mặt phải từ 0 đến tổng số thành viên.</translation>
    </message>
    <message>
        <source>A value cannot be written in the provincial catalog.</source>
        <translation>Giá trị không ghi được vào danh mục của tỉnh.</translation>
    </message>
    <message>
        <source>Write the quorum as 2/3 or 80%.</source>
        <translation>Tỷ lệ tối thiểu dự họp ghi dạng 2/3 hoặc 80%.</translation>
    </message>
    <message>
        <source>The quorum must be more than 0 and at most 1.</source>
        <translation>Tỷ lệ tối thiểu dự họp phải lớn hơn 0 và không quá 1.</translation>
    </message>
    <message>
        <source>An award has one quota per kind of subject.</source>
        <translation>Một danh hiệu chỉ có một chỉ tiêu cho mỗi loại đối tượng.</translation>
    </message>
    <message>
        <source>The value must be from {low} to {high}.</source>
        <translation>Giá trị phải từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>Unknown rating: write HTXSNV, HTTNV, HTNV, KHTNV or the whole phrase.</source>
        <translation>Xếp loại không hợp lệ: ghi HTXSNV, HTTNV, HTNV, KHTNV hoặc đủ cụm từ.</translation>
    </message>
    <message>
        <source>The file {path} is read-only: changes cannot be saved. Copy it to a folder you can write to, or remove the read-only attribute.</source>
        <translation>Tệp {path} chỉ cho phép đọc: không lưu được thay đổi. Hãy chép tệp sang thư mục có quyền ghi hoặc bỏ thuộc tính chỉ đọc.</translation>
    </message>
    <message>
        <source>The account {user} can only view and print; it cannot change data.</source>
        <translation>Tài khoản {user} chỉ được xem và in, không được thay đổi dữ liệu.</translation>
    </message>
    <message>
        <source>Choose the receiving office.</source>
        <translation>Hãy chọn cơ quan nhận.</translation>
    </message>
    <message>
        <source>The renaming date must be after the date the current name came into use.</source>
        <translation>Ngày đổi tên phải sau ngày bắt đầu dùng tên hiện tại.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Trường này không được để trống.</translation>
    </message>
    <message>
        <source>A recognised initiative needs the number of the recognition decision.</source>
        <translation>Sáng kiến đã công nhận phải có số quyết định công nhận.</translation>
    </message>
    <message>
        <source>The backup {path} could not be restored.</source>
        <translation>Không khôi phục được bản sao lưu {path}.</translation>
    </message>
    <message>
        <source>The same target and year as a row above.</source>
        <translation>Dòng trùng chỉ tiêu và năm ở trên.</translation>
    </message>
    <message>
        <source>The rule belongs to another movement.</source>
        <translation>Quy định thuộc một phong trào khác.</translation>
    </message>
    <message>
        <source>A file cannot be restored from itself ({path}).</source>
        <translation>Không thể khôi phục một tệp từ chính nó ({path}).</translation>
    </message>
    <message>
        <source>The head and the deputy of the bloc must be two different units.</source>
        <translation>Trưởng khối và phó khối phải là hai đơn vị khác nhau.</translation>
    </message>
    <message>
        <source>The new name is the same as the current one.</source>
        <translation>Tên mới trùng với tên hiện tại.</translation>
    </message>
    <message>
        <source>The sponsoring unit and the sponsored commune must differ.</source>
        <translation>Đơn vị đỡ đầu và xã được đỡ đầu phải khác nhau.</translation>
    </message>
    <message>
        <source>The scale must be from 0.9 to 1.1.</source>
        <translation>Tỷ lệ phải trong khoảng 0,9 đến 1,1.</translation>
    </message>
    <message>
        <source>The criterion and the participant are not in the same movement.</source>
        <translation>Tiêu chí và người/đơn vị không cùng một phong trào.</translation>
    </message>
    <message>
        <source>A package cannot be sent to the office itself.</source>
        <translation>Không gửi gói hồ sơ cho chính cơ quan mình.</translation>
    </message>
    <message>
        <source>The sender is unknown or has changed its key. Call the sender to compare the key fingerprint; if it matches, receive the package again trusting the sender. Nothing was written.</source>
        <translation>Nơi gửi chưa được biết hoặc đã đổi khoá. Hãy gọi điện cho nơi gửi để so dấu vân tay; nếu khớp, nhận lại và tin cậy nơi gửi. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>With several authors, give each one&apos;s share in percent.</source>
        <translation>Có nhiều tác giả: hãy ghi tỷ lệ đóng góp (%) của từng người.</translation>
    </message>
    <message>
        <source>Each author&apos;s share must be above 0 and at most 100%.</source>
        <translation>Tỷ lệ đóng góp của mỗi tác giả phải lớn hơn 0 và tối đa 100%.</translation>
    </message>
    <message>
        <source>The authors&apos; shares must add up to 100%.</source>
        <translation>Tổng tỷ lệ đóng góp của các tác giả phải bằng 100%.</translation>
    </message>
    <message>
        <source>A single author has a share of 100%.</source>
        <translation>Một tác giả thì tỷ lệ đóng góp là 100%.</translation>
    </message>
    <message>
        <source>The font size must be from 6 to 48.</source>
        <translation>Cỡ chữ phải từ 6 đến 48.</translation>
    </message>
    <message>
        <source>The data file {path} is damaged: it cannot be backed up.</source>
        <translation>Tệp dữ liệu {path} bị hỏng: không sao lưu được.</translation>
    </message>
    <message>
        <source>Database error with the file {path}.</source>
        <translation>Lỗi cơ sở dữ liệu với tệp {path}.</translation>
    </message>
    <message>
        <source>The file {name} has cells with content or formatting far below the table. Delete the extra rows under the table and save it again.</source>
        <translation>Tệp {name} còn ô có nội dung hoặc định dạng ở xa bên dưới bảng dữ liệu. Hãy xóa các dòng thừa bên dưới bảng rồi lưu lại.</translation>
    </message>
    <message>
        <source>“{award}” is not given to this kind of subject.</source>
        <translation>“{award}” không tặng cho đối tượng này.</translation>
    </message>
    <message>
        <source>The subject must be person or unit.</source>
        <translation>Đối tượng phải là person (cá nhân) hoặc unit (tập thể).</translation>
    </message>
    <message>
        <source>The symbol has only letters without diacritics, digits and &apos;-&apos;.</source>
        <translation>Ký hiệu chỉ gồm chữ cái không dấu, chữ số và dấu &apos;-&apos;.</translation>
    </message>
    <message>
        <source>This password is too common, anyone could guess it; choose another (for example a short sentence easy to remember).</source>
        <translation>Mật khẩu này quá phổ biến, ai cũng đoán được; hãy chọn mật khẩu khác (ví dụ một câu ngắn dễ nhớ).</translation>
    </message>
    <message>
        <source>A covenant needs at least two parties.</source>
        <translation>Giao ước thi đua cần ít nhất hai bên ký kết.</translation>
    </message>
    <message>
        <source>The amount is unusually large; check it.</source>
        <translation>Giá trị lớn bất thường; hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>The text is longer than {limit} characters.</source>
        <translation>Nội dung dài quá {limit} ký tự.</translation>
    </message>
    <message>
        <source>The covenant has too many commitments.</source>
        <translation>Giao ước có quá nhiều nội dung.</translation>
    </message>
    <message>
        <source>Package refused: it has {count} parts, too many. Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: gói có {count} tệp thành phần. Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <source>The covenant has too many parties.</source>
        <translation>Giao ước có quá nhiều bên.</translation>
    </message>
    <message>
        <source>The file {name} has too many data rows; split it into several files.</source>
        <translation>Tệp {name} có quá nhiều dòng dữ liệu; hãy chia thành nhiều tệp.</translation>
    </message>
    <message>
        <source>The password is too short.</source>
        <translation>Mật khẩu quá ngắn.</translation>
    </message>
    <message>
        <source>The quantity must be 1 or more.</source>
        <translation>Số lượng phải từ 1 trở lên.</translation>
    </message>
    <message>
        <source>The backup {path} is unfinished or damaged.</source>
        <translation>Bản sao lưu {path} chưa hoàn chỉnh hoặc bị hỏng.</translation>
    </message>
    <message>
        <source>A unit cannot be placed under itself or under one of its sub-units.</source>
        <translation>Không thể đặt đơn vị dưới chính nó hoặc cấp dưới của nó.</translation>
    </message>
    <message>
        <source>The unit cannot be deleted: related records remain (initiatives, movements, awards…). Deactivate it instead, to keep the history.</source>
        <translation>Không thể xóa đơn vị vì còn hồ sơ liên quan (sáng kiến, phong trào, khen thưởng…). Hãy chọn “Ngừng hoạt động” để giữ lịch sử.</translation>
    </message>
    <message>
        <source>The unit cannot be deleted: it still has {people} people and {children} sub-units. Move them elsewhere first, or deactivate it to keep the history.</source>
        <translation>Không thể xóa đơn vị vì còn {people} người và {children} đơn vị cấp dưới. Hãy chuyển họ đi trước, hoặc chọn “Ngừng hoạt động” để giữ lịch sử.</translation>
    </message>
    <message>
        <source>{unit} is not one of the office&apos;s units.</source>
        <translation>{unit} không phải đơn vị của cơ quan.</translation>
    </message>
    <message>
        <source>Unknown alignment: {align}.</source>
        <translation>Căn lề không hợp lệ: {align}.</translation>
    </message>
    <message>
        <source>No such emulation bloc or cluster.</source>
        <translation>Không có khối, cụm thi đua này.</translation>
    </message>
    <message>
        <source>There is no draft decision no. {number}.</source>
        <translation>Không có dự thảo quyết định số {number}.</translation>
    </message>
    <message>
        <source>There is no printed field “{key}”.</source>
        <translation>Không có trường in &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>Package refused: unknown kind of package ({kind}). Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: loại gói không rõ ({kind}). Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <source>There is no blank layout named “{name}”.</source>
        <translation>Không có mẫu phôi tên &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>There is no movement no. {number}.</source>
        <translation>Không có phong trào số {number}.</translation>
    </message>
    <message>
        <source>The kind of office must be one of: {kinds}.</source>
        <translation>Loại cơ quan phải là một trong: {kinds}.</translation>
    </message>
    <message>
        <source>There is no dossier part “{part}”.</source>
        <translation>Không có phần hồ sơ &apos;{part}&apos;.</translation>
    </message>
    <message>
        <source>There is no kind of spreadsheet “{name}”. The kinds are: {kinds}.</source>
        <translation>Không có loại bảng tính “{name}”. Các loại có: {kinds}.</translation>
    </message>
    <message>
        <source>Package refused: it was made by a newer version (format {version}). Update the program. Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: gói được tạo bởi phiên bản mới hơn (định dạng {version}). Hãy cập nhật chương trình. Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <translation>Không đọc được tệp {path}.</translation>
    </message>
    <message>
        <source>A user name has at most 40 characters and no spaces.</source>
        <translation>Tên đăng nhập tối đa 40 ký tự và không có khoảng trắng.</translation>
    </message>
    <message>
        <source>This user name already exists.</source>
        <translation>Tên đăng nhập này đã có.</translation>
    </message>
    <message>
        <source>Enter the quota&apos;s value, or remove the row.</source>
        <translation>Ghi giá trị chỉ tiêu, hoặc xóa dòng.</translation>
    </message>
    <message>
        <source>The width of a field must be from 10 to 297 mm.</source>
        <translation>Độ rộng trường phải từ 10 đến 297 mm.</translation>
    </message>
    <message>
        <source>The file cannot be written; an older file, if any, is unchanged. Close the file, free some disk space or choose another place, then try again.</source>
        <translation>Không ghi được tệp; tệp cũ (nếu có) vẫn giữ nguyên. Hãy đóng tệp, giải phóng ổ đĩa hoặc chọn nơi khác rồi thử lại.</translation>
    </message>
    <message>
        <source>The absent members with written opinions cannot be more than the absent members.</source>
        <translation>Số vắng mặt có ý kiến bằng văn bản không được quá số thành viên vắng mặt.</translation>
    </message>
    <message>
        <source>The file {name} has a password or is an old Excel file (.xls). Open it in Excel, remove the password and save it as .xlsx.</source>
        <translation>Tệp {name} có đặt mật khẩu hoặc là tệp Excel cũ (.xls). Hãy mở bằng Excel, bỏ mật khẩu và lưu lại dạng .xlsx.</translation>
    </message>
    <message>
        <source>The file {name} is damaged or not an Excel .xlsx file.</source>
        <translation>Tệp {name} bị hỏng hoặc không phải tệp Excel .xlsx.</translation>
    </message>
    <message>
        <source>The file {name} is encrypted; remove the password and save it again as .xlsx.</source>
        <translation>Tệp {name} bị mã hóa; hãy bỏ mật khẩu rồi lưu lại dạng .xlsx.</translation>
    </message>
    <message>
        <source>The file {name} has an unusual structure (it may be harmful); it was not read.</source>
        <translation>Tệp {name} có cấu trúc bất thường (có thể là tệp độc hại); không đọc.</translation>
    </message>
    <message>
        <source>The file {name} is too large once unpacked; it was not read.</source>
        <translation>Tệp {name} quá lớn khi giải nén; không đọc.</translation>
    </message>
    <message>
        <source>The file {name} has too many different texts; split it into several files.</source>
        <translation>Tệp {name} có quá nhiều chuỗi văn bản khác nhau; không đọc. Hãy chia thành nhiều tệp.</translation>
    </message>
    <message>
        <source>The file {name} has too many cell styles; it was not read. Copy the data into a new Excel file (paste values only) and import that file.</source>
        <translation>Tệp {name} có quá nhiều kiểu định dạng ô; không đọc. Hãy sao chép dữ liệu sang một tệp Excel mới (chỉ dán giá trị) rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>The year {year} is not valid.</source>
        <translation>Năm {year} không hợp lệ.</translation>
    </message>
    <message>
        <source>The year is outside the movement&apos;s period.</source>
        <translation>Năm nằm ngoài thời gian của phong trào.</translation>
    </message>
    <message>
        <source>The year must be from {low} to {high}.</source>
        <translation>Năm phải trong khoảng {low} - {high}.</translation>
    </message>
    <message>
        <source>Package refused: the part “{name}” is abnormally large once unpacked. Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: tệp thành phần “{name}” quá lớn khi giải nén. Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <source>The batch has no nominee yet.</source>
        <translation>Đợt đề nghị chưa có ai được đề nghị.</translation>
    </message>
    <message>
        <source>No one in the batch reached the council&apos;s vote share.</source>
        <translation>Không ai trong đợt đạt tỷ lệ phiếu của Hội đồng.</translation>
    </message>
    <message>
        <source>{name}: {votes} votes in favour, more than the members present plus the written opinions ({most}).</source>
        <translation>{name}: {votes} phiếu đồng ý, nhiều hơn số thành viên có mặt cộng ý kiến bằng văn bản ({most}).</translation>
    </message>
    <message>
        <source>{name}: proposed for {award} twice in the batch.</source>
        <translation>{name}: được đề nghị {award} hai lần trong đợt.</translation>
    </message>
    <message>
        <source>{name}: eligibility for {award} not checked yet.</source>
        <translation>{name}: chưa kiểm tra điều kiện {award}.</translation>
    </message>
    <message>
        <source>{name}: not eligible for {award}; give a reason to propose anyway.</source>
        <translation>{name}: không đủ điều kiện {award}; cần ghi lý do nếu vẫn đề nghị.</translation>
    </message>
    <message>
        <source>{name}: {award} is for the council to judge; give the reason to propose.</source>
        <translation>{name}: {award} cần Hội đồng xem xét; cần ghi lý do đề nghị.</translation>
    </message>
    <message>
        <source>{name}: the council&apos;s votes in favour are not entered.</source>
        <translation>{name}: chưa nhập số phiếu đồng ý của Hội đồng.</translation>
    </message>
    <message>
        <source>{name}: {votes}/{total} votes in favour ({share} %), below {threshold} % of all council members.</source>
        <translation>{name}: {votes}/{total} phiếu đồng ý ({share} %), chưa đạt {threshold} % tổng số thành viên Hội đồng.</translation>
    </message>
    <message>
        <source>{name}: already received {award} in {year}.</source>
        <translation>{name}: đã được {award} năm {year}.</translation>
    </message>
    <message>
        <source>{name}: already received {award} (it is given only once).</source>
        <translation>{name}: đã được tặng {award} (chỉ tặng một lần).</translation>
    </message>
    <message>
        <source>Over the movement&apos;s quota: {proposed} proposed for {award}, at most {allowed}; give a reason to propose anyway.</source>
        <translation>Vượt chỉ tiêu của phong trào: {proposed} đề nghị {award}, tối đa {allowed}; cần ghi lý do nếu vẫn đề nghị.</translation>
    </message>
    <message>
        <source>One submission goes to one deciding authority; this batch mixes: {parts}. Split it into separate batches.</source>
        <translation>Một tờ trình chỉ gửi một cấp có thẩm quyền quyết định; đợt này gộp: {parts}. Hãy tách thành các đợt riêng.</translation>
    </message>
    <message>
        <source>The submission goes to {decider} (who decides), not to “{addressee}”: the emulation and commendation council only advises.</source>
        <translation>Tờ trình gửi {decider} (người có thẩm quyền quyết định), không gửi “{addressee}”: Hội đồng Thi đua - Khen thưởng là cơ quan tư vấn.</translation>
    </message>
    <message>
        <source>Year {year}: {cstdcs} grassroots emulation fighters exceed {cap} % of {ldtt} advanced workers. Give a reason to propose anyway (Decree 91/2017, Article 9.3).</source>
        <translation>Năm {year}: {cstdcs} Chiến sĩ thi đua cơ sở vượt {cap} % của {ldtt} Lao động tiên tiến. Cần ghi lý do nếu vẫn đề nghị (khoản 3 Điều 9 Nghị định 91/2017/NĐ-CP).</translation>
    </message>
    <message>
        <source>Already awarded {award} in {year} ({decision}).</source>
        <translation>Đã được khen thưởng {award} năm {year} ({decision}).</translation>
    </message>
    <message>
        <source>The standard is for the council to judge.</source>
        <translation>Tiêu chuẩn cần Hội đồng xem xét.</translation>
    </message>
    <message>
        <source>under a disciplinary measure ({kind}, decided in {year})</source>
        <translation>đang trong thời gian kỷ luật {kind} (quyết định năm {year})</translation>
    </message>
    <message>
        <source>{year}: rated {rating}</source>
        <translation>năm {year} xếp loại {rating}</translation>
    </message>
    <message>
        <source>{year}: not rated yet</source>
        <translation>năm {year} chưa có xếp loại</translation>
    </message>
    <message>
        <source>{year}: rated {rating}; {floor} or better is needed</source>
        <translation>năm {year} xếp loại {rating}, cần {floor} trở lên</translation>
    </message>
    <message>
        <source>{year}: not rated yet; {floor} or better is needed</source>
        <translation>năm {year} chưa có xếp loại, cần {floor} trở lên</translation>
    </message>
    <message>
        <source>{year}: did not reach {floor}</source>
        <translation>năm {year} chưa đạt {floor}</translation>
    </message>
    <message>
        <source>{year}: the collective did not reach {floor}</source>
        <translation>năm {year} tập thể chưa đạt {floor}</translation>
    </message>
    <message>
        <source>{year}: meets the standard of Advanced Worker</source>
        <translation>năm {year} đạt tiêu chuẩn Lao động tiên tiến</translation>
    </message>
    <message>
        <source>{year}: did not reach Advanced Worker</source>
        <translation>năm {year} chưa đạt Lao động tiên tiến</translation>
    </message>
    <message>
        <source>{year}: excellently completed duties</source>
        <translation>năm {year} Hoàn thành xuất sắc nhiệm vụ</translation>
    </message>
    <message>
        <source>{year}: neither excellently completed duties nor a recognised initiative</source>
        <translation>năm {year} chưa Hoàn thành xuất sắc nhiệm vụ và chưa có sáng kiến được công nhận</translation>
    </message>
    <message>
        <source>{year}: did not reach {title}</source>
        <translation>năm {year} chưa đạt {title}</translation>
    </message>
    <message>
        <source>{year}: meets the standard of {title} but has no recognition decision yet</source>
        <translation>năm {year} đủ tiêu chuẩn {title} nhưng chưa có quyết định công nhận</translation>
    </message>
    <message>
        <source>an initiative recognised in {year}: “{title}”</source>
        <translation>có sáng kiến được công nhận năm {year}: “{title}”</translation>
    </message>
    <message>
        <source>{votes} votes in favour cannot be more than the members present plus the written opinions ({present} + {written} = {most}).</source>
        <translation>Số phiếu đồng ý ({votes}) không thể nhiều hơn số thành viên có mặt cộng số ý kiến bằng văn bản ({present} + {written} = {most}).</translation>
    </message>
    <message>
        <source>The report period “{text}” is not valid.</source>
        <translation>Kỳ báo cáo «{text}» không hợp lệ.</translation>
    </message>
    <message>
        <source>Package refused: a record in it contradicts the office&apos;s data. Nothing was written.</source>
        <translation>Gói hồ sơ bị từ chối: một bản ghi trong gói mâu thuẫn với dữ liệu của cơ quan. Chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
        <source>The movement cannot be deleted: {count} proposal batches follow it. Delete those batches first.</source>
        <translation>Không thể xóa phong trào vì đã có {count} đợt đề nghị khen thưởng theo phong trào này. Hãy xóa các đợt đề nghị trước.</translation>
    </message>
    <message>
        <source>The amount must be a whole number.</source>
        <translation>Giá trị phải là số đồng nguyên.</translation>
    </message>
    <message>
        <source>Number {number} of {year} has already been given to {document}.</source>
        <translation>Số {number} năm {year} đã cấp cho văn bản {document}.</translation>
    </message>
    <message>
        <source>Several people are named “{name}”: write the CCCD number, the date of birth or the unit.</source>
        <translation>Có nhiều người tên “{name}”: hãy ghi số CCCD, ngày sinh hoặc đơn vị.</translation>
    </message>
    <message>
        <source>“{name}” was not found in the data.</source>
        <translation>Không tìm thấy “{name}” trong dữ liệu.</translation>
    </message>
    <message>
        <source>The provincial catalog is not written correctly: {detail}</source>
        <translation>Danh mục của tỉnh sai cú pháp: {detail}</translation>
    </message>
    <message>
        <source>The provincial catalog names codes that do not exist: {codes}.</source>
        <translation>Danh mục của tỉnh có mã không tồn tại: {codes}.</translation>
    </message>
    <message>
        <source>{label} cannot be restored: its data in the recycle bin is damaged or was changed outside the program. Restore a backup.</source>
        <translation>Không khôi phục được {label}: dữ liệu của mục này trong thùng rác đã bị hỏng hoặc bị sửa ngoài chương trình. Hãy khôi phục từ một bản sao lưu.</translation>
    </message>
    <message>
        <source>{label} cannot be restored: the record it belongs to is no longer in the data. Restore that record first (if it is in the recycle bin).</source>
        <translation>Không khôi phục được {label}: bản ghi mà nó gắn với không còn trong dữ liệu. Hãy khôi phục bản ghi đó trước (nếu còn trong thùng rác).</translation>
    </message>
    <message>
        <source>{label} cannot be restored: its record is back in the data already (imported again after deletion?).</source>
        <translation>Không khôi phục được {label}: bản ghi đã có lại trong dữ liệu (nhập lại sau khi xóa?).</translation>
    </message>
    <message>
        <source>Not written to {path}: it is the data file in use. Choose another file name or place.</source>
        <translation>Không ghi vào {path}: đây là tệp dữ liệu đang mở. Hãy chọn tên tệp hoặc nơi khác.</translation>
    </message>
    <message>
        <source>Not written to {path}: it is the transaction journal of the data file. Choose another file name or place.</source>
        <translation>Không ghi vào {path}: đây là tệp nhật ký giao dịch của tệp dữ liệu. Hãy chọn tên tệp hoặc nơi khác.</translation>
    </message>
    <message>
        <source>Not written to {path}: it is the data file&apos;s backup folder. Choose another file name or place.</source>
        <translation>Không ghi vào {path}: đây là thư mục sao lưu của tệp dữ liệu. Hãy chọn tên tệp hoặc nơi khác.</translation>
    </message>
    <message>
        <source>Not written to {path}: it is the program&apos;s data folder. Choose another file name or place.</source>
        <translation>Không ghi vào {path}: đây là thư mục dữ liệu của chương trình. Hãy chọn tên tệp hoặc nơi khác.</translation>
    </message>
    <message>
        <source>Not written to {path}: it cannot be checked. Choose another file name or place.</source>
        <translation>Không ghi vào {path}: không kiểm tra được. Hãy chọn tên tệp hoặc nơi khác.</translation>
    </message>
    <message>
        <source>Not written to {path}: it is a folder, not a file. Choose another file name or place.</source>
        <translation>Không ghi vào {path}: đây là một thư mục, không phải tệp. Hãy chọn tên tệp hoặc nơi khác.</translation>
    </message>
    <message>
        <source>Not written to {path}: it is not a regular file (a device, a pipe…). Choose another file name or place.</source>
        <translation>Không ghi vào {path}: đây không phải là một tệp thường (thiết bị, ống dẫn…). Hãy chọn tên tệp hoặc nơi khác.</translation>
    </message>
    <message>
        <source>Several units are named “{name}”; write the unit&apos;s code.</source>
        <translation>Có nhiều đơn vị tên “{name}”; hãy ghi mã đơn vị.</translation>
    </message>
    <message>
        <source>No unit “{name}” was found (by name or code).</source>
        <translation>Không tìm thấy đơn vị “{name}” (theo tên hoặc mã).</translation>
    </message>
    <message>
        <source>The file {name} looks like the spreadsheet “{title}”, not the kind being imported; it was not read. Choose the right kind when importing.</source>
        <translation>Tệp {name} trông như bảng tính “{title}”, không phải loại đang nhập; không đọc. Hãy chọn đúng loại bảng tính khi nhập.</translation>
    </message>
    <message>
        <source>{title} {count} years in a row ({first}-{last})</source>
        <translation>đạt {title} {count} năm liên tục ({first}-{last})</translation>
    </message>
    <message>
        <source>{year}: no recognised initiative (under {rule_set} an initiative is required)</source>
        <translation>năm {year} chưa có sáng kiến được công nhận (theo {rule_set}, bắt buộc có sáng kiến)</translation>
    </message>
    <message>
        <source>Grassroots Emulation Fighter {count} times in a row ({first}-{last})</source>
        <translation>đạt Chiến sĩ thi đua cơ sở {count} lần liên tục ({first}-{last})</translation>
    </message>
    <message>
        <source>received {prior} in {year}</source>
        <translation>đã được tặng {prior} năm {year}</translation>
    </message>
    <message>
        <source>no {prior} in {year} or before</source>
        <translation>chưa có {prior} từ năm {year} trở về trước</translation>
    </message>
    <message>
        <source>{count} years in a row ({first}-{last}) well completed duties or better</source>
        <translation>{count} năm liên tục ({first}-{last}) Hoàn thành tốt nhiệm vụ trở lên</translation>
    </message>
    <message>
        <source>Grassroots Emulation Fighter {count} times ({years})</source>
        <translation>{count} lần Chiến sĩ thi đua cơ sở ({years})</translation>
    </message>
    <message>
        <source>only {count} times Grassroots Emulation Fighter in {first}-{last}; {need} needed</source>
        <translation>chỉ có {count} lần Chiến sĩ thi đua cơ sở trong {first}-{last}, cần {need}</translation>
    </message>
    <message>
        <source>{count} members are Grassroots Emulation Fighters</source>
        <translation>có {count} thành viên đạt Chiến sĩ thi đua cơ sở</translation>
    </message>
    <message>
        <source>no member is a Grassroots Emulation Fighter in {year}</source>
        <translation>chưa có thành viên đạt Chiến sĩ thi đua cơ sở năm {year}</translation>
    </message>
    <message>
        <source>{award} is not given to households</source>
        <translation>{award} không xét tặng cho hộ gia đình</translation>
    </message>
    <message>
        <source>commendation for a sudden achievement: the yearly rating is not judged</source>
        <translation>khen thưởng đột xuất: không xét theo xếp loại hằng năm</translation>
    </message>
    <message>
        <source>{unit} is a village or residential group</source>
        <translation>{unit} là thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>Already awarded {award} in {year} (decision no. {decision}).</source>
        <translation>Đã được khen thưởng {award} năm {year} (Quyết định số {decision}).</translation>
    </message>
    <message>
        <source>Already awarded {award} in {year} (decision no. {decision} of {day}).</source>
        <translation>Đã được khen thưởng {award} năm {year} (Quyết định số {decision} ngày {day}).</translation>
    </message>
    <message>
        <source>Already awarded {award} in {year} (decision of {day}).</source>
        <translation>Đã được khen thưởng {award} năm {year} (ngày {day}).</translation>
    </message>
    <message>
        <source>Already awarded {award} in {year} (the decision has no number recorded).</source>
        <translation>Đã được khen thưởng {award} năm {year} (quyết định chưa ghi số).</translation>
    </message>
    <message>
        <source>“{title}” is recorded as {record_kind}, not as an initiative or a research project: it cannot ground a title</source>
        <translation>“{title}” là {record_kind}, không phải sáng kiến hay đề tài, đề án khoa học: không làm căn cứ xét danh hiệu</translation>
    </message>
    <message>
        <source>the initiative “{title}” already grounded {used_for}</source>
        <translation>sáng kiến “{title}” đã dùng làm căn cứ cho {used_for}</translation>
    </message>
    <message>
        <source>received {award} in {last}: the next one needs {count} years in a row as Grassroots Emulation Fighter after {last} (at the earliest in {earliest})</source>
        <translation>đã được tặng {award} năm {last}: lần tiếp theo cần {count} năm Chiến sĩ thi đua cơ sở liên tục sau năm {last} (sớm nhất năm {earliest})</translation>
    </message>
    <message>
        <source>an initiative of {reach} influence: “{title}”</source>
        <translation>có sáng kiến phạm vi {reach}: “{title}”</translation>
    </message>
    <message>
        <source>no recognised initiative of {reach} influence in {first}-{last}</source>
        <translation>chưa có sáng kiến được công nhận phạm vi ảnh hưởng {reach} trong {first}-{last}</translation>
    </message>
    <message>
        <source>no recognised initiative of {reach} influence in {first}-{last} (not used for the previous award)</source>
        <translation>chưa có sáng kiến được công nhận phạm vi ảnh hưởng {reach} trong {first}-{last} (chưa dùng cho lần trước)</translation>
    </message>
    <message>
        <source>{title} the second time in {year}: propose in {proposed} (the year right after the second time)</source>
        <translation>lần thứ hai đạt {title} là năm {year}: đề nghị vào năm {proposed} (năm liền kề sau lần thứ hai)</translation>
    </message>
    <message>
        <source>{title} twice in a row ({first} and {second})</source>
        <translation>đạt {title} hai lần liên tục ({first} và {second})</translation>
    </message>
    <message>
        <source>not {title} twice in a row in {first} and {second}</source>
        <translation>chưa đạt {title} hai lần liên tục năm {first} và năm {second}</translation>
    </message>
    <message>
        <source>not {title} twice in a row in {first} and {second} (held in {years})</source>
        <translation>chưa đạt {title} hai lần liên tục năm {first} và năm {second} (đã đạt các năm {years})</translation>
    </message>
    <message>
        <source>{count} years in a row ({first}-{last}) excellently completed duties, and {found} recognised initiatives</source>
        <translation>{count} năm liên tục Hoàn thành xuất sắc nhiệm vụ ({first}-{last}) và {found} sáng kiến được công nhận</translation>
    </message>
    <message>
        <source>neither Grassroots Emulation Fighter {count} times in a row nor {excellent} years of excellently completed duties with {need} initiatives; judged on outstanding achievements in an emulation movement or a sudden achievement (the council decides)</source>
        <translation>chưa đạt Chiến sĩ thi đua cơ sở {count} lần liên tục, cũng chưa có {excellent} năm Hoàn thành xuất sắc nhiệm vụ kèm {need} sáng kiến; xét theo thành tích xuất sắc trong phong trào thi đua hoặc đột xuất (Hội đồng xem xét)</translation>
    </message>
    <message>
        <source>neither Grassroots Emulation Fighter {count} times in a row nor {excellent} years of excellently completed duties with {need} initiatives</source>
        <translation>chưa đạt Chiến sĩ thi đua cơ sở {count} lần liên tục và chưa có {excellent} năm Hoàn thành xuất sắc nhiệm vụ kèm {need} sáng kiến</translation>
    </message>
    <message>
        <source>{years}: did not reach Well completed duties</source>
        <translation>các năm {years} chưa Hoàn thành tốt nhiệm vụ</translation>
    </message>
    <message>
        <source>{found} recognised initiatives applied at {scope} level in {first}-{last}</source>
        <translation>{found} sáng kiến được công nhận, áp dụng phạm vi {scope} trong {first}-{last}</translation>
    </message>
    <message>
        <source>only {found} recognised initiatives applied at {scope} level in {first}-{last}; {need} needed</source>
        <translation>chỉ có {found} sáng kiến được công nhận, áp dụng phạm vi {scope} trong {first}-{last}, cần {need}</translation>
    </message>
    <message>
        <source>The council judges the duties completed over the years and the outstanding achievements under Article 24 of Decree 91/2017.</source>
        <translation>Hội đồng xem xét mức hoàn thành nhiệm vụ các năm và thành tích xuất sắc theo Điều 24 Nghị định 91/2017/NĐ-CP.</translation>
    </message>
    <message>
        <source>{year}: the collective is rated {rating}</source>
        <translation>tập thể năm {year} xếp loại {rating}</translation>
    </message>
    <message>
        <source>{year}: the collective is not rated yet</source>
        <translation>tập thể năm {year} chưa có xếp loại</translation>
    </message>
    <message>
        <source>{year}: the collective is rated {rating}; {floor} or better is needed</source>
        <translation>tập thể năm {year} xếp loại {rating}, cần {floor} trở lên</translation>
    </message>
    <message>
        <source>{year}: the collective is not rated yet; {floor} or better is needed</source>
        <translation>tập thể năm {year} chưa có xếp loại, cần {floor} trở lên</translation>
    </message>
    <message>
        <source>{year}: the collective is rated {rating}; {floor} is needed</source>
        <translation>tập thể năm {year} xếp loại {rating}, cần {floor}</translation>
    </message>
    <message>
        <source>{year}: the collective is not rated yet; {floor} is needed</source>
        <translation>tập thể năm {year} chưa có xếp loại, cần {floor}</translation>
    </message>
    <message>
        <source>{year}: the collective excellently completed its duties</source>
        <translation>tập thể năm {year} Hoàn thành xuất sắc nhiệm vụ</translation>
    </message>
    <message>
        <source>{year}: the collective is not rated yet; the council decides how well it completed its duties</source>
        <translation>tập thể năm {year} chưa có xếp loại: Hội đồng xác định mức hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <source>{ldtt}/{total} members are Advanced Workers ({share} %)</source>
        <translation>{ldtt}/{total} thành viên đạt Lao động tiên tiến ({share} %)</translation>
    </message>
    <message>
        <source>{ldtt}/{total} members are Advanced Workers ({share} %); more than {percent} % is needed</source>
        <translation>{ldtt}/{total} thành viên đạt Lao động tiên tiến ({share} %), cần trên {percent} %</translation>
    </message>
    <message>
        <source>{ldtt}/{total} members are Advanced Workers ({share} %); at least {percent} % is needed (the province&apos;s rule)</source>
        <translation>{ldtt}/{total} thành viên đạt Lao động tiên tiến ({share} %), cần từ {percent} % (quy định của tỉnh)</translation>
    </message>
    <message>
        <source>The share of Advanced Workers is set by the ministry or province (Law of 2022, Article 28); the office has not set the province&apos;s share: the council compares the share above with the province&apos;s rule.</source>
        <translation>Tỷ lệ Lao động tiên tiến do Bộ, tỉnh quy định chi tiết (Luật 2022 Điều 28); văn phòng chưa đặt tỷ lệ của tỉnh: Hội đồng đối chiếu tỷ lệ trên với quy định của tỉnh.</translation>
    </message>
    <message>
        <source>{ldtt}/{total} members are Advanced Workers</source>
        <translation>{ldtt}/{total} thành viên đạt Lao động tiên tiến</translation>
    </message>
    <message>
        <source>{ldtt}/{total} members are Advanced Workers; at least {percent} % is needed</source>
        <translation>{ldtt}/{total} thành viên đạt Lao động tiên tiến, cần từ {percent} %</translation>
    </message>
    <message>
        <source>no member is under a discipline of warning or heavier</source>
        <translation>không có thành viên bị kỷ luật từ cảnh cáo trở lên</translation>
    </message>
    <message>
        <source>members under a discipline of warning or heavier: {names}</source>
        <translation>có thành viên bị kỷ luật từ cảnh cáo trở lên: {names}</translation>
    </message>
    <message>
        <source>members under a discipline of warning or heavier: {names}. Article 27 of the Law of 2022 has not been checked on discipline: the council judges (the title of Advanced Collective is not given to this collective).</source>
        <translation>có thành viên bị kỷ luật từ cảnh cáo trở lên: {names}. Luật 2022 Điều 27 chưa được đối chiếu về điều kiện kỷ luật: Hội đồng xem xét (danh hiệu Tập thể lao động tiên tiến không xét cho tập thể này).</translation>
    </message>
    <message>
        <source>100 % of the members completed their duties</source>
        <translation>100 % thành viên hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <source>members who did not complete their duties or are not rated: {names}</source>
        <translation>thành viên chưa hoàn thành nhiệm vụ hoặc chưa có xếp loại: {names}</translation>
    </message>
    <message>
        <source>members who did not complete their duties or are not rated: {names} and {more} others</source>
        <translation>thành viên chưa hoàn thành nhiệm vụ hoặc chưa có xếp loại: {names} và {more} người khác</translation>
    </message>
    <message>
        <source>{award} is given only to: {kinds}; {unit} is: {unit_kind}</source>
        <translation>{award} chỉ xét tặng cho {kinds}; {unit} là {unit_kind}</translation>
    </message>
    <message>
        <source>{year}: led {blocs}</source>
        <translation>năm {year} dẫn đầu {blocs}</translation>
    </message>
    <message>
        <source>{year}: led no emulation bloc or cluster (the Emulation Flag is only for the leader of a bloc or cluster)</source>
        <translation>năm {year} không dẫn đầu khối, cụm thi đua nào (Cờ thi đua chỉ xét cho đơn vị dẫn đầu khối, cụm)</translation>
    </message>
    <message>
        <source>Exceeded the targets, outstanding and exemplary: the council judges.</source>
        <translation>Hoàn thành vượt mức chỉ tiêu, tiêu biểu xuất sắc: Hội đồng xem xét.</translation>
    </message>
    <message>
        <source>household of {head}, {village}, {members} members</source>
        <translation>hộ {head}, {village}, {members} nhân khẩu</translation>
    </message>
    <message>
        <source>the sudden achievement is not written on the proposal: write it (what, when, how far its influence went) for the council to judge</source>
        <translation>chưa ghi thành tích đột xuất trên đề nghị: ghi thành tích (việc gì, khi nào, phạm vi ảnh hưởng) để Hội đồng đánh giá</translation>
    </message>
    <message>
        <source>sudden achievement written: “{achievement}”; the council judges whether it is outstanding, sudden and of wide enough influence for {award}</source>
        <translation>thành tích đột xuất đã ghi: “{achievement}”; Hội đồng đánh giá thành tích có xuất sắc, đột xuất và phạm vi ảnh hưởng đủ cho {award} hay không</translation>
    </message>
    <message>
        <source>no positions recorded (position, from, until) to count the time in leadership</source>
        <translation>chưa ghi quá trình công tác (chức vụ, từ ngày, đến ngày) để tính thời gian giữ chức vụ</translation>
    </message>
    <message>
        <source>no leadership or management position among the positions recorded (commendation for long service is for people who held such positions)</source>
        <translation>không có chức vụ lãnh đạo, quản lý nào trong quá trình công tác đã ghi (khen thưởng quá trình cống hiến dành cho người giữ chức vụ lãnh đạo, quản lý)</translation>
    </message>
    <message>
        <source>{years_held} years {months_held} months in leadership or management positions up to 31/12/{year} ({held})</source>
        <translation>giữ chức vụ lãnh đạo, quản lý {years_held} năm {months_held} tháng đến 31/12/{year} ({held})</translation>
    </message>
    <message>
        <source>{years_held} years in leadership or management positions up to 31/12/{year} ({held})</source>
        <translation>giữ chức vụ lãnh đạo, quản lý {years_held} năm đến 31/12/{year} ({held})</translation>
    </message>
    <message>
        <source>enough time in the positions under the catalog (from {need_years} years)</source>
        <translation>đủ thời gian giữ chức vụ theo danh mục (từ {need_years} năm)</translation>
    </message>
    <message>
        <source>{years_held} years {months_held} months in the positions; {need_years} years are needed</source>
        <translation>thời gian giữ chức vụ {years_held} năm {months_held} tháng, cần từ {need_years} năm</translation>
    </message>
    <message>
        <source>{years_held} years in the positions; {need_years} years are needed</source>
        <translation>thời gian giữ chức vụ {years_held} năm, cần từ {need_years} năm</translation>
    </message>
    <message>
        <source>the catalog has no table of years in positions: the council compares the positions and years with the rules</source>
        <translation>bảng thời gian giữ chức vụ chưa có trong danh mục: Hội đồng đối chiếu chức vụ và số năm với quy định</translation>
    </message>
    <message>
        <source>a woman: the time in positions asked is reduced by a third</source>
        <translation>nữ: thời gian giữ chức vụ yêu cầu được giảm một phần ba</translation>
    </message>
    <message>
        <source>a woman: the time in positions asked is reduced by {fraction}</source>
        <translation>nữ: thời gian giữ chức vụ yêu cầu được giảm {fraction}</translation>
    </message>
    <message>
        <source>no such household in the household register: the council judges</source>
        <translation>không có hộ này trong sổ hộ gia đình: Hội đồng xem xét</translation>
    </message>
    <message>
        <source>{count} households of that name in the register; write “Name (Village)”: the council judges</source>
        <translation>có {count} hộ cùng tên trong sổ hộ gia đình; ghi “Tên (Thôn)”: Hội đồng xem xét</translation>
    </message>
    <message>
        <source>This subject cannot be checked automatically: the council judges.</source>
        <translation>Không kiểm tra tự động được đối tượng này: Hội đồng xem xét.</translation>
    </message>
    <message>
        <source>Exceeded the emulation targets and the duties given, outstanding and exemplary in the province: the council judges.</source>
        <translation>Hoàn thành vượt mức chỉ tiêu thi đua và nhiệm vụ được giao, tiêu biểu xuất sắc của tỉnh: Hội đồng xem xét.</translation>
    </message>
    <message>
        <source>The council judges the standard of Article 25 of the Law (leading the emulation movement of a ministry, sector or province): the detailed standard has not been checked against the texts.</source>
        <translation>Hội đồng xem xét tiêu chuẩn của Điều 25 Luật (dẫn đầu phong trào thi đua của Bộ, ngành, tỉnh): tiêu chuẩn chi tiết chưa được đối chiếu văn bản.</translation>
    </message>
    <message>
        <source>The council judges the achievements voted in an emulation movement, or the sudden achievement, of the person proposed.</source>
        <translation>Hội đồng xem xét thành tích được bình xét trong phong trào thi đua hoặc thành tích đột xuất của người được đề nghị.</translation>
    </message>
    <message>
        <source>The council judges the whole standard of Article 44 of the Law on Emulation and Commendation 2022 for officials and public employees (earlier awards, years, initiatives): the text has not been checked; the program checks only discipline and the rating of the year.</source>
        <translation>Hội đồng xem xét toàn bộ tiêu chuẩn Điều 44 Luật Thi đua, khen thưởng 2022 đối với cán bộ, công chức, viên chức (khen thưởng trước đó, số năm, sáng kiến): văn bản chưa được đối chiếu, chương trình chỉ kiểm tra kỷ luật và xếp loại năm xét.</translation>
    </message>
    <message>
        <source>The council judges the standard of {award} against the law (the program cannot read the text, so it draws no conclusion): (1) whether {prior} was awarded, with the decision&apos;s number and date; (2) the years of work and achievements since that award; (3) the initiatives, research and works, and how far their influence goes. The program checks only discipline; give a reason before submitting.</source>
        <translation>Hội đồng xem xét, đối chiếu tiêu chuẩn {award} trong văn bản luật (chương trình chưa đọc được văn bản nên không tự kết luận): (1) đã được tặng {prior} chưa, quyết định số, ngày; (2) số năm công tác và thành tích từ lần khen đó đến năm xét; (3) sáng kiến, đề tài, công trình và phạm vi ảnh hưởng của chúng. Chương trình chỉ kiểm tra kỷ luật; cần ghi lý do trước khi trình.</translation>
    </message>
    <message>
        <source>The standard is set locally: the council judges.</source>
        <translation>Tiêu chuẩn do địa phương quy định: Hội đồng xem xét.</translation>
    </message>
    <message>
        <source>The standard follows {decree} and the province&apos;s rules: the council judges.</source>
        <translation>Tiêu chuẩn theo {decree} và quy định của tỉnh: Hội đồng xem xét.</translation>
    </message>
    <message>
        <source>The standard follows the framework of {decree}, detailed by the provincial People&apos;s Committee: the council judges.</source>
        <translation>Tiêu chuẩn theo khung của {decree} do Ủy ban nhân dân tỉnh quy định chi tiết: Hội đồng xem xét.</translation>
    </message>
    <message>
        <source>The standard follows the framework of {decree} (from {day}), detailed by the provincial People&apos;s Committee: the council judges.</source>
        <translation>Tiêu chuẩn theo khung của {decree} (từ {day}) do Ủy ban nhân dân tỉnh quy định chi tiết: Hội đồng xem xét.</translation>
    </message>
    <message>
        <source>Missing: {reason}</source>
        <translation>Thiếu: {reason}</translation>
    </message>
</context>
<context>
    <name>MoveUnitDialog</name>
    <message>
        <source>Move unit</source>
        <translation>Chuyển đơn vị</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(cấp cao nhất)</translation>
    </message>
    <message>
        <source>Move “%1” under:</source>
        <translation>Chuyển “%1” về trực thuộc:</translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation>Thay đổi từ ngày</translation>
    </message>
    <message>
        <source>Keep the old name and parent unit for papers dated before this day (untick to correct a mistake)</source>
        <translation>Giữ tên và đơn vị cấp trên cũ cho văn bản trước ngày này (bỏ chọn nếu chỉ sửa lỗi nhập)</translation>
    </message>
    <message>
        <source>the old parent unit stays on earlier papers</source>
        <translation>văn bản trước đó vẫn ghi đơn vị cấp trên cũ</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>Emulation movement</source>
        <translation>Phong trào thi đua</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Target groups and criteria</source>
        <translation>Khối thi đua và tiêu chí</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Mốc thời gian</translation>
    </message>
    <message>
        <source>Award quotas</source>
        <translation>Chỉ tiêu khen thưởng</translation>
    </message>
    <message>
        <source>(a new plan)</source>
        <translation>(kế hoạch mới)</translation>
    </message>
    <message>
        <source>Copy with dates shifted</source>
        <translation>Sao chép, dời ngày theo</translation>
    </message>
    <message>
        <source>Take groups, criteria, award forms and milestones from an earlier movement; every date moves to the start date below</source>
        <translation>Lấy khối thi đua, tiêu chí, hình thức khen thưởng và các mốc thời gian từ một phong trào trước; mọi ngày được dời theo ngày bắt đầu dưới đây</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Bắt đầu từ:</translation>
    </message>
    <message>
        <source>Regular (yearly)</source>
        <translation>Thường xuyên (hằng năm)</translation>
    </message>
    <message>
        <source>By campaign</source>
        <translation>Theo đợt</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <source>One award form per line</source>
        <translation>Mỗi dòng một hình thức khen thưởng</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên phong trào:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Thời gian:</translation>
    </message>
    <message>
        <source>Plan it implements:</source>
        <translation>Thực hiện theo kế hoạch:</translation>
    </message>
    <message>
        <source>Our plan:</source>
        <translation>Kế hoạch của cơ quan:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Mục đích:</translation>
    </message>
    <message>
        <source>&amp;Requirements:</source>
        <translation>&amp;Yêu cầu:</translation>
    </message>
    <message>
        <source>&amp;Award forms:</source>
        <translation>&amp;Hình thức khen thưởng:</translation>
    </message>
    <message>
        <source>Add from the catalog</source>
        <translation>Thêm từ danh mục</translation>
    </message>
    <message>
        <source>Number, e.g. 130/KH-UBND</source>
        <translation>Số hiệu, ví dụ 130/KH-UBND</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Đạt được</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Tên khối, nhóm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Criteria of the selected group:</source>
        <translation>Tiêu chí của khối đang chọn:</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mốc</translation>
    </message>
    <message>
        <source>Due (dd/mm/yyyy)</source>
        <translation>Hạn (ngày/tháng/năm)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Usual pattern for the period</source>
        <translation>Các mốc thường lệ cho thời gian này</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Departments and units</source>
        <translation>Các phòng, đơn vị</translation>
    </message>
    <message>
        <source>Civil servants, public employees, workers</source>
        <translation>Cán bộ, công chức, viên chức, người lao động</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>Businesses and cooperatives</source>
        <translation>Doanh nghiệp, hợp tác xã</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>People outside the office</source>
        <translation>Cá nhân ngoài cơ quan</translation>
    </message>
    <message>
        <source>6-month report</source>
        <translation>Sơ kết 6 tháng</translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation>Tổng kết năm</translation>
    </message>
    <message>
        <source>Mid-term review</source>
        <translation>Sơ kết giữa kỳ</translation>
    </message>
    <message>
        <source>Final review</source>
        <translation>Tổng kết</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Chấm điểm thi đua</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Đăng ký thi đua</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>MovementErrors</name>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Ngày kết thúc không được trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>A movement cannot last more than ten years.</source>
        <translation>Một phong trào không kéo dài quá mười năm.</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>Giá trị không được âm.</translation>
    </message>
    <message>
        <source>A maximum score must be greater than 0.</source>
        <translation>Điểm tối đa phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>The score is above the criterion&apos;s maximum.</source>
        <translation>Điểm vượt quá điểm tối đa của tiêu chí.</translation>
    </message>
    <message>
        <source>This target group is listed twice.</source>
        <translation>Khối, nhóm này bị ghi hai lần.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Hãy nhập một số.</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation>Hãy ghi ngày theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Enter the name of the movement.</source>
        <translation>Hãy nhập tên phong trào.</translation>
    </message>
</context>
<context>
    <name>MovementsPage</name>
    <message>
        <source>It goes to the recycle bin, from where it can be restored.</source>
        <translation>Mục này sẽ được chuyển vào thùng rác và có thể khôi phục lại.</translation>
    </message>
    <message>
        <source>Emulation movements</source>
        <translation>Phong trào thi đua</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Thường xuyên</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Theo đợt</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Phong trào</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Search movements (accents optional)</source>
        <translation>Tìm phong trào (có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <source>New movement…</source>
        <translation>Phong trào mới…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Đăng ký thi đua</translation>
    </message>
    <message>
        <source>Sponsored communes</source>
        <translation>Xã được đỡ đầu</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>Scores and ranking</source>
        <translation>Chấm điểm và xếp hạng</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Phong trào</translation>
    </message>
    <message>
        <source>Yearly ratings</source>
        <translation>Đánh giá, xếp loại hằng năm</translation>
    </message>
    <message>
        <source>Registrations for the year</source>
        <translation>Đăng ký danh hiệu của năm</translation>
    </message>
    <message>
        <source>No movement selected.</source>
        <translation>Chưa chọn phong trào nào.</translation>
    </message>
    <message>
        <source>Units registered: %1 · People registered: %2 · Communes sponsored: %3 (support %7 đồng) · Contributions: %4 đồng · Initiatives: %5 · Proposals: %6</source>
        <translation>Tập thể đăng ký: %1 · Cá nhân đăng ký: %2 · Xã được đỡ đầu: %3 (hỗ trợ %7 đồng) · Đóng góp: %4 đồng · Sáng kiến: %5 · Đề nghị khen thưởng: %6</translation>
    </message>
    <message>
        <source>Plan it implements</source>
        <translation>Kế hoạch thực hiện</translation>
    </message>
    <message>
        <source>Our plan</source>
        <translation>Kế hoạch của cơ quan</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Award forms</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Mốc thời gian</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Delete the movement “%1”?</source>
        <translation>Xóa phong trào “%1”?</translation>
    </message>
    <message>
        <source>Delete the movement “%1” with its %2 records?</source>
        <translation>Xóa phong trào “%1” cùng %2 bản ghi liên quan?</translation>
    </message>
    <message>
        <source>%1 registrations, %2 scores, %3 sponsored communes with %4 support activities, %5 contributions.</source>
        <translation>%1 lượt đăng ký, %2 điểm chấm, %3 xã được đỡ đầu với %4 hoạt động hỗ trợ, %5 khoản đóng góp.</translation>
    </message>
    <message>
        <source>Delete movement</source>
        <translation>Xóa phong trào</translation>
    </message>
    <message>
        <source>Targets by year</source>
        <translation>Chỉ tiêu theo năm</translation>
    </message>
    <message>
        <source>Propaganda and inspection</source>
        <translation>Tuyên truyền, kiểm tra</translation>
    </message>
    <message>
        <source>Award grounds</source>
        <translation>Căn cứ khen thưởng</translation>
    </message>
</context>
<context>
    <name>NameForm</name>
    <message>
        <source>Add earlier name</source>
        <translation>Thêm tên trước đây</translation>
    </message>
    <message>
        <source>Rename from a date</source>
        <translation>Đổi tên từ ngày</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Đã biết</translation>
    </message>
    <message>
        <source>Earlier &amp;name:</source>
        <translation>&amp;Tên trước đây:</translation>
    </message>
    <message>
        <source>Used from:</source>
        <translation>Dùng từ ngày:</translation>
    </message>
    <message>
        <source>Used &amp;until (last day):</source>
        <translation>Dùng đến &amp;ngày (ngày cuối):</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>&amp;Tên mới:</translation>
    </message>
    <message>
        <source>&amp;From (first day):</source>
        <translation>&amp;Từ ngày (ngày đầu tiên):</translation>
    </message>
</context>
<context>
    <name>NameHistory</name>
    <message>
        <source>Enter the name and the dates.</source>
        <translation>Nhập tên và các ngày.</translation>
    </message>
    <message>
        <source>The name is longer than 300 characters.</source>
        <translation>Tên dài quá 300 ký tự.</translation>
    </message>
    <message>
        <source>The new name must start after the day the current name began.</source>
        <translation>Ngày đổi tên phải sau ngày bắt đầu dùng tên hiện tại.</translation>
    </message>
    <message>
        <source>The new name is the same as the current one.</source>
        <translation>Tên mới trùng với tên hiện tại.</translation>
    </message>
    <message>
        <source>These dates overlap a name already recorded.</source>
        <translation>Khoảng thời gian trùng với một tên đã ghi.</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Ngày bắt đầu sau ngày kết thúc.</translation>
    </message>
    <message>
        <source>A unit cannot be put under itself or its sub-units.</source>
        <translation>Không thể đặt đơn vị dưới chính nó hoặc đơn vị cấp dưới của nó.</translation>
    </message>
    <message>
        <source>Choose at least one unit to merge.</source>
        <translation>Chọn ít nhất một đơn vị để sáp nhập.</translation>
    </message>
    <message>
        <source>The receiving unit cannot be one of the merged units.</source>
        <translation>Đơn vị nhận sáp nhập không thể là một đơn vị bị sáp nhập.</translation>
    </message>
    <message>
        <source>One of these units was already merged before.</source>
        <translation>Một trong các đơn vị này đã được sáp nhập trước đây.</translation>
    </message>
</context>
<context>
    <name>NameHistoryList</name>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Rename from a date…</source>
        <translation>Đổi tên từ ngày…</translation>
    </message>
    <message>
        <source>Add earlier name…</source>
        <translation>Thêm tên trước đây…</translation>
    </message>
    <message>
        <source>Delete earlier name</source>
        <translation>Xóa tên trước đây</translation>
    </message>
    <message>
        <source>Papers print the name valid on their own date. Renaming keeps the old name with its dates; a spelling fix belongs in the form.</source>
        <translation>Văn bản in tên đúng vào ngày của văn bản. Đổi tên sẽ giữ tên cũ cùng thời gian sử dụng; sửa lỗi chính tả thì sửa trực tiếp trên biểu mẫu.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nay</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (từ ngày %2)</translation>
    </message>
    <message>
        <source>Merged in: %1</source>
        <translation>Đã sáp nhập vào đơn vị này: %1</translation>
    </message>
    <message>
        <source>Delete this earlier name? Papers of its dates will print the next name.</source>
        <translation>Xóa tên trước đây này? Văn bản thuộc khoảng thời gian đó sẽ in tên kế tiếp.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Recycle bin</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cán bộ - Cá nhân</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Emulation movements</source>
        <translation>Phong trào thi đua</translation>
    </message>
    <message>
        <source>Emulation blocs</source>
        <translation>Khối, cụm thi đua</translation>
    </message>
    <message>
        <source>Emulation covenants</source>
        <translation>Giao ước thi đua</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Award proposals</source>
        <translation>Đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Dossiers and reports</source>
        <translation>Hồ sơ - Báo cáo</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Office and settings</source>
        <translation>Cơ quan - Cài đặt</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Tạo tài khoản quản trị</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
</context>
<context>
    <name>NomineeDialog</name>
    <message>
        <source>Add a nominee</source>
        <translation>Thêm người được đề nghị</translation>
    </message>
    <message>
        <source>Type a name (accents optional)</source>
        <translation>Gõ tên (có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <source>Everyone eligible for this award in the batch&apos;s year</source>
        <translation>Mọi người đủ điều kiện danh hiệu, hình thức này trong năm của đợt</translation>
    </message>
    <message>
        <source>Nominee is</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Danh hiệu / Hình thức</translation>
    </message>
    <message>
        <source>Adding everyone eligible…</source>
        <translation>Đang thêm tất cả người đủ điều kiện…</translation>
    </message>
</context>
<context>
    <name>NomineeTextDialog</name>
    <message>
        <source>Achievements of %1</source>
        <translation>Thành tích của %1</translation>
    </message>
    <message>
        <source>Needed when the nominee is not eligible or left to the council&apos;s review</source>
        <translation>Bắt buộc khi người được đề nghị không đủ điều kiện hoặc cần Hội đồng xem xét</translation>
    </message>
    <message>
        <source>Summary (for the list)</source>
        <translation>Tóm tắt thành tích (cho danh sách)</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Quyền hạn, nhiệm vụ được giao</translation>
    </message>
    <message>
        <source>Achievements (for the report)</source>
        <translation>Thành tích đạt được (cho báo cáo)</translation>
    </message>
    <message>
        <source>Reason to propose anyway</source>
        <translation>Lý do vẫn đề nghị</translation>
    </message>
</context>
<context>
    <name>NomineesModel</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên / Tên tập thể</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Danh hiệu / Hình thức</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Điều kiện</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Lý do vẫn đề nghị</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Cấp quyết định</translation>
    </message>
    <message>
        <source>Below %1 % of the council&apos;s %2 members</source>
        <translation>Dưới %1 % của %2 thành viên Hội đồng</translation>
    </message>
</context>
<context>
    <name>OfficeFields</name>
    <message>
        <source>Governing body:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <source>Office name (required):</source>
        <translation>Tên cơ quan (bắt buộc):</translation>
    </message>
    <message>
        <source>Place name on documents:</source>
        <translation>Địa danh ghi trên văn bản:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s title:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Symbol for numbering:</source>
        <translation>Ký hiệu văn bản:</translation>
    </message>
    <message>
        <source>e.g. ỦY BAN NHÂN DÂN TỈNH …</source>
        <translation>ví dụ: ỦY BAN NHÂN DÂN TỈNH …</translation>
    </message>
    <message>
        <source>e.g. SỞ TÀI CHÍNH</source>
        <translation>ví dụ: SỞ TÀI CHÍNH</translation>
    </message>
    <message>
        <source>e.g. Hà Nội</source>
        <translation>ví dụ: Hà Nội</translation>
    </message>
    <message>
        <source>Full name of the person who signs</source>
        <translation>Họ và tên người ký văn bản</translation>
    </message>
    <message>
        <source>e.g. GIÁM ĐỐC</source>
        <translation>ví dụ: GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>e.g. STC (letters without accents, digits, &apos;-&apos;)</source>
        <translation>ví dụ: STC (chữ không dấu, chữ số, dấu &apos;-&apos;)</translation>
    </message>
    <message>
        <source>Enter the name of the office.</source>
        <translation>Hãy nhập tên cơ quan.</translation>
    </message>
    <message>
        <source>The symbol may contain only letters without accents, digits and &apos;-&apos;.</source>
        <translation>Ký hiệu chỉ gồm chữ cái không dấu, chữ số và dấu &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>OfficeKeyBox</name>
    <message>
        <source>Exchange packages (.tdkt)</source>
        <translation>Gói hồ sơ trao đổi (.tdkt)</translation>
    </message>
    <message>
        <source>Office code:</source>
        <translation>Mã cơ quan:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Dấu vân tay khoá:</translation>
    </message>
    <message>
        <source>Known offices:</source>
        <translation>Cơ quan đã biết:</translation>
    </message>
    <message>
        <source>Packages sent from here are signed with this key. An office receiving its first package from you sees this fingerprint and should hear it from you by phone.</source>
        <translation>Các gói gửi đi từ đây được ký bằng khoá này. Cơ quan nhận gói đầu tiên của mình sẽ thấy dấu vân tay này và cần được mình đọc lại qua điện thoại để so.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Chưa có</translation>
    </message>
</context>
<context>
    <name>OfficeNamesDialog</name>
    <message>
        <source>Office names over time</source>
        <translation>Tên cơ quan qua các thời kỳ</translation>
    </message>
    <message>
        <source>Governing body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Your office</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <source>These details are printed in the header and the signature block of every document. Only the office name is required; you can change them later in Office and settings.</source>
        <translation>Các thông tin này được in ở phần đầu và phần chữ ký của mọi văn bản. Chỉ tên cơ quan là bắt buộc; có thể sửa lại sau ở mục Cơ quan - Cài đặt.</translation>
    </message>
</context>
<context>
    <name>PackageLabels</name>
    <message>
        <source>Award proposal</source>
        <translation>Hồ sơ đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Reply to a proposal</source>
        <translation>Trả lời hồ sơ đề nghị</translation>
    </message>
    <message>
        <source>Award decision</source>
        <translation>Quyết định khen thưởng</translation>
    </message>
    <message>
        <source>Periodic report</source>
        <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
        <source>Movement plan</source>
        <translation>Kế hoạch phong trào thi đua</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã trả lại</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Đã ghi nhận</translation>
    </message>
    <message>
        <source>Same record (uuid)</source>
        <translation>Cùng bản ghi (uuid)</translation>
    </message>
    <message>
        <source>Same CCCD</source>
        <translation>Trùng CCCD</translation>
    </message>
    <message>
        <source>Same year / award</source>
        <translation>Trùng năm / hình thức</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Rating and discipline</source>
        <translation>Xếp loại, kỷ luật</translation>
    </message>
    <message>
        <source>Unit rating</source>
        <translation>Xếp loại đơn vị</translation>
    </message>
    <message>
        <source>Award held</source>
        <translation>Khen thưởng đã có</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Initiative author</source>
        <translation>Tác giả sáng kiến</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Phong trào</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Participant group</source>
        <translation>Đối tượng thi đua</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Award form</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mốc sơ kết, tổng kết</translation>
    </message>
    <message>
        <source>Award quota</source>
        <translation>Tỷ lệ khen thưởng</translation>
    </message>
    <message>
        <source>Proposal batch</source>
        <translation>Đợt đề nghị</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tên đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>Quê quán</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Nơi ở</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Party position</source>
        <translation>Chức vụ Đảng</translation>
    </message>
    <message>
        <source>Union position</source>
        <translation>Chức vụ đoàn thể</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Trình độ</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Học hàm, học vị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Kỷ luật</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Award name</source>
        <translation>Tên hình thức</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ đóng góp</translation>
    </message>
</context>
<context>
    <name>PapersBox</name>
    <message>
        <source>Printed papers</source>
        <translation>Văn bản in</translation>
    </message>
    <message>
        <source>One recipient a line, e.g.
Như trên
Lưu: VT, TĐKT</source>
        <translation>Mỗi dòng một nơi nhận, ví dụ:
Như trên
Lưu: VT, TĐKT</translation>
    </message>
    <message>
        <source>Copies to (Nơi nhận):</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>e.g. TĐKT</source>
        <translation>ví dụ: TĐKT</translation>
    </message>
    <message>
        <source>Drafting unit (Lưu: VT, …):</source>
        <translation>Đơn vị soạn thảo (Lưu: VT, …):</translation>
    </message>
    <message>
        <source>Empty: the standing body of the provincial council (Thường trực Hội đồng Thi đua - Khen thưởng)</source>
        <translation>Để trống: Thường trực Hội đồng Thi đua - Khen thưởng tỉnh</translation>
    </message>
    <message>
        <source>Reports go to:</source>
        <translation>Báo cáo gửi:</translation>
    </message>
    <message>
        <source>{family} ({path})</source>
        <translation>{family} ({path})</translation>
    </message>
    <message>
        <source>Papers print in:</source>
        <translation>Phông chữ khi in:</translation>
    </message>
    <message>
        <source>Times New Roman (named by Decree 30/2020) is not installed on this computer: papers print in the bundled Liberation Serif, which has the same letter widths.</source>
        <translation>Máy này chưa cài phông Times New Roman (theo Nghị định 30/2020): văn bản được in bằng phông Liberation Serif kèm theo chương trình, có cùng độ rộng chữ.</translation>
    </message>
    <message>
        <source>Save paper settings</source>
        <translation>Lưu thiết lập văn bản in</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Save Word copy…</source>
        <translation>Lưu bản Word…</translation>
    </message>
    <message>
        <source>An editable Word (.docx) copy of this paper, with the same text and tables</source>
        <translation>Bản Word (.docx) chỉnh sửa được của văn bản này, cùng nội dung và các bảng</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>The printer did not accept the document. Check that it is on, has A4 paper and is not in error, then try again.</source>
        <translation>Máy in không nhận tài liệu. Hãy kiểm tra máy in đã bật, có giấy A4 và không báo lỗi, rồi thử lại.</translation>
    </message>
    <message>
        <source>Save Word copy</source>
        <translation>Lưu bản Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the Word copy…</source>
        <translation>Đang ghi bản Word…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>It goes to the recycle bin, from where it can be restored.</source>
        <translation>Mục này sẽ được chuyển vào thùng rác và có thể khôi phục lại.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cán bộ - Cá nhân</translation>
    </message>
    <message>
        <source>Search by name or CCCD (accents optional), e.g. nguyen thi huong</source>
        <translation>Tìm theo họ tên hoặc số CCCD (gõ có dấu hay không dấu đều được), ví dụ: nguyen thi huong</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Show the people of a unit and of its sub-units</source>
        <translation>Hiện cán bộ, cá nhân của một đơn vị và các đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Thêm người…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>No one is recorded yet. To start: “Add person…” (Ins) for one person, “Import from Excel…” for a staff list, or “Excel template…” for an empty workbook with the right columns to fill in first. Units come first: a person belongs to a unit (Units page).</source>
        <translation>Chưa có cán bộ nào. Để bắt đầu: bấm “Thêm người…” (phím Ins) để nhập từng người, “Nhập từ Excel…” để nhập cả danh sách, hoặc “Tải mẫu Excel…” để lấy tệp mẫu có sẵn các cột rồi điền vào. Cần có đơn vị trước: mỗi người thuộc một đơn vị (trang Đơn vị).</translation>
    </message>
    <message>
        <source>Grey rows: transferred or retired</source>
        <translation>Dòng màu xám: đã chuyển công tác hoặc nghỉ hưu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln người</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Xóa cán bộ, cá nhân</translation>
    </message>
    <message>
        <source>Delete “%1” and everything recorded about this person?</source>
        <translation>Xóa “%1” cùng toàn bộ thông tin đã ghi nhận về người này?</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Lịch sử…</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>CCCD number</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Sửa thông tin cán bộ, cá nhân</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Thêm cán bộ, cá nhân</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Hương</source>
        <translation>ví dụ: Nguyễn Thị Hương</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tên đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Thông tin cá nhân</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>Family, middle, given:</source>
        <translation>Họ, tên đệm, tên:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Ngày &amp;sinh:</translation>
    </message>
    <message>
        <source>&amp;CCCD number:</source>
        <translation>Số &amp;CCCD:</translation>
    </message>
    <message>
        <source>&amp;Home town:</source>
        <translation>&amp;Quê quán:</translation>
    </message>
    <message>
        <source>&amp;Residence:</source>
        <translation>&amp;Nơi ở:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Điện t&amp;hoại:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Công tác</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Tình trạng:</translation>
    </message>
    <message>
        <source>&amp;Government position:</source>
        <translation>Chức vụ chính &amp;quyền:</translation>
    </message>
    <message>
        <source>Part&amp;y position:</source>
        <translation>Chức vụ Đả&amp;ng:</translation>
    </message>
    <message>
        <source>&amp;Mass organisation position:</source>
        <translation>Chức vụ đoàn &amp;thể:</translation>
    </message>
    <message>
        <source>&amp;Qualification:</source>
        <translation>Trình độ chuyên &amp;môn:</translation>
    </message>
    <message>
        <source>&amp;Academic title, degree:</source>
        <translation>Học hàm, học &amp;vị:</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Quê quán, nơi ở</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Thông tin</translation>
    </message>
    <message>
        <source>&amp;Career</source>
        <translation>&amp;Quá trình công tác</translation>
    </message>
    <message>
        <source>&amp;History by year</source>
        <translation>&amp;Quá trình theo năm</translation>
    </message>
    <message>
        <source>&amp;Initiatives (%1)</source>
        <translation>Sáng &amp;kiến (%1)</translation>
    </message>
    <message>
        <source>A&amp;wards</source>
        <translation>&amp;Khen thưởng</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>This CCCD number is already in use.</source>
        <translation>Số CCCD này đã được dùng cho người khác.</translation>
    </message>
    <message>
        <source>The chosen unit no longer exists.</source>
        <translation>Đơn vị đã chọn không còn tồn tại.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>This CCCD number already belongs to %1 (%2).</source>
        <translation>Số CCCD này đã thuộc về %1 (%2).</translation>
    </message>
    <message>
        <source>%1, born %2, %3</source>
        <translation>%1, sinh %2, %3</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Có thể trùng người</translation>
    </message>
    <message>
        <source>A person with the same name and date of birth is already recorded:</source>
        <translation>Đã có người cùng họ tên và ngày sinh trong dữ liệu:</translation>
    </message>
    <message>
        <source>Is this a different person with the same name? Save anyway?</source>
        <translation>Đây có phải là người khác trùng họ tên không? Vẫn lưu?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>PersonHistory</name>
    <message>
        <source>History by year</source>
        <translation>Quá trình theo năm</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Rating, registrations, contributions</source>
        <translation>Xếp loại, đăng ký thi đua, đóng góp</translation>
    </message>
    <message>
        <source>No ratings, registrations or contributions yet.</source>
        <translation>Chưa có xếp loại, đăng ký thi đua hay đóng góp.</translation>
    </message>
    <message>
        <source>Discipline: %1</source>
        <translation>Kỷ luật: %1</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>(chưa xếp loại)</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Contributed</source>
        <translation>Đóng góp</translation>
    </message>
</context>
<context>
    <name>PersonInitiativesModel</name>
    <message>
        <source>Title</source>
        <translation>Tên sáng kiến</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Used for award</source>
        <translation>Đã dùng để khen thưởng</translation>
    </message>
</context>
<context>
    <name>PositionsEditor</name>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Lãnh đạo, quản lý</translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>Thêm chức vụ</translation>
    </message>
    <message>
        <source>Remove position</source>
        <translation>Xóa chức vụ</translation>
    </message>
    <message>
        <source>Positions held, oldest first; dates as dd/mm/yyyy, “To” empty while still held. Tick “Leadership” for leading and managing positions: an award for long service (quá trình cống hiến) counts their years.</source>
        <translation>Các chức vụ đã giữ, từ cũ đến mới; ngày ghi dd/mm/yyyy, “Đến ngày” để trống khi đang giữ. Đánh dấu “Lãnh đạo, quản lý” cho chức vụ lãnh đạo, quản lý: khen thưởng quá trình cống hiến tính số năm giữ các chức vụ này.</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>The batch cannot be submitted yet</source>
        <translation>Chưa trình được đợt đề nghị</translation>
    </message>
    <message>
        <source>Fix these points, then submit again:</source>
        <translation>Hãy khắc phục các điểm sau rồi trình lại:</translation>
    </message>
</context>
<context>
    <name>ProcessHistoryDialog</name>
    <message>
        <source>Processing history: %1</source>
        <translation>Quá trình xử lý hồ sơ: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Saved the Word copy %1.</source>
        <translation>Đã lưu bản Word %1.</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1 trang</translation>
    </message>
    <message>
        <source>The PDF could not be shown.</source>
        <translation>Không hiển thị được tệp PDF.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Đang ghi…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>Building the document…</source>
        <translation>Đang lập văn bản…</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Đang sao chép…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Đang kiểm tra lại…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang huỷ…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Đã huỷ: không có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>ProposalLabels</name>
    <message>
        <source>Not checked</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Không đủ điều kiện</translation>
    </message>
    <message>
        <source>Council to review</source>
        <translation>Hội đồng xem xét</translation>
    </message>
    <message>
        <source>Already awarded</source>
        <translation>Đã được khen thưởng</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Council met</source>
        <translation>Đã họp Hội đồng</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã trình</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Đã có quyết định</translation>
    </message>
    <message>
        <source>Annual merit</source>
        <translation>Khen thưởng công trạng</translation>
    </message>
    <message>
        <source>Emulation movement</source>
        <translation>Theo phong trào thi đua</translation>
    </message>
    <message>
        <source>Sudden</source>
        <translation>Đột xuất</translation>
    </message>
    <message>
        <source>Long service</source>
        <translation>Quá trình cống hiến</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Được khen</translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation>Không được khen</translation>
    </message>
    <message>
        <source>Not passed by the council</source>
        <translation>Không đạt (Hội đồng)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ tịch Hội đồng</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation>Phó Chủ tịch Hội đồng</translation>
    </message>
    <message>
        <source>Standing member</source>
        <translation>Ủy viên thường trực</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Ủy viên</translation>
    </message>
    <message>
        <source>Member and secretary</source>
        <translation>Ủy viên kiêm Thư ký</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Award proposals</source>
        <translation>Đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Xét điều kiện</translation>
    </message>
    <message>
        <source>Proposal batches</source>
        <translation>Đợt đề nghị</translation>
    </message>
    <message>
        <source>Award catalog</source>
        <translation>Danh mục khen thưởng</translation>
    </message>
    <message>
        <source>Received dossiers</source>
        <translation>Hồ sơ nhận</translation>
    </message>
</context>
<context>
    <name>QuotaTab</name>
    <message>
        <source>Award</source>
        <translation>Danh hiệu / hình thức</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Limit as</source>
        <translation>Tính theo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>A percent is taken of the people or units registered in the movement; a batch over its quota needs a written reason before it is submitted.</source>
        <translation>Tỷ lệ tính trên số cá nhân hoặc tập thể đã đăng ký tham gia phong trào; đợt đề nghị vượt chỉ tiêu phải ghi lý do trước khi trình.</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Percent of participants</source>
        <translation>Tỷ lệ % số tham gia</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>A percent must be above 0 and at most 100.</source>
        <translation>Tỷ lệ phải lớn hơn 0 và không quá 100.</translation>
    </message>
    <message>
        <source>A number of awards cannot be negative.</source>
        <translation>Số lượng không được âm.</translation>
    </message>
    <message>
        <source>A number of awards must be a whole number.</source>
        <translation>Số lượng phải là số nguyên.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Hãy nhập một số.</translation>
    </message>
    <message>
        <source>Enter the quota&apos;s value, or remove the row.</source>
        <translation>Hãy ghi giá trị chỉ tiêu, hoặc xóa dòng.</translation>
    </message>
    <message>
        <source>A number of awards cannot be above 100,000.</source>
        <translation>Số lượng không được quá 100.000.</translation>
    </message>
    <message>
        <source>An award has one quota per kind of subject.</source>
        <translation>Mỗi danh hiệu chỉ có một chỉ tiêu cho mỗi loại đối tượng.</translation>
    </message>
    <message>
        <source>Quota row %1: </source>
        <translation>Dòng chỉ tiêu %1: </translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Unit / kind</source>
        <translation>Đơn vị / loại</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>Tied with another participant</source>
        <translation>Bằng điểm với một đối tượng khác</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 35 or 7,5.</source>
        <translation>Hãy nhập một số, ví dụ 35 hoặc 7,5.</translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <source>Excellently completed duties</source>
        <translation>Hoàn thành xuất sắc nhiệm vụ</translation>
    </message>
    <message>
        <source>Well completed duties</source>
        <translation>Hoàn thành tốt nhiệm vụ</translation>
    </message>
    <message>
        <source>Completed duties</source>
        <translation>Hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <source>Did not complete duties</source>
        <translation>Không hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <source>Reprimand</source>
        <translation>Khiển trách</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh cáo</translation>
    </message>
    <message>
        <source>Dismissal from post</source>
        <translation>Cách chức</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>Buộc thôi việc</translation>
    </message>
</context>
<context>
    <name>RatingsGrid</name>
    <message>
        <source>(choose a unit)</source>
        <translation>(chọn đơn vị)</translation>
    </message>
    <message>
        <source>Discipline…</source>
        <translation>Kỷ luật…</translation>
    </message>
    <message>
        <source>Discipline of the selected person in this year</source>
        <translation>Kỷ luật của người đang chọn trong năm này</translation>
    </message>
    <message>
        <source>Import ratings from Excel…</source>
        <translation>Nhập xếp loại từ Excel…</translation>
    </message>
    <message>
        <source>People&apos;s ratings of a year from a workbook</source>
        <translation>Xếp loại cá nhân của một năm từ tệp Excel</translation>
    </message>
    <message>
        <source>Import unit ratings from Excel…</source>
        <translation>Nhập xếp loại tập thể từ Excel…</translation>
    </message>
    <message>
        <source>Units&apos; own ratings of a year from a workbook</source>
        <translation>Xếp loại của các tập thể trong một năm từ tệp Excel</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Unit&apos;s own &amp;rating:</source>
        <translation>Xếp loại của tập thể &amp;đơn vị:</translation>
    </message>
    <message>
        <source>Keys: 1 = HTXSNV, 2 = HTTNV, 3 = HTNV, 4 = KHTNV, Delete clears; F2 opens the list. Each entry is saved at once.</source>
        <translation>Phím tắt: 1 = HTXSNV, 2 = HTTNV, 3 = HTNV, 4 = KHTNV, Delete để xóa; F2 mở danh sách. Mỗi ô được lưu ngay khi nhập.</translation>
    </message>
    <message>
        <source>%1 of %2 people rated</source>
        <translation>Đã xếp loại %1/%2 người</translation>
    </message>
    <message>
        <source>%1 already has the rating %2 for %3. Replace it with %4?</source>
        <translation>%1 đã có xếp loại %2 năm %3. Thay bằng %4?</translation>
    </message>
    <message>
        <source>Replace the rating?</source>
        <translation>Thay xếp loại đã có?</translation>
    </message>
    <message>
        <source>Import ratings from Excel</source>
        <translation>Nhập xếp loại từ Excel</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file would replace a rating already stored. Replace them?</source>
        <translation>
            <numerusform>Có %n dòng trong tệp sẽ thay xếp loại đã lưu. Vẫn thay?</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 replaced, %3 rows skipped.</source>
        <translation>Đã nhập: thêm %1, thay %2, bỏ qua %3 dòng.</translation>
    </message>
    <message>
        <source>Import unit ratings from Excel</source>
        <translation>Nhập xếp loại tập thể từ Excel</translation>
    </message>
</context>
<context>
    <name>RatingsGridModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Kỷ luật</translation>
    </message>
</context>
<context>
    <name>ReceivePreviewDialog</name>
    <message>
        <source>Receive a package</source>
        <translation>Nhận gói hồ sơ</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Nơi gửi:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Lập lúc:</translation>
    </message>
    <message>
        <source>%1, program version %2</source>
        <translation>%1, phiên bản chương trình %2</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Chữ ký số:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Nơi gửi đã biết chưa:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Dấu vân tay khoá:</translation>
    </message>
    <message>
        <source>I called the sender and the fingerprint they read out is the same: remember this office&apos;s key</source>
        <translation>Tôi đã gọi điện cho nơi gửi và dấu vân tay họ đọc giống hệt: ghi nhớ khoá của cơ quan này</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Đối chiếu</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Now in this file</source>
        <translation>Hiện có trong dữ liệu</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>Trong gói</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Nhận</translation>
    </message>
    <message>
        <source>Valid: the package is exactly as the sender signed it.</source>
        <translation>Hợp lệ: gói đúng như nơi gửi đã ký.</translation>
    </message>
    <message>
        <source>NOT valid: the package was changed after signing or is forged. It cannot be received.</source>
        <translation>KHÔNG hợp lệ: gói đã bị sửa sau khi ký hoặc bị giả mạo. Không nhận được gói này.</translation>
    </message>
    <message>
        <source>Known office; the key is the one remembered.</source>
        <translation>Cơ quan đã biết; khoá đúng khoá đã ghi nhớ.</translation>
    </message>
    <message>
        <source>The office is known, but with ANOTHER key. Call the sender on a number you know and compare the fingerprint below before receiving.</source>
        <translation>Cơ quan đã biết nhưng dùng khoá KHÁC. Hãy gọi điện cho nơi gửi theo số mình đã biết và so dấu vân tay dưới đây trước khi nhận.</translation>
    </message>
    <message>
        <source>First package from this office. Call the sender and ask them to read out their key fingerprint (Settings of their program); it must be the same as the one below.</source>
        <translation>Gói đầu tiên từ cơ quan này. Hãy gọi điện cho nơi gửi, đề nghị đọc dấu vân tay khoá (ở trang Cài đặt của chương trình bên đó); phải giống hệt dấu vân tay dưới đây.</translation>
    </message>
    <message>
        <source>This package was received before: receiving it again changes nothing.</source>
        <translation>Gói này đã nhận trước đây: nhận lại không thay đổi gì.</translation>
    </message>
    <message>
        <source>Receiving adds %1 record(s) and changes %2 existing record(s); %3 are already the same. All or nothing: either everything below is written, or nothing is.</source>
        <translation>Nhận gói sẽ thêm %1 bản ghi và sửa %2 bản ghi đã có; %3 bản ghi đã giống. Ghi tất cả hoặc không ghi gì: hoặc mọi thay đổi dưới đây được ghi, hoặc không có gì được ghi.</translation>
    </message>
    <message>
        <source>Receiving the package…</source>
        <translation>Đang nhận gói hồ sơ…</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Đang kiểm tra gói hồ sơ…</translation>
    </message>
</context>
<context>
    <name>ReceivedTab</name>
    <message>
        <source>Receive a package…</source>
        <translation>Nhận gói hồ sơ…</translation>
    </message>
    <message>
        <source>Open a .tdkt file from a USB stick or an e-mail; a preview comes first</source>
        <translation>Mở tệp .tdkt từ USB hoặc thư điện tử; chương trình cho xem trước khi ghi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nơi gửi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Người, đơn vị được đề nghị</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Sender&apos;s check</source>
        <translation>Nơi gửi xét</translation>
    </message>
    <message>
        <source>Check here</source>
        <translation>Xét tại đây</translation>
    </message>
    <message>
        <source>Reasons here</source>
        <translation>Lý do (xét tại đây)</translation>
    </message>
    <message>
        <source>Files the proposal carried (kept here with it)</source>
        <translation>Các tệp kèm theo hồ sơ đề nghị (lưu tại đây cùng hồ sơ)</translation>
    </message>
    <message>
        <source>Save file…</source>
        <translation>Lưu tệp…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>View dossier…</source>
        <translation>Xem hồ sơ…</translation>
    </message>
    <message>
        <source>Return with reasons…</source>
        <translation>Trả lại kèm lý do…</translation>
    </message>
    <message>
        <source>One of this office&apos;s draft batches</source>
        <translation>Một đợt đề nghị đang dự thảo của cơ quan</translation>
    </message>
    <message>
        <source>Accept into batch</source>
        <translation>Tiếp nhận vào đợt</translation>
    </message>
    <message>
        <source>Nothing received yet. Packages come as .tdkt files (USB stick, e-mail).</source>
        <translation>Chưa nhận gói nào. Gói hồ sơ là tệp .tdkt (qua USB, thư điện tử).</translation>
    </message>
    <message>
        <source>From %1 (key %2)</source>
        <translation>Nơi gửi: %1 (khoá %2)</translation>
    </message>
    <message>
        <source>Made %1, received %2</source>
        <translation>Lập lúc %1, nhận lúc %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <source>Attached file: %1 (%2 bytes, SHA-256 %3…)</source>
        <translation>Tệp kèm theo: %1 (%2 byte, SHA-256 %3…)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 byte)</translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation>Lưu bản sao của tệp</translation>
    </message>
    <message>
        <source>File saved to %1</source>
        <translation>Đã lưu tệp vào %1</translation>
    </message>
    <message>
        <source>Make a draft batch first (Proposal batches)</source>
        <translation>Hãy lập một đợt đề nghị dự thảo trước (thẻ Đợt đề nghị)</translation>
    </message>
    <message>
        <source>Receive a package</source>
        <translation>Nhận gói hồ sơ</translation>
    </message>
    <message>
        <source>Thi đua packages (*%1)</source>
        <translation>Gói hồ sơ Thi đua (*%1)</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Đã nhận: %1</translation>
    </message>
    <message>
        <source>Dossier received: %1</source>
        <translation>Hồ sơ nhận: %1</translation>
    </message>
    <message>
        <source>Save the reply package for the sender</source>
        <translation>Lưu gói trả lời gửi nơi đề nghị</translation>
    </message>
    <message>
        <source>Return the proposal</source>
        <translation>Trả lại hồ sơ đề nghị</translation>
    </message>
    <message>
        <source>Reasons (the sender will read them):</source>
        <translation>Lý do (nơi gửi sẽ đọc):</translation>
    </message>
    <message>
        <source>Accept the proposal</source>
        <translation>Tiếp nhận hồ sơ đề nghị</translation>
    </message>
    <message>
        <source>Add the %1 nominee(s) of this proposal to the batch “%2”?</source>
        <translation>Đưa %1 người, đơn vị của hồ sơ này vào đợt “%2”?</translation>
    </message>
    <message>
        <source>reply package saved to %1</source>
        <translation>đã lưu gói trả lời vào %1</translation>
    </message>
    <message>
        <source>Answering the proposal…</source>
        <translation>Đang trả lời hồ sơ đề nghị…</translation>
    </message>
</context>
<context>
    <name>RecycleBinPage</name>
    <message>
        <source>Delete all %1 entries of the recycle bin permanently? This cannot be undone.</source>
        <translation>Xóa hẳn toàn bộ %1 mục trong thùng rác? Việc này không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Xóa hẳn</translation>
    </message>
    <message>
        <source>Delete permanently…</source>
        <translation>Xóa hẳn…</translation>
    </message>
    <message>
        <source>Delete “%1” and its %2 records permanently? This cannot be undone.</source>
        <translation>Xóa hẳn “%1” cùng %2 bản ghi đi kèm? Việc này không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Người xóa</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Thời điểm xóa</translation>
    </message>
    <message>
        <source>Deleted people, units, movements, initiatives and proposal batches stay here with their dependent records until an administrator purges them. Restoring puts them back exactly as they were. Lists, searches and reports do not count what is in the bin.</source>
        <translation>Cá nhân, đơn vị, phong trào, sáng kiến và đợt đề nghị khen thưởng đã xóa được giữ ở đây cùng các bản ghi đi kèm cho đến khi quản trị viên xóa hẳn. Khôi phục sẽ đưa chúng trở lại đúng như trước khi xóa. Danh sách, tìm kiếm và báo cáo không tính các mục trong thùng rác.</translation>
    </message>
    <message>
        <source>Deleted permanently: %1</source>
        <translation>Đã xóa hẳn: %1</translation>
    </message>
    <message>
        <source>Empty the recycle bin</source>
        <translation>Dọn sạch thùng rác</translation>
    </message>
    <message>
        <source>Empty the recycle bin…</source>
        <translation>Dọn sạch thùng rác…</translation>
    </message>
    <message>
        <source>Emulation movement</source>
        <translation>Phong trào thi đua</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Only an administrator can delete permanently.</source>
        <translation>Chỉ tài khoản quản trị mới được xóa hẳn.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Proposal batch</source>
        <translation>Đợt đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Put the selected record back with its records</source>
        <translation>Đưa mục đã chọn trở lại cùng các bản ghi đi kèm</translation>
    </message>
    <message>
        <source>Records with it</source>
        <translation>Bản ghi đi kèm</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Đã huỷ: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation>Đã khôi phục: %1</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message>
        <source>Deleting permanently…</source>
        <translation>Đang xoá vĩnh viễn…</translation>
    </message>
    <message>
        <source>The recycle bin is empty.</source>
        <translation>Thùng rác đã trống.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Registration of %1</source>
        <translation>Đăng ký của %1</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(không thuộc nhóm)</translation>
    </message>
    <message>
        <source>&amp;Title registered for:</source>
        <translation>&amp;Danh hiệu đăng ký:</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>&amp;Nhóm đối tượng:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>N&amp;gày:</translation>
    </message>
    <message>
        <source>&amp;Commitments:</source>
        <translation>&amp;Cam kết:</translation>
    </message>
</context>
<context>
    <name>RegistrationsTab</name>
    <message>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Person / unit</source>
        <translation>Cá nhân / tập thể</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Khối, nhóm</translation>
    </message>
    <message>
        <source>Title registered for</source>
        <translation>Danh hiệu đăng ký</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>Register people or units…</source>
        <translation>Đăng ký cá nhân, tập thể…</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Bỏ mục đang chọn</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Remove registrations</source>
        <translation>Bỏ đăng ký</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n registration(s) and their scores?</source>
        <translation>
            <numerusform>Bỏ %n lượt đăng ký cùng điểm đã chấm?</numerusform>
        </translation>
    </message>
    <message>
        <source>Export registrations</source>
        <translation>Xuất danh sách đăng ký</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Phục hồi từ bản sao lưu</translation>
    </message>
    <message>
        <source>The current data will be replaced by the backup below. The current data is backed up first, so this can be undone.</source>
        <translation>Dữ liệu hiện tại sẽ được thay bằng bản sao lưu dưới đây. Dữ liệu hiện tại được sao lưu trước, nên có thể hoàn tác.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>Current data</source>
        <translation>Dữ liệu hiện tại</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>now</source>
        <translation>hiện tại</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Phục hồi</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cán bộ, cá nhân</translation>
    </message>
    <message>
        <source>Emulation movements</source>
        <translation>Phong trào thi đua</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Proposal batches</source>
        <translation>Đợt đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>sự kiện số %1</translation>
    </message>
    <message>
        <source>Warning: the change log of this backup is not the one recorded when it was made; the file was changed afterwards.</source>
        <translation>Cảnh báo: nhật ký thay đổi của bản sao lưu này không còn như lúc sao lưu; tệp đã bị thay đổi sau đó.</translation>
    </message>
</context>
<context>
    <name>RowProblems</name>
    <message>
        <source>Column {column} holds a formula; paste the values instead of formulas</source>
        <translation>Cột {column} chứa công thức; hãy dán giá trị thay cho công thức</translation>
    </message>
    <message>
        <source>Column {column} has an error cell ({value})</source>
        <translation>Cột {column} có ô lỗi ({value})</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a date (write dd/mm/yyyy)</source>
        <translation>{column} “{value}” không hợp lệ (ghi dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>{column} needs the day, month and year</source>
        <translation>{column} cần đủ ngày, tháng, năm</translation>
    </message>
    <message>
        <source>The date of birth is not valid</source>
        <translation>Ngày sinh không hợp lệ</translation>
    </message>
    <message>
        <source>The CCCD number is not valid</source>
        <translation>Số CCCD không hợp lệ</translation>
    </message>
    <message>
        <source>The row is not valid</source>
        <translation>Dòng không hợp lệ</translation>
    </message>
    <message>
        <source>The same as row {row}</source>
        <translation>Trùng với dòng {row}</translation>
    </message>
    <message>
        <source>The full name is missing</source>
        <translation>Thiếu họ và tên</translation>
    </message>
    <message>
        <source>The unit is missing</source>
        <translation>Thiếu đơn vị</translation>
    </message>
    <message>
        <source>The year is missing</source>
        <translation>Thiếu năm</translation>
    </message>
    <message>
        <source>The title or form of award is missing</source>
        <translation>Thiếu danh hiệu / hình thức</translation>
    </message>
    <message>
        <source>The name of the movement is missing</source>
        <translation>Thiếu tên phong trào</translation>
    </message>
    <message>
        <source>The name of the member is missing</source>
        <translation>Thiếu tên thành viên</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a whole number</source>
        <translation>{column} “{value}” không phải số nguyên</translation>
    </message>
    <message>
        <source>There is no movement “{name}”</source>
        <translation>Không có phong trào “{name}”</translation>
    </message>
    <message>
        <source>Sex “{value}” is not clear (write Nam or Nữ)</source>
        <translation>Giới tính “{value}” không rõ (ghi Nam hoặc Nữ)</translation>
    </message>
    <message>
        <source>The CCCD number {cccd} belongs to {stored} in the data, but this row names {written}; check the CCCD number (another person is never overwritten)</source>
        <translation>Số CCCD {cccd} trong dữ liệu là của {stored}, còn dòng này ghi {written}; hãy kiểm tra lại số CCCD (không ghi đè người khác)</translation>
    </message>
    <message>
        <source>{count} people in the data have this full name and date of birth; write the CCCD number to tell who it is</source>
        <translation>Có {count} người cùng họ tên và ngày sinh trong dữ liệu; hãy ghi số CCCD để biết là ai</translation>
    </message>
    <message>
        <source>The same CCCD number as row {row}</source>
        <translation>Trùng số CCCD với dòng {row}</translation>
    </message>
    <message>
        <source>The same person as row {row} (same full name and date of birth)</source>
        <translation>Trùng người với dòng {row} (cùng họ tên và ngày sinh)</translation>
    </message>
    <message>
        <source>The same person as row {row}</source>
        <translation>Trùng người với dòng {row}</translation>
    </message>
    <message>
        <source>The name of the unit is missing</source>
        <translation>Thiếu tên đơn vị</translation>
    </message>
    <message>
        <source>Kind “{value}” is not clear; choose one of the kinds:
{choices}</source>
        <translation>Loại “{value}” không rõ; chọn một trong các loại:
{choices}</translation>
    </message>
    <message>
        <source>{count} units are named “{name}”; write the unit&apos;s code or its parent unit</source>
        <translation>Có {count} đơn vị tên “{name}”; hãy ghi mã đơn vị hoặc đơn vị cấp trên</translation>
    </message>
    <message>
        <source>The same unit code as row {row}</source>
        <translation>Trùng mã đơn vị với dòng {row}</translation>
    </message>
    <message>
        <source>The same unit name as row {row}; write a code to tell them apart</source>
        <translation>Trùng tên đơn vị với dòng {row}; hãy ghi mã để phân biệt</translation>
    </message>
    <message>
        <source>The same unit as row {row}</source>
        <translation>Trùng đơn vị với dòng {row}</translation>
    </message>
    <message>
        <source>Several units are named “{name}” (the parent unit); write its code</source>
        <translation>Đơn vị cấp trên “{name}” trùng tên nhiều đơn vị; hãy ghi mã</translation>
    </message>
    <message>
        <source>The parent unit “{name}” was not found</source>
        <translation>Không tìm thấy đơn vị cấp trên “{name}”</translation>
    </message>
    <message>
        <source>A unit cannot be its own parent, nor have one of its sub-units as parent</source>
        <translation>Đơn vị cấp trên không được là chính nó hoặc đơn vị cấp dưới của nó</translation>
    </message>
    <message>
        <source>The parent unit in row {row} has errors</source>
        <translation>Đơn vị cấp trên ở dòng {row} có lỗi</translation>
    </message>
    <message>
        <source>The parent units in the file go round in a circle</source>
        <translation>Các đơn vị cấp trên trong tệp tạo thành vòng lặp</translation>
    </message>
    <message>
        <source>The year is not valid</source>
        <translation>Năm không hợp lệ</translation>
    </message>
    <message>
        <source>Write the full name (a person) or the name of the collective</source>
        <translation>Cần ghi Họ và tên (cá nhân) hoặc Tên tập thể</translation>
    </message>
    <message>
        <source>The position is missing</source>
        <translation>Thiếu chức vụ</translation>
    </message>
    <message>
        <source>The start date (Từ ngày) is missing</source>
        <translation>Thiếu ngày bắt đầu (Từ ngày)</translation>
    </message>
    <message>
        <source>Leadership “{value}”: write x or leave the cell empty</source>
        <translation>Lãnh đạo, quản lý “{value}”: ghi x hoặc để trống</translation>
    </message>
    <message>
        <source>The name of the head of household is missing</source>
        <translation>Thiếu tên chủ hộ</translation>
    </message>
    <message>
        <source>The village or residential group is missing</source>
        <translation>Thiếu thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>The number of household members “{value}” is not a whole number</source>
        <translation>Số nhân khẩu “{value}” không phải số nguyên</translation>
    </message>
    <message>
        <source>The village or residential group “{name}” was not found</source>
        <translation>Không tìm thấy thôn, tổ dân phố “{name}”</translation>
    </message>
    <message>
        <source>{count} villages are named “{name}”; write the code or “Name (Commune)”</source>
        <translation>Có {count} thôn tên “{name}”; hãy ghi mã hoặc “Tên (Xã)”</translation>
    </message>
    <message>
        <source>The same household as row {row}</source>
        <translation>Trùng hộ với dòng {row}</translation>
    </message>
    <message>
        <source>The name of the initiative is missing</source>
        <translation>Thiếu tên sáng kiến</translation>
    </message>
    <message>
        <source>Kind “{value}” is not clear (write one of: {choices})</source>
        <translation>Loại “{value}” không rõ (ghi: {choices})</translation>
    </message>
    <message>
        <source>Scope of influence “{value}” is not clear (write Cơ sở, Cấp tỉnh or Toàn quốc)</source>
        <translation>Phạm vi ảnh hưởng “{value}” không rõ (ghi: Cơ sở, Cấp tỉnh, Toàn quốc)</translation>
    </message>
    <message>
        <source>The date of recognition is not valid (write dd/mm/yyyy)</source>
        <translation>Ngày công nhận không hợp lệ (ghi dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>Year “{value}” is not valid (write 4 digits)</source>
        <translation>Năm “{value}” không hợp lệ (ghi 4 chữ số)</translation>
    </message>
    <message>
        <source>Status “{value}” is not clear (write Đề xuất, Đã công nhận or Không công nhận)</source>
        <translation>Tình trạng “{value}” không rõ (ghi: Đề xuất, Đã công nhận, Không công nhận)</translation>
    </message>
    <message>
        <source>The value of the benefit must be a sum in đồng</source>
        <translation>Giá trị làm lợi phải là số tiền (đồng)</translation>
    </message>
    <message>
        <source>The same initiative name and year as row {row}</source>
        <translation>Trùng tên sáng kiến và năm với dòng {row}</translation>
    </message>
    <message>
        <source>The data already has {count} initiatives with this name and year; correct them in the program</source>
        <translation>Dữ liệu đã có {count} sáng kiến cùng tên và năm; hãy sửa trong chương trình</translation>
    </message>
    <message>
        <source>Year “{value}” is not valid (write 4 digits, for example 2024)</source>
        <translation>Năm “{value}” không hợp lệ (ghi 4 chữ số, ví dụ 2024)</translation>
    </message>
    <message>
        <source>The rating is not valid</source>
        <translation>Xếp loại không hợp lệ</translation>
    </message>
    <message>
        <source>The discipline is not valid</source>
        <translation>Kỷ luật không hợp lệ</translation>
    </message>
    <message>
        <source>The rating is missing</source>
        <translation>Thiếu xếp loại</translation>
    </message>
    <message>
        <source>Write the name of the movement or the year</source>
        <translation>Ghi tên phong trào hoặc năm đăng ký</translation>
    </message>
    <message>
        <source>The title registered for is missing</source>
        <translation>Thiếu danh hiệu đăng ký</translation>
    </message>
    <message>
        <source>The date of registration is not valid</source>
        <translation>Ngày đăng ký không hợp lệ</translation>
    </message>
    <message>
        <source>The same person and year as row {row}</source>
        <translation>Trùng người và năm với dòng {row}</translation>
    </message>
    <message>
        <source>{person} already has a rating for {year} ({rating}); use --replace to replace it</source>
        <translation>{person} đã có xếp loại năm {year} ({rating}); dùng --replace để thay</translation>
    </message>
    <message>
        <source>The same unit and year as row {row}</source>
        <translation>Trùng đơn vị và năm với dòng {row}</translation>
    </message>
    <message>
        <source>The unit already has a rating for {year} ({rating}); use --replace to replace it</source>
        <translation>Đơn vị đã có xếp loại năm {year} ({rating}); dùng --replace để thay</translation>
    </message>
    <message>
        <source>The movement has no target group “{name}”</source>
        <translation>Phong trào không có nhóm “{name}”</translation>
    </message>
    <message>
        <source>Already registered for this title</source>
        <translation>Đã đăng ký danh hiệu này rồi</translation>
    </message>
    <message>
        <source>Quantity “{value}” is not a whole number</source>
        <translation>Số lượng “{value}” không phải là số nguyên</translation>
    </message>
    <message>
        <source>The quantity must be 1 or more</source>
        <translation>Số lượng phải từ 1 trở lên</translation>
    </message>
    <message>
        <source>There is no kind of activity “{value}” (write one of: {choices})</source>
        <translation>Loại hoạt động “{value}” không có (ghi: {choices})</translation>
    </message>
    <message>
        <source>Date “{value}” is not valid (write dd/mm/yyyy)</source>
        <translation>Ngày “{value}” không hợp lệ (ghi dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>The date is missing</source>
        <translation>Thiếu ngày</translation>
    </message>
    <message>
        <source>The content is missing</source>
        <translation>Thiếu nội dung</translation>
    </message>
    <message>
        <source>{column} is not a number</source>
        <translation>{column} không phải là số</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a number</source>
        <translation>{column} “{value}” không phải số</translation>
    </message>
    <message>
        <source>{column} cannot be negative</source>
        <translation>{column} không được là số âm</translation>
    </message>
    <message>
        <source>The content of the target is missing</source>
        <translation>Thiếu nội dung chỉ tiêu</translation>
    </message>
    <message>
        <source>Year “{value}” is not valid (write 4 digits or “{period}”)</source>
        <translation>Năm “{value}” không hợp lệ (ghi 4 chữ số hoặc “{period}”)</translation>
    </message>
    <message>
        <source>The name of the emulation bloc is missing</source>
        <translation>Thiếu tên khối thi đua</translation>
    </message>
    <message>
        <source>The criterion is missing</source>
        <translation>Thiếu tiêu chí</translation>
    </message>
    <message>
        <source>Kind “{value}” is neither Khối nor Cụm</source>
        <translation>Loại “{value}” không phải Khối hoặc Cụm</translation>
    </message>
    <message>
        <source>The unit “{name}” was not found; for an agency outside the list of units, write x in the column Ngoài danh mục đơn vị</source>
        <translation>Không tìm thấy đơn vị “{name}”; cơ quan ngoài danh mục thì ghi x ở cột Ngoài danh mục đơn vị</translation>
    </message>
    <message>
        <source>{count} units are named “{name}”; write the code</source>
        <translation>Có {count} đơn vị tên “{name}”; hãy ghi mã</translation>
    </message>
    <message>
        <source>The same member as row {row}</source>
        <translation>Trùng thành viên với dòng {row}</translation>
    </message>
    <message>
        <source>“{name}” is not a member of the bloc in {year}</source>
        <translation>“{name}” không phải thành viên của khối năm {year}</translation>
    </message>
    <message>
        <source>In {year} the bloc has no criterion “{criterion}”</source>
        <translation>Năm {year} khối không có tiêu chí “{criterion}”</translation>
    </message>
    <message>
        <source>The title or form “{value}” is not in the catalog of personal awards</source>
        <translation>Danh hiệu / hình thức “{value}” không có trong danh mục khen thưởng cá nhân</translation>
    </message>
    <message>
        <source>This person has no initiative {titles}</source>
        <translation>Không có sáng kiến {titles} của người này</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên, danh hiệu</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>Export ranking to Excel…</source>
        <translation>Xuất bảng xếp hạng ra Excel…</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>&amp;Khối, nhóm đối tượng:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Type a score in a criterion&apos;s cell; the ranking updates at once. Equal totals share a rank (shown as 2=).</source>
        <translation>Nhập điểm vào ô của từng tiêu chí; bảng xếp hạng cập nhật ngay. Bằng tổng điểm thì đồng hạng (ghi là 2=).</translation>
    </message>
    <message>
        <source>Export scores</source>
        <translation>Xuất bảng điểm</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Max score</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Thêm tiêu chí</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Bỏ tiêu chí</translation>
    </message>
    <message>
        <source>Save criteria</source>
        <translation>Lưu tiêu chí</translation>
    </message>
    <message>
        <source>Copy last year&apos;s</source>
        <translation>Chép của năm trước</translation>
    </message>
    <message>
        <source>Import scores…</source>
        <translation>Nhập điểm…</translation>
    </message>
    <message>
        <source>Export scores…</source>
        <translation>Xuất điểm…</translation>
    </message>
    <message>
        <source>Criteria of the year</source>
        <translation>Tiêu chí của năm</translation>
    </message>
    <message>
        <source>Scores and ranking (type a score in a criterion&apos;s cell)</source>
        <translation>Điểm và xếp hạng (gõ điểm vào ô của tiêu chí)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>tối đa %1</translation>
    </message>
    <message>
        <source>%1 criteria, maximum %2 points</source>
        <translation>%1 tiêu chí, tối đa %2 điểm</translation>
    </message>
    <message>
        <source>%1 criterion(s) removed: their scores are deleted too. Continue?</source>
        <translation>Bỏ %1 tiêu chí: điểm đã chấm theo các tiêu chí đó cũng bị xóa. Tiếp tục?</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search…</source>
        <translation>Tìm kiếm…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Office and settings</source>
        <translation>Thông tin cơ quan - Cài đặt</translation>
    </message>
    <message>
        <source>Office identity</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <source>These details are printed in the header and the signature block of every document. They are stored in the data file.</source>
        <translation>Các thông tin này được in ở phần đầu và phần chữ ký của mọi văn bản, và được lưu trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation>Thay đổi từ ngày</translation>
    </message>
    <message>
        <source>Keep the old governing body, name and place for papers dated before this day (untick to correct a mistake)</source>
        <translation>Giữ cơ quan chủ quản, tên cơ quan và địa danh cũ cho văn bản trước ngày này (bỏ chọn nếu chỉ sửa lỗi nhập)</translation>
    </message>
    <message>
        <source>earlier papers keep the old names</source>
        <translation>văn bản trước đó vẫn ghi tên cũ</translation>
    </message>
    <message>
        <source>Save office details</source>
        <translation>Lưu thông tin cơ quan</translation>
    </message>
    <message>
        <source>Names over time…</source>
        <translation>Tên qua các thời kỳ…</translation>
    </message>
    <message>
        <source>Earlier names of the governing body, the office and the place (e.g. before 01/07/2025)</source>
        <translation>Tên trước đây của cơ quan chủ quản, của cơ quan và địa danh (ví dụ trước ngày 01/07/2025)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Ngôn ngữ mới được áp dụng từ lần mở chương trình sau.</translation>
    </message>
    <message>
        <source>This session uses another language, chosen on the command line. The program starts in the language above.</source>
        <translation>Lần này chương trình dùng ngôn ngữ khác, được chọn bằng dòng lệnh. Khi mở bình thường, chương trình dùng ngôn ngữ chọn ở trên.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>Tệp dữ liệu:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Thư mục nhật ký:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Saved. Close and open the program again to use the new language.</source>
        <translation>Đã lưu. Hãy đóng rồi mở lại chương trình để dùng ngôn ngữ mới.</translation>
    </message>
</context>
<context>
    <name>SponsorshipDialog</name>
    <message>
        <source>Sponsored commune</source>
        <translation>Xã được đỡ đầu</translation>
    </message>
    <message>
        <source>&amp;Sponsoring unit:</source>
        <translation>Đơn vị &amp;đỡ đầu:</translation>
    </message>
    <message>
        <source>&amp;Commune or village:</source>
        <translation>&amp;Xã hoặc thôn:</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>SponsorshipsTab</name>
    <message>
        <source>Sponsoring unit</source>
        <translation>Đơn vị đỡ đầu</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Value (đồng)</source>
        <translation>Giá trị (đồng)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Tiền</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Hiện vật</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Ngày công</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Tư vấn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Sponsor a commune…</source>
        <translation>Nhận đỡ đầu xã…</translation>
    </message>
    <message>
        <source>Add support activity…</source>
        <translation>Thêm hoạt động hỗ trợ…</translation>
    </message>
    <message>
        <source>Remove sponsorship</source>
        <translation>Xóa quan hệ đỡ đầu</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Xóa hoạt động</translation>
    </message>
    <message>
        <source>Support activities of the selected sponsorship:</source>
        <translation>Hoạt động hỗ trợ của nội dung đỡ đầu đang chọn:</translation>
    </message>
    <message>
        <source>Select a sponsorship first.</source>
        <translation>Hãy chọn một nội dung đỡ đầu trước.</translation>
    </message>
    <message>
        <source>Remove the sponsorship of %1 by %2 with its %3 activities?</source>
        <translation>Xóa việc %2 đỡ đầu %1 cùng %3 hoạt động hỗ trợ?</translation>
    </message>
    <message>
        <source>Remove the selected activity?</source>
        <translation>Xóa hoạt động hỗ trợ đang chọn?</translation>
    </message>
</context>
<context>
    <name>Standards</name>
    <message>
        <source>Council votes needed (% of members)</source>
        <translation>Tỷ lệ phiếu đồng ý của Hội đồng (% tổng số thành viên)</translation>
    </message>
    <message>
        <source>Note for the council</source>
        <translation>Ghi chú cho Hội đồng</translation>
    </message>
    <message>
        <source>Lowest rating of the year</source>
        <translation>Xếp loại thấp nhất trong năm</translation>
    </message>
    <message>
        <source>Consecutive years rated &apos;excellently completed&apos;</source>
        <translation>Số năm liên tục Hoàn thành xuất sắc nhiệm vụ</translation>
    </message>
    <message>
        <source>Consecutive years rated &apos;well completed&apos; or better</source>
        <translation>Số năm liên tục Hoàn thành tốt nhiệm vụ trở lên</translation>
    </message>
    <message>
        <source>Consecutive years as grassroots emulation fighter</source>
        <translation>Số năm liên tục đạt Chiến sĩ thi đua cơ sở</translation>
    </message>
    <message>
        <source>Consecutive provincial emulation fighter titles</source>
        <translation>Số lần liên tục đạt Chiến sĩ thi đua cấp tỉnh</translation>
    </message>
    <message>
        <source>Grassroots emulation fighter titles in the period</source>
        <translation>Số lần đạt Chiến sĩ thi đua cơ sở trong thời gian xét</translation>
    </message>
    <message>
        <source>Initiatives recognised in the period</source>
        <translation>Số sáng kiến được công nhận trong thời gian xét</translation>
    </message>
    <message>
        <source>Scope of effect of the initiative</source>
        <translation>Phạm vi ảnh hưởng của sáng kiến</translation>
    </message>
    <message>
        <source>An initiative is required up to the year</source>
        <translation>Bắt buộc có sáng kiến đến năm</translation>
    </message>
    <message>
        <source>At most this % of the &apos;advanced labourers&apos;</source>
        <translation>Không quá tỷ lệ này (%) trên số Lao động tiên tiến</translation>
    </message>
    <message>
        <source>That cap applies up to the year</source>
        <translation>Giới hạn tỷ lệ áp dụng đến năm</translation>
    </message>
    <message>
        <source>Grassroots emulation fighters, at least</source>
        <translation>Số Chiến sĩ thi đua cơ sở tối thiểu</translation>
    </message>
    <message>
        <source>&apos;Advanced labourers&apos;, at least (%)</source>
        <translation>Tỷ lệ cá nhân đạt Lao động tiên tiến tối thiểu (%)</translation>
    </message>
    <message>
        <source>&apos;Advanced labourers&apos;, more than (%)</source>
        <translation>Tỷ lệ cá nhân đạt Lao động tiên tiến phải trên (%)</translation>
    </message>
    <message>
        <source>A member disciplined at warning or above makes it</source>
        <translation>Có thành viên bị kỷ luật từ cảnh cáo trở lên thì kết quả là</translation>
    </message>
    <message>
        <source>Years since that award</source>
        <translation>Số năm kể từ lần khen thưởng đó</translation>
    </message>
    <message>
        <source>Award held before</source>
        <translation>Khen thưởng phải có trước đó</translation>
    </message>
    <message>
        <source>Award held before (one of)</source>
        <translation>Khen thưởng phải có trước đó (một trong các hình thức)</translation>
    </message>
    <message>
        <source>Kinds of initiative that count</source>
        <translation>Loại sáng kiến được tính làm căn cứ</translation>
    </message>
    <message>
        <source>Years between the two provincial emulation fighter titles</source>
        <translation>Số năm giữa hai lần đạt Chiến sĩ thi đua cấp tỉnh</translation>
    </message>
    <message>
        <source>Proposed this many years after the second title</source>
        <translation>Đề nghị sau lần thứ hai (số năm)</translation>
    </message>
    <message>
        <source>Standard (by period of the rules)</source>
        <translation>Tiêu chuẩn (theo thời kỳ áp dụng)</translation>
    </message>
    <message>
        <source>Kinds of unit</source>
        <translation>Loại đơn vị</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>từ %1: %2</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How do you want to start?</source>
        <translation>Bắt đầu như thế nào?</translation>
    </message>
    <message>
        <source>The sample data is kept apart and never mixes with the office&apos;s.</source>
        <translation>Dữ liệu mẫu được để riêng, không bao giờ lẫn với dữ liệu của cơ quan.</translation>
    </message>
    <message>
        <source>Start with empty data (the office&apos;s own data file)</source>
        <translation>Bắt đầu với dữ liệu trống (tệp dữ liệu của cơ quan)</translation>
    </message>
    <message>
        <source>Try the program on sample data</source>
        <translation>Dùng thử trên dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Creates the data file %1. On the next page you can import units and people from Excel, or add them later.</source>
        <translation>Tạo tệp dữ liệu %1. Ở trang sau có thể nhập đơn vị và cán bộ từ Excel, hoặc thêm sau.</translation>
    </message>
    <message>
        <source>Opens a separate file with a made-up office (%1 people, movements, initiatives, proposals) to practise on. Nothing is written to the office&apos;s data file: the next time the program starts, this wizard appears again.</source>
        <translation>Mở một tệp riêng với một cơ quan giả định (%1 người, phong trào, sáng kiến, đề nghị khen thưởng) để làm quen. Không ghi gì vào tệp dữ liệu của cơ quan: lần mở chương trình sau, trình hướng dẫn này sẽ hiện lại.</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>Planned (kế hoạch)</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Achieved (thực hiện)</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Achieved as % of planned</source>
        <translation>Tỷ lệ thực hiện so với kế hoạch (%)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Xem:</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Type a value in a year&apos;s cell or in the whole period&apos;s cell; it is saved at once. Targets themselves are named in the movement&apos;s plan (Edit…).</source>
        <translation>Gõ số vào ô của từng năm hoặc ô cả giai đoạn; số được lưu ngay. Tên các chỉ tiêu được ghi trong kế hoạch của phong trào (Sửa…).</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>Cả giai đoạn</translation>
    </message>
    <message>
        <source>Export targets</source>
        <translation>Xuất chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>Sửa thông tin đơn vị</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>e.g. Phòng Kế hoạch - Tài chính</source>
        <translation>ví dụ: Phòng Kế hoạch - Tài chính</translation>
    </message>
    <message>
        <source>optional, e.g. KHTC</source>
        <translation>không bắt buộc, ví dụ: KHTC</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(cấp cao nhất)</translation>
    </message>
    <message>
        <source>Part of the office</source>
        <translation>Thuộc cơ quan</translation>
    </message>
    <message>
        <source>Outside collective</source>
        <translation>Tập thể bên ngoài</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Parent unit:</source>
        <translation>Đơn vị &amp;cấp trên:</translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation>Thay đổi từ ngày</translation>
    </message>
    <message>
        <source>Keep the old name and parent unit for papers dated before this day (untick to correct a mistake)</source>
        <translation>Giữ tên và đơn vị cấp trên cũ cho văn bản trước ngày này (bỏ chọn nếu chỉ sửa lỗi nhập)</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Phạm vi:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Name history</source>
        <translation>Tên qua các thời kỳ</translation>
    </message>
    <message>
        <source>the old name and parent stay on earlier papers</source>
        <translation>văn bản trước đó vẫn ghi tên và đơn vị cấp trên cũ</translation>
    </message>
    <message>
        <source>the old parent unit stays on earlier papers</source>
        <translation>văn bản trước đó vẫn ghi đơn vị cấp trên cũ</translation>
    </message>
    <message>
        <source>the old name stays on earlier papers</source>
        <translation>văn bản trước đó vẫn ghi tên cũ</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Choose a unit…</source>
        <translation>Chọn đơn vị…</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (ngừng hoạt động)</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Đã sáp nhập</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ngừng hoạt động</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>It goes to the recycle bin, from where it can be restored.</source>
        <translation>Mục này sẽ được chuyển vào thùng rác và có thể khôi phục lại.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Add unit…</source>
        <translation>Thêm đơn vị…</translation>
    </message>
    <message>
        <source>Add sub-unit…</source>
        <translation>Thêm đơn vị trực thuộc…</translation>
    </message>
    <message>
        <source>Add a unit under the selected one</source>
        <translation>Thêm một đơn vị trực thuộc đơn vị đang chọn</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Chuyển đến…</translation>
    </message>
    <message>
        <source>Put the unit under another unit</source>
        <translation>Chuyển đơn vị về trực thuộc một đơn vị khác</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Lịch sử…</translation>
    </message>
    <message>
        <source>Emulation blocs…</source>
        <translation>Khối, cụm thi đua…</translation>
    </message>
    <message>
        <source>Which unit led which khối or cụm thi đua in which year</source>
        <translation>Đơn vị nào dẫn đầu khối, cụm thi đua nào, năm nào</translation>
    </message>
    <message>
        <source>Merge units…</source>
        <translation>Sáp nhập đơn vị…</translation>
    </message>
    <message>
        <source>Sáp nhập: units become part of another from a date; their people and history move</source>
        <translation>Sáp nhập đơn vị vào một đơn vị khác từ một ngày; con người và lịch sử được chuyển theo</translation>
    </message>
    <message>
        <source>Show inactive units</source>
        <translation>Hiện cả đơn vị đã ngừng hoạt động</translation>
    </message>
    <message>
        <source>Find a unit by name or code</source>
        <translation>Tìm đơn vị theo tên hoặc mã</translation>
    </message>
    <message>
        <source>Merged into %1 on %2</source>
        <translation>Đã sáp nhập vào %1 từ ngày %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln đơn vị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive</source>
        <translation>
            <numerusform>%n ngừng hoạt động</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Cho hoạt động lại</translation>
    </message>
    <message>
        <source>Cannot move the unit</source>
        <translation>Không chuyển được đơn vị</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Xóa đơn vị</translation>
    </message>
    <message>
        <source>Delete the unit “%1”?</source>
        <translation>Xóa đơn vị “%1”?</translation>
    </message>
    <message>
        <source>Cannot delete the unit</source>
        <translation>Không xóa được đơn vị</translation>
    </message>
    <message>
        <source>The unit “%1” cannot be deleted.</source>
        <translation>Không thể xóa đơn vị “%1”.</translation>
    </message>
</context>
<context>
    <name>YearRegistrations</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Person / unit</source>
        <translation>Cá nhân / tập thể</translation>
    </message>
    <message>
        <source>Title registered for</source>
        <translation>Danh hiệu đăng ký</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>Register people or units…</source>
        <translation>Đăng ký cá nhân, tập thể…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Xóa các dòng đã chọn</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n đăng ký</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove registrations</source>
        <translation>Xóa đăng ký</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n registration(s)?</source>
        <translation>
            <numerusform>Xóa %n đăng ký?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearsTab</name>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Chair (trưởng khối)</source>
        <translation>Trưởng khối</translation>
    </message>
    <message>
        <source>Deputy (phó khối)</source>
        <translation>Phó khối</translation>
    </message>
    <message>
        <source>Leading unit</source>
        <translation>Đơn vị dẫn đầu</translation>
    </message>
    <message>
        <source>Use the rotation</source>
        <translation>Theo luân phiên</translation>
    </message>
    <message>
        <source>Save chairs</source>
        <translation>Lưu trưởng, phó khối</translation>
    </message>
    <message>
        <source>First of the ranking</source>
        <translation>Đơn vị xếp thứ nhất</translation>
    </message>
    <message>
        <source>Save leading unit</source>
        <translation>Lưu đơn vị dẫn đầu</translation>
    </message>
    <message>
        <source>Chairs of the year (by rotation)</source>
        <translation>Trưởng, phó khối của năm (luân phiên)</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Trưởng khối</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Phó khối</translation>
    </message>
    <message>
        <source>Leading unit and the khối&apos;s proposal</source>
        <translation>Đơn vị dẫn đầu và đề nghị của khối</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Rotation for %1: chair %2, deputy %3</source>
        <translation>Luân phiên năm %1: trưởng khối %2, phó khối %3</translation>
    </message>
    <message>
        <source>No member this year.</source>
        <translation>Năm này khối không có thành viên.</translation>
    </message>
    <message>
        <source>No leading unit recorded for %1: the khối proposes no one for Cờ thi đua của UBND tỉnh.</source>
        <translation>Năm %1 chưa ghi đơn vị dẫn đầu: khối chưa đề nghị đơn vị nào tặng Cờ thi đua của UBND tỉnh.</translation>
    </message>
    <message>
        <source>Proposal %1: Cờ thi đua của UBND tỉnh for %2 — %3</source>
        <translation>Đề nghị năm %1: Cờ thi đua của UBND tỉnh cho %2 — %3</translation>
    </message>
</context>
</TS>
