<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../wangmuang_desk/app.py" line="66"/>
        <source>Database already open</source>
        <translation>ฐานข้อมูลเปิดใช้งานอยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/app.py" line="81"/>
        <location filename="../../wangmuang_desk/app.py" line="146"/>
        <source>Backup restored</source>
        <translation>กู้คืนข้อมูลแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/app.py" line="82"/>
        <location filename="../../wangmuang_desk/app.py" line="147"/>
        <source>The backup was restored. The file it replaced was kept as:
{path}</source>
        <translation>กู้คืนข้อมูลจากไฟล์สำรองเรียบร้อยแล้ว ไฟล์เดิมเก็บไว้ที่:
{path}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/app.py" line="117"/>
        <source>Back up the database to</source>
        <translation>สำรองฐานข้อมูลไปที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/app.py" line="117"/>
        <source>Database (*.sqlite3)</source>
        <translation>ฐานข้อมูล (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/app.py" line="123"/>
        <source>Backup failed</source>
        <translation>สำรองข้อมูลไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/app.py" line="125"/>
        <source>Backup done</source>
        <translation>สำรองข้อมูลเรียบร้อยแล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/app.py" line="126"/>
        <source>The backup was written to:
{path}</source>
        <translation>บันทึกไฟล์สำรองข้อมูลไว้ที่:
{path}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/app.py" line="186"/>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="143"/>
        <source>About this program</source>
        <translation>เกี่ยวกับโปรแกรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/app.py" line="187"/>
        <source>wangmuang-desk {version}
The occupational-group desk of Wang Muang Subdistrict Administrative Organization.
Database: {path}
Log: {log}</source>
        <translation>wangmuang-desk {version}
โปรแกรมงานส่งเสริมกลุ่มอาชีพ องค์การบริหารส่วนตำบลวังม่วง
ฐานข้อมูล: {path}
ไฟล์บันทึกการทำงาน: {log}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="129"/>
        <source>&amp;File</source>
        <translation>แฟ้ม(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="130"/>
        <source>Back up now…</source>
        <translation>สำรองข้อมูลทันที…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="131"/>
        <source>Restore from a backup…</source>
        <translation>กู้คืนข้อมูลจากไฟล์สำรอง…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="133"/>
        <source>Recycle bin…</source>
        <translation>ถังรีไซเคิล…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="135"/>
        <source>Quit</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="136"/>
        <source>&amp;Settings</source>
        <translation>ตั้งค่า(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="137"/>
        <source>Office profile…</source>
        <translation>ข้อมูลหน่วยงาน…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="138"/>
        <source>Villages…</source>
        <translation>หมู่บ้าน…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="139"/>
        <source>Reference lists…</source>
        <translation>รายการข้อมูลพื้นฐาน…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="141"/>
        <source>Language…</source>
        <translation>ภาษา…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="142"/>
        <source>&amp;Help</source>
        <translation>วิธีใช้(&amp;H)</translation>
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
    <name>CitizenIdEdit</name>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/citizen_id_edit.py" line="32"/>
        <source>13 digits (X-XXXX-XXXXX-XX-X)</source>
        <translation>เลข 13 หลัก (X-XXXX-XXXXX-XX-X)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/crash_dialog.py" line="68"/>
        <source>Unexpected error</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/crash_dialog.py" line="73"/>
        <source>Something went wrong inside the program. Work that was already saved is kept in the database. Please copy the report below and send it to the person who looks after this program, saying what you were doing when it happened.</source>
        <translation>เกิดข้อผิดพลาดภายในโปรแกรม ข้อมูลที่บันทึกไว้แล้วยังอยู่ครบในฐานข้อมูล กรุณาคัดลอกรายงานด้านล่างส่งให้ผู้ดูแลโปรแกรม พร้อมแจ้งว่ากำลังทำอะไรอยู่ขณะเกิดปัญหา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/crash_dialog.py" line="86"/>
        <source>(no log file)</source>
        <translation>(ไม่มีไฟล์บันทึกการทำงาน)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/crash_dialog.py" line="87"/>
        <source>The report was also written to the log file:</source>
        <translation>รายงานนี้บันทึกไว้ในไฟล์บันทึกการทำงานด้วย:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/crash_dialog.py" line="91"/>
        <source>Copy report</source>
        <translation>คัดลอกรายงาน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/crash_dialog.py" line="110"/>
        <source>Copied</source>
        <translation>คัดลอกแล้ว</translation>
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
    <name>FormErrors</name>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/form_errors.py" line="149"/>
        <source>Please check</source>
        <translation>กรุณาตรวจสอบ</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="38"/>
        <source>Wang Muang SAO: occupational groups</source>
        <translation>อบต.วังม่วง: ระบบงานกลุ่มอาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/main_window.py" line="103"/>
        <source>DEMO DATA: {name}</source>
        <translation>ข้อมูลตัวอย่าง: {name}</translation>
    </message>
</context>
<context>
    <name>OccupationDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="118"/>
        <source>New occupation</source>
        <translation>เพิ่มอาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="120"/>
        <source>Edit occupation</source>
        <translation>แก้ไขอาชีพ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="125"/>
        <source>Choose the category</source>
        <translation>เลือกประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="133"/>
        <source>e.g. rice farming, 15 rai</source>
        <translation>เช่น ทำนา 15 ไร่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="137"/>
        <source>Main occupation</source>
        <translation>อาชีพหลัก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="139"/>
        <source>Secondary occupation</source>
        <translation>อาชีพรอง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="151"/>
        <source>baht a year</source>
        <translation>บาทต่อปี</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="154"/>
        <source>baht</source>
        <translation>บาท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="160"/>
        <source>Person:</source>
        <translation>บุคคล:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="161"/>
        <source>Category:</source>
        <translation>ประเภทอาชีพ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="162"/>
        <source>Description:</source>
        <translation>รายละเอียด:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="163"/>
        <source>Kind:</source>
        <translation>อาชีพหลัก/รอง:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="164"/>
        <source>Yearly income:</source>
        <translation>รายได้ต่อปี:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="165"/>
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="229"/>
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
    <name>PeoplePage</name>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="38"/>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="79"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="41"/>
        <source>Group</source>
        <translation>กลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="43"/>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="44"/>
        <source>Women</source>
        <translation>สตรี</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="45"/>
        <source>Elders</source>
        <translation>ผู้สูงอายุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="46"/>
        <source>People with disabilities</source>
        <translation>คนพิการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="47"/>
        <source>Disadvantaged</source>
        <translation>ผู้ด้อยโอกาส</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="51"/>
        <source>Find by name, national ID or phone…</source>
        <translation>ค้นหาด้วยชื่อ เลขประจำตัวประชาชน หรือโทรศัพท์…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="57"/>
        <source>People</source>
        <translation>ทะเบียนบุคคล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="61"/>
        <source>Name</source>
        <translation>ชื่อ–สกุล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="63"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="70"/>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="76"/>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="77"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="78"/>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="80"/>
        <source>Groups</source>
        <translation>กลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="113"/>
        <source>Hidden in lists to protect personal data; open the person to see it.</source>
        <translation>ซ่อนไว้ในรายการเพื่อคุ้มครองข้อมูลส่วนบุคคล เปิดข้อมูลของบุคคลนั้นเพื่อดู</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="126"/>
        <source>Male</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="128"/>
        <source>Female</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="141"/>
        <source>elder</source>
        <comment>short word in the Groups column</comment>
        <translation>สูงอายุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="143"/>
        <source>disabled</source>
        <comment>short word in the Groups column</comment>
        <translation>พิการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="146"/>
        <source>disadvantaged</source>
        <comment>short word in the Groups column</comment>
        <translation>ด้อยโอกาส</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/people_page.py" line="153"/>
        <source>All villages</source>
        <translation>ทุกหมู่บ้าน</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="85"/>
        <source>Add a person</source>
        <translation>เพิ่มบุคคล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="88"/>
        <source>Edit: {name}</source>
        <translation>แก้ไข: {name}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="94"/>
        <source>Name</source>
        <translation>ชื่อ–สกุล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="100"/>
        <source>Choose or type a title</source>
        <translation>เลือกหรือพิมพ์คำนำหน้าชื่อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="104"/>
        <source>Title</source>
        <translation>คำนำหน้าชื่อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="105"/>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="106"/>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="108"/>
        <source>Identity</source>
        <translation>ข้อมูลประจำตัว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="112"/>
        <source>optional</source>
        <translation>ถ้ามี</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="124"/>
        <source>Not given</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="125"/>
        <source>Male</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="126"/>
        <source>Female</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="129"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="130"/>
        <source>Birth date</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="131"/>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="133"/>
        <source>Groups</source>
        <translation>กลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="137"/>
        <source>Elder (ticked by itself from age 60)</source>
        <translation>ผู้สูงอายุ (เลือกให้เองเมื่ออายุ 60 ปีขึ้นไป)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="138"/>
        <source>Person with a disability</source>
        <translation>คนพิการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="139"/>
        <source>Disadvantaged</source>
        <translation>ผู้ด้อยโอกาส</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="145"/>
        <source>Contact and address</source>
        <translation>การติดต่อและที่อยู่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="148"/>
        <source>e.g. 081-234-5678</source>
        <translation>เช่น 081-234-5678</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="150"/>
        <source>e.g. 12 or 234/1</source>
        <translation>เช่น 12 หรือ 234/1</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="153"/>
        <source>(not chosen)</source>
        <translation>(ยังไม่เลือก)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="162"/>
        <source>Member of this household</source>
        <translation>เป็นสมาชิกของครัวเรือนนี้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="165"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="166"/>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="167"/>
        <source>Village (moo)</source>
        <translation>หมู่บ้าน (หมู่ที่)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="168"/>
        <source>Soi</source>
        <translation>ซอย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="169"/>
        <source>Road</source>
        <translation>ถนน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="170"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="173"/>
        <source>Consent and note</source>
        <translation>ความยินยอมและหมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="181"/>
        <source>PDPA consent on</source>
        <translation>วันที่ยินยอม (PDPA)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="182"/>
        <source>The day the person agreed to photos or sharing outside the office; leave empty if not asked.</source>
        <translation>วันที่เจ้าของข้อมูลยินยอมให้ถ่ายภาพหรือเปิดเผยข้อมูลแก่ภายนอกหน่วยงาน เว้นว่างไว้หากยังไม่ได้ขอความยินยอม</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="188"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="218"/>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>บันทึก (Ctrl+S หรือ Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="344"/>
        <source>{age} years old</source>
        <translation>อายุ {age} ปี</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="377"/>
        <source>Enter the house no. and village to find the household.</source>
        <translation>กรอกบ้านเลขที่และหมู่บ้านเพื่อค้นหาครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="379"/>
        <source>No household is registered at this address.</source>
        <translation>ยังไม่มีครัวเรือนที่ลงทะเบียนไว้ที่ที่อยู่นี้</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="384"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>สมาชิก %n คน</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="386"/>
        <source>no members yet</source>
        <translation>ยังไม่มีสมาชิก</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="389"/>
        <source>House {house_no} {village}, head: {head} ({members})</source>
        <translation>บ้านเลขที่ {house_no} {village} หัวหน้าครัวเรือน: {head} ({members})</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="393"/>
        <source>House {house_no} {village} ({members})</source>
        <translation>บ้านเลขที่ {house_no} {village} ({members})</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="434"/>
        <source>This person is no longer in the registry (perhaps moved to the recycle bin). Nothing was saved.</source>
        <translation>ไม่พบบุคคลนี้ในทะเบียนแล้ว (อาจถูกย้ายไปถังรีไซเคิล) จึงยังไม่ได้บันทึกข้อมูล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/person_dialog.py" line="450"/>
        <source>Close without saving the changes?</source>
        <translation>ปิดโดยไม่บันทึกการเปลี่ยนแปลงหรือไม่</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/person_picker.py" line="54"/>
        <source>Moo {moo} {name}</source>
        <translation>หมู่ {moo} {name}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/person_picker.py" line="61"/>
        <source>Moo {moo}</source>
        <translation>หมู่ {moo}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/person_picker.py" line="63"/>
        <source>house no. {house_no}</source>
        <translation>บ้านเลขที่ {house_no}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/person_picker.py" line="91"/>
        <source>Name, national ID or phone…</source>
        <translation>ชื่อ เลขประจำตัวประชาชน หรือโทรศัพท์…</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/person_picker.py" line="97"/>
        <location filename="../../wangmuang_desk/ui/widgets/person_picker.py" line="98"/>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/widgets/person_picker.py" line="188"/>
        <source>No one found</source>
        <translation>ไม่พบรายชื่อ</translation>
    </message>
</context>
<context>
    <name>RawMaterialDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="36"/>
        <source>New raw material</source>
        <translation>เพิ่มวัตถุดิบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="38"/>
        <source>Edit raw material</source>
        <translation>แก้ไขวัตถุดิบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="42"/>
        <source>e.g. water hyacinth</source>
        <translation>เช่น ผักตบชวา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="44"/>
        <source>Choose the category</source>
        <translation>เลือกประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="52"/>
        <source>(whole subdistrict / not set)</source>
        <translation>(ทั้งตำบล / ไม่ระบุ)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="61"/>
        <source>unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="67"/>
        <source>e.g. November–February, all year</source>
        <translation>เช่น พ.ย.–ก.พ. หรือ ตลอดปี</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="71"/>
        <source>where it comes from or who owns it</source>
        <translation>แหล่งที่มาหรือผู้เป็นเจ้าของ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="78"/>
        <source>Name:</source>
        <translation>ชื่อวัตถุดิบ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="79"/>
        <source>Category:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="80"/>
        <source>Village:</source>
        <translation>หมู่บ้าน:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="81"/>
        <source>Quantity:</source>
        <translation>ปริมาณ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="82"/>
        <source>Season:</source>
        <translation>ฤดูกาล:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="83"/>
        <source>Source / owner:</source>
        <translation>แหล่งที่มา / เจ้าของ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="84"/>
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/raw_material_dialog.py" line="154"/>
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
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="118"/>
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
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="34"/>
        <source>Deleted records wait here. Restore puts a record back where it was; Delete permanently cannot be undone (but the daily backups still hold it).</source>
        <translation>รายการที่ลบจะถูกพักไว้ที่นี่ “กู้คืน” จะนำรายการกลับไปที่เดิม ส่วน “ลบถาวร” ย้อนกลับไม่ได้ (แต่ยังมีอยู่ในไฟล์สำรองข้อมูลรายวัน)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="40"/>
        <source>Record</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="40"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="40"/>
        <source>Deleted on</source>
        <translation>วันที่ลบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="47"/>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="48"/>
        <source>Delete permanently</source>
        <translation>ลบถาวร</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="49"/>
        <source>Empty the recycle bin</source>
        <translation>ล้างถังรีไซเคิล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="90"/>
        <source>Delete {n} record(s) permanently?</source>
        <translation>ลบ {n} รายการอย่างถาวรหรือไม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="104"/>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="112"/>
        <source>Kept</source>
        <translation>รายการที่ยังเก็บไว้</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="107"/>
        <source>Delete everything in the recycle bin permanently?</source>
        <translation>ลบทุกรายการในถังรีไซเคิลอย่างถาวรหรือไม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/recycle_bin_dialog.py" line="113"/>
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
        <location filename="../../wangmuang_desk/ui/pages/registry_page.py" line="226"/>
        <source>Move to recycle bin</source>
        <translation>ย้ายไปถังรีไซเคิล</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/registry_page.py" line="227"/>
        <source>Move “{name}” to the recycle bin? It can be restored from there.</source>
        <translation>ย้าย “{name}” ไปถังรีไซเคิลหรือไม่ (กู้คืนจากถังรีไซเคิลได้ภายหลัง)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/registry_page.py" line="246"/>
        <source>This record no longer exists; the list is refreshed.</source>
        <translation>ไม่พบรายการนี้แล้ว จึงแสดงรายการใหม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/pages/registry_page.py" line="262"/>
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
    <name>SageDialog</name>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="42"/>
        <source>New local sage</source>
        <translation>เพิ่มปราชญ์ชาวบ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="44"/>
        <source>Edit local sage</source>
        <translation>แก้ไขปราชญ์ชาวบ้าน</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="49"/>
        <source>Choose the branch of wisdom</source>
        <translation>เลือกสาขาภูมิปัญญา</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="55"/>
        <source>What the sage knows and does; the first line shows in the list</source>
        <translation>ความรู้ความชำนาญและสิ่งที่ทำ บรรทัดแรกจะแสดงในรายการ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="60"/>
        <source>Can teach others (can be a trainer)</source>
        <translation>ถ่ายทอดความรู้ได้ (เป็นวิทยากรได้)</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="66"/>
        <source>Person:</source>
        <translation>บุคคล:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="67"/>
        <source>Branch:</source>
        <translation>สาขา:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="68"/>
        <source>Expertise:</source>
        <translation>ความเชี่ยวชาญ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="70"/>
        <source>Works and awards:</source>
        <translation>ผลงานและรางวัล:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="71"/>
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/ui/dialogs/sage_dialog.py" line="132"/>
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
        <location filename="../../wangmuang_desk/ui/widgets/search_box.py" line="28"/>
        <source>Search…</source>
        <translation>ค้นหา…</translation>
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
        <location filename="../../wangmuang_desk/services/occupations.py" line="73"/>
        <location filename="../../wangmuang_desk/services/sages.py" line="70"/>
        <source>Choose the person.</source>
        <translation>กรุณาเลือกบุคคล</translation>
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
        <location filename="../../wangmuang_desk/services/people.py" line="173"/>
        <source>Enter the first name.</source>
        <translation>กรุณากรอกชื่อ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/people.py" line="183"/>
        <source>This national ID is already recorded for {name}, who is in the recycle bin. Restore that record instead of adding a new one.</source>
        <translation>เลขประจำตัวประชาชนนี้บันทึกไว้แล้วของ {name} ซึ่งอยู่ในถังรีไซเคิล กรุณากู้คืนข้อมูลเดิมแทนการเพิ่มใหม่</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/people.py" line="188"/>
        <source>This national ID is already recorded for {name}.</source>
        <translation>เลขประจำตัวประชาชนนี้บันทึกไว้แล้วของ {name}</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/people.py" line="195"/>
        <source>Choose a sex.</source>
        <translation>กรุณาเลือกเพศ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/people.py" line="198"/>
        <location filename="../../wangmuang_desk/services/raw_materials.py" line="73"/>
        <source>This village no longer exists.</source>
        <translation>ไม่พบหมู่บ้านนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/people.py" line="205"/>
        <source>This household no longer exists.</source>
        <translation>ไม่พบครัวเรือนนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/raw_materials.py" line="70"/>
        <source>Enter the name of the material.</source>
        <translation>กรุณากรอกชื่อวัตถุดิบ</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/recycle_bin.py" line="80"/>
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
        <location filename="../../wangmuang_desk/ui/dialogs/occupation_dialog.py" line="41"/>
        <source>Enter a number.</source>
        <translation>กรุณากรอกตัวเลข</translation>
    </message>
    <message>
        <location filename="../../wangmuang_desk/services/validation.py" line="90"/>
        <source>The amount cannot be negative.</source>
        <translation>จำนวนต้องไม่ติดลบ</translation>
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
</TS>
