<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>ApprovalForm</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/approval_form.py" line="52"/>
        <source>Not yet approved: record the approval later, in the round&apos;s workspace</source>
        <translation>ยังไม่ได้รับอนุมัติ: บันทึกการอนุมัติภายหลังได้ในหน้าการฝึกอบรมรุ่นนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/approval_form.py" line="57"/>
        <source>e.g. the council&apos;s meeting 2/2569, agenda item 4</source>
        <translation>เช่น มติที่ประชุมสภา อบต. ครั้งที่ 2/2569 วาระที่ 4</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/approval_form.py" line="73"/>
        <source>baht</source>
        <translation>บาท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/approval_form.py" line="77"/>
        <source>Council reference:</source>
        <translation>อ้างอิงมติสภา:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/approval_form.py" line="78"/>
        <source>Approved on:</source>
        <translation>วันที่อนุมัติ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/approval_form.py" line="79"/>
        <source>Approved amount:</source>
        <translation>วงเงินที่อนุมัติ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/approval_form.py" line="85"/>
        <source>Recording the approval moves the round from planning to approved.</source>
        <translation>เมื่อบันทึกการอนุมัติ สถานะการฝึกอบรมจะเปลี่ยนจาก “วางแผน” เป็น “อนุมัติแล้ว”</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_grid.py" line="82"/>
        <source>Mark everyone present in this session</source>
        <translation>บันทึกว่าทุกคนมาในครั้งนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_grid.py" line="83"/>
        <source>Ctrl+A in the table</source>
        <translation>Ctrl+A ในตาราง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_grid.py" line="85"/>
        <source>Clear this session</source>
        <translation>ล้างข้อมูลครั้งนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_grid.py" line="87"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_grid.py" line="90"/>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_grid.py" line="327"/>
        <source>Revert</source>
        <translation>ยกเลิกการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_grid.py" line="98"/>
        <source>Find a name or number…</source>
        <translation>ค้นหาชื่อหรือลำดับ…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_grid.py" line="99"/>
        <source>Down and Up go to the next and previous match, Enter goes to the table</source>
        <translation>กดลูกศรลง/ขึ้นเพื่อไปยังชื่อที่ตรงถัดไป/ก่อนหน้า กด Enter เพื่อไปที่ตาราง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_grid.py" line="237"/>
        <source>This training round is no longer there (recycle bin); nothing was saved.</source>
        <translation>ไม่พบการฝึกอบรมนี้แล้ว (อยู่ในถังรีไซเคิล) จึงยังไม่ได้บันทึกข้อมูล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_grid.py" line="277"/>
        <source>“{value}” is not a mark: use 1 or 0, มา or ขาด. Nothing was pasted.</source>
        <translation>“{value}” ไม่ใช่ค่าที่ใช้บันทึกการเข้าอบรม ให้ใช้ 1 หรือ 0, มา หรือ ขาด จึงยังไม่ได้วางข้อมูล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_grid.py" line="290"/>
        <source>Choose a session column before pasting.</source>
        <translation>เลือกคอลัมน์ของครั้งที่จะวางข้อมูลก่อน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_grid.py" line="295"/>
        <source>%n value(s) did not fit in the table and were left out.</source>
        <translation>มี %n ค่าที่เกินขอบเขตตาราง จึงไม่ได้วาง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_grid.py" line="328"/>
        <source>Throw away %n change(s) not saved?</source>
        <translation>ยกเลิกการแก้ไข %n รายการที่ยังไม่ได้บันทึกหรือไม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_grid.py" line="354"/>
        <source>%n change(s) not saved</source>
        <translation>ยังไม่ได้บันทึก %n รายการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_grid.py" line="355"/>
        <source>No changes to save</source>
        <translation>ไม่มีการแก้ไขที่ต้องบันทึก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_grid.py" line="372"/>
        <source>Session {number} ({date})</source>
        <translation>ครั้งที่ {number} ({date})</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_model.py" line="367"/>
        <source>{mark} (not saved)</source>
        <translation>{mark} (ยังไม่ได้บันทึก)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_model.py" line="383"/>
        <source>Under the round&apos;s {threshold}% attendance</source>
        <translation>ต่ำกว่าเกณฑ์การเข้าอบรม {threshold}% ของการฝึกอบรมนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_model.py" line="417"/>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_model.py" line="419"/>
        <source>Name</source>
        <translation>ชื่อ–สกุล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_model.py" line="421"/>
        <source>Moo</source>
        <translation>หมู่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_model.py" line="424"/>
        <source>Session {number}</source>
        <translation>ครั้งที่ {number}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_model.py" line="427"/>
        <source>Attended
of {planned}</source>
        <translation>มาอบรม
จาก {planned} ครั้ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_model.py" line="430"/>
        <source>Percent
(pass {threshold}%)</source>
        <translation>ร้อยละ
(ผ่าน {threshold}%)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_model.py" line="437"/>
        <source>Not recorded</source>
        <translation>ยังไม่บันทึก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_model.py" line="438"/>
        <source>Present</source>
        <translation>มา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_model.py" line="438"/>
        <source>Absent</source>
        <translation>ขาด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/attendance_model.py" line="443"/>
        <source>{present} present, {absent} absent, {blank} not recorded</source>
        <translation>มา {present} คน ขาด {absent} คน ยังไม่บันทึก {blank} คน</translation>
    </message>
</context>
<context>
    <name>BasicPage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="162"/>
        <source>Basic data</source>
        <translation>ข้อมูลพื้นฐาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="163"/>
        <source>The group&apos;s name, type and where it works, as the register shows it.</source>
        <translation>ชื่อ ประเภท และสถานที่ดำเนินงานของกลุ่ม ตามที่จะปรากฏในทะเบียน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="171"/>
        <source>(not set)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="175"/>
        <source>Where the group meets or works, e.g. the village hall</source>
        <translation>ที่ตั้งกลุ่ม เช่น ศาลาประชาคม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="181"/>
        <source>Empty: the first leader, or the president</source>
        <translation>เว้นว่าง: ใช้แกนนำคนแรก หรือประธานกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="186"/>
        <source>The group means to register as a community enterprise</source>
        <translation>กลุ่มตั้งใจจะจดทะเบียนเป็นวิสาหกิจชุมชน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="189"/>
        <source>A community enterprise needs members from at least {minimum} different households (not one family or one house register); the members step checks it.</source>
        <translation>วิสาหกิจชุมชนต้องมีสมาชิกจากอย่างน้อย {minimum} ครัวเรือน (ไม่ใช่ครอบครัวเดียวกันหรือทะเบียนบ้านเดียวกัน) ขั้นตอนสมาชิกจะตรวจสอบให้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="203"/>
        <source>Group name:</source>
        <translation>ชื่อกลุ่ม:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="204"/>
        <source>Type:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="205"/>
        <source>Village:</source>
        <translation>หมู่บ้าน:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="206"/>
        <source>Address:</source>
        <translation>ที่อยู่:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="207"/>
        <source>Founded on:</source>
        <translation>วันที่จัดตั้ง:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="208"/>
        <source>Contact person:</source>
        <translation>ผู้ประสานงาน:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="209"/>
        <source>Phone:</source>
        <translation>โทรศัพท์:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="210"/>
        <source>Objectives:</source>
        <translation>วัตถุประสงค์:</translation>
    </message>
</context>
<context>
    <name>BeDateEdit</name>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/be_date_edit.py" line="39"/>
        <source>dd/mm/yyyy (BE)</source>
        <translation>วว/ดด/ปปปป (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/be_date_edit.py" line="91"/>
        <source>The date cannot be in the future.</source>
        <translation>วันที่ต้องไม่เป็นวันในอนาคต</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/be_date_edit.py" line="92"/>
        <source>The date cannot be after {date}.</source>
        <translation>วันที่ต้องไม่หลัง {date}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/be_date_edit.py" line="96"/>
        <source>The date cannot be before {date}.</source>
        <translation>วันที่ต้องไม่ก่อน {date}</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_editor.py" line="89"/>
        <source>Add line</source>
        <translation>เพิ่มรายการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_editor.py" line="91"/>
        <source>Remove line</source>
        <translation>ลบรายการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_editor.py" line="96"/>
        <source>Speaker fee</source>
        <translation>ค่าตอบแทนวิทยากร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_editor.py" line="97"/>
        <source>Lunch</source>
        <translation>ค่าอาหารกลางวัน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_editor.py" line="98"/>
        <source>Snacks</source>
        <translation>ค่าอาหารว่าง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_editor.py" line="118"/>
        <source>Quick add:</source>
        <translation>เพิ่มด่วน:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_editor.py" line="156"/>
        <source>Without a ceiling</source>
        <translation>ไม่กำหนดอัตราสูงสุด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_editor.py" line="204"/>
        <source>{category} ({condition})</source>
        <translation>{category} ({condition})</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_editor.py" line="262"/>
        <source>Total: {amount} baht</source>
        <translation>รวมทั้งสิ้น {amount} บาท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_editor.py" line="268"/>
        <source>Warnings (the budget can still be saved):</source>
        <translation>ข้อควรตรวจสอบ (ยังบันทึกงบประมาณได้):</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_table.py" line="42"/>
        <source>{amount} {unit} ({condition})</source>
        <translation>{amount} {unit} ({condition})</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_table.py" line="59"/>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_table.py" line="60"/>
        <source>Description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_table.py" line="61"/>
        <source>Quantity</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_table.py" line="62"/>
        <source>Times</source>
        <translation>ครั้ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_table.py" line="63"/>
        <source>Rate</source>
        <translation>อัตรา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_table.py" line="64"/>
        <source>Ceiling</source>
        <translation>อัตราสูงสุด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_table.py" line="65"/>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_table.py" line="66"/>
        <source>Spent</source>
        <translation>เบิกจ่ายจริง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_table.py" line="67"/>
        <source>Check</source>
        <translation>ตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_table.py" line="146"/>
        <source>Over the ceiling</source>
        <translation>เกินอัตราสูงสุด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/budget_table.py" line="226"/>
        <source>(no ceiling)</source>
        <translation>(ไม่กำหนดอัตราสูงสุด)</translation>
    </message>
</context>
<context>
    <name>CapitalPage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_capital.py" line="48"/>
        <source>baht</source>
        <translation>บาท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_capital.py" line="74"/>
        <source>Regulations and capital</source>
        <translation>ระเบียบกลุ่มและทุน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_capital.py" line="75"/>
        <source>The group&apos;s regulations, the value of one share, and what each member buys in shares and puts in as starting savings.</source>
        <translation>ระเบียบกลุ่ม มูลค่าหุ้นละกี่บาท และจำนวนหุ้นที่สมาชิกแต่ละคนซื้อกับเงินออมเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_capital.py" line="83"/>
        <source>Where it comes from, e.g. a grant from the office</source>
        <translation>เช่น เงินอุดหนุนจาก อบต.</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_capital.py" line="87"/>
        <source>Regulations:</source>
        <translation>ระเบียบกลุ่ม:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_capital.py" line="88"/>
        <source>Value of one share:</source>
        <translation>มูลค่าหุ้นละ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_capital.py" line="89"/>
        <source>Working capital:</source>
        <translation>ทุนดำเนินการ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_capital.py" line="91"/>
        <source>Source of the capital:</source>
        <translation>แหล่งที่มาของทุน:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_capital.py" line="94"/>
        <source>Member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_capital.py" line="95"/>
        <source>Shares</source>
        <translation>จำนวนหุ้น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_capital.py" line="97"/>
        <source>Share amount (baht)</source>
        <translation>ค่าหุ้น (บาท)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_capital.py" line="99"/>
        <source>Starting savings (baht)</source>
        <translation>เงินออมเริ่มต้น (บาท)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_capital.py" line="116"/>
        <source>Double-click a number to change it.</source>
        <translation>ดับเบิลคลิกที่ตัวเลขเพื่อแก้ไข</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_capital.py" line="141"/>
        <source>{shares} shares, {capital} baht of share capital; starting savings {savings} baht in all.</source>
        <translation>รวม {shares} หุ้น เป็นเงินค่าหุ้น {capital} บาท เงินออมเริ่มต้นรวม {savings} บาท</translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="35"/>
        <source>No.</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="36"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="37"/>
        <source>Issued on</source>
        <translation>วันที่ออก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="38"/>
        <source>Signed by</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="40"/>
        <source>Reprints</source>
        <translation>พิมพ์ซ้ำ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="62"/>
        <source>Issue certificates</source>
        <translation>ออกวุฒิบัตร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="68"/>
        <source>%n trainee(s) pass and have no certificate yet.</source>
        <translation>มีผู้เข้ารับการอบรมที่ผ่านแต่ยังไม่มีวุฒิบัตร %n คน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="80"/>
        <source>(none: add one in the office profile)</source>
        <translation>(ยังไม่มี: เพิ่มได้ที่ข้อมูลหน่วยงาน)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="82"/>
        <source>Print them now</source>
        <translation>พิมพ์ทันที</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="89"/>
        <source>Given on:</source>
        <translation>วันที่มอบ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="90"/>
        <source>Signed by:</source>
        <translation>ผู้ลงนาม:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="91"/>
        <source>Numbers continue the register of fiscal year {year} (N/{year}), in the order of the sign-in sheet.</source>
        <translation>เลขที่ต่อจากทะเบียนคุมวุฒิบัตรปีงบประมาณ {year} (N/{year}) เรียงตามลำดับในใบลงชื่อผู้เข้ารับการอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="100"/>
        <source>Issue</source>
        <translation>ออกวุฒิบัตร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="123"/>
        <location filename="../../wangmuang_desk/ui/trainings/certificates_panel.py" line="174"/>
        <source>This round is no longer in the registry.</source>
        <translation>ไม่พบการฝึกอบรมรุ่นนี้ในทะเบียนแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="138"/>
        <source>Print certificates</source>
        <translation>พิมพ์วุฒิบัตร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="141"/>
        <source>The %n chosen certificate(s)</source>
        <translation>วุฒิบัตรที่เลือก %n ฉบับ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="144"/>
        <source>All %n certificate(s) of this round</source>
        <translation>วุฒิบัตรทั้งหมดของรุ่นนี้ %n ฉบับ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="152"/>
        <source>Count as a reprint in the register</source>
        <translation>นับเป็นการพิมพ์ซ้ำในทะเบียนคุมวุฒิบัตร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="160"/>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="167"/>
        <source>Untick it when the first print failed; a lost or damaged certificate printed again is a reprint.</source>
        <translation>เอาเครื่องหมายออกหากการพิมพ์ครั้งแรกไม่สำเร็จ ส่วนวุฒิบัตรที่สูญหายหรือชำรุดแล้วพิมพ์ใหม่ถือเป็นการพิมพ์ซ้ำ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="187"/>
        <source>Certificate register</source>
        <translation>ทะเบียนคุมวุฒิบัตร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="199"/>
        <source>Fiscal year:</source>
        <translation>ปีงบประมาณ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificate_dialogs.py" line="216"/>
        <source>%n certificate(s)</source>
        <translation>วุฒิบัตร %n ฉบับ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificates_panel.py" line="55"/>
        <source>Issue certificates…</source>
        <translation>ออกวุฒิบัตร…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificates_panel.py" line="57"/>
        <source>Print / reprint…</source>
        <translation>พิมพ์ / พิมพ์ซ้ำ…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificates_panel.py" line="59"/>
        <source>The chosen certificates, or all of them</source>
        <translation>วุฒิบัตรที่เลือก หรือทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificates_panel.py" line="63"/>
        <source>Certificate register of the fiscal year…</source>
        <translation>ทะเบียนคุมวุฒิบัตรประจำปีงบประมาณ…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificates_panel.py" line="95"/>
        <source>%n certificate(s) issued</source>
        <translation>ออกวุฒิบัตรแล้ว %n ฉบับ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificates_panel.py" line="96"/>
        <source>%n trainee(s) pass without a certificate yet</source>
        <translation>ผ่านแต่ยังไม่มีวุฒิบัตร %n คน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificates_panel.py" line="149"/>
        <source>Certificates: {title}</source>
        <translation>วุฒิบัตร: {title}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificates_panel.py" line="150"/>
        <source>Certificates {title}.pdf</source>
        <translation>วุฒิบัตร {title}.pdf</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/certificates_panel.py" line="174"/>
        <source>Certificates</source>
        <translation>วุฒิบัตร</translation>
    </message>
</context>
<context>
    <name>CitizenIdEdit</name>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/citizen_id_edit.py" line="32"/>
        <source>13 digits (X-XXXX-XXXXX-XX-X)</source>
        <translation>เลข 13 หลัก (X-XXXX-XXXXX-XX-X)</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="269"/>
        <source>Committee</source>
        <translation>คณะกรรมการกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="270"/>
        <source>Choose the members who hold the positions, and tick the other committee members.</source>
        <translation>เลือกสมาชิกที่ดำรงตำแหน่งต่าง ๆ และทำเครื่องหมายเลือกกรรมการคนอื่น ๆ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="279"/>
        <source>{position}:</source>
        <translation>ตำแหน่ง{position}:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="285"/>
        <source>Committee members:</source>
        <translation>กรรมการ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="287"/>
        <source>The founding date</source>
        <translation>ใช้วันที่จัดตั้ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="293"/>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="296"/>
        <source>Term:</source>
        <translation>วาระ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="320"/>
        <source>(nobody)</source>
        <translation>(ว่าง)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/crash_report_dialog.py" line="30"/>
        <source>Unexpected error</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/crash_report_dialog.py" line="35"/>
        <source>Something went wrong inside the program. Work that was already saved is kept in the database. Please copy the report below and send it to the person who looks after this program, saying what you were doing when it happened.</source>
        <translation>เกิดข้อผิดพลาดภายในโปรแกรม ข้อมูลที่บันทึกไว้แล้วยังอยู่ครบในฐานข้อมูล กรุณาคัดลอกรายงานด้านล่างส่งให้ผู้ดูแลโปรแกรม พร้อมแจ้งว่ากำลังทำอะไรอยู่ขณะเกิดปัญหา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/crash_report_dialog.py" line="48"/>
        <source>(no log file)</source>
        <translation>(ไม่มีไฟล์บันทึกการทำงาน)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/crash_report_dialog.py" line="49"/>
        <source>The report was also written to the log file:</source>
        <translation>รายงานนี้บันทึกไว้ในไฟล์บันทึกการทำงานด้วย:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/crash_report_dialog.py" line="53"/>
        <source>Copy report</source>
        <translation>คัดลอกรายงาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/crash_report_dialog.py" line="72"/>
        <source>Copied</source>
        <translation>คัดลอกแล้ว</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../wangmuang_desk/app.py" line="83"/>
        <source>Database already open</source>
        <translation>ฐานข้อมูลเปิดใช้งานอยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/app.py" line="109"/>
        <location filename="../../wangmuang_desk/app.py" line="237"/>
        <source>Backup restored</source>
        <translation>กู้คืนข้อมูลแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/app.py" line="110"/>
        <location filename="../../wangmuang_desk/app.py" line="238"/>
        <source>The backup was restored. The file it replaced was kept as:
{path}</source>
        <translation>กู้คืนข้อมูลจากไฟล์สำรองเรียบร้อยแล้ว ไฟล์เดิมเก็บไว้ที่:
{path}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/app.py" line="193"/>
        <source>Back up the database to</source>
        <translation>สำรองฐานข้อมูลไปที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/app.py" line="195"/>
        <source>Database (*.sqlite3)</source>
        <translation>ฐานข้อมูล (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/app.py" line="203"/>
        <source>Backup failed</source>
        <translation>สำรองข้อมูลไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/app.py" line="208"/>
        <source>Backup done</source>
        <translation>สำรองข้อมูลเรียบร้อยแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/app.py" line="209"/>
        <source>The backup was written to:
{path}</source>
        <translation>บันทึกไฟล์สำรองข้อมูลไว้ที่:
{path}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/app.py" line="289"/>
        <source>About this program</source>
        <translation>เกี่ยวกับโปรแกรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/app.py" line="290"/>
        <source>wangmuang-desk {version}
The occupational-group desk of Wang Muang Subdistrict Administrative Organization.
Database: {path}
Log: {log}</source>
        <translation>wangmuang-desk {version}
โปรแกรมงานส่งเสริมกลุ่มอาชีพ องค์การบริหารส่วนตำบลวังม่วง
ฐานข้อมูล: {path}
ไฟล์บันทึกการทำงาน: {log}</translation>
    </message>
</context>
<context>
    <name>EndTermDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="208"/>
        <source>End the term of {name}</source>
        <translation>สิ้นสุดวาระของ {name}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="216"/>
        <source>Term ends on:</source>
        <translation>วันที่สิ้นสุดวาระ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="219"/>
        <source>The seat stays in the list of past terms.</source>
        <translation>รายชื่อนี้จะยังแสดงอยู่ในวาระที่ผ่านมา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="236"/>
        <source>Enter the date the term ends.</source>
        <translation>กรุณากรอกวันที่สิ้นสุดวาระ</translation>
    </message>
</context>
<context>
    <name>EstablishmentPage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_base.py" line="114"/>
        <source>Step {number} of {count}: {title}</source>
        <translation>ขั้นตอนที่ {number} จาก {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_base.py" line="157"/>
        <source>Row {row}: {message}</source>
        <translation>แถวที่ {row}: {message}</translation>
    </message>
</context>
<context>
    <name>EstablishmentWizard</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_wizard.py" line="48"/>
        <source>Founding an occupational group</source>
        <translation>จัดตั้งกลุ่มอาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_wizard.py" line="129"/>
        <source>(unnamed)</source>
        <translation>(ยังไม่มีชื่อ)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_wizard.py" line="138"/>
        <source>Continue the group you started on {date}?

{title}</source>
        <translation>ทำต่อจากกลุ่มที่เริ่มไว้เมื่อ {date} หรือไม่

{title}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_wizard.py" line="215"/>
        <source>Keep the draft to continue later?</source>
        <translation>เก็บข้อมูลที่กรอกไว้เพื่อทำต่อภายหลังหรือไม่</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/evaluation_panel.py" line="50"/>
        <source>Attendance needed: {threshold} % of %n planned session(s)</source>
        <translation>เกณฑ์การเข้าอบรม: {threshold} % ของ %n ครั้งที่กำหนด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/evaluation_panel.py" line="54"/>
        <source>pass mark {mark}</source>
        <translation>คะแนนผ่าน {mark}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/evaluation_panel.py" line="56"/>
        <source>passed {passed} of {total}</source>
        <translation>ผ่าน {passed} จาก {total} คน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/evaluation_panel.py" line="59"/>
        <source>mean before {pre}, after {post}, gain {gain}</source>
        <translation>ค่าเฉลี่ยก่อนอบรม {pre} หลังอบรม {post} ผลต่าง {gain}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/evaluation_panel.py" line="90"/>
        <source>Save scores</source>
        <translation>บันทึกคะแนน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/evaluation_panel.py" line="92"/>
        <source>Undo changes</source>
        <translation>ยกเลิกการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/evaluation_panel.py" line="102"/>
        <source>Type a score and press Enter to go to the next trainee. Leave a score empty when the test was not taken.</source>
        <translation>พิมพ์คะแนนแล้วกด Enter เพื่อไปยังผู้เข้ารับการอบรมคนถัดไป เว้นช่องคะแนนว่างไว้หากไม่ได้เข้าสอบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/evaluation_panel.py" line="156"/>
        <source>Evaluation</source>
        <translation>ประเมินผล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/evaluation_panel.py" line="157"/>
        <source>This round or one of its trainees is no longer in the registry.</source>
        <translation>ไม่พบการฝึกอบรมรุ่นนี้หรือผู้เข้ารับการอบรมบางคนในทะเบียนแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/evaluation_panel.py" line="188"/>
        <source>pre-test</source>
        <translation>คะแนนก่อนอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/evaluation_panel.py" line="188"/>
        <source>post-test</source>
        <translation>คะแนนหลังอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/evaluation_panel.py" line="190"/>
        <source>Row {row} ({name}), {what}: {problem}</source>
        <translation>แถวที่ {row} ({name}) {what}: {problem}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/evaluation_panel.py" line="194"/>
        <source>…and {count} more</source>
        <translation>…และอีก {count} รายการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/score_model.py" line="37"/>
        <source>Yes</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/score_model.py" line="37"/>
        <source>No</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/score_model.py" line="88"/>
        <source>Type a number, such as 7 or 8.5.</source>
        <translation>กรุณาพิมพ์ตัวเลข เช่น 7 หรือ 8.5</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/score_model.py" line="141"/>
        <source>Under the round&apos;s attendance threshold</source>
        <translation>เข้าอบรมไม่ถึงเกณฑ์ของรุ่นนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/score_model.py" line="197"/>
        <source>Type the score and press Enter for the next trainee</source>
        <translation>พิมพ์คะแนนแล้วกด Enter เพื่อไปยังผู้เข้ารับการอบรมคนถัดไป</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/score_model.py" line="203"/>
        <source>Name</source>
        <translation>ชื่อ–สกุล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/score_model.py" line="203"/>
        <source>Pre-test</source>
        <translation>คะแนนก่อนอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/score_model.py" line="204"/>
        <source>Post-test</source>
        <translation>คะแนนหลังอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/score_model.py" line="204"/>
        <source>Attended</source>
        <translation>เข้าอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/score_model.py" line="205"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/score_model.py" line="205"/>
        <source>Attendance OK</source>
        <translation>เกณฑ์การเข้าอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/score_model.py" line="206"/>
        <source>Test OK</source>
        <translation>เกณฑ์คะแนน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/score_model.py" line="206"/>
        <source>Passes</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/score_model.py" line="207"/>
        <source>Certificate</source>
        <translation>วุฒิบัตร</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="167"/>
        <source>Setting up the program</source>
        <translation>ตั้งค่าเริ่มต้นโปรแกรม</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_dialog.py" line="30"/>
        <source>Not recorded</source>
        <translation>ยังไม่บันทึก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_dialog.py" line="31"/>
        <source>Yes, uses the skill</source>
        <translation>ใช่ นำความรู้ไปใช้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_dialog.py" line="32"/>
        <source>No, does not use it</source>
        <translation>ไม่ได้นำไปใช้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_dialog.py" line="43"/>
        <source>Add a follow-up</source>
        <translation>เพิ่มการติดตามผล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_dialog.py" line="44"/>
        <source>Edit the follow-up</source>
        <translation>แก้ไขการติดตามผล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_dialog.py" line="52"/>
        <source>Choose the trainee</source>
        <translation>เลือกผู้เข้ารับการอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_dialog.py" line="65"/>
        <source>e.g. makes and sells brooms at the market</source>
        <translation>เช่น ทำไม้กวาดขายที่ตลาด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_dialog.py" line="73"/>
        <source>Trainee:</source>
        <translation>ผู้เข้ารับการอบรม:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_dialog.py" line="77"/>
        <source>the round&apos;s last session: {date}</source>
        <translation>อบรมครั้งสุดท้ายของรุ่น: {date}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_dialog.py" line="81"/>
        <source>Date:</source>
        <translation>วันที่:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_dialog.py" line="82"/>
        <source>Uses the skill:</source>
        <translation>นำความรู้ไปใช้:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_dialog.py" line="83"/>
        <source>Occupation:</source>
        <translation>อาชีพ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_dialog.py" line="84"/>
        <source>Income before:</source>
        <translation>รายได้ก่อนอบรม:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_dialog.py" line="85"/>
        <source>Income after:</source>
        <translation>รายได้หลังอบรม:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_dialog.py" line="86"/>
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_dialog.py" line="133"/>
        <source>This follow-up or its round no longer exists. Nothing was saved.</source>
        <translation>ไม่พบการติดตามผลนี้หรือการฝึกอบรมรุ่นนี้แล้ว ยังไม่ได้บันทึกข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_dialog.py" line="143"/>
        <source>baht</source>
        <translation>บาท</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="59"/>
        <source>Yes</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="60"/>
        <source>No</source>
        <translation>ไม่ใช้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="84"/>
        <source>Trainee</source>
        <translation>ผู้เข้ารับการอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="85"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="86"/>
        <source>Months after</source>
        <translation>หลังอบรม (เดือน)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="88"/>
        <source>Uses the skill</source>
        <translation>นำความรู้ไปใช้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="89"/>
        <source>Occupation</source>
        <translation>อาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="91"/>
        <source>Income before</source>
        <translation>รายได้ก่อนอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="93"/>
        <source>Income after</source>
        <translation>รายได้หลังอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="95"/>
        <source>Change</source>
        <translation>ส่วนต่าง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="101"/>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="102"/>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="104"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="106"/>
        <source>Follow-ups</source>
        <translation>การติดตามผล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="111"/>
        <source>Interval / trainee</source>
        <translation>รอบติดตาม / ผู้เข้ารับการอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="112"/>
        <source>Still to do</source>
        <translation>คงค้าง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="117"/>
        <source>Still to follow up</source>
        <translation>รอการติดตามผล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="118"/>
        <source>A later follow-up also counts for an earlier interval. Double-click a name to record a follow-up.</source>
        <translation>การติดตามผลครั้งหลังนับรวมให้รอบก่อนหน้าด้วย ดับเบิลคลิกที่ชื่อเพื่อบันทึกการติดตามผล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="133"/>
        <source>The round has no sessions yet: follow-ups come after the training.</source>
        <translation>รุ่นนี้ยังไม่มีครั้งการอบรม จะติดตามผลได้หลังการฝึกอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="137"/>
        <source>Months are counted from the round&apos;s last session on {date}.</source>
        <translation>นับเดือนจากการอบรมครั้งสุดท้ายของรุ่นนี้ เมื่อวันที่ {date}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="149"/>
        <source>After {months} months, due {date}</source>
        <translation>หลังอบรม {months} เดือน ครบกำหนด {date}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="152"/>
        <source>{interval} (not yet)</source>
        <translation>{interval} (ยังไม่ถึงกำหนด)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="154"/>
        <source>done</source>
        <translation>ครบแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="215"/>
        <source>Delete follow-up</source>
        <translation>ลบการติดตามผล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="211"/>
        <source>Delete the follow-up of {name} on {date}? It cannot be undone.</source>
        <translation>ลบการติดตามผลของ {name} วันที่ {date} หรือไม่ (ลบแล้วย้อนกลับไม่ได้)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/followup_panel.py" line="217"/>
        <source>This follow-up no longer exists; the list is refreshed.</source>
        <translation>ไม่พบการติดตามผลนี้แล้ว จึงแสดงรายการใหม่</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/form_errors.py" line="149"/>
        <source>Please check</source>
        <translation>กรุณาตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>GroupLabels</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="18"/>
        <source>Agriculture</source>
        <translation>เกษตรกรรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="19"/>
        <source>Livestock</source>
        <translation>ปศุสัตว์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="20"/>
        <source>Fishery</source>
        <translation>ประมง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="21"/>
        <source>Processing</source>
        <translation>แปรรูป</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="22"/>
        <source>Handicraft</source>
        <translation>หัตถกรรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="23"/>
        <source>Savings</source>
        <translation>ออมทรัพย์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="24"/>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="30"/>
        <source>Forming</source>
        <translation>กำลังจัดตั้ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="31"/>
        <source>Established</source>
        <translation>จัดตั้งแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="32"/>
        <source>Registered with the office</source>
        <translation>ขึ้นทะเบียนกับ อบต. แล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="33"/>
        <source>Community enterprise</source>
        <translation>จดทะเบียนวิสาหกิจชุมชน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="34"/>
        <source>OTOP producer</source>
        <translation>ผู้ผลิต OTOP</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="35"/>
        <source>Inactive</source>
        <translation>หยุดดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="36"/>
        <source>Dissolved</source>
        <translation>ยุบเลิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="42"/>
        <source>President</source>
        <translation>ประธาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="43"/>
        <source>Vice-president</source>
        <translation>รองประธาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="44"/>
        <source>Secretary</source>
        <translation>เลขานุการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="45"/>
        <source>Treasurer</source>
        <translation>เหรัญญิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="46"/>
        <source>Committee member</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="52"/>
        <source>Deposit</source>
        <translation>ฝากเงินออม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="53"/>
        <source>Withdrawal</source>
        <translation>ถอนเงินออม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="54"/>
        <source>Share capital</source>
        <translation>ซื้อหุ้น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="55"/>
        <source>Group income</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="56"/>
        <source>Group spending</source>
        <translation>รายจ่าย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="62"/>
        <source>Planned</source>
        <translation>ยังไม่เริ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="63"/>
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="64"/>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="65"/>
        <source>Dropped</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="71"/>
        <source>Officer</source>
        <translation>เจ้าหน้าที่ อบต.</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/labels.py" line="72"/>
        <source>Group representative</source>
        <translation>ผู้แทนกลุ่มอาชีพ</translation>
    </message>
</context>
<context>
    <name>GroupWindow</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="32"/>
        <source>The group</source>
        <translation>ข้อมูลกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="34"/>
        <source>e.g. the herbal balm group</source>
        <translation>เช่น กลุ่มยาหม่องสมุนไพร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="37"/>
        <source>Choose the type</source>
        <translation>เลือกประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="40"/>
        <source>(not chosen)</source>
        <translation>(ยังไม่เลือก)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="45"/>
        <source>Where the group meets or works, e.g. house no. 12</source>
        <translation>ที่ตั้งกลุ่ม เช่น บ้านเลขที่ 12</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="56"/>
        <source>e.g. 081-234-5678</source>
        <translation>เช่น 081-234-5678</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="62"/>
        <source>baht per share</source>
        <translation>บาทต่อหุ้น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="64"/>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="254"/>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="263"/>
        <location filename="../../wangmuang_desk/ui/groups/members_tab.py" line="77"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="65"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="66"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="67"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="68"/>
        <source>Founded on</source>
        <translation>วันที่จัดตั้ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="69"/>
        <source>Contact person</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="70"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="71"/>
        <source>Share value</source>
        <translation>มูลค่าหุ้น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="73"/>
        <source>Aims and rules</source>
        <translation>วัตถุประสงค์และระเบียบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="78"/>
        <source>The need, village forum or request the group came from</source>
        <translation>ความต้องการ เวทีประชาคม หรือคำร้องที่เป็นที่มาของกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="81"/>
        <source>Objectives</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="82"/>
        <source>Regulations</source>
        <translation>ระเบียบกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="83"/>
        <source>Origin</source>
        <translation>ที่มาของกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/basic_tab.py" line="84"/>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="255"/>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="101"/>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="219"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="59"/>
        <source>{start} – {end}</source>
        <translation>{start} ถึง {end}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="61"/>
        <source>from {start}</source>
        <translation>ตั้งแต่ {start}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="63"/>
        <source>until {end}</source>
        <translation>ถึง {end}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="64"/>
        <source>dates not recorded</source>
        <translation>ไม่ได้บันทึกวันที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="80"/>
        <source>New committee term</source>
        <translation>คณะกรรมการชุดใหม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="89"/>
        <source>Seats</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="95"/>
        <source>(nobody)</source>
        <translation>(ว่าง)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="119"/>
        <source>Filled in from the current committee; change what the meeting decided.</source>
        <translation>กรอกไว้ตามคณะกรรมการชุดปัจจุบัน แก้ไขตามมติที่ประชุม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="133"/>
        <source>Term starts</source>
        <translation>เริ่มวาระ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="134"/>
        <source>Term ends</source>
        <translation>สิ้นสุดวาระ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="138"/>
        <source>The current term ends the day before the new one starts.</source>
        <translation>วาระของคณะกรรมการชุดปัจจุบันจะสิ้นสุดในวันก่อนวันเริ่มวาระชุดใหม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_widgets.py" line="178"/>
        <source>This group is no longer in the registry. Nothing was saved.</source>
        <translation>ไม่พบกลุ่มนี้ในทะเบียนแล้ว จึงยังไม่ได้บันทึกข้อมูล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="244"/>
        <source>New committee term…</source>
        <translation>คณะกรรมการชุดใหม่…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="253"/>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="262"/>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="261"/>
        <source>Term</source>
        <translation>วาระ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="270"/>
        <source>Past committees</source>
        <translation>คณะกรรมการชุดก่อน ๆ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="276"/>
        <source>No committee recorded yet.</source>
        <translation>ยังไม่ได้บันทึกคณะกรรมการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="280"/>
        <source>Current committee: {term}</source>
        <translation>คณะกรรมการชุดปัจจุบัน: {term}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="291"/>
        <source>left the group: seat vacant</source>
        <translation>ออกจากกลุ่มแล้ว: ตำแหน่งว่าง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/committee_tab.py" line="309"/>
        <source>Add the members first.</source>
        <translation>กรุณาเพิ่มสมาชิกก่อน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_form_tab.py" line="87"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_form_tab.py" line="88"/>
        <source>Save (Ctrl+S)</source>
        <translation>บันทึก (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_form_tab.py" line="91"/>
        <source>Undo changes</source>
        <translation>ยกเลิกการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_form_tab.py" line="198"/>
        <source>This group is no longer in the registry (perhaps moved to the recycle bin). Nothing was saved.</source>
        <translation>ไม่พบกลุ่มนี้ในทะเบียนแล้ว (อาจถูกย้ายไปถังรีไซเคิล) จึงยังไม่ได้บันทึกข้อมูล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_widgets.py" line="160"/>
        <source>Close without saving the changes?</source>
        <translation>ปิดโดยไม่บันทึกการเปลี่ยนแปลงหรือไม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="63"/>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="217"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="64"/>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="102"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="65"/>
        <source>Committee</source>
        <translation>คณะกรรมการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="68"/>
        <source>Savings and capital</source>
        <translation>เงินออมและทุน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="73"/>
        <source>Products</source>
        <translation>ผลิตภัณฑ์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="76"/>
        <location filename="../../wangmuang_desk/ui/groups/know_ourselves_tab.py" line="20"/>
        <source>Know ourselves</source>
        <translation>รู้จักตนเอง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="79"/>
        <source>Plan</source>
        <translation>แผนพัฒนา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="84"/>
        <source>Support received</source>
        <translation>การสนับสนุน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="110"/>
        <source>Print group register…</source>
        <translation>พิมพ์ทะเบียนกลุ่ม…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="113"/>
        <source>Registration form, committee and member lists and the founding minutes, as PDF</source>
        <translation>แบบขึ้นทะเบียน บัญชีรายชื่อคณะกรรมการและสมาชิก และบันทึกการประชุมจัดตั้งกลุ่ม เป็นไฟล์ PDF</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="119"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="139"/>
        <source>Basic data</source>
        <translation>ข้อมูลพื้นฐาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="146"/>
        <source>Save the basic data first.</source>
        <translation>กรุณาบันทึกข้อมูลพื้นฐานก่อน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="220"/>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="272"/>
        <source>This group is no longer in the registry.</source>
        <translation>ไม่พบกลุ่มนี้ในทะเบียนแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="227"/>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="228"/>
        <source>New group</source>
        <translation>เพิ่มกลุ่มอาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="231"/>
        <source>Enter the basic data and save; the other tabs open then.</source>
        <translation>กรอกข้อมูลพื้นฐานแล้วบันทึก จากนั้นแท็บอื่นจึงจะเปิดใช้ได้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="236"/>
        <source>Group: {name}</source>
        <translation>กลุ่ม: {name}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="245"/>
        <source>%n member(s)</source>
        <translation>สมาชิก %n คน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="280"/>
        <source>The group register could not be made: {error}</source>
        <translation>จัดทำทะเบียนกลุ่มไม่สำเร็จ: {error}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="289"/>
        <source>Group register: {name}</source>
        <translation>ทะเบียนกลุ่ม: {name}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/group_window.py" line="290"/>
        <source>Group register {name}.pdf</source>
        <translation>ทะเบียนกลุ่ม {name}.pdf</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/know_ourselves_tab.py" line="23"/>
        <source>What the members say about their group: what it does well, what holds it back, and what it needs. The development plan builds on this.</source>
        <translation>สิ่งที่สมาชิกบอกเกี่ยวกับกลุ่มของตน: สิ่งที่ทำได้ดี สิ่งที่เป็นอุปสรรค และสิ่งที่ต้องการ ใช้เป็นฐานในการจัดทำแผนพัฒนากลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/know_ourselves_tab.py" line="33"/>
        <source>Strengths</source>
        <translation>จุดแข็ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/know_ourselves_tab.py" line="34"/>
        <source>Weaknesses</source>
        <translation>จุดอ่อน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/know_ourselves_tab.py" line="35"/>
        <source>Problems and needs</source>
        <translation>ปัญหาและความต้องการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="52"/>
        <source>This group or member is no longer in the registry. Nothing was saved.</source>
        <translation>ไม่พบกลุ่มหรือสมาชิกนี้ในทะเบียนแล้ว จึงยังไม่ได้บันทึกข้อมูล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="81"/>
        <source>Add a member</source>
        <translation>เพิ่มสมาชิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="86"/>
        <source>New person…</source>
        <translation>เพิ่มบุคคลใหม่…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="90"/>
        <source>Add someone who is not in the people registry yet</source>
        <translation>เพิ่มผู้ที่ยังไม่มีในทะเบียนบุคคล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="106"/>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="107"/>
        <location filename="../../wangmuang_desk/ui/groups/members_tab.py" line="78"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="108"/>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="225"/>
        <source>Joined on</source>
        <translation>วันที่เข้าเป็นสมาชิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="109"/>
        <location filename="../../wangmuang_desk/ui/groups/members_tab.py" line="81"/>
        <source>Shares</source>
        <translation>หุ้น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="114"/>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="118"/>
        <source>Add and next</source>
        <translation>เพิ่มและเพิ่มคนต่อไป</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="122"/>
        <source>Add this person and keep the window open for the next</source>
        <translation>เพิ่มบุคคลนี้และเปิดหน้าต่างไว้เพื่อเพิ่มคนต่อไป</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="149"/>
        <source>Choose a person to see their household.</source>
        <translation>เลือกบุคคลเพื่อดูครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="156"/>
        <source>No household recorded. A community enterprise needs every member&apos;s household.</source>
        <translation>ยังไม่ได้บันทึกครัวเรือน การจดทะเบียนวิสาหกิจชุมชนต้องมีข้อมูลครัวเรือนของสมาชิกทุกคน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="175"/>
        <source>Choose the person from the list.</source>
        <translation>กรุณาเลือกบุคคลจากรายการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="187"/>
        <source>Added: {name} ({count} added in this window)</source>
        <translation>เพิ่มแล้ว: {name} (เพิ่มในหน้าต่างนี้แล้ว {count} คน)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="217"/>
        <source>{name} leaves the group</source>
        <translation>{name} ออกจากกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="224"/>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="266"/>
        <source>Member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="226"/>
        <source>Left on</source>
        <translation>วันที่ออกจากกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="229"/>
        <source>Their savings stay on their account; a committee seat they hold shows as vacant.</source>
        <translation>เงินออมยังคงอยู่ในบัญชีของสมาชิก ตำแหน่งกรรมการที่ดำรงอยู่จะแสดงเป็นตำแหน่งว่าง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="245"/>
        <source>Enter the date they left.</source>
        <translation>กรุณากรอกวันที่ออกจากกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="262"/>
        <source>Shares of {name}</source>
        <translation>หุ้นของ {name}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/member_dialogs.py" line="267"/>
        <source>Shares held</source>
        <translation>จำนวนหุ้นที่ถือ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/members_tab.py" line="58"/>
        <source>Show members who left</source>
        <translation>แสดงสมาชิกที่ออกแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/members_tab.py" line="62"/>
        <source>Add member…</source>
        <translation>เพิ่มสมาชิก…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/members_tab.py" line="65"/>
        <source>Shares…</source>
        <translation>หุ้น…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/members_tab.py" line="67"/>
        <source>Leave…</source>
        <translation>ออกจากกลุ่ม…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/members_tab.py" line="68"/>
        <source>Record the day the member left</source>
        <translation>บันทึกวันที่สมาชิกออกจากกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/members_tab.py" line="79"/>
        <source>Joined</source>
        <translation>วันที่เข้า</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/members_tab.py" line="80"/>
        <source>Left</source>
        <translation>วันที่ออก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/members_tab.py" line="82"/>
        <source>Savings (baht)</source>
        <translation>เงินออม (บาท)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/members_tab.py" line="132"/>
        <source>{count} current members (at least {minimum} needed)</source>
        <translation>สมาชิกปัจจุบัน {count} คน (ต้องมีอย่างน้อย {minimum} คน)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/members_tab.py" line="140"/>
        <source>, from {households} different households ({needed} needed for a community enterprise)</source>
        <translation> จาก {households} ครัวเรือน (วิสาหกิจชุมชนต้องมี {needed} ครัวเรือน)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/members_tab.py" line="146"/>
        <source>; {count} without a recorded household</source>
        <translation> ไม่ได้บันทึกครัวเรือน {count} คน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="65"/>
        <source>Change the status of {name}</source>
        <translation>เปลี่ยนสถานะของ {name}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="77"/>
        <source>e.g. the meeting or letter that decided it</source>
        <translation>เช่น มติที่ประชุมหรือหนังสือที่สั่งการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="84"/>
        <source>{count} current members (at least {minimum} needed), from {households} different households.</source>
        <translation>สมาชิกปัจจุบัน {count} คน (ต้องมีอย่างน้อย {minimum} คน) จาก {households} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="92"/>
        <source>as on the registration certificate</source>
        <translation>ตามหนังสือสำคัญแสดงการจดทะเบียน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="98"/>
        <source>Current status</source>
        <translation>สถานะปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="99"/>
        <source>New status</source>
        <translation>สถานะใหม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="100"/>
        <source>Date of the change</source>
        <translation>วันที่เปลี่ยนสถานะ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="103"/>
        <source>Enterprise number</source>
        <translation>เลขทะเบียนวิสาหกิจชุมชน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="104"/>
        <source>Registered on</source>
        <translation>วันที่จดทะเบียน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="111"/>
        <source>Change status</source>
        <translation>เปลี่ยนสถานะ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="147"/>
        <source>An established group needs at least {minimum} members.</source>
        <translation>กลุ่มที่จัดตั้งแล้วต้องมีสมาชิกอย่างน้อย {minimum} คน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="151"/>
        <source>A community enterprise needs at least {minimum} members from at least {households} different households (not one family or house register).</source>
        <translation>วิสาหกิจชุมชนต้องมีสมาชิกอย่างน้อย {minimum} คน จากอย่างน้อย {households} ครัวเรือน (ไม่ใช่ครอบครัวเดียวกันหรือทะเบียนบ้านเดียวกัน)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="204"/>
        <source>Change status…</source>
        <translation>เปลี่ยนสถานะ…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="209"/>
        <source>Current status:</source>
        <translation>สถานะปัจจุบัน:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="218"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="226"/>
        <source>History of the status</source>
        <translation>ประวัติการเปลี่ยนสถานะ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="234"/>
        <source>since {date}</source>
        <translation>ตั้งแต่ {date}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="240"/>
        <source>Community enterprise registration no. {number} of {date}</source>
        <translation>จดทะเบียนวิสาหกิจชุมชน ทะเบียนเลขที่ {number} เมื่อ {date}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/status_tab.py" line="252"/>
        <source>A dissolved group keeps its status for good.</source>
        <translation>กลุ่มที่ยุบเลิกแล้วไม่สามารถเปลี่ยนสถานะได้อีก</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/groups_page.py" line="65"/>
        <location filename="../../wangmuang_desk/ui/groups/groups_page.py" line="109"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/groups_page.py" line="66"/>
        <source>All villages</source>
        <translation>ทุกหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/groups_page.py" line="71"/>
        <location filename="../../wangmuang_desk/ui/groups/groups_page.py" line="107"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/groups_page.py" line="72"/>
        <source>All types</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/groups_page.py" line="77"/>
        <location filename="../../wangmuang_desk/ui/groups/groups_page.py" line="113"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/groups_page.py" line="78"/>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/groups_page.py" line="81"/>
        <source>Find a group by name…</source>
        <translation>ค้นหากลุ่มจากชื่อ…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/groups_page.py" line="82"/>
        <source>Working group…</source>
        <translation>คณะทำงาน…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/groups_page.py" line="85"/>
        <source>The working group: officers and representatives of registered groups</source>
        <translation>คณะทำงาน: เจ้าหน้าที่ อบต. และผู้แทนกลุ่มอาชีพที่ขึ้นทะเบียนแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/groups_page.py" line="102"/>
        <source>Occupational groups</source>
        <translation>ทะเบียนกลุ่มอาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/groups_page.py" line="106"/>
        <source>Name</source>
        <translation>ชื่อกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/groups_page.py" line="115"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/groups_page.py" line="121"/>
        <source>Founded</source>
        <translation>วันที่จัดตั้ง</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="22"/>
        <source>Support</source>
        <translation>การสนับสนุน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="23"/>
        <source>Training</source>
        <translation>การฝึกอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="36"/>
        <source>Submitted</source>
        <translation>ยื่นคำร้องแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="37"/>
        <source>Approved</source>
        <translation>อนุมัติ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="38"/>
        <source>Not approved</source>
        <translation>ไม่อนุมัติ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="39"/>
        <source>Delivered</source>
        <translation>ส่งมอบแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="40"/>
        <source>Forwarded to another agency</source>
        <translation>ส่งต่อหน่วยงานอื่น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="41"/>
        <source>Being planned</source>
        <translation>อยู่ระหว่างวางแผน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="42"/>
        <source>Under way</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="43"/>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="44"/>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="54"/>
        <source>{amount} requested</source>
        <translation>ขอ {amount}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="62"/>
        <source>Requested {requested} baht, approved {approved}</source>
        <translation>ขอ {requested} บาท อนุมัติ {approved}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="64"/>
        <source>{amount} baht</source>
        <translation>{amount} บาท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="65"/>
        <source>not yet decided</source>
        <translation>ยังไม่ได้พิจารณา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="76"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="77"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="78"/>
        <source>Title</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="80"/>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="82"/>
        <source>Amount (baht)</source>
        <translation>จำนวนเงิน (บาท)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="84"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="87"/>
        <source>No support or training recorded for this group yet. Support requests and training rounds recorded later for this group appear here.</source>
        <translation>ยังไม่มีการสนับสนุนหรือการฝึกอบรมของกลุ่มนี้ คำร้องขอรับการสนับสนุนและรุ่นการฝึกอบรมที่บันทึกให้กลุ่มนี้ภายหลังจะแสดงที่นี่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/history_tab.py" line="94"/>
        <source>Support and training received</source>
        <translation>การสนับสนุนและการฝึกอบรมที่ได้รับ</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/household_dialog.py" line="52"/>
        <source>Name</source>
        <translation>ชื่อ–สกุล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/household_dialog.py" line="53"/>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/household_dialog.py" line="54"/>
        <source>Lives at now</source>
        <translation>ที่อยู่ปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/household_dialog.py" line="103"/>
        <source>{name} (head)</source>
        <translation>{name} (หัวหน้าครัวเรือน)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/household_dialog.py" line="127"/>
        <source>New household</source>
        <translation>เพิ่มครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/household_dialog.py" line="129"/>
        <source>Edit household</source>
        <translation>แก้ไขครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/household_dialog.py" line="132"/>
        <source>e.g. 234/1</source>
        <translation>เช่น 234/1</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/household_dialog.py" line="134"/>
        <source>Choose the village</source>
        <translation>เลือกหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/household_dialog.py" line="146"/>
        <source>Add member</source>
        <translation>เพิ่มสมาชิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/household_dialog.py" line="149"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/household_dialog.py" line="162"/>
        <source>Members take the household&apos;s address when it is saved. The head is always a member.</source>
        <translation>เมื่อบันทึก สมาชิกทุกคนจะใช้ที่อยู่ของครัวเรือนนี้ หัวหน้าครัวเรือนเป็นสมาชิกเสมอ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/household_dialog.py" line="177"/>
        <source>House no.:</source>
        <translation>บ้านเลขที่:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/household_dialog.py" line="178"/>
        <source>Village:</source>
        <translation>หมู่บ้าน:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/household_dialog.py" line="179"/>
        <source>Soi:</source>
        <translation>ซอย:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/household_dialog.py" line="180"/>
        <source>Road:</source>
        <translation>ถนน:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/household_dialog.py" line="181"/>
        <source>Head of household:</source>
        <translation>หัวหน้าครัวเรือน:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/household_dialog.py" line="184"/>
        <source>Members:</source>
        <translation>สมาชิก:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/household_dialog.py" line="187"/>
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/household_dialog.py" line="311"/>
        <source>Choose the head from the list, or clear the field.</source>
        <translation>เลือกหัวหน้าครัวเรือนจากรายการ หรือล้างช่องนี้ให้ว่าง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/household_dialog.py" line="329"/>
        <source>This household no longer exists (it may be in the recycle bin). Nothing was saved.</source>
        <translation>ไม่พบครัวเรือนนี้แล้ว (อาจอยู่ในถังรีไซเคิล) จึงยังไม่ได้บันทึกข้อมูล</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/households_page.py" line="31"/>
        <source>Village:</source>
        <translation>หมู่บ้าน:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/households_page.py" line="33"/>
        <source>All villages</source>
        <translation>ทุกหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/households_page.py" line="39"/>
        <source>Households</source>
        <translation>ทะเบียนครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/households_page.py" line="43"/>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/households_page.py" line="45"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/households_page.py" line="49"/>
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/households_page.py" line="51"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/households_page.py" line="66"/>
        <source>house no. {house_no}, {village}</source>
        <translation>บ้านเลขที่ {house_no} {village}</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/language.py" line="19"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/language.py" line="29"/>
        <source>The new language is used after the program is restarted.</source>
        <translation>ภาษาใหม่จะมีผลเมื่อเปิดโปรแกรมครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/language.py" line="37"/>
        <source>Language of the program:</source>
        <translation>ภาษาของโปรแกรม:</translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="78"/>
        <source>Add a ledger entry</source>
        <translation>เพิ่มรายการบัญชี</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="91"/>
        <source>Choose the member</source>
        <translation>เลือกสมาชิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="97"/>
        <source>baht</source>
        <translation>บาท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="100"/>
        <source>e.g. receipt no., what the money was for</source>
        <translation>เช่น เลขที่ใบเสร็จ ใช้เงินเพื่ออะไร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="103"/>
        <source>Date:</source>
        <translation>วันที่:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="104"/>
        <source>Kind:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="105"/>
        <source>Member:</source>
        <translation>สมาชิก:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="106"/>
        <source>Amount:</source>
        <translation>จำนวนเงิน:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="107"/>
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="134"/>
        <source>{name} (left {date})</source>
        <translation>{name} (ออกเมื่อ {date})</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="175"/>
        <source>Record anyway?</source>
        <translation>ยืนยันการบันทึก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="176"/>
        <source>Record this entry anyway?</source>
        <translation>ต้องการบันทึกรายการนี้หรือไม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="183"/>
        <source>This group is no longer in the registry (perhaps moved to the recycle bin). Nothing was saved.</source>
        <translation>ไม่พบกลุ่มนี้ในทะเบียนแล้ว (อาจถูกย้ายไปถังรีไซเคิล) จึงยังไม่ได้บันทึกข้อมูล</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/tab_helpers.py" line="174"/>
        <source>{amount} baht</source>
        <translation>{amount} บาท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="209"/>
        <source>Members&apos; savings</source>
        <translation>เงินออมของสมาชิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="210"/>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="252"/>
        <source>Share capital</source>
        <translation>ค่าหุ้น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="211"/>
        <source>Group income</source>
        <translation>รายได้ของกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="212"/>
        <source>Group spending</source>
        <translation>รายจ่ายของกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="213"/>
        <source>Cash on hand</source>
        <translation>เงินสดคงเหลือ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="225"/>
        <source>Savings + share capital + income − spending</source>
        <translation>เงินออม + ค่าหุ้น + รายได้ − รายจ่าย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="227"/>
        <source>Add entry…</source>
        <translation>เพิ่มรายการ…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="228"/>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="311"/>
        <source>Delete entry</source>
        <translation>ลบรายการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="234"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="235"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="236"/>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="249"/>
        <source>Member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="237"/>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="238"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="240"/>
        <source>Member&apos;s savings</source>
        <translation>เงินออมคงเหลือ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="242"/>
        <source>Group cash</source>
        <translation>เงินสดคงเหลือ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="250"/>
        <source>Savings</source>
        <translation>เงินออม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="251"/>
        <source>Shares</source>
        <translation>จำนวนหุ้น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="262"/>
        <source>Newest first.</source>
        <translation>เรียงจากรายการล่าสุด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="268"/>
        <source>Entries</source>
        <translation>รายการบัญชี</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="269"/>
        <source>Balances by member</source>
        <translation>ยอดคงเหลือรายสมาชิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="306"/>
        <source>{date}, {kind}, {amount}</source>
        <translation>วันที่ {date} {kind} {amount}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="312"/>
        <source>Delete this entry? Only for a mistake: it cannot be undone.

{entry}</source>
        <translation>ลบรายการนี้หรือไม่ (ใช้เฉพาะเมื่อบันทึกผิด ลบแล้วย้อนกลับไม่ได้)

{entry}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="322"/>
        <source>Delete anyway?</source>
        <translation>ยืนยันการลบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="323"/>
        <source>Delete this entry anyway?</source>
        <translation>ต้องการลบรายการนี้หรือไม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/ledger_tab.py" line="327"/>
        <source>This entry no longer exists; the list is refreshed.</source>
        <translation>ไม่พบรายการนี้แล้ว จึงแสดงรายการใหม่</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="43"/>
        <source>Wang Muang SAO: occupational groups</source>
        <translation>อบต.วังม่วง: ระบบงานกลุ่มอาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="111"/>
        <source>DEMO DATA: {name}</source>
        <translation>ข้อมูลตัวอย่าง: {name}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="139"/>
        <source>&amp;File</source>
        <translation>แฟ้ม(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="142"/>
        <source>Back up now…</source>
        <translation>สำรองข้อมูลทันที…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="148"/>
        <source>Restore from a backup…</source>
        <translation>กู้คืนข้อมูลจากไฟล์สำรอง…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="155"/>
        <source>Recycle bin…</source>
        <translation>ถังรีไซเคิล…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="162"/>
        <source>Quit</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="167"/>
        <source>&amp;Settings</source>
        <translation>ตั้งค่า(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="171"/>
        <source>Office profile…</source>
        <translation>ข้อมูลหน่วยงาน…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="176"/>
        <source>Villages…</source>
        <translation>หมู่บ้าน…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="181"/>
        <source>Reference lists…</source>
        <translation>รายการข้อมูลพื้นฐาน…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="188"/>
        <source>Training settings…</source>
        <translation>ตั้งค่าการฝึกอบรม…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="194"/>
        <source>Language…</source>
        <translation>ภาษา…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="196"/>
        <source>&amp;Help</source>
        <translation>วิธีใช้(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="199"/>
        <source>About this program</source>
        <translation>เกี่ยวกับโปรแกรม</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_members.py" line="65"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_members.py" line="66"/>
        <source>Add the founding members from the people registry, or add a person who is not recorded yet. Each member&apos;s household is shown beside them.</source>
        <translation>เพิ่มสมาชิกผู้ก่อตั้งจากทะเบียนบุคคล หรือเพิ่มบุคคลที่ยังไม่มีในทะเบียน ครัวเรือนของสมาชิกแต่ละคนจะแสดงไว้ข้างชื่อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_members.py" line="71"/>
        <source>Add member</source>
        <translation>เพิ่มสมาชิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_members.py" line="74"/>
        <source>Add a new person…</source>
        <translation>เพิ่มบุคคลใหม่…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_members.py" line="80"/>
        <source>Name</source>
        <translation>ชื่อ–สกุล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_members.py" line="81"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_members.py" line="82"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_members.py" line="86"/>
        <source>Remove from the list</source>
        <translation>นำออกจากรายการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_members.py" line="104"/>
        <source>Find a person by part of their name, national ID or phone.</source>
        <translation>ค้นหาบุคคลด้วยชื่อบางส่วน เลขประจำตัวประชาชน หรือโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_members.py" line="118"/>
        <source>Type part of a name and choose the person from the list.</source>
        <translation>พิมพ์ชื่อบางส่วนแล้วเลือกบุคคลจากรายการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_members.py" line="130"/>
        <source>{name} is already on the member list.</source>
        <translation>{name} อยู่ในรายชื่อสมาชิกแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_members.py" line="159"/>
        <source>(no household recorded)</source>
        <translation>(ไม่ได้บันทึกครัวเรือน)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_members.py" line="171"/>
        <source>In the recycle bin</source>
        <translation>อยู่ในถังรีไซเคิล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_members.py" line="174"/>
        <source>Same household as No. {numbers}</source>
        <translation>ครัวเรือนเดียวกับลำดับที่ {numbers}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_members.py" line="177"/>
        <source>Record the household in the people registry</source>
        <translation>บันทึกครัวเรือนในทะเบียนบุคคล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_members.py" line="189"/>
        <source>{count} members (minimum {minimum})</source>
        <translation>สมาชิก {count} คน (อย่างน้อย {minimum} คน)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_members.py" line="193"/>
        <source>{count} different households (minimum {minimum}) for a community enterprise</source>
        <translation>{count} ครัวเรือน (วิสาหกิจชุมชนต้องมีอย่างน้อย {minimum} ครัวเรือน)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_members.py" line="226"/>
        <source>Click “Add member” to add {name}, or clear the field.</source>
        <translation>คลิก “เพิ่มสมาชิก” เพื่อเพิ่ม {name} หรือล้างช่องนี้ให้ว่าง</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../wangmuang_desk/ui/navigation.py" line="62"/>
        <source>People</source>
        <translation>ทะเบียนบุคคล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/navigation.py" line="63"/>
        <source>Households</source>
        <translation>ทะเบียนครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/navigation.py" line="65"/>
        <source>Occupations</source>
        <translation>ทะเบียนอาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/navigation.py" line="69"/>
        <source>Raw materials</source>
        <translation>ทะเบียนวัตถุดิบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/navigation.py" line="72"/>
        <source>Local sages</source>
        <translation>ทะเบียนปราชญ์ชาวบ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/navigation.py" line="73"/>
        <source>Occupational groups</source>
        <translation>ทะเบียนกลุ่มอาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/navigation.py" line="75"/>
        <source>Training rounds</source>
        <translation>ทะเบียนการฝึกอบรม</translation>
    </message>
</context>
<context>
    <name>NewRoundWizard</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/new_round_wizard.py" line="53"/>
        <source>New training round</source>
        <translation>การฝึกอบรมรุ่นใหม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/new_round_wizard.py" line="127"/>
        <source>Close without saving? The new round is not recorded until you click Finish.</source>
        <translation>ปิดโดยไม่บันทึกหรือไม่ การฝึกอบรมรุ่นใหม่จะยังไม่ถูกบันทึกจนกว่าจะคลิก “เสร็จสิ้น”</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/wizard_pages.py" line="60"/>
        <source>Step {number} of {count}: {title}</source>
        <translation>ขั้นตอนที่ {number} จาก {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/wizard_pages.py" line="94"/>
        <source>What the round teaches, and the need, group or request it answers.</source>
        <translation>การฝึกอบรมนี้สอนเรื่องอะไร และตอบสนองความต้องการ กลุ่มอาชีพ หรือคำขอรับการสนับสนุนใด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/wizard_pages.py" line="106"/>
        <source>Who the round is for, when and where; fit the timing and length to the trainees.</source>
        <translation>การฝึกอบรมนี้สำหรับใคร จัดเมื่อใดและที่ไหน กำหนดช่วงเวลาและระยะเวลาให้เหมาะกับผู้เข้ารับการอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/wizard_pages.py" line="120"/>
        <source>Speakers (local sages or agencies), partner agencies and what to prepare. All of it can be completed later.</source>
        <translation>วิทยากร (ปราชญ์ชาวบ้านหรือหน่วยงาน) หน่วยงานร่วม และสิ่งที่ต้องเตรียมการ ทั้งหมดนี้กรอกให้ครบภายหลังได้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/wizard_pages.py" line="132"/>
        <source>The project&apos;s budget line by line. A rate over its ceiling is a warning: check it, it does not stop you.</source>
        <translation>งบประมาณของโครงการทีละรายการ อัตราที่เกินอัตราสูงสุดเป็นเพียงคำเตือนให้ตรวจสอบ ไม่ได้ห้ามบันทึก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/wizard_pages.py" line="153"/>
        <source>The council&apos;s approval of the project and its budget, if it has been given. Finish records the round.</source>
        <translation>การอนุมัติโครงการและงบประมาณของสภา อบต. หากได้รับอนุมัติแล้ว คลิก “เสร็จสิ้น” เพื่อบันทึกการฝึกอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/wizard_pages.py" line="165"/>
        <source>The budget written in step 4 comes to {amount} baht.</source>
        <translation>งบประมาณที่เขียนไว้ในขั้นตอนที่ 4 รวมเป็นเงิน {amount} บาท</translation>
    </message>
</context>
<context>
    <name>OccupationDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="116"/>
        <source>New occupation</source>
        <translation>เพิ่มอาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="118"/>
        <source>Edit occupation</source>
        <translation>แก้ไขอาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="123"/>
        <source>Choose the category</source>
        <translation>เลือกประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="131"/>
        <source>e.g. rice farming, 15 rai</source>
        <translation>เช่น ทำนา 15 ไร่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="135"/>
        <source>Main occupation</source>
        <translation>อาชีพหลัก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="137"/>
        <source>Secondary occupation</source>
        <translation>อาชีพรอง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="149"/>
        <source>baht a year</source>
        <translation>บาทต่อปี</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="152"/>
        <source>baht</source>
        <translation>บาท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="158"/>
        <source>Person:</source>
        <translation>บุคคล:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="159"/>
        <source>Category:</source>
        <translation>ประเภทอาชีพ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="160"/>
        <source>Description:</source>
        <translation>รายละเอียด:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="161"/>
        <source>Kind:</source>
        <translation>อาชีพหลัก/รอง:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="162"/>
        <source>Yearly income:</source>
        <translation>รายได้ต่อปี:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="163"/>
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="214"/>
        <source>This record no longer exists (it may be in the recycle bin). Nothing was saved.</source>
        <translation>ไม่พบรายการนี้แล้ว (อาจอยู่ในถังรีไซเคิล) จึงยังไม่ได้บันทึกข้อมูล</translation>
    </message>
</context>
<context>
    <name>OccupationsPage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/occupations_page.py" line="32"/>
        <source>Category:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/occupations_page.py" line="34"/>
        <source>All categories</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/occupations_page.py" line="40"/>
        <source>Village:</source>
        <translation>หมู่บ้าน:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/occupations_page.py" line="42"/>
        <source>All villages</source>
        <translation>ทุกหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/occupations_page.py" line="48"/>
        <source>Occupations</source>
        <translation>ทะเบียนอาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/occupations_page.py" line="51"/>
        <source>Main</source>
        <translation>หลัก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/occupations_page.py" line="52"/>
        <source>Secondary</source>
        <translation>รอง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/occupations_page.py" line="54"/>
        <source>Person</source>
        <translation>ชื่อ–สกุล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/occupations_page.py" line="55"/>
        <source>Moo</source>
        <translation>หมู่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/occupations_page.py" line="56"/>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/occupations_page.py" line="57"/>
        <source>Description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/occupations_page.py" line="59"/>
        <source>Main / secondary</source>
        <translation>หลัก / รอง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/occupations_page.py" line="63"/>
        <source>Yearly income (baht)</source>
        <translation>รายได้ต่อปี (บาท)</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="48"/>
        <source>Welcome</source>
        <translation>ยินดีต้อนรับ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="50"/>
        <source>Tell the program about your office. The name, address and emblem are printed on every document.</source>
        <translation>กรอกข้อมูลหน่วยงานของท่าน ชื่อ ที่อยู่ และตราสัญลักษณ์จะพิมพ์ลงบนเอกสารทุกฉบับ</translation>
    </message>
</context>
<context>
    <name>OfficeProfileDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_dialog.py" line="46"/>
        <source>Office profile</source>
        <translation>ข้อมูลหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_dialog.py" line="53"/>
        <source>Signatories</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_dialog.py" line="56"/>
        <source>Names and positions printed under the signature lines of documents.</source>
        <translation>ชื่อและตำแหน่งที่พิมพ์ใต้ช่องลงนามในเอกสาร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_dialog.py" line="69"/>
        <source>This database holds demo data.</source>
        <translation>ฐานข้อมูลนี้เป็นข้อมูลตัวอย่าง</translation>
    </message>
</context>
<context>
    <name>OfficeProfileForm</name>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="48"/>
        <source>Office name</source>
        <translation>ชื่อหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="49"/>
        <source>Department</source>
        <translation>ส่วนราชการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="50"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="53"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="58"/>
        <source>House no.</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="58"/>
        <source>Village no.</source>
        <translation>หมู่ที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="59"/>
        <source>Road</source>
        <translation>ถนน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="60"/>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="60"/>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="61"/>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="61"/>
        <source>Postcode</source>
        <translation>รหัสไปรษณีย์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="70"/>
        <source>Emblem</source>
        <translation>ตราสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="77"/>
        <source>Choose image…</source>
        <translation>เลือกรูปภาพ…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="79"/>
        <source>Remove</source>
        <translation>ลบตรา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="134"/>
        <source>Choose the office emblem</source>
        <translation>เลือกตราสัญลักษณ์ของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="135"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>รูปภาพ (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="150"/>
        <source>The image is larger than 2 MB. Choose a smaller file.</source>
        <translation>รูปภาพมีขนาดเกิน 2 MB กรุณาเลือกไฟล์ที่เล็กกว่านี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="154"/>
        <source>This file cannot be read as a PNG or JPEG image.</source>
        <translation>ไม่สามารถอ่านไฟล์นี้เป็นรูปภาพ PNG หรือ JPEG ได้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="169"/>
        <source>No emblem</source>
        <translation>ไม่มีตราสัญลักษณ์</translation>
    </message>
</context>
<context>
    <name>OriginPage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="66"/>
        <source>Where the group comes from</source>
        <translation>ที่มาของกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="67"/>
        <source>Write down the need, the village forum or the request the group came from, and choose the leaders who bring the members together.</source>
        <translation>บันทึกความต้องการ เวทีประชาคม หรือคำร้องที่เป็นที่มาของกลุ่ม และเลือกแกนนำที่รวบรวมสมาชิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="72"/>
        <source>e.g. the Moo 2 forum of March asked for a banana-processing group</source>
        <translation>เช่น เวทีประชาคมหมู่ 2 เดือนมีนาคม ขอให้ตั้งกลุ่มแปรรูปกล้วย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="75"/>
        <source>Add leader</source>
        <translation>เพิ่มแกนนำ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="82"/>
        <source>Remove leader</source>
        <translation>นำแกนนำออก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="98"/>
        <source>Origin:</source>
        <translation>ที่มาของกลุ่ม:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="99"/>
        <source>Leaders:</source>
        <translation>แกนนำ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="117"/>
        <source>Type part of a name and choose the person from the list.</source>
        <translation>พิมพ์ชื่อบางส่วนแล้วเลือกบุคคลจากรายการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="121"/>
        <source>{name} is already a leader.</source>
        <translation>{name} เป็นแกนนำอยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_pages.py" line="138"/>
        <source>Click “Add leader” to add {name}, or clear the field.</source>
        <translation>คลิก “เพิ่มแกนนำ” เพื่อเพิ่ม {name} หรือล้างช่องนี้ให้ว่าง</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="106"/>
        <source>The document could not be read: {error}</source>
        <translation>อ่านเอกสารไม่ได้: {error}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="114"/>
        <source>The document is not a readable PDF file.</source>
        <translation>เอกสารนี้ไม่ใช่ไฟล์ PDF ที่อ่านได้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="121"/>
        <source>The chosen page range holds no pages of this document.</source>
        <translation>ช่วงหน้าที่เลือกไม่มีหน้าใดของเอกสารนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="149"/>
        <source>The printer could not be started.</source>
        <translation>ไม่สามารถเริ่มการพิมพ์ได้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="155"/>
        <source>The printer stopped after {count} pages.</source>
        <translation>เครื่องพิมพ์หยุดทำงานหลังพิมพ์ไป {count} หน้า</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="177"/>
        <source>The printer reported an error; the document may not be printed.</source>
        <translation>เครื่องพิมพ์แจ้งข้อผิดพลาด เอกสารอาจพิมพ์ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="233"/>
        <source>Zoom out</source>
        <translation>ย่อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="237"/>
        <source>Zoom in</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="241"/>
        <source>Fit to width</source>
        <translation>พอดีความกว้าง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="259"/>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="263"/>
        <source>Save as…</source>
        <translation>บันทึกเป็น…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="292"/>
        <source>The document could not be opened: {path}</source>
        <translation>เปิดเอกสารไม่ได้: {path}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="318"/>
        <source>Page {current} / {count}</source>
        <translation>หน้า {current} / {count}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="350"/>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="363"/>
        <source>Printing failed</source>
        <translation>พิมพ์ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="368"/>
        <source>Pages sent to the printer: {count}</source>
        <translation>ส่งไปยังเครื่องพิมพ์แล้ว {count} หน้า</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="380"/>
        <source>Save a copy of the document</source>
        <translation>บันทึกสำเนาเอกสาร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="382"/>
        <source>PDF documents (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="394"/>
        <source>Replace file?</source>
        <translation>แทนที่ไฟล์เดิมหรือไม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="395"/>
        <source>{name} already exists. Replace it?</source>
        <translation>มีไฟล์ {name} อยู่แล้ว ต้องการแทนที่หรือไม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="402"/>
        <source>Save as</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="407"/>
        <source>This is the file being shown. Choose another name or folder for the copy.</source>
        <translation>ไฟล์นี้คือไฟล์ที่กำลังแสดงอยู่ กรุณาเลือกชื่อหรือโฟลเดอร์อื่นสำหรับสำเนา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="419"/>
        <source>The copy could not be saved to {path}:
{error}</source>
        <translation>บันทึกสำเนาไปที่ {path} ไม่ได้:
{error}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/pdf_preview_dialog.py" line="426"/>
        <source>Saved: {path}</source>
        <translation>บันทึกแล้ว: {path}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="49"/>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="90"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="52"/>
        <source>Group</source>
        <translation>กลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="54"/>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="55"/>
        <source>Women</source>
        <translation>สตรี</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="56"/>
        <source>Elders</source>
        <translation>ผู้สูงอายุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="57"/>
        <source>People with disabilities</source>
        <translation>คนพิการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="58"/>
        <source>Disadvantaged</source>
        <translation>ผู้ด้อยโอกาส</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="62"/>
        <source>Find by name, national ID or phone…</source>
        <translation>ค้นหาด้วยชื่อ เลขประจำตัวประชาชน หรือโทรศัพท์…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="68"/>
        <source>People</source>
        <translation>ทะเบียนบุคคล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="72"/>
        <source>Name</source>
        <translation>ชื่อ–สกุล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="74"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="81"/>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="87"/>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="88"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="89"/>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="91"/>
        <source>Groups</source>
        <translation>กลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="124"/>
        <source>Hidden in lists to protect personal data; open the person to see it.</source>
        <translation>ซ่อนไว้ในรายการเพื่อคุ้มครองข้อมูลส่วนบุคคล เปิดข้อมูลของบุคคลนั้นเพื่อดู</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="137"/>
        <source>Male</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="139"/>
        <source>Female</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="150"/>
        <source>elder</source>
        <comment>short word in the Groups column</comment>
        <translation>สูงอายุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="152"/>
        <source>disabled</source>
        <comment>short word in the Groups column</comment>
        <translation>พิการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="155"/>
        <source>disadvantaged</source>
        <comment>short word in the Groups column</comment>
        <translation>ด้อยโอกาส</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="164"/>
        <source>All villages</source>
        <translation>ทุกหมู่บ้าน</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="86"/>
        <source>Add a person</source>
        <translation>เพิ่มบุคคล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="89"/>
        <source>Edit: {name}</source>
        <translation>แก้ไข: {name}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="95"/>
        <source>Name</source>
        <translation>ชื่อ–สกุล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="101"/>
        <source>Choose or type a title</source>
        <translation>เลือกหรือพิมพ์คำนำหน้าชื่อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="105"/>
        <source>Title</source>
        <translation>คำนำหน้าชื่อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="106"/>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="107"/>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="109"/>
        <source>Identity</source>
        <translation>ข้อมูลประจำตัว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="113"/>
        <source>optional</source>
        <translation>ถ้ามี</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="125"/>
        <source>Not given</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="126"/>
        <source>Male</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="127"/>
        <source>Female</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="130"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="131"/>
        <source>Birth date</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="132"/>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="134"/>
        <source>Groups</source>
        <translation>กลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="138"/>
        <source>Elder (ticked by itself from age 60)</source>
        <translation>ผู้สูงอายุ (เลือกให้เองเมื่ออายุ 60 ปีขึ้นไป)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="139"/>
        <source>Person with a disability</source>
        <translation>คนพิการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="140"/>
        <source>Disadvantaged</source>
        <translation>ผู้ด้อยโอกาส</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="146"/>
        <source>Contact and address</source>
        <translation>การติดต่อและที่อยู่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="149"/>
        <source>e.g. 081-234-5678</source>
        <translation>เช่น 081-234-5678</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="151"/>
        <source>e.g. 12 or 234/1</source>
        <translation>เช่น 12 หรือ 234/1</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="154"/>
        <source>(not chosen)</source>
        <translation>(ยังไม่เลือก)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="164"/>
        <source>Member of this household</source>
        <translation>เป็นสมาชิกของครัวเรือนนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="167"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="168"/>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="169"/>
        <source>Village (moo)</source>
        <translation>หมู่บ้าน (หมู่ที่)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="170"/>
        <source>Soi</source>
        <translation>ซอย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="171"/>
        <source>Road</source>
        <translation>ถนน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="172"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="175"/>
        <source>Consent and note</source>
        <translation>ความยินยอมและหมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="183"/>
        <source>PDPA consent on</source>
        <translation>วันที่ยินยอม (PDPA)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="184"/>
        <source>The day the person agreed to photos or sharing outside the office; leave empty if not asked.</source>
        <translation>วันที่เจ้าของข้อมูลยินยอมให้ถ่ายภาพหรือเปิดเผยข้อมูลแก่ภายนอกหน่วยงาน เว้นว่างไว้หากยังไม่ได้ขอความยินยอม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="190"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="220"/>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>บันทึก (Ctrl+S หรือ Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="346"/>
        <source>{age} years old</source>
        <translation>อายุ {age} ปี</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="379"/>
        <source>Enter the house no. and village to find the household.</source>
        <translation>กรอกบ้านเลขที่และหมู่บ้านเพื่อค้นหาครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="381"/>
        <source>No household is registered at this address.</source>
        <translation>ยังไม่มีครัวเรือนที่ลงทะเบียนไว้ที่ที่อยู่นี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="387"/>
        <source>%n member(s)</source>
        <translation>สมาชิก %n คน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="389"/>
        <source>no members yet</source>
        <translation>ยังไม่มีสมาชิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="392"/>
        <source>House {house_no} {village}, head: {head} ({members})</source>
        <translation>บ้านเลขที่ {house_no} {village} หัวหน้าครัวเรือน: {head} ({members})</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="396"/>
        <source>House {house_no} {village} ({members})</source>
        <translation>บ้านเลขที่ {house_no} {village} ({members})</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="437"/>
        <source>This person is no longer in the registry (perhaps moved to the recycle bin). Nothing was saved.</source>
        <translation>ไม่พบบุคคลนี้ในทะเบียนแล้ว (อาจถูกย้ายไปถังรีไซเคิล) จึงยังไม่ได้บันทึกข้อมูล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="453"/>
        <source>Close without saving the changes?</source>
        <translation>ปิดโดยไม่บันทึกการเปลี่ยนแปลงหรือไม่</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/village_label.py" line="13"/>
        <source>Moo {moo} {name}</source>
        <translation>หมู่ {moo} {name}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/person_picker.py" line="55"/>
        <source>Moo {moo}</source>
        <translation>หมู่ {moo}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/person_picker.py" line="57"/>
        <source>house no. {house_no}</source>
        <translation>บ้านเลขที่ {house_no}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/person_picker.py" line="85"/>
        <source>Name, national ID or phone…</source>
        <translation>ชื่อ เลขบัตรประชาชน หรือโทรศัพท์…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/person_picker.py" line="91"/>
        <location filename="../../wangmuang_desk/ui/widgets/person_picker.py" line="92"/>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/person_picker.py" line="182"/>
        <source>No one found</source>
        <translation>ไม่พบรายชื่อ</translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="59"/>
        <source>New plan item</source>
        <translation>เพิ่มรายการในแผน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="60"/>
        <source>Edit plan item</source>
        <translation>แก้ไขรายการในแผน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="64"/>
        <source>e.g. apply for the community product standard</source>
        <translation>เช่น ยื่นขอมาตรฐานผลิตภัณฑ์ชุมชน (มผช.)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="66"/>
        <source>Who leads it</source>
        <translation>ชื่อหรือตำแหน่งของผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="77"/>
        <source>What:</source>
        <translation>กิจกรรม:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="78"/>
        <source>Lead:</source>
        <translation>ผู้รับผิดชอบ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="79"/>
        <source>End date:</source>
        <translation>กำหนดเสร็จ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="80"/>
        <source>Status:</source>
        <translation>สถานะ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="81"/>
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="106"/>
        <source>This plan item or its group no longer exists. Nothing was saved.</source>
        <translation>ไม่พบรายการในแผนหรือกลุ่มนี้แล้ว จึงยังไม่ได้บันทึกข้อมูล</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="122"/>
        <source>Overdue: past its end date and not done</source>
        <translation>เลยกำหนด: พ้นกำหนดเสร็จแล้วแต่ยังไม่แล้วเสร็จ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="126"/>
        <source>What</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="128"/>
        <source>Lead</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="129"/>
        <source>End date</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="130"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="135"/>
        <source>Add item…</source>
        <translation>เพิ่มรายการ…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="136"/>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="137"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="141"/>
        <source>Development plan</source>
        <translation>แผนพัฒนากลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="153"/>
        <source>No plan items yet. Add what the group means to do, with an end date and who leads it.</source>
        <translation>ยังไม่มีรายการในแผน เพิ่มสิ่งที่กลุ่มจะทำ พร้อมกำหนดเสร็จและผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="157"/>
        <source>%n item(s) past the end date and not done (shown in red).</source>
        <translation>มี %n รายการที่เลยกำหนดแล้วแต่ยังไม่แล้วเสร็จ (แสดงเป็นสีแดง)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="161"/>
        <source>Nothing is overdue.</source>
        <translation>ไม่มีรายการที่เลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="177"/>
        <source>Delete plan item</source>
        <translation>ลบรายการในแผน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/plan_tab.py" line="177"/>
        <source>Delete “{title}” from the plan? This cannot be undone.</source>
        <translation>ลบ “{title}” ออกจากแผนหรือไม่ (ลบแล้วย้อนกลับไม่ได้)</translation>
    </message>
</context>
<context>
    <name>PreparationEditor</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="105"/>
        <source>Add a local sage</source>
        <translation>เพิ่มปราชญ์ชาวบ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="115"/>
        <source>Already a speaker of this round</source>
        <translation>เป็นวิทยากรของรุ่นนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="121"/>
        <source>Type part of a name or expertise…</source>
        <translation>พิมพ์ชื่อหรือความเชี่ยวชาญบางส่วน…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="137"/>
        <source>No local sage who can teach is in the registry yet. Add them under Local sages, or add an outside speaker.</source>
        <translation>ยังไม่มีปราชญ์ชาวบ้านที่ถ่ายทอดความรู้ได้ในทะเบียน กรุณาเพิ่มที่ทะเบียนปราชญ์ชาวบ้าน หรือเพิ่มวิทยากรภายนอก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="176"/>
        <source>Name</source>
        <translation>ชื่อ–สกุล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="177"/>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="195"/>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="178"/>
        <source>State staff</source>
        <translation>บุคลากรของรัฐ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="179"/>
        <source>From</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="183"/>
        <source>Add a local sage…</source>
        <translation>เพิ่มปราชญ์ชาวบ้าน…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="186"/>
        <source>Add an outside speaker</source>
        <translation>เพิ่มวิทยากรภายนอก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="188"/>
        <source>Remove speaker</source>
        <translation>นำวิทยากรออก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="196"/>
        <source>Role in the round</source>
        <translation>บทบาทในการอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="201"/>
        <source>Add a partner agency</source>
        <translation>เพิ่มหน่วยงานร่วม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="203"/>
        <source>Remove partner</source>
        <translation>นำหน่วยงานร่วมออก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="219"/>
        <source>Add item</source>
        <translation>เพิ่มรายการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="221"/>
        <source>Remove item</source>
        <translation>นำรายการออก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="231"/>
        <source>Speakers</source>
        <translation>วิทยากร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="234"/>
        <source>Partner agencies (a joint round)</source>
        <translation>หน่วยงานร่วม (กรณีจัดร่วมกัน)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="239"/>
        <source>To prepare</source>
        <translation>รายการเตรียมการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="263"/>
        <source>Local sage</source>
        <translation>ปราชญ์ชาวบ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="264"/>
        <source>Outside speaker</source>
        <translation>วิทยากรภายนอก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="395"/>
        <source>Row {row}: {message}</source>
        <translation>แถวที่ {row}: {message}</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="82"/>
        <source>New product</source>
        <translation>เพิ่มผลิตภัณฑ์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="83"/>
        <source>Edit product: {name}</source>
        <translation>แก้ไขผลิตภัณฑ์: {name}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="88"/>
        <source>Not an OTOP product</source>
        <translation>ไม่ใช่ผลิตภัณฑ์ OTOP</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="96"/>
        <source>Not rated</source>
        <translation>ยังไม่มีระดับดาว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="97"/>
        <source> star(s)</source>
        <translation> ดาว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="105"/>
        <source>Thai community product standard</source>
        <translation>มาตรฐานผลิตภัณฑ์ชุมชน (มผช.)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="106"/>
        <source>Food and Drug Administration registration</source>
        <translation>ขึ้นทะเบียนกับสำนักงานคณะกรรมการอาหารและยา (อย.)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="107"/>
        <source>Good agricultural practice</source>
        <translation>การปฏิบัติทางการเกษตรที่ดี (GAP)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="108"/>
        <source>Halal certification</source>
        <translation>เครื่องหมายรับรองฮาลาล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="110"/>
        <source>Other:</source>
        <translation>อื่น ๆ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="113"/>
        <source>e.g. Q mark, organic</source>
        <translation>เช่น Q, เกษตรอินทรีย์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="130"/>
        <source>e.g. piece, bottle</source>
        <translation>เช่น ชิ้น ขวด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="133"/>
        <source>baht per</source>
        <translation>บาทต่อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="147"/>
        <source>Name:</source>
        <translation>ชื่อผลิตภัณฑ์:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="148"/>
        <source>OTOP category:</source>
        <translation>ประเภท OTOP:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="152"/>
        <source>OTOP stars:</source>
        <translation>ระดับดาว OTOP:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="153"/>
        <source>Standards:</source>
        <translation>มาตรฐาน:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="154"/>
        <source>Price:</source>
        <translation>ราคา:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="155"/>
        <source>Raw materials used:</source>
        <translation>วัตถุดิบที่ใช้:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="156"/>
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="169"/>
        <source>{name} (Moo {moo})</source>
        <translation>{name} (หมู่ {moo})</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="178"/>
        <source>No raw materials are registered yet (Raw materials page).</source>
        <translation>ยังไม่มีวัตถุดิบในทะเบียน (หน้าทะเบียนวัตถุดิบ)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="229"/>
        <source>This product or its group no longer exists (perhaps moved to the recycle bin). Nothing was saved.</source>
        <translation>ไม่พบผลิตภัณฑ์หรือกลุ่มนี้แล้ว (อาจถูกย้ายไปถังรีไซเคิล) จึงยังไม่ได้บันทึกข้อมูล</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="79"/>
        <source>Products and plan</source>
        <translation>ผลิตภัณฑ์และแผนพัฒนากลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="80"/>
        <source>What the group will produce and sell, and what it plans to do by when. Both can be added to later on the group&apos;s page.</source>
        <translation>สิ่งที่กลุ่มจะผลิตและจำหน่าย และสิ่งที่วางแผนจะทำพร้อมกำหนดเสร็จ เพิ่มเติมภายหลังได้ในหน้าของกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="97"/>
        <source>Add product</source>
        <translation>เพิ่มผลิตภัณฑ์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="101"/>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="113"/>
        <source>Product</source>
        <translation>ผลิตภัณฑ์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="103"/>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="114"/>
        <source>OTOP category</source>
        <translation>ประเภท OTOP</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="105"/>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="115"/>
        <source>Price (baht)</source>
        <translation>ราคา (บาท)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="107"/>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="116"/>
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="125"/>
        <source>Products</source>
        <translation>ผลิตภัณฑ์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="129"/>
        <source>e.g. apply for the community product standard (มผช.)</source>
        <translation>เช่น ยื่นขอมาตรฐานผลิตภัณฑ์ชุมชน (มผช.)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="133"/>
        <source>Add plan item</source>
        <translation>เพิ่มรายการในแผน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="137"/>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="145"/>
        <source>Plan item</source>
        <translation>รายการในแผน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="139"/>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="147"/>
        <source>To be done by</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="153"/>
        <source>Development plan</source>
        <translation>แผนพัฒนากลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="161"/>
        <source>Strengths:</source>
        <translation>จุดแข็ง:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="162"/>
        <source>Weaknesses:</source>
        <translation>จุดอ่อน:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="163"/>
        <source>Problems and needs:</source>
        <translation>ปัญหาและความต้องการ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="167"/>
        <source>Know ourselves</source>
        <translation>รู้จักตนเอง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="183"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="243"/>
        <source>Click “Add product” to put this product on the list, or clear the name.</source>
        <translation>คลิก “เพิ่มผลิตภัณฑ์” เพื่อใส่ผลิตภัณฑ์นี้ในรายการ หรือล้างชื่อให้ว่าง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="247"/>
        <source>Click “Add plan item” to put it on the list, or clear the field.</source>
        <translation>คลิก “เพิ่มรายการในแผน” เพื่อใส่ในรายการ หรือล้างช่องนี้ให้ว่าง</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="244"/>
        <source>Product</source>
        <translation>ผลิตภัณฑ์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="246"/>
        <source>OTOP category</source>
        <translation>ประเภท OTOP</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="247"/>
        <source>Stars</source>
        <translation>ระดับดาว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="249"/>
        <source>Standards</source>
        <translation>มาตรฐาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="250"/>
        <source>Price (baht)</source>
        <translation>ราคา (บาท)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="252"/>
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="253"/>
        <source>Raw materials</source>
        <translation>วัตถุดิบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="258"/>
        <source>No products recorded yet. Add what the group makes and sells.</source>
        <translation>ยังไม่มีผลิตภัณฑ์ เพิ่มสิ่งที่กลุ่มผลิตและจำหน่าย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="263"/>
        <source>Add product…</source>
        <translation>เพิ่มผลิตภัณฑ์…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="265"/>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="267"/>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="301"/>
        <source>Move to recycle bin</source>
        <translation>ย้ายไปถังรีไซเคิล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="269"/>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="314"/>
        <source>Products</source>
        <translation>ผลิตภัณฑ์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="301"/>
        <source>Move “{name}” to the recycle bin? It can be restored from there.</source>
        <translation>ย้าย “{name}” ไปถังรีไซเคิลหรือไม่ (กู้คืนจากถังรีไซเคิลได้ภายหลัง)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/products_tab.py" line="314"/>
        <source>This product no longer exists; the list is refreshed.</source>
        <translation>ไม่พบผลิตภัณฑ์นี้แล้ว จึงแสดงรายการใหม่</translation>
    </message>
</context>
<context>
    <name>RawMaterialDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="33"/>
        <source>New raw material</source>
        <translation>เพิ่มวัตถุดิบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="35"/>
        <source>Edit raw material</source>
        <translation>แก้ไขวัตถุดิบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="39"/>
        <source>e.g. water hyacinth</source>
        <translation>เช่น ผักตบชวา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="41"/>
        <source>Choose the category</source>
        <translation>เลือกประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="49"/>
        <source>(whole subdistrict / not set)</source>
        <translation>(ทั้งตำบล / ไม่ระบุ)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="58"/>
        <source>unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="64"/>
        <source>e.g. November–February, all year</source>
        <translation>เช่น พ.ย.–ก.พ. หรือ ตลอดปี</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="68"/>
        <source>where it comes from or who owns it</source>
        <translation>แหล่งที่มาหรือผู้เป็นเจ้าของ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="75"/>
        <source>Name:</source>
        <translation>ชื่อวัตถุดิบ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="76"/>
        <source>Category:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="77"/>
        <source>Village:</source>
        <translation>หมู่บ้าน:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="78"/>
        <source>Quantity:</source>
        <translation>ปริมาณ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="79"/>
        <source>Season:</source>
        <translation>ฤดูกาล:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="80"/>
        <source>Source / owner:</source>
        <translation>แหล่งที่มา / เจ้าของ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="81"/>
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="138"/>
        <source>This record no longer exists (it may be in the recycle bin). Nothing was saved.</source>
        <translation>ไม่พบรายการนี้แล้ว (อาจอยู่ในถังรีไซเคิล) จึงยังไม่ได้บันทึกข้อมูล</translation>
    </message>
</context>
<context>
    <name>RawMaterialsPage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/raw_materials_page.py" line="36"/>
        <source>Category:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/raw_materials_page.py" line="38"/>
        <source>All categories</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/raw_materials_page.py" line="44"/>
        <source>Village:</source>
        <translation>หมู่บ้าน:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/raw_materials_page.py" line="46"/>
        <source>All villages</source>
        <translation>ทุกหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/raw_materials_page.py" line="52"/>
        <source>Raw materials</source>
        <translation>ทะเบียนวัตถุดิบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/raw_materials_page.py" line="56"/>
        <source>Name</source>
        <translation>ชื่อวัตถุดิบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/raw_materials_page.py" line="57"/>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/raw_materials_page.py" line="58"/>
        <source>Moo</source>
        <translation>หมู่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/raw_materials_page.py" line="60"/>
        <source>Quantity</source>
        <translation>ปริมาณ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/raw_materials_page.py" line="62"/>
        <source>Season</source>
        <translation>ฤดูกาล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/raw_materials_page.py" line="63"/>
        <source>Source / owner</source>
        <translation>แหล่งที่มา / เจ้าของ</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="25"/>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="119"/>
        <source>Recycle bin</source>
        <translation>ถังรีไซเคิล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="28"/>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="28"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="29"/>
        <source>Occupation</source>
        <translation>อาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="29"/>
        <source>Raw material</source>
        <translation>วัตถุดิบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="30"/>
        <source>Local sage</source>
        <translation>ปราชญ์ชาวบ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="30"/>
        <source>Occupational group</source>
        <translation>กลุ่มอาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="31"/>
        <source>Product</source>
        <translation>ผลิตภัณฑ์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="35"/>
        <source>Deleted records wait here. Restore puts a record back where it was; Delete permanently cannot be undone (but the daily backups still hold it).</source>
        <translation>รายการที่ลบจะถูกพักไว้ที่นี่ “กู้คืน” จะนำรายการกลับไปที่เดิม ส่วน “ลบถาวร” ย้อนกลับไม่ได้ (แต่ยังมีอยู่ในไฟล์สำรองข้อมูลรายวัน)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="41"/>
        <source>Record</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="41"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="41"/>
        <source>Deleted on</source>
        <translation>วันที่ลบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="48"/>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="49"/>
        <source>Delete permanently</source>
        <translation>ลบถาวร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="50"/>
        <source>Empty the recycle bin</source>
        <translation>ล้างถังรีไซเคิล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="91"/>
        <source>Delete {n} record(s) permanently?</source>
        <translation>ลบ {n} รายการอย่างถาวรหรือไม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="105"/>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="113"/>
        <source>Kept</source>
        <translation>รายการที่ยังเก็บไว้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="108"/>
        <source>Delete everything in the recycle bin permanently?</source>
        <translation>ลบทุกรายการในถังรีไซเคิลอย่างถาวรหรือไม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="114"/>
        <source>{kept} record(s) were kept because groups or training rounds still need them.</source>
        <translation>ยังเก็บไว้ {kept} รายการ เพราะกลุ่มหรือรุ่นการฝึกอบรมยังต้องใช้ข้อมูลเหล่านี้</translation>
    </message>
</context>
<context>
    <name>ReferenceListsDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/reference_lists_dialog.py" line="40"/>
        <source>Reference lists</source>
        <translation>รายการข้อมูลพื้นฐาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/reference_lists_dialog.py" line="44"/>
        <source>Name titles</source>
        <translation>คำนำหน้าชื่อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/reference_lists_dialog.py" line="45"/>
        <source>Occupation categories</source>
        <translation>ประเภทอาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/reference_lists_dialog.py" line="46"/>
        <source>Local-wisdom branches</source>
        <translation>สาขาภูมิปัญญา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/reference_lists_dialog.py" line="47"/>
        <source>OTOP categories</source>
        <translation>ประเภทผลิตภัณฑ์ OTOP</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/reference_lists_dialog.py" line="48"/>
        <source>Raw-material categories</source>
        <translation>ประเภทวัตถุดิบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/reference_lists_dialog.py" line="49"/>
        <source>Units</source>
        <translation>หน่วยนับ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/reference_lists_dialog.py" line="77"/>
        <source>New entry</source>
        <translation>รายการใหม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/reference_lists_dialog.py" line="79"/>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/reference_lists_dialog.py" line="81"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/reference_lists_dialog.py" line="83"/>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/reference_lists_dialog.py" line="85"/>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/reference_lists_dialog.py" line="90"/>
        <source>Double-click an entry to rename it. An entry removed is no longer offered in forms; records that already use it keep their text.</source>
        <translation>ดับเบิลคลิกที่รายการเพื่อเปลี่ยนชื่อ รายการที่ลบแล้วจะไม่มีให้เลือกในแบบฟอร์มอีก แต่ข้อมูลที่ใช้รายการนั้นอยู่แล้วยังคงข้อความเดิม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/reference_lists_dialog.py" line="150"/>
        <location filename="../../wangmuang_desk/ui/settings/reference_lists_dialog.py" line="227"/>
        <source>“{label}” is already in the list.</source>
        <translation>“{label}” มีอยู่ในรายการแล้ว</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/registry_page.py" line="81"/>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/registry_page.py" line="82"/>
        <source>Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/registry_page.py" line="83"/>
        <location filename="../../wangmuang_desk/ui/pages/registry_page.py" line="233"/>
        <source>Move to recycle bin</source>
        <translation>ย้ายไปถังรีไซเคิล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/registry_page.py" line="234"/>
        <source>Move “{name}” to the recycle bin? It can be restored from there.</source>
        <translation>ย้าย “{name}” ไปถังรีไซเคิลหรือไม่ (กู้คืนจากถังรีไซเคิลได้ภายหลัง)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/registry_page.py" line="255"/>
        <source>This record no longer exists; the list is refreshed.</source>
        <translation>ไม่พบรายการนี้แล้ว จึงแสดงรายการใหม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/registry_page.py" line="271"/>
        <source>{count} records</source>
        <translation>{count} รายการ</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/restore_dialog.py" line="25"/>
        <source>Restore from a backup</source>
        <translation>กู้คืนข้อมูลจากไฟล์สำรอง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/restore_dialog.py" line="36"/>
        <source>Choose the backup to restore. The current database file is not deleted: it is kept in the backups folder.</source>
        <translation>เลือกไฟล์สำรองที่ต้องการกู้คืน ไฟล์ฐานข้อมูลปัจจุบันจะไม่ถูกลบ แต่จะเก็บไว้ในโฟลเดอร์สำรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/restore_dialog.py" line="41"/>
        <source>Database: {path}</source>
        <translation>ฐานข้อมูล: {path}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/restore_dialog.py" line="43"/>
        <source>Daily</source>
        <translation>รายวัน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/restore_dialog.py" line="43"/>
        <source>Before upgrade</source>
        <translation>ก่อนปรับรุ่นโปรแกรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/restore_dialog.py" line="44"/>
        <source>Replaced by a restore</source>
        <translation>ไฟล์เดิมก่อนการกู้คืน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/restore_dialog.py" line="44"/>
        <source>Made by staff</source>
        <translation>เจ้าหน้าที่สำรองเอง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/restore_dialog.py" line="47"/>
        <source>Taken</source>
        <translation>วันเวลาที่สำรอง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/restore_dialog.py" line="47"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/restore_dialog.py" line="47"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/restore_dialog.py" line="55"/>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/restore_dialog.py" line="63"/>
        <source>There are no backups of this database yet.</source>
        <translation>ยังไม่มีไฟล์สำรองของฐานข้อมูลนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/restore_dialog.py" line="66"/>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/restore_dialog.py" line="82"/>
        <source>Restore this backup?</source>
        <translation>กู้คืนข้อมูลจากไฟล์สำรองนี้หรือไม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/restore_dialog.py" line="83"/>
        <source>Work saved after {when} will not be in the restored database (the current file is kept in the backups folder). Restore?</source>
        <translation>ข้อมูลที่บันทึกหลัง {when} จะไม่อยู่ในฐานข้อมูลที่กู้คืน (ไฟล์ปัจจุบันจะเก็บไว้ในโฟลเดอร์สำรองข้อมูล) ต้องการกู้คืนหรือไม่</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="43"/>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="55"/>
        <source>Review</source>
        <translation>ตรวจสอบข้อมูล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="56"/>
        <source>Check everything below. Click Finish to record the group, or Back to change something; nothing is recorded before Finish.</source>
        <translation>ตรวจสอบข้อมูลด้านล่างทั้งหมด คลิก “เสร็จสิ้น” เพื่อบันทึกกลุ่ม หรือ “ย้อนกลับ” เพื่อแก้ไข ข้อมูลจะยังไม่ถูกบันทึกจนกว่าจะคลิก “เสร็จสิ้น”</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="82"/>
        <source>(unnamed)</source>
        <translation>(ยังไม่มีชื่อ)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="85"/>
        <source>Fix these before finishing:</source>
        <translation>กรุณาแก้ไขรายการต่อไปนี้ก่อนบันทึก:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="103"/>
        <source>Origin</source>
        <translation>ที่มาของกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="104"/>
        <source>Leaders</source>
        <translation>แกนนำ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="110"/>
        <source>Aims to register</source>
        <translation>ตั้งใจจะจดทะเบียน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="111"/>
        <source>No</source>
        <translation>ไม่จดทะเบียน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="113"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="114"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="115"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="116"/>
        <source>Founded on</source>
        <translation>วันที่จัดตั้ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="118"/>
        <source>Contact person</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="119"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="120"/>
        <source>Objectives</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="121"/>
        <source>Community enterprise</source>
        <translation>วิสาหกิจชุมชน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="132"/>
        <source>{name} (the first leader)</source>
        <translation>{name} (แกนนำคนแรก)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="137"/>
        <source>{name} (the president)</source>
        <translation>{name} (ประธานกลุ่ม)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="143"/>
        <source>no household recorded</source>
        <translation>ไม่ได้บันทึกครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="147"/>
        <source>{count} members from {households} households</source>
        <translation>สมาชิก {count} คน จาก {households} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="158"/>
        <source>Term</source>
        <translation>วาระ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="168"/>
        <source>Regulations</source>
        <translation>ระเบียบกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="169"/>
        <source>Value of one share</source>
        <translation>มูลค่าหุ้นละ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="170"/>
        <source>Shares bought</source>
        <translation>จำนวนหุ้นที่ซื้อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="171"/>
        <source>Starting savings</source>
        <translation>เงินออมเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="173"/>
        <source>Working capital</source>
        <translation>ทุนดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="181"/>
        <source>{price} baht per {unit}</source>
        <translation>{price} บาท/{unit}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="183"/>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="207"/>
        <source>{amount} baht</source>
        <translation>{amount} บาท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="189"/>
        <source>Products</source>
        <translation>ผลิตภัณฑ์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="190"/>
        <source>Development plan</source>
        <translation>แผนพัฒนากลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="195"/>
        <source>Strengths</source>
        <translation>จุดแข็ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="196"/>
        <source>Weaknesses</source>
        <translation>จุดอ่อน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/establishment_review.py" line="197"/>
        <source>Problems and needs</source>
        <translation>ปัญหาและความต้องการ</translation>
    </message>
</context>
<context>
    <name>RoundForm</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_topic_form.py" line="39"/>
        <source>e.g. Making grass-flower brooms</source>
        <translation>เช่น การทำไม้กวาดดอกหญ้า</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_topic_form.py" line="42"/>
        <source>The skill or subject, e.g. handicraft, food processing</source>
        <translation>ทักษะหรือวิชา เช่น งานหัตถกรรม การแปรรูปอาหาร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_topic_form.py" line="53"/>
        <source>One objective per line</source>
        <translation>พิมพ์วัตถุประสงค์บรรทัดละหนึ่งข้อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_topic_form.py" line="61"/>
        <source>Title of the round:</source>
        <translation>ชื่อการฝึกอบรม:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_topic_form.py" line="62"/>
        <source>Topic:</source>
        <translation>หัวข้อ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_topic_form.py" line="63"/>
        <source>Comes from:</source>
        <translation>ที่มา:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_topic_form.py" line="64"/>
        <source>Rationale:</source>
        <translation>หลักการและเหตุผล:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_topic_form.py" line="65"/>
        <source>Objectives:</source>
        <translation>วัตถุประสงค์:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_topic_form.py" line="93"/>
        <source>{label} (fiscal year {year})</source>
        <translation>{label} (ปีงบประมาณ {year})</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_topic_form.py" line="101"/>
        <source>Nothing recorded yet</source>
        <translation>ยังไม่มีข้อมูล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_topic_form.py" line="123"/>
        <source>No longer listed (no. {id})</source>
        <translation>ไม่อยู่ในรายการแล้ว (เลขที่ {id})</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="66"/>
        <source>e.g. members of the women&apos;s groups and interested villagers</source>
        <translation>เช่น สมาชิกกลุ่มสตรีและประชาชนที่สนใจ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="70"/>
        <source>not set</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="71"/>
        <source> people</source>
        <translation> คน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="83"/>
        <source>All villages</source>
        <translation>ทุกหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="95"/>
        <source>e.g. the office&apos;s meeting room</source>
        <translation>เช่น ห้องประชุมของ อบต.</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="102"/>
        <source>Thai digits on the round&apos;s letters and certificates</source>
        <translation>ใช้เลขไทยในหนังสือและวุฒิบัตรของการฝึกอบรมนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="108"/>
        <source>Villages</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="117"/>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="122"/>
        <source>hours in all</source>
        <translation>ชั่วโมง (รวมทั้งหมด)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="129"/>
        <source>of all planned sessions to pass</source>
        <translation>ของจำนวนครั้งที่กำหนดไว้ทั้งหมด จึงจะผ่าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="133"/>
        <source>points in the test after training; empty: no test needed</source>
        <translation>คะแนนจากการทดสอบหลังอบรม (เว้นว่างหากไม่มีการทดสอบ)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="138"/>
        <source>Target group:</source>
        <translation>กลุ่มเป้าหมาย:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="139"/>
        <source>Number of trainees:</source>
        <translation>จำนวนผู้เข้ารับการอบรม:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="140"/>
        <source>Planned dates:</source>
        <translation>กำหนดวันอบรม:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="141"/>
        <source>Length:</source>
        <translation>ระยะเวลา:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="142"/>
        <source>Venue:</source>
        <translation>สถานที่:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="143"/>
        <source>Rules of the round</source>
        <translation>ข้อกำหนดของการฝึกอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="146"/>
        <source>Attendance needed:</source>
        <translation>เกณฑ์การเข้าอบรม:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="147"/>
        <source>Pass mark:</source>
        <translation>คะแนนผ่าน:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="215"/>
        <source>fiscal year {year}</source>
        <translation>ปีงบประมาณ {year}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_form.py" line="43"/>
        <source>Topic</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/round_form.py" line="45"/>
        <source>Target group</source>
        <translation>กลุ่มเป้าหมาย</translation>
    </message>
</context>
<context>
    <name>SageDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="39"/>
        <source>New local sage</source>
        <translation>เพิ่มปราชญ์ชาวบ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="41"/>
        <source>Edit local sage</source>
        <translation>แก้ไขปราชญ์ชาวบ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="46"/>
        <source>Choose the branch of wisdom</source>
        <translation>เลือกสาขาภูมิปัญญา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="52"/>
        <source>What the sage knows and does; the first line shows in the list</source>
        <translation>ความรู้ความชำนาญและสิ่งที่ทำ บรรทัดแรกจะแสดงในรายการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="57"/>
        <source>Can teach others (can be a trainer)</source>
        <translation>ถ่ายทอดความรู้ได้ (เป็นวิทยากรได้)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="63"/>
        <source>Person:</source>
        <translation>บุคคล:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="64"/>
        <source>Branch:</source>
        <translation>สาขา:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="65"/>
        <source>Expertise:</source>
        <translation>ความเชี่ยวชาญ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="67"/>
        <source>Works and awards:</source>
        <translation>ผลงานและรางวัล:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="68"/>
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="116"/>
        <source>This record no longer exists (it may be in the recycle bin). Nothing was saved.</source>
        <translation>ไม่พบรายการนี้แล้ว (อาจอยู่ในถังรีไซเคิล) จึงยังไม่ได้บันทึกข้อมูล</translation>
    </message>
</context>
<context>
    <name>SagesPage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/sages_page.py" line="36"/>
        <source>Branch:</source>
        <translation>สาขา:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/sages_page.py" line="38"/>
        <source>All branches</source>
        <translation>ทุกสาขา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/sages_page.py" line="44"/>
        <source>Village:</source>
        <translation>หมู่บ้าน:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/sages_page.py" line="46"/>
        <source>All villages</source>
        <translation>ทุกหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/sages_page.py" line="52"/>
        <source>Teaching:</source>
        <translation>การสอน:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/sages_page.py" line="54"/>
        <source>All sages</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/sages_page.py" line="55"/>
        <source>Can teach only</source>
        <translation>เฉพาะผู้สอนได้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/sages_page.py" line="60"/>
        <source>Local sages</source>
        <translation>ทะเบียนปราชญ์ชาวบ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/sages_page.py" line="63"/>
        <source>Yes</source>
        <translation>ได้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/sages_page.py" line="65"/>
        <source>Person</source>
        <translation>ชื่อ–สกุล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/sages_page.py" line="66"/>
        <source>Moo</source>
        <translation>หมู่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/sages_page.py" line="68"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/sages_page.py" line="69"/>
        <source>Branch</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/sages_page.py" line="71"/>
        <source>Expertise</source>
        <translation>ความเชี่ยวชาญ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/sages_page.py" line="75"/>
        <source>Can teach</source>
        <translation>ถ่ายทอดได้</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/search_box.py" line="31"/>
        <source>Search…</source>
        <translation>ค้นหา…</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/session_dialog.py" line="83"/>
        <source>New session</source>
        <translation>การอบรมครั้งใหม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/session_dialog.py" line="85"/>
        <source>Session {number}</source>
        <translation>ครั้งที่ {number}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/session_dialog.py" line="94"/>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/session_dialog.py" line="98"/>
        <source>e.g. the village hall of Moo 3</source>
        <translation>เช่น ศาลาประชาคมหมู่ 3</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/session_dialog.py" line="101"/>
        <source>from the times</source>
        <translation>คำนวณจากเวลา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/session_dialog.py" line="107"/>
        <source>What this session teaches</source>
        <translation>หัวข้อที่อบรมในครั้งนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/session_dialog.py" line="109"/>
        <source>(no speaker chosen)</source>
        <translation>(ยังไม่ได้เลือกวิทยากร)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/session_dialog.py" line="113"/>
        <source>The round&apos;s speakers are entered in step 3 (preparation).</source>
        <translation>วิทยากรของรุ่นนี้บันทึกไว้ในขั้นตอนที่ 3 (เตรียมการ)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/session_dialog.py" line="118"/>
        <source>Date:</source>
        <translation>วันที่:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/session_dialog.py" line="119"/>
        <source>Time:</source>
        <translation>เวลา:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/session_dialog.py" line="120"/>
        <source>Venue:</source>
        <translation>สถานที่:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/session_dialog.py" line="121"/>
        <source>Hours:</source>
        <translation>จำนวนชั่วโมง:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/session_dialog.py" line="122"/>
        <source>Topic:</source>
        <translation>หัวข้อ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/session_dialog.py" line="123"/>
        <source>Speaker:</source>
        <translation>วิทยากร:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/session_dialog.py" line="164"/>
        <source>Leave empty to count {hours} hours from the times.</source>
        <translation>เว้นว่างไว้เพื่อนับ {hours} ชั่วโมงตามเวลาที่กรอก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/session_dialog.py" line="174"/>
        <source>Type a time such as 09:00 or 13.30.</source>
        <translation>พิมพ์เวลา เช่น 09:00 หรือ 13.30</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/session_dialog.py" line="183"/>
        <source>Type the hours as a number, such as 3 or 2.5.</source>
        <translation>พิมพ์จำนวนชั่วโมงเป็นตัวเลข เช่น 3 หรือ 2.5</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/session_dialog.py" line="189"/>
        <source>Enter the date of the session.</source>
        <translation>กรุณากรอกวันที่ของการอบรมครั้งนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/session_dialog.py" line="207"/>
        <source>This round or session no longer exists. Nothing was saved.</source>
        <translation>ไม่พบการฝึกอบรมรุ่นนี้หรือการอบรมครั้งนี้แล้ว จึงยังไม่ได้บันทึกข้อมูล</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="69"/>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="70"/>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="72"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="81"/>
        <source>No.</source>
        <translation>ครั้งที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="82"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="84"/>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="85"/>
        <source>Venue</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="86"/>
        <source>Hours</source>
        <translation>ชั่วโมง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="88"/>
        <source>Topic</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="89"/>
        <source>Speaker</source>
        <translation>วิทยากร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="90"/>
        <source>Present</source>
        <translation>มา (คน)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="92"/>
        <source>Attendance not recorded yet</source>
        <translation>ยังไม่บันทึกการเข้าอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="106"/>
        <source>Attendance is counted over all planned sessions, held or not: plan every session of the round here.</source>
        <translation>การเข้าอบรมคิดจากจำนวนครั้งที่กำหนดไว้ทั้งหมด ไม่ว่าจะจัดอบรมแล้วหรือไม่ จึงควรกำหนดการอบรมทุกครั้งของรุ่นนี้ไว้ที่นี่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="117"/>
        <source>%n planned session(s)</source>
        <translation>กำหนดการอบรม %n ครั้ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="119"/>
        <source>, {hours} hours in all</source>
        <translation> รวม {hours} ชั่วโมง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="158"/>
        <source>Delete session {number} of {date}? Attendance is counted over all planned sessions, so every trainee&apos;s percentage changes; the attendance recorded for this session is deleted too.</source>
        <translation>ลบการอบรมครั้งที่ {number} วันที่ {date} หรือไม่ การเข้าอบรมคิดจากจำนวนครั้งที่กำหนดไว้ทั้งหมด ร้อยละการเข้าอบรมของผู้เข้ารับการอบรมทุกคนจึงจะเปลี่ยนไป และข้อมูลการเข้าอบรมที่บันทึกไว้ของครั้งนี้จะถูกลบด้วย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="163"/>
        <source>Delete a session</source>
        <translation>ลบกำหนดการอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="175"/>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="196"/>
        <source>Sessions</source>
        <translation>กำหนดการอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="175"/>
        <location filename="../../wangmuang_desk/ui/trainings/trainees_tab.py" line="225"/>
        <source>This round is no longer in the registry.</source>
        <translation>ไม่พบการฝึกอบรมนี้ในทะเบียนแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="197"/>
        <location filename="../../wangmuang_desk/ui/trainings/trainees_tab.py" line="222"/>
        <location filename="../../wangmuang_desk/ui/trainings/trainees_tab.py" line="225"/>
        <source>Trainees</source>
        <translation>ผู้เข้ารับการอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="198"/>
        <source>Attendance</source>
        <translation>การเข้าอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/sessions_panel.py" line="231"/>
        <source>The attendance grid is not available in this version yet.</source>
        <translation>ตารางบันทึกการเข้าอบรมยังใช้ไม่ได้ในโปรแกรมเวอร์ชันนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainees_tab.py" line="83"/>
        <source>Add from registry…</source>
        <translation>เพิ่มจากทะเบียน…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainees_tab.py" line="85"/>
        <source>New person…</source>
        <translation>เพิ่มบุคคลใหม่…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainees_tab.py" line="86"/>
        <source>Add someone to the people registry and register them</source>
        <translation>เพิ่มบุคคลในทะเบียนบุคคลและลงทะเบียนเข้ารับการอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainees_tab.py" line="89"/>
        <source>Import from Excel…</source>
        <translation>นำเข้าจาก Excel…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainees_tab.py" line="91"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainees_tab.py" line="92"/>
        <source>Take the chosen trainee off this round</source>
        <translation>นำผู้เข้ารับการอบรมที่เลือกออกจากการฝึกอบรมนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainees_tab.py" line="103"/>
        <source>Name</source>
        <translation>ชื่อ–สกุล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainees_tab.py" line="104"/>
        <source>Moo</source>
        <translation>หมู่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainees_tab.py" line="106"/>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainees_tab.py" line="107"/>
        <source>ID number</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainees_tab.py" line="108"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainees_tab.py" line="109"/>
        <source>Registered on</source>
        <translation>วันที่ลงทะเบียน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainees_tab.py" line="130"/>
        <source>%n trainee(s) registered</source>
        <translation>ลงทะเบียนแล้ว %n คน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainees_tab.py" line="143"/>
        <source>Register the people listed in an Excel file</source>
        <translation>ลงทะเบียนรายชื่อบุคคลจากไฟล์ Excel</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainees_tab.py" line="144"/>
        <source>Not available in this version yet</source>
        <translation>ยังใช้ไม่ได้ในเวอร์ชันนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainees_tab.py" line="202"/>
        <source>Remove a trainee</source>
        <translation>นำผู้เข้ารับการอบรมออก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainees_tab.py" line="202"/>
        <source>Take {name} off this round? Their attendance and follow-ups in this round are deleted too.</source>
        <translation>นำ {name} ออกจากการฝึกอบรมนี้หรือไม่ ข้อมูลการเข้าอบรมและการติดตามผลของผู้นี้ในการฝึกอบรมนี้จะถูกลบด้วย</translation>
    </message>
</context>
<context>
    <name>SignatoriesEditor</name>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/signatories_editor.py" line="35"/>
        <source>Name</source>
        <translation>ชื่อ–สกุล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/signatories_editor.py" line="35"/>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/signatories_editor.py" line="35"/>
        <source>Default</source>
        <translation>ผู้ลงนามหลัก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/signatories_editor.py" line="52"/>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/signatories_editor.py" line="53"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/signatories_editor.py" line="54"/>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/signatories_editor.py" line="55"/>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/signatories_editor.py" line="145"/>
        <source>Signs documents unless another signatory is chosen</source>
        <translation>ลงนามในเอกสาร เว้นแต่จะเลือกผู้ลงนามคนอื่น</translation>
    </message>
</context>
<context>
    <name>SignatoriesPage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="68"/>
        <source>Signatories</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="70"/>
        <source>Who signs certificates and letters? Enter the name and the position as they are printed under the signature. You can add more later.</source>
        <translation>ใครเป็นผู้ลงนามในวุฒิบัตรและหนังสือ กรอกชื่อและตำแหน่งตามที่จะพิมพ์ใต้ลายมือชื่อ เพิ่มเติมภายหลังได้</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="112"/>
        <source>Ready</source>
        <translation>พร้อมใช้งาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="113"/>
        <source>Check what you entered, then click Finish to save it.</source>
        <translation>ตรวจสอบข้อมูลที่กรอก แล้วคลิก “เสร็จสิ้น” เพื่อบันทึก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="120"/>
        <source>Office</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="121"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="122"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="123"/>
        <source>Signatories</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="124"/>
        <source>Villages</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="131"/>
        <source>Reference lists (name titles, occupation categories, units…) can be edited later in Settings.</source>
        <translation>รายการข้อมูลพื้นฐาน (คำนำหน้าชื่อ ประเภทอาชีพ หน่วยนับ…) แก้ไขภายหลังได้ที่เมนูตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="138"/>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="139"/>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="142"/>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="145"/>
        <source>(none yet)</source>
        <translation>(ยังไม่มี)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="144"/>
        <source>%n village(s)</source>
        <translation>
            <numerusform>%n หมู่บ้าน</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="153"/>
        <source>Moo {moo}</source>
        <translation>หมู่ที่ {moo}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="155"/>
        <source>Subdistrict {name}</source>
        <translation>ตำบล{name}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="157"/>
        <source>District {name}</source>
        <translation>อำเภอ{name}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="158"/>
        <source>Province {name}</source>
        <translation>จังหวัด{name}</translation>
    </message>
</context>
<context>
    <name>SurveyBandsDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_bands_dialog.py" line="63"/>
        <source>Band table</source>
        <translation>เกณฑ์การแปลผล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_bands_dialog.py" line="69"/>
        <source>Half-point steps: 4.51 / 3.51 / 2.51 / 1.51 (default)</source>
        <translation>ช่วงละ 1 คะแนน ตัดที่ .50: 4.51 / 3.51 / 2.51 / 1.51 (ค่าเริ่มต้น)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_bands_dialog.py" line="71"/>
        <source>0.8 steps: 4.21 / 3.41 / 2.61 / 1.81</source>
        <translation>ช่วงละ 0.80: 4.21 / 3.41 / 2.61 / 1.81</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_bands_dialog.py" line="72"/>
        <source>A table of our own</source>
        <translation>กำหนดเกณฑ์เอง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_bands_dialog.py" line="79"/>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_bands_dialog.py" line="79"/>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_bands_dialog.py" line="80"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_bands_dialog.py" line="88"/>
        <source>Add band</source>
        <translation>เพิ่มระดับ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_bands_dialog.py" line="90"/>
        <source>Remove band</source>
        <translation>ลบระดับ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_bands_dialog.py" line="101"/>
        <source>The level a mean score (x̄) reads as in the survey summary, for every round of the office. Means have two decimals, so 4.50 and 4.51 are next to each other.</source>
        <translation>ระดับความพึงพอใจที่ใช้แปลผลค่าเฉลี่ย (x̄) ในสรุปผลแบบประเมิน ใช้กับการฝึกอบรมทุกรุ่นของหน่วยงาน ค่าเฉลี่ยมีทศนิยม 2 ตำแหน่ง ดังนั้น 4.50 กับ 4.51 จึงเป็นค่าที่อยู่ติดกัน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_bands_dialog.py" line="190"/>
        <source>Row {row}: enter the level&apos;s name.</source>
        <translation>แถวที่ {row}: กรุณากรอกชื่อระดับ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_bands_dialog.py" line="193"/>
        <source>Row {row}: enter a number from 1.00 to 5.00 with at most two decimals.</source>
        <translation>แถวที่ {row}: กรุณากรอกตัวเลขตั้งแต่ 1.00 ถึง 5.00 ทศนิยมไม่เกิน 2 ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_bands_dialog.py" line="203"/>
        <source>Row {row}: “From” is above “To”.</source>
        <translation>แถวที่ {row}: ค่า “ตั้งแต่” มากกว่าค่า “ถึง”</translation>
    </message>
</context>
<context>
    <name>SurveyItemsDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_items_dialog.py" line="70"/>
        <source>Office survey template</source>
        <translation>แบบฟอร์มแบบประเมินของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_items_dialog.py" line="72"/>
        <source>Rounds that have no form of their own yet use this template.</source>
        <translation>รุ่นที่ยังไม่มีแบบประเมินของตนเองจะใช้แบบฟอร์มนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_items_dialog.py" line="75"/>
        <source>Statements of the survey</source>
        <translation>ข้อคำถามของแบบประเมิน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_items_dialog.py" line="77"/>
        <source>Statements with answers can be reworded or moved, but not removed.</source>
        <translation>ข้อคำถามที่มีผู้ตอบแล้วแก้ไขถ้อยคำหรือเลื่อนลำดับได้ แต่นำออกไม่ได้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_items_dialog.py" line="80"/>
        <source>This round still uses the office template; saving gives it a form of its own.</source>
        <translation>รุ่นนี้ยังใช้แบบฟอร์มของหน่วยงาน เมื่อบันทึกแล้วรุ่นนี้จะมีแบบประเมินเป็นของตนเอง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_items_dialog.py" line="85"/>
        <source>Aspect</source>
        <translation>ด้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_items_dialog.py" line="85"/>
        <source>Statement</source>
        <translation>ข้อคำถาม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_items_dialog.py" line="86"/>
        <source>Answers</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_items_dialog.py" line="105"/>
        <source>Add statement</source>
        <translation>เพิ่มข้อคำถาม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_items_dialog.py" line="107"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_items_dialog.py" line="109"/>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_items_dialog.py" line="111"/>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_items_dialog.py" line="121"/>
        <source>Statements of one aspect are printed together, aspects in the order they first appear.</source>
        <translation>ข้อคำถามในด้านเดียวกันจะพิมพ์ไว้ด้วยกัน โดยเรียงด้านตามลำดับที่ปรากฏครั้งแรก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_items_dialog.py" line="143"/>
        <source>Has answers: kept on the form.</source>
        <translation>มีผู้ตอบแล้ว: คงไว้ในแบบประเมิน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_items_dialog.py" line="190"/>
        <source>This statement has answers and is kept.</source>
        <translation>ข้อคำถามนี้มีผู้ตอบแล้ว จึงต้องคงไว้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_items_dialog.py" line="217"/>
        <source>This round no longer exists (perhaps moved to the recycle bin). Nothing was saved.</source>
        <translation>ไม่พบการฝึกอบรมรุ่นนี้แล้ว (อาจถูกย้ายไปถังรีไซเคิล) จึงยังไม่ได้บันทึกข้อมูล</translation>
    </message>
</context>
<context>
    <name>SurveyPanel</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="69"/>
        <source>Overall</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="103"/>
        <source>Edit statements…</source>
        <translation>แก้ไขข้อคำถาม…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="105"/>
        <source>Band table…</source>
        <translation>เกณฑ์การแปลผล…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="113"/>
        <source>No.</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="114"/>
        <source>Answered</source>
        <translation>ตอบแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="116"/>
        <source>Mean</source>
        <translation>ค่าเฉลี่ย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="118"/>
        <source>Remarks</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="123"/>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="125"/>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="127"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="129"/>
        <source>Responses</source>
        <translation>แบบประเมินที่ได้รับ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="133"/>
        <source>Aspect / statement</source>
        <translation>ด้าน / ข้อคำถาม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="135"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="136"/>
        <source>x̄</source>
        <translation>x̄</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="137"/>
        <source>S.D.</source>
        <translation>S.D.</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="138"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="144"/>
        <source>Summary</source>
        <translation>สรุปผล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="145"/>
        <source>Problems and suggestions</source>
        <translation>ปัญหาและข้อเสนอแนะ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="150"/>
        <source>n counts the answers given: a statement left blank on a form is not counted. An aspect&apos;s numbers take all answers to its statements.</source>
        <translation>n คือจำนวนคำตอบที่ได้รับ ข้อคำถามที่เว้นว่างไว้ในแบบประเมินจะไม่นับ ค่าของแต่ละด้านคำนวณจากคำตอบทุกข้อในด้านนั้น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="162"/>
        <source>{items} statements in {aspects} aspects</source>
        <translation>ข้อคำถาม {items} ข้อ ใน {aspects} ด้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="165"/>
        <source>{form}, from the office template</source>
        <translation>{form} ตามแบบฟอร์มของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="166"/>
        <source>Respondents: {count}. Form: {form}.</source>
        <translation>ผู้ตอบ: {count} คน แบบประเมิน: {form}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="206"/>
        <source>Delete response</source>
        <translation>ลบแบบประเมิน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="206"/>
        <source>Delete the form of respondent {number}? It cannot be undone.</source>
        <translation>ลบแบบประเมินของผู้ตอบเลขที่ {number} หรือไม่ การลบนี้ย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="209"/>
        <source>This response no longer exists; the list is refreshed.</source>
        <translation>ไม่พบแบบประเมินนี้แล้ว ได้ปรับปรุงรายการให้เป็นปัจจุบันแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="238"/>
        <source>Problems and limits</source>
        <translation>ปัญหาและอุปสรรค</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="239"/>
        <source>Suggestions</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_panel.py" line="240"/>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
</context>
<context>
    <name>SurveyResponseDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_response_dialog.py" line="50"/>
        <source>Very high</source>
        <translation>มากที่สุด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_response_dialog.py" line="51"/>
        <source>High</source>
        <translation>มาก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_response_dialog.py" line="52"/>
        <source>Moderate</source>
        <translation>ปานกลาง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_response_dialog.py" line="53"/>
        <source>Low</source>
        <translation>น้อย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_response_dialog.py" line="54"/>
        <source>Very low</source>
        <translation>น้อยที่สุด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_response_dialog.py" line="178"/>
        <source>Satisfaction form</source>
        <translation>แบบประเมินความพึงพอใจ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_response_dialog.py" line="180"/>
        <source>Satisfaction form of respondent {number}</source>
        <translation>แบบประเมินความพึงพอใจของผู้ตอบคนที่ {number}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_response_dialog.py" line="187"/>
        <source>Respondent no.:</source>
        <translation>ผู้ตอบคนที่:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_response_dialog.py" line="210"/>
        <source>Problems and limits:</source>
        <translation>ปัญหาและอุปสรรค:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_response_dialog.py" line="211"/>
        <source>Suggestions:</source>
        <translation>ข้อเสนอแนะ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_response_dialog.py" line="220"/>
        <source>Save and next respondent</source>
        <translation>บันทึกและกรอกผู้ตอบคนถัดไป</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_response_dialog.py" line="227"/>
        <source>On a statement, type 1–5 for its level and the cursor moves to the next one; 0 or Space leaves it blank; Delete clears; ↑ ↓ move. Enter saves.</source>
        <translation>ที่ข้อคำถาม พิมพ์ 1–5 เพื่อเลือกระดับ แล้วเคอร์เซอร์จะเลื่อนไปข้อถัดไป กด 0 หรือ Space เพื่อเว้นว่าง กด Delete เพื่อล้างคำตอบ กด ↑ ↓ เพื่อเลื่อนข้อ กด Enter เพื่อบันทึก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_response_dialog.py" line="268"/>
        <source>Statement</source>
        <translation>ข้อคำถาม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_response_dialog.py" line="306"/>
        <source>The form has no statements yet: add them with “Edit statements…” first.</source>
        <translation>แบบประเมินยังไม่มีข้อคำถาม ให้เพิ่มข้อคำถามด้วยปุ่ม “แก้ไขข้อคำถาม…” ก่อน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_response_dialog.py" line="340"/>
        <source>Answered {done} of {total}</source>
        <translation>ตอบแล้ว {done} จาก {total} ข้อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_response_dialog.py" line="360"/>
        <source>This round or response no longer exists (perhaps moved to the recycle bin). Nothing was saved.</source>
        <translation>ไม่พบการฝึกอบรมหรือแบบประเมินนี้แล้ว (อาจถูกย้ายไปถังรีไซเคิล) จึงยังไม่ได้บันทึกข้อมูล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_response_dialog.py" line="384"/>
        <source>Respondent {number} saved.</source>
        <translation>บันทึกผู้ตอบคนที่ {number} แล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/survey_response_dialog.py" line="401"/>
        <source>Close without saving this respondent&apos;s answers?</source>
        <translation>ปิดโดยไม่บันทึกคำตอบของผู้ตอบคนนี้หรือไม่</translation>
    </message>
</context>
<context>
    <name>TraineeImportDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="48"/>
        <source>Existing person</source>
        <translation>มีในทะเบียนแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="50"/>
        <source>New person</source>
        <translation>เพิ่มใหม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="77"/>
        <source>Register trainees from an Excel list</source>
        <translation>ลงทะเบียนผู้เข้ารับการอบรมจากรายชื่อใน Excel</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="87"/>
        <source>Choose an Excel file (.xlsx) with one trainee per row. Every row is checked and shown here first; nothing is written until every row is ready. People not yet in the people registry are added to it.</source>
        <translation>เลือกไฟล์ Excel (.xlsx) ที่มีผู้เข้ารับการอบรมแถวละหนึ่งคน ระบบจะตรวจสอบทุกแถวและแสดงไว้ที่นี่ก่อน โดยจะยังไม่บันทึกข้อมูลใด ๆ จนกว่าทุกแถวจะพร้อม ผู้ที่ยังไม่มีในทะเบียนบุคคลจะถูกเพิ่มเข้าทะเบียนด้วย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="95"/>
        <source>Choose file…</source>
        <translation>เลือกไฟล์…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="98"/>
        <source>Save a blank template…</source>
        <translation>บันทึกแบบฟอร์มเปล่า…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="133"/>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="150"/>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="151"/>
        <source>Name</source>
        <translation>ชื่อ–สกุล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="153"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="155"/>
        <source>Village no.</source>
        <translation>หมู่ที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="157"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="158"/>
        <source>People registry</source>
        <translation>ทะเบียนบุคคล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="159"/>
        <source>Problems</source>
        <translation>ปัญหาที่พบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="199"/>
        <source>Choose a file to check its rows.</source>
        <translation>เลือกไฟล์เพื่อตรวจสอบข้อมูลในแต่ละแถว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="201"/>
        <source>Correct the file and choose it again; nothing has been written.</source>
        <translation>แก้ไขไฟล์แล้วเลือกใหม่อีกครั้ง ยังไม่มีการบันทึกข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="206"/>
        <source>%n row(s)</source>
        <translation>%n แถว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="208"/>
        <source>{rows}, all ready. Click Import to register them in this round.</source>
        <translation>{rows} พร้อมทั้งหมด คลิก “นำเข้า” เพื่อลงทะเบียนในการฝึกอบรมนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="212"/>
        <source>{rows}: {ready} ready, {bad} with problems (shown in red). Correct the file and choose it again; nothing has been written.</source>
        <translation>{rows}: พร้อม {ready} แถว มีปัญหา {bad} แถว (แสดงเป็นสีแดง) แก้ไขไฟล์แล้วเลือกใหม่อีกครั้ง ยังไม่มีการบันทึกข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="227"/>
        <source>Choose the list of trainees</source>
        <translation>เลือกไฟล์รายชื่อผู้เข้ารับการอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="229"/>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>ไฟล์ Excel (*.xlsx *.xlsm);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="253"/>
        <source>trainee list.xlsx</source>
        <translation>รายชื่อผู้เข้ารับการอบรม.xlsx</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="255"/>
        <source>Save a blank template</source>
        <translation>บันทึกแบบฟอร์มเปล่า</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="256"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>ไฟล์ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="266"/>
        <source>The template could not be saved: {reason}</source>
        <translation>บันทึกแบบฟอร์มไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="270"/>
        <source>The blank template was saved as {name}. Fill in one trainee per row, save it, then choose it here with &quot;Choose file…&quot;.</source>
        <translation>บันทึกแบบฟอร์มเปล่าเป็น {name} แล้ว กรอกผู้เข้ารับการอบรมแถวละหนึ่งคนแล้วบันทึกไฟล์ จากนั้นเลือกไฟล์นั้นที่นี่ด้วยปุ่ม “เลือกไฟล์…”</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="292"/>
        <source>%n trainee(s) registered.</source>
        <translation>ลงทะเบียนผู้เข้ารับการอบรมแล้ว %n คน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="297"/>
        <source>This training round is no longer available (it may be in the recycle bin).</source>
        <translation>ไม่พบการฝึกอบรมนี้แล้ว (อาจอยู่ในถังรีไซเคิล)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/import_dialog.py" line="308"/>
        <source>Row {row}: {problem}</source>
        <translation>แถวที่ {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>TraineePickDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainee_pick_dialog.py" line="47"/>
        <source>Register trainees from the registry</source>
        <translation>ลงทะเบียนผู้เข้ารับการอบรมจากทะเบียนบุคคล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainee_pick_dialog.py" line="50"/>
        <source>Type part of a name, ID or phone, then Enter</source>
        <translation>พิมพ์ชื่อ เลขประจำตัวประชาชน หรือโทรศัพท์บางส่วน แล้วกด Enter</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainee_pick_dialog.py" line="53"/>
        <source>New person…</source>
        <translation>เพิ่มบุคคลใหม่…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainee_pick_dialog.py" line="55"/>
        <source>Add someone who is not in the people registry yet</source>
        <translation>เพิ่มผู้ที่ยังไม่มีในทะเบียนบุคคล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainee_pick_dialog.py" line="65"/>
        <source>Take off the list</source>
        <translation>นำออกจากรายชื่อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainee_pick_dialog.py" line="76"/>
        <source>Register</source>
        <translation>ลงทะเบียน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainee_pick_dialog.py" line="83"/>
        <source>Find a person:</source>
        <translation>ค้นหาบุคคล:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainee_pick_dialog.py" line="85"/>
        <source>Everyone picked is added to this list; people already registered in the round are left out.</source>
        <translation>ทุกคนที่เลือกจะเพิ่มเข้าในรายชื่อนี้ ส่วนผู้ที่ลงทะเบียนในรุ่นนี้แล้วจะไม่ถูกเพิ่มซ้ำ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainee_pick_dialog.py" line="105"/>
        <source>{name} is already registered in this round.</source>
        <translation>{name} ลงทะเบียนในรุ่นนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainee_pick_dialog.py" line="110"/>
        <source>{name} is already on the list.</source>
        <translation>{name} อยู่ในรายชื่อแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainee_pick_dialog.py" line="137"/>
        <source>Register %n person(s)</source>
        <translation>ลงทะเบียน %n คน</translation>
    </message>
</context>
<context>
    <name>TrainingLabels</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="18"/>
        <source>Planning</source>
        <translation>วางแผน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="19"/>
        <source>Approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="20"/>
        <source>Running</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="21"/>
        <source>Completed</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="22"/>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="29"/>
        <source>Topic</source>
        <translation>กำหนดหัวข้อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="30"/>
        <source>Target group</source>
        <translation>ศึกษากลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="31"/>
        <source>Preparation</source>
        <translation>เตรียมการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="32"/>
        <source>Project and budget</source>
        <translation>เขียนโครงการและงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="33"/>
        <source>Council approval</source>
        <translation>เสนอสภา อบต.</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="34"/>
        <source>Sessions and registration</source>
        <translation>ดำเนินการฝึกอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="35"/>
        <source>Evaluation</source>
        <translation>ประเมินผล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="36"/>
        <source>Certificates</source>
        <translation>มอบวุฒิบัตร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="37"/>
        <source>Satisfaction survey</source>
        <translation>ประเมินความพึงพอใจ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="38"/>
        <source>Follow-up</source>
        <translation>ติดตามผล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="44"/>
        <source>Speaker fee</source>
        <translation>ค่าตอบแทนวิทยากร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="45"/>
        <source>Meals</source>
        <translation>ค่าอาหาร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="46"/>
        <source>Snacks and drinks</source>
        <translation>ค่าอาหารว่างและเครื่องดื่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="47"/>
        <source>Venue</source>
        <translation>ค่าสถานที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="48"/>
        <source>Materials</source>
        <translation>ค่าวัสดุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="49"/>
        <source>Documents and certificates</source>
        <translation>ค่าเอกสารและวุฒิบัตร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="50"/>
        <source>Signs</source>
        <translation>ค่าป้าย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="51"/>
        <source>Transport</source>
        <translation>ค่าพาหนะ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="52"/>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="59"/>
        <source>None of these</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="60"/>
        <source>A surveyed need</source>
        <translation>ความต้องการจากการสำรวจ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="61"/>
        <source>An occupational group</source>
        <translation>กลุ่มอาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/labels.py" line="62"/>
        <source>A support request</source>
        <translation>คำขอรับการสนับสนุน</translation>
    </message>
</context>
<context>
    <name>TrainingSettingsDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="74"/>
        <source>{category}: {condition}, {amount} {unit}</source>
        <translation>{category}: {condition} {amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="95"/>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="98"/>
        <source>Condition</source>
        <translation>เงื่อนไข</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="100"/>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="103"/>
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="105"/>
        <location filename="../../wangmuang_desk/ui/trainings/training_settings_dialog.py" line="54"/>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="108"/>
        <location filename="../../wangmuang_desk/ui/trainings/training_settings_dialog.py" line="56"/>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="111"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="113"/>
        <source>Budget lines</source>
        <translation>ใช้ในงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="141"/>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="377"/>
        <source>Used by {count} budget line(s): it cannot be removed; set an end date instead.</source>
        <translation>ใช้อยู่ในรายการงบประมาณ {count} รายการ จึงลบไม่ได้ ให้กำหนดวันสิ้นสุดแทน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="145"/>
        <source>Empty: still in force.</source>
        <translation>เว้นว่างไว้ หมายถึงยังใช้อยู่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="179"/>
        <source>New rate from a date</source>
        <translation>อัตราใหม่ตั้งแต่วันที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="190"/>
        <source>Takes effect on:</source>
        <translation>มีผลตั้งแต่วันที่:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="191"/>
        <source>New amount:</source>
        <translation>อัตราใหม่:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="198"/>
        <source>The rate above ends the day before; budgets of rounds before that day keep it.</source>
        <translation>อัตราเดิมจะสิ้นสุดในวันก่อนหน้า งบประมาณของการฝึกอบรมที่เริ่มก่อนวันนั้นยังใช้อัตราเดิม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="218"/>
        <source>Enter the day the new rate takes effect.</source>
        <translation>กรอกวันที่อัตราใหม่มีผล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="221"/>
        <source>The new rate must start after {date}, when this one took effect.</source>
        <translation>อัตราใหม่ต้องมีผลหลังวันที่ {date} ซึ่งเป็นวันที่อัตราเดิมเริ่มมีผล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="225"/>
        <source>Enter the new amount (zero or more).</source>
        <translation>กรอกอัตราใหม่ (ศูนย์หรือมากกว่า)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="264"/>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="266"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="268"/>
        <source>New rate from a date…</source>
        <translation>อัตราใหม่ตั้งแต่วันที่…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/rate_table_editor.py" line="281"/>
        <source>The most a budget line may pay per unit, with the dates each ceiling applies; a round&apos;s budget is checked against those in force on its first day. When the ministry changes a ceiling, select it and use “New rate from a date…”. The amounts are to be checked against the regulations in force.</source>
        <translation>อัตราสูงสุดที่รายการงบประมาณเบิกได้ต่อหน่วย พร้อมช่วงวันที่ใช้ งบประมาณของการฝึกอบรมแต่ละรุ่นจะตรวจกับอัตราที่ใช้อยู่ในวันแรกของการอบรม เมื่อกระทรวงปรับอัตรา ให้เลือกรายการแล้วกด “อัตราใหม่ตั้งแต่วันที่…” ทั้งนี้ควรตรวจสอบจำนวนเงินกับระเบียบที่ใช้บังคับอยู่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_settings_dialog.py" line="49"/>
        <source>Aspect</source>
        <translation>ด้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_settings_dialog.py" line="50"/>
        <source>Statement</source>
        <translation>ข้อคำถาม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_settings_dialog.py" line="58"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_settings_dialog.py" line="61"/>
        <source>Edit statements…</source>
        <translation>แก้ไขข้อคำถาม…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_settings_dialog.py" line="63"/>
        <source>Edit band table…</source>
        <translation>แก้ไขเกณฑ์การแปลผล…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_settings_dialog.py" line="68"/>
        <source>Office survey template</source>
        <translation>แบบประเมินมาตรฐานของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_settings_dialog.py" line="70"/>
        <source>The statements of the satisfaction form, by aspect. Rounds that have no form of their own yet use them.</source>
        <translation>ข้อคำถามของแบบประเมินความพึงพอใจ แยกตามด้าน การฝึกอบรมที่ยังไม่มีแบบประเมินของตนเองจะใช้ชุดนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_settings_dialog.py" line="75"/>
        <source>Band table</source>
        <translation>เกณฑ์การแปลผล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_settings_dialog.py" line="77"/>
        <source>The level a mean score (x̄) reads as in every round&apos;s survey summary.</source>
        <translation>ระดับความพึงพอใจที่ใช้แปลผลค่าเฉลี่ย (x̄) ในสรุปแบบประเมินของทุกการฝึกอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_settings_dialog.py" line="87"/>
        <source>These are saved in their own windows, when you save there.</source>
        <translation>สองรายการนี้บันทึกในหน้าต่างของตนเอง เมื่อกดบันทึกในหน้าต่างนั้น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_settings_dialog.py" line="120"/>
        <source>Training settings</source>
        <translation>ตั้งค่าการฝึกอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_settings_dialog.py" line="136"/>
        <source>Attendance threshold for new rounds:</source>
        <translation>เกณฑ์การเข้าอบรมของการฝึกอบรมใหม่:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_settings_dialog.py" line="140"/>
        <source>A trainee who attends at least this share of a round&apos;s sessions passes and can get a certificate. Each round can change it; rounds already made keep their own.</source>
        <translation>ผู้เข้ารับการอบรมที่เข้าอบรมไม่น้อยกว่าสัดส่วนนี้ของจำนวนครั้งทั้งหมดถือว่าผ่าน และได้รับวุฒิบัตร แต่ละรุ่นเปลี่ยนเกณฑ์ของตนเองได้ รุ่นที่สร้างไว้แล้วใช้เกณฑ์เดิม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_settings_dialog.py" line="148"/>
        <source>Rate ceilings</source>
        <translation>อัตราสูงสุด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_settings_dialog.py" line="149"/>
        <source>Satisfaction survey</source>
        <translation>แบบประเมินความพึงพอใจ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_settings_dialog.py" line="150"/>
        <source>Defaults</source>
        <translation>ค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>TrainingWindow</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="45"/>
        <source>%n trainee(s) planned</source>
        <translation>เป้าหมาย %n คน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="47"/>
        <source>%n village(s)</source>
        <translation>%n หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="49"/>
        <source>from {date}</source>
        <translation>ตั้งแต่ {date}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="53"/>
        <source>%n speaker(s)</source>
        <translation>วิทยากร %n คน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="55"/>
        <source>%n partner agency(ies)</source>
        <translation>หน่วยงานร่วม %n แห่ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="58"/>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="67"/>
        <source>{amount} baht</source>
        <translation>{amount} บาท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="59"/>
        <source>No budget lines yet</source>
        <translation>ยังไม่มีรายการงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="70"/>
        <source>Not approved yet</source>
        <translation>ยังไม่ได้รับอนุมัติ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="73"/>
        <source>%n trainee(s)</source>
        <translation>ผู้เข้ารับการอบรม %n คน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="75"/>
        <source>%n session(s)</source>
        <translation>%n ครั้ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="77"/>
        <source>{recorded} recorded</source>
        <translation>บันทึกการเข้าอบรมแล้ว {recorded} ครั้ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="80"/>
        <source>scores of {scored} of {trainees}</source>
        <translation>มีคะแนนแล้ว {scored} จาก {trainees} คน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="84"/>
        <source>%n certificate(s)</source>
        <translation>วุฒิบัตร %n ฉบับ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="87"/>
        <source>%n answer(s)</source>
        <translation>ผู้ตอบ %n คน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="90"/>
        <source>%n follow-up(s)</source>
        <translation>ติดตามผลแล้ว %n ครั้ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="97"/>
        <source>Set the topic, from the needs or a group&apos;s request.</source>
        <translation>กำหนดหัวข้อการอบรม จากความต้องการหรือคำขอของกลุ่มอาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="98"/>
        <source>Study the target group: who, how many, when, how long.</source>
        <translation>ศึกษากลุ่มเป้าหมาย: เป็นใคร จำนวนเท่าใด อบรมช่วงใด และใช้เวลานานเท่าใด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="100"/>
        <source>Find the speakers and partners; prepare documents, materials, sign-in sheets and evaluation forms.</source>
        <translation>จัดหาวิทยากรและหน่วยงานร่วม เตรียมเอกสาร วัสดุอุปกรณ์ ใบลงชื่อผู้เข้ารับการอบรม และแบบประเมินผล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="102"/>
        <source>Write the project and its budget.</source>
        <translation>เขียนโครงการและงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="103"/>
        <source>Take it to the council: the budget and its approval.</source>
        <translation>เสนอสภา อบต. เพื่อพิจารณางบประมาณและอนุมัติ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="104"/>
        <source>Plan the sessions, register the trainees and record who came.</source>
        <translation>กำหนดช่วงการอบรม ลงทะเบียนผู้เข้ารับการอบรม และบันทึกการเข้าอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="106"/>
        <source>Test scores before and after, and the attendance needed to pass.</source>
        <translation>คะแนนก่อนอบรมและหลังอบรม และเกณฑ์การเข้าอบรมที่ใช้ตัดสินการผ่าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="108"/>
        <source>Certificates for those who pass, numbered by fiscal year.</source>
        <translation>มอบวุฒิบัตรแก่ผู้ที่ผ่านการอบรม โดยออกเลขที่ตามปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="110"/>
        <source>The trainees&apos; satisfaction survey; the round&apos;s problems and suggestions.</source>
        <translation>แบบประเมินความพึงพอใจของผู้เข้ารับการอบรม และปัญหาและข้อเสนอแนะของการอบรมรุ่นนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="112"/>
        <source>Follow up how the trainees use the skill: occupation and income.</source>
        <translation>ติดตามผลการนำความรู้ไปใช้ของผู้เข้ารับการอบรม: อาชีพและรายได้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="120"/>
        <source>Not done yet</source>
        <translation>ยังไม่เสร็จ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="122"/>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_list.py" line="123"/>
        <source>Done on {date}</source>
        <translation>เสร็จเมื่อ {date}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_pages.py" line="53"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_pages.py" line="115"/>
        <location filename="../../wangmuang_desk/ui/trainings/training_documents.py" line="67"/>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="219"/>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="232"/>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="281"/>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="309"/>
        <source>This round is no longer in the registry.</source>
        <translation>ไม่พบการฝึกอบรมรุ่นนี้ในทะเบียนแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_pages.py" line="120"/>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_pages.py" line="185"/>
        <source>Saved, with %n warning(s).</source>
        <translation>บันทึกแล้ว มีคำเตือน %n รายการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_pages.py" line="205"/>
        <source>Saved. The round is approved.</source>
        <translation>บันทึกแล้ว การฝึกอบรมรุ่นนี้อนุมัติแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_pages.py" line="238"/>
        <source>What limited the round and what to do better next time, in the office&apos;s words; the trainees&apos; own answers are on the survey tab. Both go into the project report.</source>
        <translation>ปัญหาอุปสรรคของการอบรมรุ่นนี้และสิ่งที่ควรปรับปรุงในครั้งต่อไป ตามความเห็นของหน่วยงาน ส่วนคำตอบของผู้เข้ารับการอบรมอยู่ในแท็บแบบประเมินความพึงพอใจ ทั้งสองส่วนจะรวมไว้ในรายงานผลการดำเนินโครงการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_pages.py" line="242"/>
        <source>Problems and limits:</source>
        <translation>ปัญหาและอุปสรรค:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_pages.py" line="243"/>
        <source>Suggestions:</source>
        <translation>ข้อเสนอแนะ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_pages.py" line="280"/>
        <source>Satisfaction survey</source>
        <translation>แบบประเมินความพึงพอใจ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/step_pages.py" line="281"/>
        <source>The round&apos;s problems and suggestions</source>
        <translation>ปัญหาและข้อเสนอแนะของการอบรมรุ่นนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_documents.py" line="76"/>
        <source>The document could not be made: {error}</source>
        <translation>ไม่สามารถจัดทำเอกสารได้: {error}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="80"/>
        <source>Change status…</source>
        <translation>เปลี่ยนสถานะ…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="85"/>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="90"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="161"/>
        <source>Training round: {title}</source>
        <translation>การฝึกอบรม: {title}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="168"/>
        <source>Fiscal year {year}</source>
        <translation>ปีงบประมาณ {year}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="211"/>
        <source>Step {number}: {name}</source>
        <translation>ขั้นตอนที่ {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="265"/>
        <source>Reopen</source>
        <translation>เปิดขั้นตอนอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="266"/>
        <source>Mark this step done</source>
        <translation>บันทึกว่าขั้นตอนนี้เสร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="268"/>
        <source>Mark step {number} as not done yet</source>
        <translation>บันทึกว่าขั้นตอนที่ {number} ยังไม่เสร็จ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="270"/>
        <source>Record that step {number} is done today</source>
        <translation>บันทึกว่าขั้นตอนที่ {number} เสร็จแล้วในวันนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="298"/>
        <source>Cancel this training round? It can be planned again later.</source>
        <translation>ยกเลิกการฝึกอบรมรุ่นนี้หรือไม่ (วางแผนใหม่ได้ภายหลัง)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="319"/>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="350"/>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="351"/>
        <source>Sign-in sheet</source>
        <translation>ใบลงชื่อผู้เข้ารับการอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="322"/>
        <source>Certificates…</source>
        <translation>วุฒิบัตร…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="323"/>
        <source>Project report…</source>
        <translation>รายงานผลการดำเนินโครงการ…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="324"/>
        <source>Satisfaction summary…</source>
        <translation>สรุปผลการประเมินความพึงพอใจ…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="331"/>
        <source>Every session…</source>
        <translation>ทุกครั้ง…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="334"/>
        <source>Session {number}, {date}…</source>
        <translation>ครั้งที่ {number} วันที่ {date}…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="356"/>
        <source>Certificates</source>
        <translation>วุฒิบัตร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="362"/>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="363"/>
        <source>Project report</source>
        <translation>รายงานผลการดำเนินโครงการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="368"/>
        <location filename="../../wangmuang_desk/ui/trainings/training_window.py" line="369"/>
        <source>Satisfaction summary</source>
        <translation>สรุปผลการประเมินความพึงพอใจ</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainings_page.py" line="77"/>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainings_page.py" line="81"/>
        <location filename="../../wangmuang_desk/ui/trainings/trainings_page.py" line="120"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainings_page.py" line="82"/>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainings_page.py" line="86"/>
        <source>Find a round by its title…</source>
        <translation>ค้นหาการฝึกอบรมจากชื่อ…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainings_page.py" line="88"/>
        <source>New round…</source>
        <translation>เพิ่มการฝึกอบรม…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainings_page.py" line="90"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainings_page.py" line="94"/>
        <source>All years</source>
        <translation>ทุกปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainings_page.py" line="112"/>
        <source>Training rounds</source>
        <translation>ทะเบียนการฝึกอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainings_page.py" line="117"/>
        <source>FY</source>
        <translation>ปีงบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainings_page.py" line="119"/>
        <source>Title</source>
        <translation>ชื่อการฝึกอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainings_page.py" line="122"/>
        <source>Dates</source>
        <translation>วันที่อบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainings_page.py" line="124"/>
        <source>Trainees</source>
        <translation>ผู้อบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainings_page.py" line="126"/>
        <source>Sessions</source>
        <translation>ครั้ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainings_page.py" line="128"/>
        <source>Certified</source>
        <translation>วุฒิบัตร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainings_page.py" line="130"/>
        <source>Steps done</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainings_page.py" line="131"/>
        <source>{done}/{count}</source>
        <translation>{done}/{count}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/trainings/trainings_page.py" line="134"/>
        <source>Venue</source>
        <translation>สถานที่</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../wangmuang_desk/services/households.py" line="151"/>
        <source>Enter the house number.</source>
        <translation>กรุณากรอกบ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/households.py" line="154"/>
        <source>Choose the village (หมู่ที่).</source>
        <translation>กรุณาเลือกหมู่บ้าน (หมู่ที่)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/households.py" line="161"/>
        <source>This house number is already registered in this village.</source>
        <translation>บ้านเลขที่นี้ลงทะเบียนไว้แล้วในหมู่บ้านนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/households.py" line="170"/>
        <source>Some members are no longer in the people registry.</source>
        <translation>สมาชิกบางคนไม่อยู่ในทะเบียนบุคคลแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_members.py" line="158"/>
        <location filename="../../wangmuang_desk/services/occupations.py" line="73"/>
        <location filename="../../wangmuang_desk/services/sages.py" line="70"/>
        <source>Choose the person.</source>
        <translation>กรุณาเลือกบุคคล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_members.py" line="165"/>
        <location filename="../../wangmuang_desk/services/group_members.py" line="196"/>
        <source>The number of shares cannot be negative.</source>
        <translation>จำนวนหุ้นต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_members.py" line="170"/>
        <source>{name} is already a member of this group.</source>
        <translation>{name} เป็นสมาชิกของกลุ่มนี้อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_members.py" line="189"/>
        <source>The leaving date is before the joining date ({date}).</source>
        <translation>วันที่ออกจากกลุ่มอยู่ก่อนวันที่เข้าเป็นสมาชิก ({date})</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_members.py" line="232"/>
        <source>Enter the date the term starts.</source>
        <translation>กรุณากรอกวันที่เริ่มวาระ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_members.py" line="235"/>
        <source>The new term must start after the current one, which started on {date}.</source>
        <translation>วาระใหม่ต้องเริ่มหลังวันเริ่มวาระปัจจุบัน ({date})</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/occupations.py" line="76"/>
        <source>Choose the occupation category.</source>
        <translation>กรุณาเลือกประเภทอาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/office.py" line="44"/>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="122"/>
        <source>Enter the name of the office.</source>
        <translation>กรุณากรอกชื่อหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/office.py" line="47"/>
        <location filename="../../wangmuang_desk/ui/settings/office_profile_form.py" line="126"/>
        <source>A postcode has 5 digits.</source>
        <translation>รหัสไปรษณีย์ต้องมี 5 หลัก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/office.py" line="50"/>
        <source>The emblem image is larger than 2 MB.</source>
        <translation>รูปตราสัญลักษณ์มีขนาดเกิน 2 MB</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/office.py" line="55"/>
        <location filename="../../wangmuang_desk/ui/settings/signatories_editor.py" line="101"/>
        <source>Signatory {row}: enter both the name and the position.</source>
        <translation>ผู้ลงนามลำดับที่ {row}: กรุณากรอกทั้งชื่อและตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/office.py" line="95"/>
        <source>Village number {moo} is not between 1 and 99.</source>
        <translation>หมู่ที่ {moo} ต้องอยู่ระหว่าง 1 ถึง 99</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/office.py" line="99"/>
        <location filename="../../wangmuang_desk/ui/settings/villages_editor.py" line="117"/>
        <source>Village number {moo} appears twice.</source>
        <translation>หมู่ที่ {moo} ซ้ำกัน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/office.py" line="103"/>
        <location filename="../../wangmuang_desk/ui/settings/villages_editor.py" line="122"/>
        <source>Village number {moo} needs a name.</source>
        <translation>กรุณากรอกชื่อหมู่บ้านของหมู่ที่ {moo}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/office.py" line="111"/>
        <source>Village number {moo} cannot be removed: {count} people live there.</source>
        <translation>ลบหมู่ที่ {moo} ไม่ได้ เพราะมีผู้อาศัยอยู่ {count} คน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/people.py" line="355"/>
        <location filename="../../wangmuang_desk/services/training_import.py" line="82"/>
        <source>Enter the first name.</source>
        <translation>กรุณากรอกชื่อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/people.py" line="365"/>
        <location filename="../../wangmuang_desk/services/training_import.py" line="115"/>
        <source>This national ID is already recorded for {name}, who is in the recycle bin. Restore that record instead of adding a new one.</source>
        <translation>เลขประจำตัวประชาชนนี้บันทึกไว้แล้วของ {name} ซึ่งอยู่ในถังรีไซเคิล กรุณากู้คืนข้อมูลเดิมแทนการเพิ่มใหม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/people.py" line="370"/>
        <source>This national ID is already recorded for {name}.</source>
        <translation>เลขประจำตัวประชาชนนี้บันทึกไว้แล้วของ {name}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/people.py" line="377"/>
        <source>Choose a sex.</source>
        <translation>กรุณาเลือกเพศ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/groups.py" line="73"/>
        <source>Enter the name of the group.</source>
        <translation>กรุณากรอกชื่อกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/groups.py" line="76"/>
        <source>Choose the type of group.</source>
        <translation>กรุณาเลือกประเภทกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/groups.py" line="79"/>
        <location filename="../../wangmuang_desk/services/people.py" line="380"/>
        <location filename="../../wangmuang_desk/services/raw_materials.py" line="73"/>
        <source>This village no longer exists.</source>
        <translation>ไม่พบหมู่บ้านนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/groups.py" line="84"/>
        <source>The contact person is no longer in the people registry.</source>
        <translation>ผู้ประสานงานไม่อยู่ในทะเบียนบุคคลแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/groups.py" line="87"/>
        <source>The founding date is in the future.</source>
        <translation>วันที่จัดตั้งเป็นวันในอนาคต</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/groups.py" line="99"/>
        <source>A group with this name is already registered in this village.</source>
        <translation>มีกลุ่มชื่อนี้ลงทะเบียนไว้แล้วในหมู่บ้านนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/groups.py" line="218"/>
        <source>A group cannot change from “{current}” to “{new}”.</source>
        <translation>เปลี่ยนสถานะกลุ่มจาก “{current}” เป็น “{new}” ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/groups.py" line="224"/>
        <source>Enter the date of the change.</source>
        <translation>กรุณากรอกวันที่เปลี่ยนสถานะ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/groups.py" line="230"/>
        <source>The date is before the last status change ({date}).</source>
        <translation>วันที่อยู่ก่อนการเปลี่ยนสถานะครั้งล่าสุด ({date})</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/groups.py" line="240"/>
        <source>Enter the community-enterprise registration number.</source>
        <translation>กรุณากรอกทะเบียนเลขที่ของวิสาหกิจชุมชน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/groups.py" line="243"/>
        <source>Enter the date of the community-enterprise registration.</source>
        <translation>กรุณากรอกวันที่จดทะเบียนวิสาหกิจชุมชน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/groups.py" line="261"/>
        <source>A group needs at least one member.</source>
        <translation>กลุ่มต้องมีสมาชิกอย่างน้อย 1 คน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/groups.py" line="275"/>
        <source>{name} is named by {count} support request(s), training round(s), need(s) or working-group seat(s); the record is kept so those stay complete.</source>
        <translation>{name} ถูกอ้างถึงในคำร้องขอรับการสนับสนุน รุ่นการฝึกอบรม ความต้องการ หรือรายชื่อคณะทำงาน รวม {count} รายการ จึงเก็บข้อมูลไว้เพื่อให้ข้อมูลเหล่านั้นครบถ้วน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/people.py" line="387"/>
        <source>This household no longer exists.</source>
        <translation>ไม่พบครัวเรือนนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/raw_materials.py" line="70"/>
        <source>Enter the name of the material.</source>
        <translation>กรุณากรอกชื่อวัตถุดิบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/recycle_bin.py" line="152"/>
        <source>{name} is a member of {groups} group(s) and a trainee of {rounds} training round(s); the record is kept so those stay complete.</source>
        <translation>{name} เป็นสมาชิกกลุ่ม {groups} กลุ่ม และเป็นผู้เข้ารับการอบรม {rounds} รุ่น จึงเก็บข้อมูลไว้เพื่อให้ข้อมูลเหล่านั้นครบถ้วน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/sages.py" line="76"/>
        <source>This person is already a local sage (the record is in the recycle bin: restore it).</source>
        <translation>บุคคลนี้เป็นปราชญ์ชาวบ้านอยู่แล้ว (ข้อมูลอยู่ในถังรีไซเคิล กรุณากู้คืน)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/sages.py" line="80"/>
        <source>This person is already in the local-sage registry.</source>
        <translation>บุคคลนี้อยู่ในทะเบียนปราชญ์ชาวบ้านแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/sages.py" line="85"/>
        <source>Describe what the sage is expert in.</source>
        <translation>กรุณาระบุความเชี่ยวชาญของปราชญ์ชาวบ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/validation.py" line="28"/>
        <source>A national ID has digits only.</source>
        <translation>เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/validation.py" line="32"/>
        <source>A national ID has 13 digits; this one has {count}.</source>
        <translation>เลขประจำตัวประชาชนต้องมี 13 หลัก แต่เลขนี้มี {count} หลัก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/validation.py" line="38"/>
        <source>This national ID is not valid: its last (check) digit does not match. Please check the number on the ID card.</source>
        <translation>เลขประจำตัวประชาชนไม่ถูกต้อง: หลักสุดท้าย (หลักตรวจสอบ) ไม่ตรงกัน กรุณาตรวจสอบกับบัตรประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/validation.py" line="54"/>
        <source>The birth date is in the future.</source>
        <translation>วันเกิดเป็นวันในอนาคต</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/validation.py" line="58"/>
        <source>The birth date is too far in the past.</source>
        <translation>วันเกิดเก่าเกินไป</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/validation.py" line="72"/>
        <source>A phone number starts with 0 and has 9 or 10 digits.</source>
        <translation>หมายเลขโทรศัพท์ต้องขึ้นต้นด้วย 0 และมี 9 หรือ 10 หลัก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/validation.py" line="86"/>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="39"/>
        <source>Enter a number.</source>
        <translation>กรุณากรอกตัวเลข</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/validation.py" line="90"/>
        <source>The amount cannot be negative.</source>
        <translation>จำนวนต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_establishment.py" line="67"/>
        <source>Choose whether the group is established or still forming.</source>
        <translation>กรุณาเลือกว่ากลุ่มจัดตั้งแล้วหรือยังอยู่ระหว่างจัดตั้ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_establishment.py" line="75"/>
        <source>This need is no longer recorded.</source>
        <translation>ไม่พบความต้องการนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_establishment.py" line="79"/>
        <source>Some leaders are no longer in the people registry.</source>
        <translation>แกนนำบางคนไม่อยู่ในทะเบียนบุคคลแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_establishment.py" line="87"/>
        <source>A member is no longer in the people registry.</source>
        <translation>มีสมาชิกที่ไม่อยู่ในทะเบียนบุคคลแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_establishment.py" line="90"/>
        <location filename="../../wangmuang_desk/services/group_members.py" line="161"/>
        <source>{name} is in the recycle bin: restore the record first.</source>
        <translation>{name} อยู่ในถังรีไซเคิล กรุณากู้คืนข้อมูลก่อน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_establishment.py" line="109"/>
        <location filename="../../wangmuang_desk/services/group_members.py" line="240"/>
        <location filename="../../wangmuang_desk/services/working_group.py" line="93"/>
        <location filename="../../wangmuang_desk/services/working_group.py" line="150"/>
        <source>The term ends before it starts.</source>
        <translation>วันสิ้นสุดวาระอยู่ก่อนวันเริ่มวาระ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_establishment.py" line="116"/>
        <source>{name}: the number of shares cannot be negative.</source>
        <translation>{name}: จำนวนหุ้นต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_establishment.py" line="121"/>
        <source>{name}: the starting savings must be an amount of zero or more.</source>
        <translation>{name}: เงินออมเริ่มต้นต้องเป็นจำนวนตั้งแต่ 0 ขึ้นไป</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_establishment.py" line="125"/>
        <source>Enter the value of one share: members are buying shares.</source>
        <translation>กรุณากรอกมูลค่าหุ้น เพราะมีสมาชิกซื้อหุ้น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_ledger.py" line="51"/>
        <source>Choose the kind of entry.</source>
        <translation>กรุณาเลือกประเภทรายการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_ledger.py" line="56"/>
        <source>Enter an amount greater than zero.</source>
        <translation>กรุณากรอกจำนวนเงินที่มากกว่า 0</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_ledger.py" line="59"/>
        <location filename="../../wangmuang_desk/services/training_followup.py" line="153"/>
        <source>Enter the date.</source>
        <translation>กรุณากรอกวันที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_ledger.py" line="62"/>
        <location filename="../../wangmuang_desk/services/groups.py" line="227"/>
        <location filename="../../wangmuang_desk/services/training_followup.py" line="156"/>
        <location filename="../../wangmuang_desk/services/trainings.py" line="310"/>
        <source>The date is in the future.</source>
        <translation>วันที่เป็นวันในอนาคต</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_ledger.py" line="67"/>
        <source>Choose the member.</source>
        <translation>กรุณาเลือกสมาชิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_ledger.py" line="72"/>
        <source>{name} left the group on {date}.</source>
        <translation>{name} ออกจากกลุ่มแล้วเมื่อ {date}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_ledger.py" line="77"/>
        <source>Income and spending belong to the group, not to a member.</source>
        <translation>รายได้และรายจ่ายเป็นของกลุ่ม ไม่ใช่ของสมาชิกรายบุคคล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_products.py" line="43"/>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="207"/>
        <source>Enter the name of the product.</source>
        <translation>กรุณากรอกชื่อผลิตภัณฑ์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_products.py" line="46"/>
        <source>OTOP stars go from 1 to 5.</source>
        <translation>ระดับดาว OTOP มีตั้งแต่ 1 ถึง 5 ดาว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_products.py" line="54"/>
        <source>Some raw materials are no longer in the registry.</source>
        <translation>วัตถุดิบบางรายการไม่อยู่ในทะเบียนแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_products.py" line="108"/>
        <source>{name} is used by {count} product(s); the record is kept.</source>
        <translation>ผลิตภัณฑ์ {count} รายการใช้ {name} อยู่ จึงเก็บข้อมูลไว้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_products.py" line="116"/>
        <location filename="../../wangmuang_desk/ui/groups/establishment_products.py" line="225"/>
        <source>Enter what is planned.</source>
        <translation>กรุณากรอกสิ่งที่วางแผนจะทำ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_products.py" line="119"/>
        <source>Choose the status of the plan item.</source>
        <translation>กรุณาเลือกสถานะของรายการในแผน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_rules.py" line="58"/>
        <source>{name} is on the member list twice.</source>
        <translation>{name} อยู่ในรายชื่อสมาชิกซ้ำกัน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_rules.py" line="61"/>
        <source>A group needs at least {minimum} members; this one has {count}.</source>
        <translation>กลุ่มต้องมีสมาชิกอย่างน้อย {minimum} คน แต่กลุ่มนี้มี {count} คน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_rules.py" line="67"/>
        <source>A community enterprise needs every member&apos;s household. Record the household of these members in the people registry: {names}.</source>
        <translation>วิสาหกิจชุมชนต้องมีข้อมูลครัวเรือนของสมาชิกทุกคน กรุณาบันทึกครัวเรือนของสมาชิกต่อไปนี้ในทะเบียนบุคคล: {names}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_rules.py" line="74"/>
        <source>A community enterprise needs members from at least {minimum} different households; these members come from {count}.</source>
        <translation>วิสาหกิจชุมชนต้องมีสมาชิกจากอย่างน้อย {minimum} ครัวเรือน แต่สมาชิกเหล่านี้มาจาก {count} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_rules.py" line="129"/>
        <source>Choose a position for {name}.</source>
        <translation>กรุณาเลือกตำแหน่งของ {name}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_rules.py" line="132"/>
        <source>{name} is not a member of the group.</source>
        <translation>{name} ไม่ได้เป็นสมาชิกของกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_rules.py" line="135"/>
        <source>{name} has more than one seat on the committee.</source>
        <translation>{name} ดำรงตำแหน่งในคณะกรรมการมากกว่า 1 ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_rules.py" line="141"/>
        <source>The committee needs a president.</source>
        <translation>คณะกรรมการต้องมีประธาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_rules.py" line="144"/>
        <source>The committee has {count} presidents; it needs exactly one.</source>
        <translation>คณะกรรมการมีประธาน {count} คน ต้องมีเพียง 1 คน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_rules.py" line="243"/>
        <source>The member has {balance} baht of savings; this withdrawal would make them negative.</source>
        <translation>สมาชิกมีเงินออม {balance} บาท การถอนครั้งนี้จะทำให้เงินออมติดลบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_rules.py" line="248"/>
        <source>The group has {balance} baht in cash; this would make its cash negative.</source>
        <translation>กลุ่มมีเงินสด {balance} บาท รายการนี้จะทำให้เงินสดของกลุ่มติดลบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_rules.py" line="262"/>
        <source>Without this entry the member&apos;s savings would fall to {balance} baht.</source>
        <translation>หากไม่มีรายการนี้ เงินออมของสมาชิกจะลดลงเหลือ {balance} บาท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/group_rules.py" line="266"/>
        <source>Without this entry the group&apos;s cash would fall to {balance} baht.</source>
        <translation>หากไม่มีรายการนี้ เงินสดของกลุ่มจะลดลงเหลือ {balance} บาท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/working_group.py" line="105"/>
        <source>The working group has {count} officer(s); the default is {default}.</source>
        <translation>คณะทำงานมีเจ้าหน้าที่ {count} คน (ปกติ {default} คน)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/working_group.py" line="110"/>
        <source>The working group has {count} group representative(s); the default is {default}.</source>
        <translation>คณะทำงานมีผู้แทนกลุ่ม {count} คน (ปกติ {default} คน)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/working_group.py" line="117"/>
        <source>{name} represents {group}, which is not registered with the office.</source>
        <translation>{name} เป็นผู้แทนของ{group} ซึ่งยังไม่ได้ขึ้นทะเบียนกับ อบต.</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/working_group.py" line="122"/>
        <source>{name} is not a current member of {group}.</source>
        <translation>{name} ไม่ได้เป็นสมาชิกปัจจุบันของ{group}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/working_group.py" line="131"/>
        <source>Choose officer or group representative.</source>
        <translation>กรุณาเลือกเจ้าหน้าที่ อบต. หรือผู้แทนกลุ่มอาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/working_group.py" line="136"/>
        <source>This person is no longer in the people registry.</source>
        <translation>ไม่พบบุคคลนี้ในทะเบียนบุคคลแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/working_group.py" line="139"/>
        <source>Choose the representative from the people registry.</source>
        <translation>กรุณาเลือกผู้แทนกลุ่มจากทะเบียนบุคคล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/working_group.py" line="142"/>
        <source>Choose a person or type the name.</source>
        <translation>กรุณาเลือกบุคคลหรือพิมพ์ชื่อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/working_group.py" line="147"/>
        <source>Choose the group this representative stands for.</source>
        <translation>กรุณาเลือกกลุ่มที่ผู้แทนนี้เป็นตัวแทน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_budget.py" line="54"/>
        <source>Choose the category of budget line {n}.</source>
        <translation>กรุณาเลือกหมวดของรายการงบประมาณที่ {n}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_budget.py" line="59"/>
        <location filename="../../wangmuang_desk/services/training_budget.py" line="62"/>
        <location filename="../../wangmuang_desk/ui/trainings/budget_editor.py" line="44"/>
        <source>Budget line {n}: amounts cannot be negative.</source>
        <translation>รายการงบประมาณที่ {n}: จำนวนต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_budget.py" line="65"/>
        <source>Budget line {n}: this rate ceiling no longer exists.</source>
        <translation>รายการงบประมาณที่ {n}: ไม่พบอัตราสูงสุดที่เลือกไว้แล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_budget.py" line="79"/>
        <source>Line {n} ({description}): the rate {rate} is over the ceiling of {ceiling} {unit} ({condition}).</source>
        <translation>รายการที่ {n} ({description}): อัตรา {rate} เกินอัตราสูงสุด {ceiling} {unit} ({condition})</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_budget.py" line="88"/>
        <source>The total {total} is more than the approved {approved}.</source>
        <translation>ยอดรวม {total} บาท เกินวงเงินที่อนุมัติ {approved} บาท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_budget.py" line="113"/>
        <source>Rate {n}: choose the category.</source>
        <translation>อัตราที่ {n}: เลือกประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_budget.py" line="116"/>
        <source>Rate {n}: enter the amount.</source>
        <translation>อัตราที่ {n}: กรอกจำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_budget.py" line="119"/>
        <source>Rate {n}: the amount cannot be negative.</source>
        <translation>อัตราที่ {n}: จำนวนเงินติดลบไม่ได้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_budget.py" line="122"/>
        <source>Rate {n}: enter the date it takes effect.</source>
        <translation>อัตราที่ {n}: กรอกวันที่เริ่มมีผล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_budget.py" line="125"/>
        <source>Rate {n}: the end date is before the date it takes effect.</source>
        <translation>อัตราที่ {n}: วันสิ้นสุดอยู่ก่อนวันที่เริ่มมีผล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_budget.py" line="137"/>
        <source>Rate {n} has the same category, condition and start date as rate {other}.</source>
        <translation>อัตราที่ {n} มีประเภท เงื่อนไข และวันที่เริ่มมีผลซ้ำกับอัตราที่ {other}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_budget.py" line="141"/>
        <source>Rate {n} overlaps rate {other}, which has the same category and condition: give rate {other} an end date no later than {end}.</source>
        <translation>อัตราที่ {n} มีช่วงวันที่ซ้อนกับอัตราที่ {other} ซึ่งมีประเภทและเงื่อนไขเดียวกัน ให้กำหนดวันสิ้นสุดของอัตราที่ {other} ไม่เกินวันที่ {end}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_budget.py" line="204"/>
        <source>The ceiling {ceiling} is used by {count} budget line(s) and cannot be removed: set an end date instead.</source>
        <translation>อัตรา {ceiling} ใช้อยู่ในรายการงบประมาณ {count} รายการ จึงลบไม่ได้ ให้กำหนดวันสิ้นสุดแทน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_documents.py" line="86"/>
        <source>No certificate has been issued for this round yet (step 8).</source>
        <translation>การฝึกอบรมรุ่นนี้ยังไม่ได้ออกวุฒิบัตร (ขั้นตอนที่ 8)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_documents.py" line="106"/>
        <source>No satisfaction survey response has been entered yet (step 9).</source>
        <translation>ยังไม่ได้บันทึกแบบประเมินความพึงพอใจ (ขั้นตอนที่ 9)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_evaluation.py" line="121"/>
        <source>A score is a number from 0 to {max}.</source>
        <translation>คะแนนต้องเป็นตัวเลขตั้งแต่ 0 ถึง {max}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_evaluation.py" line="150"/>
        <source>Enter the date the certificates are given.</source>
        <translation>กรุณากรอกวันที่มอบวุฒิบัตร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_evaluation.py" line="153"/>
        <source>This signatory is no longer in the office profile.</source>
        <translation>ไม่พบผู้ลงนามนี้ในข้อมูลหน่วยงานแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_evaluation.py" line="163"/>
        <source>No trainee is due a certificate: everyone who passes already has one.</source>
        <translation>ไม่มีผู้เข้ารับการอบรมที่ต้องออกวุฒิบัตรเพิ่ม เพราะผู้ที่ผ่านทุกคนได้รับวุฒิบัตรแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_followup.py" line="129"/>
        <source>Choose the trainee.</source>
        <translation>กรุณาเลือกผู้เข้ารับการอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_followup.py" line="159"/>
        <source>The round has no sessions yet: a follow-up comes after the training.</source>
        <translation>รุ่นนี้ยังไม่มีการอบรมครั้งใด การติดตามผลต้องทำหลังการฝึกอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_followup.py" line="163"/>
        <source>A follow-up comes after the training: its last session was on {date}.</source>
        <translation>การติดตามผลต้องทำหลังการฝึกอบรม ซึ่งอบรมครั้งสุดท้ายเมื่อ {date}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import_cells.py" line="83"/>
        <source>The file cannot be opened as an Excel workbook; it may be damaged.</source>
        <translation>เปิดไฟล์นี้เป็นเวิร์กบุ๊ก Excel ไม่ได้ ไฟล์อาจเสียหาย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import_cells.py" line="91"/>
        <source>This is an old Excel file (.xls). Open it in Excel, save it as &quot;Excel Workbook (.xlsx)&quot; and choose that file.</source>
        <translation>ไฟล์นี้เป็นไฟล์ Excel รุ่นเก่า (.xls) กรุณาเปิดใน Excel แล้วบันทึกเป็น &quot;เวิร์กบุ๊ก Excel (.xlsx)&quot; จากนั้นเลือกไฟล์นั้น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import_cells.py" line="95"/>
        <source>Choose an Excel workbook (.xlsx).</source>
        <translation>กรุณาเลือกไฟล์เวิร์กบุ๊ก Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import_cells.py" line="102"/>
        <source>The file cannot be read. Check that it still exists and is not open in another program.</source>
        <translation>อ่านไฟล์ไม่ได้ กรุณาตรวจสอบว่ายังมีไฟล์นี้อยู่ และไม่ได้เปิดค้างไว้ในโปรแกรมอื่น</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import_cells.py" line="131"/>
        <source>No header row was found. The first row must name the columns: {columns}.</source>
        <translation>ไม่พบแถวหัวตาราง แถวแรกต้องระบุชื่อคอลัมน์: {columns}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import_cells.py" line="136"/>
        <source>The sheet has no column {column}. The header row should name the columns: {columns}.</source>
        <translation>ในชีตไม่มีคอลัมน์ {column} แถวหัวตารางควรระบุชื่อคอลัมน์: {columns}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import_cells.py" line="145"/>
        <source>The sheet has more than {limit} rows. Split the list into files of at most {limit} rows.</source>
        <translation>ชีตมีเกิน {limit} แถว กรุณาแบ่งรายชื่อเป็นหลายไฟล์ ไฟล์ละไม่เกิน {limit} แถว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import.py" line="261"/>
        <location filename="../../wangmuang_desk/services/training_import_cells.py" line="150"/>
        <source>The sheet has no trainees under its header row.</source>
        <translation>ไม่พบรายชื่อผู้เข้ารับการอบรมใต้แถวหัวตาราง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import_cells.py" line="162"/>
        <source>&quot;{value}&quot; is not a village number (หมู่ที่); write it as 3 or หมู่ 3.</source>
        <translation>&quot;{value}&quot; ไม่ใช่หมายเลขหมู่บ้าน (หมู่ที่) กรุณาเขียนเป็น 3 หรือ หมู่ 3</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import_cells.py" line="168"/>
        <source>There is no หมู่ {moo} in the village list.</source>
        <translation>ไม่มีหมู่ {moo} ในรายชื่อหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import.py" line="78"/>
        <source>Excel turned this cell into a date ({value}). Format the column as text and type it again.</source>
        <translation>Excel แปลงค่าในช่องนี้เป็นวันที่ ({value}) กรุณาจัดรูปแบบคอลัมน์เป็นข้อความแล้วพิมพ์ใหม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import.py" line="84"/>
        <source>Enter the last name.</source>
        <translation>กรุณากรอกนามสกุล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import.py" line="120"/>
        <source>This national ID is recorded in the registry for {name}, not for the name on this row.</source>
        <translation>เลขประจำตัวประชาชนนี้บันทึกไว้ในทะเบียนเป็นของ {name} ไม่ใช่ของผู้ที่มีชื่อในแถวนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import.py" line="134"/>
        <source>Several people in the registry have this name and none has this national ID recorded; record it on the right person first.</source>
        <translation>มีผู้ที่ใช้ชื่อนี้หลายคนในทะเบียน และไม่มีผู้ใดบันทึกเลขประจำตัวประชาชนนี้ไว้ กรุณาบันทึกเลขนี้ให้บุคคลที่ถูกต้องก่อน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import.py" line="138"/>
        <source>Several people with this name live in หมู่ {moo}; add the national ID to tell them apart.</source>
        <translation>มีผู้ที่ใช้ชื่อนี้หลายคนในหมู่ {moo} กรุณาเพิ่มเลขประจำตัวประชาชนเพื่อแยกแยะบุคคล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import.py" line="142"/>
        <source>Several people in the registry have this name; add the national ID or the หมู่ to tell them apart.</source>
        <translation>มีผู้ที่ใช้ชื่อนี้หลายคนในทะเบียน กรุณาเพิ่มเลขประจำตัวประชาชนหรือหมู่เพื่อแยกแยะบุคคล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import.py" line="159"/>
        <source>Row {row} has the same national ID.</source>
        <translation>เลขประจำตัวประชาชนซ้ำกับแถวที่ {row}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import.py" line="162"/>
        <source>Row {row} is the same person in the registry.</source>
        <translation>เป็นบุคคลเดียวกับแถวที่ {row} ในทะเบียน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import.py" line="168"/>
        <source>Row {row} has the same name and หมู่.</source>
        <translation>ชื่อและหมู่ซ้ำกับแถวที่ {row}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import.py" line="191"/>
        <source>This person is already registered in this round.</source>
        <translation>บุคคลนี้ลงทะเบียนในรุ่นนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_import.py" line="270"/>
        <source>The people registry changed since the file was checked; choose the file again.</source>
        <translation>ทะเบียนบุคคลมีการเปลี่ยนแปลงหลังจากตรวจสอบไฟล์ กรุณาเลือกไฟล์อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_preparation.py" line="60"/>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="55"/>
        <source>Enter the speaker&apos;s name.</source>
        <translation>กรุณากรอกชื่อวิทยากร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_preparation.py" line="65"/>
        <source>This local sage is no longer in the registry.</source>
        <translation>ปราชญ์ชาวบ้านคนนี้ไม่อยู่ในทะเบียนแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_preparation.py" line="69"/>
        <location filename="../../wangmuang_desk/ui/trainings/preparation_editor.py" line="56"/>
        <source>Enter the name of the partner agency.</source>
        <translation>กรุณากรอกชื่อหน่วยงานร่วม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_preparation.py" line="73"/>
        <source>Enter what is to be prepared, or remove the empty line.</source>
        <translation>กรุณากรอกรายการที่ต้องเตรียม หรือลบบรรทัดที่ว่างออก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_preparation.py" line="80"/>
        <source>{name} teaches a session of this round; change that session&apos;s speaker before removing them.</source>
        <translation>{name} เป็นวิทยากรในการอบรมครั้งหนึ่งของรุ่นนี้ กรุณาเปลี่ยนวิทยากรของครั้งนั้นก่อนนำออก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_rules.py" line="135"/>
        <source>The band table needs at least one band.</source>
        <translation>เกณฑ์การแปลผลต้องมีอย่างน้อย 1 ระดับ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_rules.py" line="139"/>
        <source>Every band needs a label.</source>
        <translation>กรุณาตั้งชื่อให้ครบทุกระดับ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_rules.py" line="141"/>
        <source>Each band lies between 1.00 and 5.00, its low end not above its high end.</source>
        <translation>แต่ละระดับต้องอยู่ระหว่าง 1.00 ถึง 5.00 และค่าต่ำสุดต้องไม่มากกว่าค่าสูงสุด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_rules.py" line="146"/>
        <source>The bands must not overlap.</source>
        <translation>ช่วงคะแนนของแต่ละระดับต้องไม่ซ้อนทับกัน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_sessions.py" line="128"/>
        <source>Enter the date of the session.</source>
        <translation>กรุณากรอกวันที่อบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_sessions.py" line="131"/>
        <source>The session ends before it starts.</source>
        <translation>เวลาสิ้นสุดอยู่ก่อนเวลาเริ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_sessions.py" line="134"/>
        <source>Hours of a session are more than 0 and at most 24.</source>
        <translation>จำนวนชั่วโมงของแต่ละครั้งต้องมากกว่า 0 และไม่เกิน 24</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_sessions.py" line="139"/>
        <source>Choose one of this round&apos;s speakers (step 3).</source>
        <translation>กรุณาเลือกวิทยากรคนใดคนหนึ่งของรุ่นนี้ (ขั้นตอนที่ 3)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_sessions.py" line="195"/>
        <source>A certificate has been issued to this trainee; they stay in the round&apos;s register.</source>
        <translation>ผู้เข้ารับการอบรมคนนี้ได้รับวุฒิบัตรแล้ว จึงต้องคงรายชื่อไว้ในทะเบียนของรุ่นนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_sessions.py" line="228"/>
        <source>The list of trainees or sessions has changed since it was opened; reopen the attendance sheet.</source>
        <translation>รายชื่อผู้เข้ารับการอบรมหรือรายการครั้งที่อบรมมีการเปลี่ยนแปลงหลังจากเปิดไว้ กรุณาเปิดตารางบันทึกการเข้าอบรมใหม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_sessions.py" line="254"/>
        <source>{count} of the chosen people are no longer in the registry.</source>
        <translation>บุคคลที่เลือกไว้ {count} คนไม่อยู่ในทะเบียนแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_survey.py" line="102"/>
        <source>The form needs at least one statement.</source>
        <translation>แบบประเมินต้องมีข้อคำถามอย่างน้อย 1 ข้อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_survey.py" line="107"/>
        <source>Statement {row}: enter its aspect.</source>
        <translation>ข้อคำถามที่ {row}: กรุณากรอกด้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_survey.py" line="110"/>
        <source>Statement {row}: enter the statement.</source>
        <translation>ข้อคำถามที่ {row}: กรุณากรอกข้อคำถาม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_survey.py" line="172"/>
        <source>Statement {row} is no longer on the form; reopen it.</source>
        <translation>ข้อคำถามที่ {row} ไม่อยู่ในแบบประเมินแล้ว กรุณาเปิดแบบประเมินใหม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_survey.py" line="179"/>
        <source>“{text}” already has {count} answer(s) and is kept: delete those responses first to remove it.</source>
        <translation>ข้อคำถาม “{text}” มีคำตอบแล้ว {count} รายการ จึงยังคงไว้ หากต้องการนำออก กรุณาลบแบบประเมินที่ตอบข้อนี้ก่อน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_survey.py" line="255"/>
        <source>Respondent numbers start at 1.</source>
        <translation>เลขที่ผู้ตอบต้องเริ่มตั้งแต่ 1</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_survey.py" line="263"/>
        <source>Respondent {number} is already entered for this round.</source>
        <translation>บันทึกแบบประเมินของผู้ตอบเลขที่ {number} ในรุ่นนี้ไว้แล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_survey.py" line="268"/>
        <source>Enter at least one answer.</source>
        <translation>กรุณากรอกคำตอบอย่างน้อย 1 ข้อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_survey.py" line="272"/>
        <source>Each answer is a score from {low} to {high}.</source>
        <translation>คำตอบแต่ละข้อต้องเป็นคะแนนตั้งแต่ {low} ถึง {high}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/training_survey.py" line="276"/>
        <source>Some statements are no longer on the form; reopen it.</source>
        <translation>ข้อคำถามบางข้อไม่อยู่ในแบบประเมินแล้ว กรุณาเปิดแบบประเมินใหม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/trainings.py" line="78"/>
        <location filename="../../wangmuang_desk/ui/trainings/round_topic_form.py" line="23"/>
        <source>Enter the title of the training round.</source>
        <translation>กรุณากรอกชื่อการฝึกอบรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/trainings.py" line="81"/>
        <source>This need no longer exists.</source>
        <translation>ไม่พบความต้องการนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/trainings.py" line="83"/>
        <source>This group is no longer in the registry.</source>
        <translation>กลุ่มอาชีพนี้ไม่อยู่ในทะเบียนแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/trainings.py" line="85"/>
        <source>This support request no longer exists.</source>
        <translation>ไม่พบคำขอรับการสนับสนุนนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/trainings.py" line="95"/>
        <source>One of the chosen villages no longer exists.</source>
        <translation>ไม่พบหมู่บ้านที่เลือกไว้บางหมู่บ้านแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/trainings.py" line="98"/>
        <source>The number of trainees cannot be negative.</source>
        <translation>จำนวนผู้เข้ารับการอบรมต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/trainings.py" line="101"/>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="43"/>
        <source>The last day is before the first day.</source>
        <translation>วันสุดท้ายอยู่ก่อนวันแรก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/trainings.py" line="104"/>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="44"/>
        <source>The length in hours must be more than zero.</source>
        <translation>จำนวนชั่วโมงต้องมากกว่า 0</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/trainings.py" line="107"/>
        <location filename="../../wangmuang_desk/services/trainings.py" line="217"/>
        <source>The attendance threshold is a percentage from 1 to 100.</source>
        <translation>เกณฑ์การเข้าอบรมต้องเป็นร้อยละตั้งแต่ 1 ถึง 100</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/trainings.py" line="110"/>
        <location filename="../../wangmuang_desk/ui/trainings/round_target_form.py" line="46"/>
        <source>The pass mark cannot be negative.</source>
        <translation>คะแนนผ่านต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/trainings.py" line="114"/>
        <source>The fiscal year is a Buddhist Era year, such as {example}.</source>
        <translation>ปีงบประมาณต้องเป็นปีพุทธศักราช เช่น {example}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/trainings.py" line="304"/>
        <location filename="../../wangmuang_desk/ui/trainings/approval_form.py" line="35"/>
        <source>Enter the reference of the council&apos;s approval.</source>
        <translation>กรุณากรอกเลขที่อ้างอิงมติสภา อบต.</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/trainings.py" line="307"/>
        <location filename="../../wangmuang_desk/ui/trainings/approval_form.py" line="36"/>
        <source>Enter the date of the council&apos;s approval.</source>
        <translation>กรุณากรอกวันที่สภา อบต. อนุมัติ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/trainings.py" line="313"/>
        <location filename="../../wangmuang_desk/ui/trainings/approval_form.py" line="37"/>
        <source>Enter the approved amount.</source>
        <translation>กรุณากรอกวงเงินที่อนุมัติ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/trainings.py" line="316"/>
        <location filename="../../wangmuang_desk/ui/trainings/approval_form.py" line="38"/>
        <source>The approved amount cannot be negative.</source>
        <translation>วงเงินที่อนุมัติต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/trainings.py" line="333"/>
        <source>Certificates have been issued under the present threshold; it can no longer change.</source>
        <translation>ได้ออกวุฒิบัตรตามเกณฑ์ปัจจุบันไปแล้ว จึงเปลี่ยนเกณฑ์ไม่ได้อีก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/trainings.py" line="358"/>
        <source>A round cannot change from “{current}” to “{new}”.</source>
        <translation>เปลี่ยนสถานะการฝึกอบรมจาก “{current}” เป็น “{new}” ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/trainings.py" line="362"/>
        <source>Record the council approval (step 5) first.</source>
        <translation>กรุณาบันทึกการอนุมัติของสภา อบต. (ขั้นตอนที่ 5) ก่อน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/trainings.py" line="411"/>
        <source>{name} has {count} certificate(s) in the certificate register; the round is kept so the register stays complete.</source>
        <translation>{name} มีวุฒิบัตร {count} ฉบับในทะเบียนคุมวุฒิบัตร จึงเก็บข้อมูลการฝึกอบรมรุ่นนี้ไว้เพื่อให้ทะเบียนครบถ้วน</translation>
    </message>
</context>
<context>
    <name>VillagesDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/villages_dialog.py" line="24"/>
        <source>Villages</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/villages_dialog.py" line="29"/>
        <source>The villages of the subdistrict, by village number. A village where people are registered cannot be removed.</source>
        <translation>หมู่บ้านในตำบล เรียงตามหมู่ที่ หมู่บ้านที่มีบุคคลลงทะเบียนอยู่จะลบไม่ได้</translation>
    </message>
</context>
<context>
    <name>VillagesEditor</name>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/villages_editor.py" line="62"/>
        <source>Village no.</source>
        <translation>หมู่ที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/villages_editor.py" line="62"/>
        <source>Village name</source>
        <translation>ชื่อหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/villages_editor.py" line="62"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/villages_editor.py" line="75"/>
        <source>Add village</source>
        <translation>เพิ่มหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/villages_editor.py" line="76"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="89"/>
        <source>Villages</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/settings/first_start_wizard.py" line="91"/>
        <source>Enter the villages of the subdistrict: the village number and its name.</source>
        <translation>กรอกหมู่บ้านในตำบล: หมู่ที่และชื่อหมู่บ้าน</translation>
    </message>
</context>
<context>
    <name>WorkingGroupDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="64"/>
        <source>from {date}</source>
        <translation>ตั้งแต่ {date}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="66"/>
        <source>until {date}</source>
        <translation>ถึง {date}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="256"/>
        <source>Working group</source>
        <translation>คณะทำงาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="264"/>
        <source>Office officers and representatives of the occupational groups registered with the office: 2 officers and 3 representatives by default.</source>
        <translation>เจ้าหน้าที่ อบต. และผู้แทนกลุ่มอาชีพที่ขึ้นทะเบียนกับ อบต. ปกติประกอบด้วยเจ้าหน้าที่ 2 คนและผู้แทนกลุ่ม 3 คน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="267"/>
        <source>Show past terms</source>
        <translation>แสดงวาระที่ผ่านมา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="272"/>
        <source>Name</source>
        <translation>ชื่อ–สกุล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="273"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="275"/>
        <source>Group represented</source>
        <translation>กลุ่มที่เป็นผู้แทน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="277"/>
        <source>Term</source>
        <translation>วาระ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="283"/>
        <source>Add officer…</source>
        <translation>เพิ่มเจ้าหน้าที่…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="286"/>
        <source>Add representative…</source>
        <translation>เพิ่มผู้แทนกลุ่ม…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="288"/>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="290"/>
        <source>End term…</source>
        <translation>สิ้นสุดวาระ…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="299"/>
        <source>Members</source>
        <translation>รายชื่อคณะทำงาน</translation>
    </message>
</context>
<context>
    <name>WorkingGroupSeatDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="84"/>
        <source>Add an officer</source>
        <translation>เพิ่มเจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="85"/>
        <source>Add a group representative</source>
        <translation>เพิ่มผู้แทนกลุ่มอาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="88"/>
        <source>Edit: {name}</source>
        <translation>แก้ไข: {name}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="93"/>
        <source>or type the name of an officer not in the registry</source>
        <translation>หรือพิมพ์ชื่อเจ้าหน้าที่ที่ไม่มีในทะเบียนบุคคล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="98"/>
        <source>Groups registered with the office</source>
        <translation>กลุ่มที่ขึ้นทะเบียนกับ อบต. แล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="99"/>
        <source>All active groups</source>
        <translation>กลุ่มที่ยังดำเนินการทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="101"/>
        <source>Choose the group</source>
        <translation>เลือกกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="110"/>
        <source>Role:</source>
        <translation>บทบาท:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="112"/>
        <source>Person:</source>
        <translation>บุคคล:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="116"/>
        <source>Show:</source>
        <translation>แสดง:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="117"/>
        <source>Represents:</source>
        <translation>ผู้แทนของกลุ่ม:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="118"/>
        <source>Term starts:</source>
        <translation>เริ่มวาระ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="119"/>
        <source>Term ends:</source>
        <translation>สิ้นสุดวาระ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="165"/>
        <source>{name} (Moo {moo})</source>
        <translation>{name} (หมู่ {moo})</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/groups/working_group_dialog.py" line="197"/>
        <source>This seat no longer exists. Nothing was saved.</source>
        <translation>ไม่พบรายชื่อนี้ในคณะทำงานแล้ว จึงยังไม่ได้บันทึกข้อมูล</translation>
    </message>
</context>
</TS>
