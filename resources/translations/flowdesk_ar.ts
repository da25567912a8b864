<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ProfileReport</name>
    <message>
        <source>Flow monitoring is an indication of trends, not a representative sample.</source>
        <translation>يعطي رصد التدفق مؤشرًا على الاتجاهات، وليس عينة تمثيلية.</translation>
    </message>
    <message>
        <source>split by %1</source>
        <translation>مقسّمة حسب %1</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Refusing to write a report whose small cells are not protected.</source>
        <translation>رُفضت كتابة تقرير خلاياه الصغيرة غير محمية.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>no interviews</source>
        <translation>لا توجد مقابلات</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>المكتب: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>الفترة: %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>عوامل التصفية: %1</translation>
    </message>
    <message>
        <source>Interviews: %1</source>
        <translation>المقابلات: %1</translation>
    </message>
    <message>
        <source>Prepared %1</source>
        <translation>أُعدّ في %1</translation>
    </message>
    <message>
        <source>Prepared %1 by %2</source>
        <translation>أعدّه %2 في %1</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>تعذّرت كتابة التقرير في %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>n = %1 %2</source>
        <translation>ن = %1 %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Bringing the case list up to date (error and warning counts, labels)…</source>
        <translation>جارٍ تحديث قائمة الحالات (أعداد الأخطاء والتحذيرات، والتسميات)…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>قائمة الحالات</translation>
    </message>
    <message>
        <source>The case list could not be brought up to date; its error and warning counts may be out of date.

%1</source>
        <translation>تعذّر تحديث قائمة الحالات؛ قد تكون أعداد الأخطاء والتحذيرات فيها قديمة.

%1</translation>
    </message>
    <message>
        <source>FlowDesk</source>
        <translation>FlowDesk</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>⁨%1⁩ غير موجود.</translation>
    </message>
    <message>
        <source>Cannot create the demo database %1:
%2</source>
        <translation>تعذّر إنشاء قاعدة البيانات التجريبية %1:
%2</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>تعذّر فتح ⁨%1⁩:
⁨%2⁩</translation>
    </message>
    <message>
        <source>Offline Flow Monitoring Survey desk.</source>
        <translation>مكتب غير متصل لاستبيانات رصد التدفق.</translation>
    </message>
    <message>
        <source>Database to open (default: the demo database, made on first start).</source>
        <translation>قاعدة البيانات المراد فتحها (الافتراضي: قاعدة البيانات التجريبية، تُنشأ عند أول تشغيل).</translation>
    </message>
</context>
<context>
    <name>flowdesk</name>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 س %2</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 أيام</translation>
    </message>
</context>
<context>
    <name>flowdesk::Accounts</name>
    <message>
        <source>An account name has 1 to 64 characters.</source>
        <translation>يتكون اسم الحساب من 1 إلى 64 حرفًا.</translation>
    </message>
    <message>
        <source>The account name &apos;%1&apos; has a space or a control character: use letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>يحتوي اسم الحساب &apos;%1&apos; على مسافة أو محرف تحكم: استخدم الحروف والأرقام و&apos;.&apos; و&apos;-&apos; و&apos;_&apos;.</translation>
    </message>
    <message>
        <source>A password has at least 4 characters.</source>
        <translation>تتكون كلمة المرور من 4 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>There is no account &apos;%1&apos;.</source>
        <translation>لا يوجد حساب &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is already an account &apos;%1&apos;.</source>
        <translation>يوجد حساب &apos;%1&apos; بالفعل.</translation>
    </message>
    <message>
        <source>This database already has accounts: an administrator adds the others.</source>
        <translation>في قاعدة البيانات هذه حسابات بالفعل: يضيف المسؤول الحسابات الأخرى.</translation>
    </message>
    <message>
        <source>Wrong account name or password.</source>
        <translation>اسم الحساب أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is locked after too many failed logins; try again in %2 minute(s), or ask an administrator to reset the password.</source>
        <translation>الحساب &apos;%1&apos; مقفل بعد محاولات دخول فاشلة كثيرة؛ أعد المحاولة بعد %2 دقيقة، أو اطلب من المسؤول إعادة تعيين كلمة المرور.</translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is disabled.</source>
        <translation>الحساب &apos;%1&apos; معطّل.</translation>
    </message>
    <message>
        <source>Wrong password %1 times in a row: the account &apos;%2&apos; is locked for %3 minutes.</source>
        <translation>كلمة مرور خاطئة %1 مرات متتالية: الحساب &apos;%2&apos; مقفل لمدة %3 دقيقة.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>لا يمكنك تعطيل حسابك.</translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is disabled or removed: log in again.</source>
        <translation>الحساب &apos;%1&apos; معطّل أو محذوف: سجّل الدخول مجددًا.</translation>
    </message>
</context>
<context>
    <name>flowdesk::AcknowledgeQuestion</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>flowdesk::AnswerSheetView</name>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Checks and comments</source>
        <translation>الفحوص والتعليقات</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(بلا إجابة)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>خطأ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تحذير: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Warning accepted (%1): %2</source>
        <translation>تحذير مقبول (⁨%1⁩): ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 comment(s)</source>
        <translation>التعليقات: %1</translation>
    </message>
</context>
<context>
    <name>flowdesk::CaseFilterPanel</name>
    <message>
        <source>&amp;Enumerator</source>
        <translation>&amp;العدّاد</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>Search label, enumerator, answers…</source>
        <translation>ابحث في التسمية والعدّاد والإجابات…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Who and when</source>
        <translation>من ومتى</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>مسح عوامل &amp;التصفية</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>With e&amp;rrors</source>
        <translation>بها &amp;أخطاء</translation>
    </message>
    <message>
        <source>With &amp;warnings</source>
        <translation>بها &amp;تحذيرات</translation>
    </message>
    <message>
        <source>With co&amp;mments</source>
        <translation>بها &amp;تعليقات</translation>
    </message>
</context>
<context>
    <name>flowdesk::CaseListModel</name>
    <message>
        <source>Interview %1 · %2</source>
        <translation>المقابلة ⁨%1⁩ · ⁨%2⁩</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>المقابلة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Enumerator</source>
        <translation>العدّاد</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>التحذيرات</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
</context>
<context>
    <name>flowdesk::CaseListPage</name>
    <message>
        <source>&amp;Approve selected</source>
        <translation>&amp;اعتماد المحدد</translation>
    </message>
    <message>
        <source>&amp;Approve %1 selected</source>
        <translation>&amp;اعتماد %1 محددة</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <source>1 interview</source>
        <translation>مقابلة واحدة</translation>
    </message>
    <message>
        <source>%1 interviews</source>
        <translation>%1 مقابلة</translation>
    </message>
    <message>
        <source>Approved %1 of %2 selected.</source>
        <translation>اعتُمدت %1 من %2 محددة.</translation>
    </message>
    <message>
        <source>Left as they were:</source>
        <translation>تُركت كما هي:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
</context>
<context>
    <name>flowdesk::ChartCard</name>
    <message>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Show the table of %1</source>
        <translation>عرض جدول %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>تصدير %1</translation>
    </message>
    <message>
        <source>Small cells are shown: switch protection on to export.</source>
        <translation>الخلايا الصغيرة معروضة: فعّل الحماية للتصدير.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Edit the chart %1</source>
        <translation>تعديل المخطط %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the chart %1</source>
        <translation>إزالة المخطط %1</translation>
    </message>
    <message>
        <source>n = %1 %2</source>
        <translation>ن = %1 %2</translation>
    </message>
    <message>
        <source> · counts below %1 shown as &lt;%1</source>
        <translation> · الأعداد الأقل من %1 تظهر بصيغة &lt;%1</translation>
    </message>
    <message>
        <source> · small cells NOT protected (on screen only)</source>
        <translation> · الخلايا الصغيرة غير محمية (على الشاشة فقط)</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>المخطط: %1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>الجدول: %1</translation>
    </message>
    <message>
        <source>n (%1)</source>
        <translation>ن (%1)</translation>
    </message>
    <message>
        <source>Not drawn, fewer than %1: %2. </source>
        <translation>لم تُرسم، أقل من %1: %2. </translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;Table as CSV (*.csv);;Table as XLSX (*.xlsx)</source>
        <translation>صورة PNG (*.png);;صورة SVG (*.svg);;جدول بصيغة CSV (*.csv);;جدول بصيغة XLSX (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>flowdesk::ChartEditDialog</name>
    <message>
        <source>Add a chart</source>
        <translation>إضافة مخطط</translation>
    </message>
    <message>
        <source>Edit the chart</source>
        <translation>تعديل المخطط</translation>
    </message>
    <message>
        <source> [per person: %1]</source>
        <translation> [لكل شخص: %1]</translation>
    </message>
    <message>
        <source>Children on the move (key figures)</source>
        <translation>الأطفال المتنقلون (أرقام رئيسية)</translation>
    </message>
    <message>
        <source>Interviews over time by flow monitoring point</source>
        <translation>المقابلات عبر الزمن حسب نقطة رصد التدفق</translation>
    </message>
    <message>
        <source>No split</source>
        <translation>بلا تقسيم</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>أعمدة</translation>
    </message>
    <message>
        <source>Stacked bars</source>
        <translation>أعمدة مكدّسة</translation>
    </message>
    <message>
        <source>Pie</source>
        <translation>دائري</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>مدرّج تكراري</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Chart type</source>
        <translation>نوع المخطط</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>التقسيم حسب</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>The question&apos;s label</source>
        <translation>تسمية السؤال</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;السؤال:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>&amp;Split by:</source>
        <translation>&amp;التقسيم حسب:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;العنوان:</translation>
    </message>
</context>
<context>
    <name>flowdesk::CommentThread</name>
    <message>
        <source>&amp;Hide my comment</source>
        <translation>&amp;إخفاء تعليقي</translation>
    </message>
    <message>
        <source>Write a comment and press Enter</source>
        <translation>اكتب تعليقًا واضغط Enter</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>لا توجد تعليقات بعد.</translation>
    </message>
</context>
<context>
    <name>flowdesk::ConflictListModel</name>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>theirs taken by %1</source>
        <translation>أُخذت نسختهم بواسطة %1</translation>
    </message>
    <message>
        <source>ours kept by %1</source>
        <translation>أُبقيت نسختنا بواسطة %1</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>المقابلة</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
</context>
<context>
    <name>flowdesk::ConflictView</name>
    <message>
        <source>Import Conflicts</source>
        <translation>تعارضات الاستيراد</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>نسختنا</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>نسختهم</translation>
    </message>
    <message>
        <source>A reviewer, supervisor or administrator decides conflicts.</source>
        <translation>يفصل المراجع أو المشرف أو المسؤول في التعارضات.</translation>
    </message>
    <message>
        <source>No open import conflicts.</source>
        <translation>لا توجد تعارضات استيراد مفتوحة.</translation>
    </message>
    <message>
        <source>Interview %1 (%2) came again in batch %3 with other answers. Pick which copy to keep.</source>
        <translation>وصلت المقابلة %1 (%2) مجددًا في الدفعة %3 بإجابات أخرى. اختر النسخة التي تريد الإبقاء عليها.</translation>
    </message>
    <message>
        <source>Conflict %1: their answers taken.</source>
        <translation>التعارض %1: أُخذت إجاباتهم.</translation>
    </message>
    <message>
        <source>Conflict %1: our answers kept.</source>
        <translation>التعارض %1: أُبقي على إجاباتنا.</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Show &amp;decided</source>
        <translation>إظهار ما &amp;حُسم</translation>
    </message>
    <message>
        <source>Keep &amp;Ours</source>
        <translation>الإبقاء على &amp;نسختنا</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>أخذ نسخت&amp;هم</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;الدفعة:</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>كل الدفعات</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s) (of %1)</source>
        <translation>
            <numerusform>لا تعارضات مفتوحة (من %1)</numerusform>
            <numerusform>تعارض مفتوح واحد (من %1)</numerusform>
            <numerusform>تعارضان مفتوحان (من %1)</numerusform>
            <numerusform>%n تعارضات مفتوحة (من %1)</numerusform>
            <numerusform>%n تعارضًا مفتوحًا (من %1)</numerusform>
            <numerusform>%n تعارض مفتوح (من %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No import conflicts.</source>
        <translation>لا توجد تعارضات استيراد.</translation>
    </message>
    <message>
        <source>Interview %1 (%2), batch %3: %4 on %5. The differences with the interview as it is now:</source>
        <translation>المقابلة %1 (%2)، الدفعة %3: %4 في %5. الفروق مع المقابلة كما هي الآن:</translation>
    </message>
    <message numerus="yes">
        <source>Take theirs for %n interview(s)?</source>
        <translation>
            <numerusform>أخذ نسختهم لـ %n مقابلة؟</numerusform>
            <numerusform>أخذ نسختهم لمقابلة واحدة؟</numerusform>
            <numerusform>أخذ نسختهم لمقابلتين؟</numerusform>
            <numerusform>أخذ نسختهم لـ %n مقابلات؟</numerusform>
            <numerusform>أخذ نسختهم لـ %n مقابلة؟</numerusform>
            <numerusform>أخذ نسختهم لـ %n مقابلة؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep ours for %n interview(s)?</source>
        <translation>
            <numerusform>الإبقاء على نسختنا لـ %n مقابلة؟</numerusform>
            <numerusform>الإبقاء على نسختنا لمقابلة واحدة؟</numerusform>
            <numerusform>الإبقاء على نسختنا لمقابلتين؟</numerusform>
            <numerusform>الإبقاء على نسختنا لـ %n مقابلات؟</numerusform>
            <numerusform>الإبقاء على نسختنا لـ %n مقابلة؟</numerusform>
            <numerusform>الإبقاء على نسختنا لـ %n مقابلة؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide Conflicts</source>
        <translation>الفصل في التعارضات</translation>
    </message>
    <message>
        <source>Conflict %1 (interview %2) was not decided: %3</source>
        <translation>لم يُفصل في التعارض %1 (المقابلة %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>The %n decided before it stay decided.</source>
        <translation>
            <numerusform>لا شيء حُسم قبله.</numerusform>
            <numerusform>ما حُسم قبله يبقى محسومًا.</numerusform>
            <numerusform>التعارضان المحسومان قبله يبقيان محسومين.</numerusform>
            <numerusform>التعارضات الـ %n المحسومة قبله تبقى محسومة.</numerusform>
            <numerusform>التعارضات الـ %n المحسومة قبله تبقى محسومة.</numerusform>
            <numerusform>التعارضات الـ %n المحسومة قبله تبقى محسومة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): their answers taken.</source>
        <translation>
            <numerusform>%n تعارض: أُخذت إجاباتهم.</numerusform>
            <numerusform>تعارض واحد: أُخذت إجاباتهم.</numerusform>
            <numerusform>تعارضان: أُخذت إجاباتهم.</numerusform>
            <numerusform>%n تعارضات: أُخذت إجاباتهم.</numerusform>
            <numerusform>%n تعارضًا: أُخذت إجاباتهم.</numerusform>
            <numerusform>%n تعارض: أُخذت إجاباتهم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): our answers kept.</source>
        <translation>
            <numerusform>%n تعارض: أُبقي على إجاباتنا.</numerusform>
            <numerusform>تعارض واحد: أُبقي على إجاباتنا.</numerusform>
            <numerusform>تعارضان: أُبقي على إجاباتنا.</numerusform>
            <numerusform>%n تعارضات: أُبقي على إجاباتنا.</numerusform>
            <numerusform>%n تعارضًا: أُبقي على إجاباتنا.</numerusform>
            <numerusform>%n تعارض: أُبقي على إجاباتنا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdesk::EntryForm</name>
    <message>
        <source>The saved answer is back.</source>
        <translation>عادت الإجابة المحفوظة.</translation>
    </message>
    <message>
        <source>Answer to “%1”</source>
        <translation>الإجابة عن «⁨%1⁩»</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <source>End of the form: Ctrl+Enter completes the interview.</source>
        <translation>نهاية الاستمارة: Ctrl+Enter يُكمل المقابلة.</translation>
    </message>
    <message>
        <source>This is the first question.</source>
        <translation>هذا هو السؤال الأول.</translation>
    </message>
    <message>
        <source>This is the last entry.</source>
        <translation>هذا هو التكرار الأخير.</translation>
    </message>
    <message>
        <source>This is the first entry.</source>
        <translation>هذا هو التكرار الأول.</translation>
    </message>
    <message>
        <source>There is no repeat here to add to.</source>
        <translation>لا توجد هنا مجموعة متكررة للإضافة إليها.</translation>
    </message>
    <message>
        <source>Entry %1 added</source>
        <translation>أُضيف التكرار %1</translation>
    </message>
    <message>
        <source>Entry %1 added.</source>
        <translation>أُضيف التكرار %1.</translation>
    </message>
    <message>
        <source>Go to an entry of a repeat to remove it.</source>
        <translation>انتقل إلى تكرار في مجموعة متكررة لإزالته.</translation>
    </message>
    <message>
        <source>Entry %1 removed</source>
        <translation>أُزيل التكرار %1</translation>
    </message>
    <message>
        <source>Entry %1 removed.</source>
        <translation>أُزيل التكرار %1.</translation>
    </message>
    <message>
        <source>Entry %1 is back.</source>
        <translation>عاد التكرار %1.</translation>
    </message>
    <message>
        <source>Answer kept: %1</source>
        <translation>أُبقي على الإجابة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Guided</source>
        <translation>موجَّه</translation>
    </message>
    <message>
        <source>Paper keying</source>
        <translation>إدخال من الورق</translation>
    </message>
    <message>
        <source>Complete interview</source>
        <translation>إكمال المقابلة</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Paper keying: values outside the range can be kept with a reason.</source>
        <translation>إدخال من الورق: يمكن الإبقاء على القيم خارج النطاق مع ذكر سبب.</translation>
    </message>
    <message>
        <source>Guided: only valid values pass.</source>
        <translation>موجَّه: لا تمر إلا القيم الصحيحة.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>متخطّى</translation>
    </message>
    <message>
        <source>Interview completed.</source>
        <translation>اكتملت المقابلة.</translation>
    </message>
    <message>
        <source>Enter on an error goes to its question.</source>
        <translation>Enter على خطأ ينقلك إلى سؤاله.</translation>
    </message>
    <message>
        <source>Guided: only valid values pass. Paper keying: a value outside the range can be kept as written, with a reason, and a full number box moves on by itself. Ctrl+M switches.</source>
        <translation>موجَّه: لا تمر إلا القيم الصحيحة. إدخال من الورق: يمكن الإبقاء على قيمة خارج النطاق كما كُتبت، مع ذكر سبب، وتنتقل خانة الرقم الممتلئة إلى ما بعدها تلقائيًا. Ctrl+M للتبديل.</translation>
    </message>
    <message>
        <source>No questions here yet: Ctrl++ adds an entry, Ctrl+PgDown goes on.</source>
        <translation>لا أسئلة هنا بعد: Ctrl++ يضيف تكرارًا، وCtrl+PgDown للمتابعة.</translation>
    </message>
</context>
<context>
    <name>flowdesk::EntryPage</name>
    <message>
        <source>The database holds no questionnaire to enter interviews with.</source>
        <translation>لا تحتوي قاعدة البيانات على استبيان لإدخال المقابلات.</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>مقابلة جديدة</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>المقابلة %1</translation>
    </message>
</context>
<context>
    <name>flowdesk::EnumeratorHome</name>
    <message>
        <source>Interview %1</source>
        <translation>المقابلة %1</translation>
    </message>
    <message>
        <source>%1 · last changed %2</source>
        <translation>⁨%1⁩ · آخر تغيير ⁨%2⁩</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>مقابلة &amp;جديدة</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>مرحبًا، ⁨%1⁩</translation>
    </message>
    <message>
        <source>Start an interview, go on with a draft, or fix one a reviewer sent back.</source>
        <translation>ابدأ مقابلة، أو تابع مسودة، أو صحّح مقابلة أعادها المراجع.</translation>
    </message>
    <message>
        <source>My &amp;drafts (%1)</source>
        <translation>&amp;مسوداتي (%1)</translation>
    </message>
    <message>
        <source>Sent back: %1</source>
        <translation>أُعيدت: ⁨%1⁩</translation>
    </message>
    <message>
        <source>My &amp;rejected interviews (%1)</source>
        <translation>مقابلاتي &amp;المرفوضة (%1)</translation>
    </message>
</context>
<context>
    <name>flowdesk::ExportBatchDialog</name>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Stata (.dta)</source>
        <translation>Stata (.dta)</translation>
    </message>
    <message>
        <source>SPSS (.sav)</source>
        <translation>SPSS (.sav)</translation>
    </message>
    <message>
        <source>Include personal data (questions marked pii) in this batch</source>
        <translation>تضمين البيانات الشخصية (الأسئلة الموسومة pii) في هذه الدفعة</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Export Batch</source>
        <translation>تصدير دفعة</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>تاريخ المقابلة</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>All enumerators</source>
        <translation>كل العدّادين</translation>
    </message>
    <message>
        <source>Enumerator</source>
        <translation>العدّاد</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>الصيغ</translation>
    </message>
    <message>
        <source>KoBoToolbox (default)</source>
        <translation>KoBoToolbox (افتراضي)</translation>
    </message>
    <message>
        <source>ODK Central</source>
        <translation>ODK Central</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>Names and phone numbers leave the office in this batch. The choice is recorded in the audit log and in the batch&apos;s manifest.</source>
        <translation>تغادر الأسماء وأرقام الهواتف المكتب في هذه الدفعة. يُسجَّل هذا الاختيار في سجل التدقيق وفي بيان الدفعة.</translation>
    </message>
    <message>
        <source>Only a supervisor can include personal data.</source>
        <translation>لا يمكن إلا للمشرف تضمين البيانات الشخصية.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) will be exported.</source>
        <translation>
            <numerusform>لن تُصدَّر أي مقابلة (%n).</numerusform>
            <numerusform>ستُصدَّر مقابلة واحدة (%n).</numerusform>
            <numerusform>ستُصدَّر مقابلتان (%n).</numerusform>
            <numerusform>ستُصدَّر %n مقابلات.</numerusform>
            <numerusform>ستُصدَّر %n مقابلة.</numerusform>
            <numerusform>ستُصدَّر %n مقابلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the batch into</source>
        <translation>تصدير الدفعة إلى</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n interview(s) exported to %2 and %3.</source>
        <translation>
            <numerusform>الدفعة %1: لم تُصدَّر أي مقابلة (%n) إلى %2 و%3.</numerusform>
            <numerusform>الدفعة %1: صُدِّرت مقابلة واحدة (%n) إلى %2 و%3.</numerusform>
            <numerusform>الدفعة %1: صُدِّرت مقابلتان (%n) إلى %2 و%3.</numerusform>
            <numerusform>الدفعة %1: صُدِّرت %n مقابلات إلى %2 و%3.</numerusform>
            <numerusform>الدفعة %1: صُدِّرت %n مقابلة إلى %2 و%3.</numerusform>
            <numerusform>الدفعة %1: صُدِّرت %n مقابلة إلى %2 و%3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <source>A new batch: approved, not yet exported</source>
        <translation>دفعة جديدة: المقابلات المعتمدة وغير المُصدَّرة بعد</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 again (%n interview(s), %2)</source>
        <translation>
            <numerusform>الدفعة %1 مجددًا — لا مقابلات (%n)، %2</numerusform>
            <numerusform>الدفعة %1 مجددًا — مقابلة واحدة (%n)، %2</numerusform>
            <numerusform>الدفعة %1 مجددًا — مقابلتان (%n)، %2</numerusform>
            <numerusform>الدفعة %1 مجددًا — %n مقابلات، %2</numerusform>
            <numerusform>الدفعة %1 مجددًا — %n مقابلة، %2</numerusform>
            <numerusform>الدفعة %1 مجددًا — %n مقابلة، %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Wide (repeat answers as numbered columns)</source>
        <translation>عريض (إجابات المجموعات المتكررة في أعمدة مرقّمة)</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) will be written again, with the batch&apos;s own layout and personal data choice; their status does not change.</source>
        <translation>
            <numerusform>لن تُعاد كتابة أي مقابلة (%n).</numerusform>
            <numerusform>ستُعاد كتابة مقابلة واحدة (%n) بتخطيط الدفعة نفسها واختيارها للبيانات الشخصية؛ ولا تتغير حالتها.</numerusform>
            <numerusform>ستُعاد كتابة مقابلتين (%n) بتخطيط الدفعة نفسها واختيارها للبيانات الشخصية؛ ولا تتغير حالتهما.</numerusform>
            <numerusform>ستُعاد كتابة %n مقابلات بتخطيط الدفعة نفسها واختيارها للبيانات الشخصية؛ ولا تتغير حالتها.</numerusform>
            <numerusform>ستُعاد كتابة %n مقابلة بتخطيط الدفعة نفسها واختيارها للبيانات الشخصية؛ ولا تتغير حالتها.</numerusform>
            <numerusform>ستُعاد كتابة %n مقابلة بتخطيط الدفعة نفسها واختيارها للبيانات الشخصية؛ ولا تتغير حالتها.</numerusform>
        </translation>
    </message>
    <message>
        <source>With their &amp;groups (group/question)</source>
        <translation>مع &amp;مجموعاتها (المجموعة/السؤال)</translation>
    </message>
    <message>
        <source>&amp;Quote every field</source>
        <translation>وضع كل حقل بين &amp;علامتي اقتباس</translation>
    </message>
    <message>
        <source>Byte order &amp;mark, so that Excel opens the CSV as UTF-8</source>
        <translation>&amp;علامة ترتيب البايتات، ليفتح Excel ملف CSV بترميز UTF-8</translation>
    </message>
    <message>
        <source>Names (as in the XLSForm)</source>
        <translation>الأسماء (كما في XLSForm)</translation>
    </message>
    <message>
        <source>Labels in %1</source>
        <translation>التسميات بلغة %1</translation>
    </message>
    <message>
        <source>The CSV and XLSX column names. Stata and SPSS files keep the names, with the labels as variable labels.</source>
        <translation>أسماء أعمدة ملفات CSV وXLSX. تحتفظ ملفات Stata وSPSS بالأسماء، مع التسميات كتسميات للمتغيرات.</translation>
    </message>
    <message>
        <source>Column &amp;names</source>
        <translation>&amp;أسماء الأعمدة</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>جدولة</translation>
    </message>
    <message>
        <source>CSV &amp;separator</source>
        <translation>&amp;فاصل CSV</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التسميات</translation>
    </message>
</context>
<context>
    <name>flowdesk::FirstAdministratorDialog</name>
    <message>
        <source>New database — FlowDesk</source>
        <translation>قاعدة بيانات جديدة — FlowDesk</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;المسؤول:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة &amp;المرور:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>تكرار كلمة &amp;المرور:</translation>
    </message>
    <message>
        <source>&amp;Create and log in</source>
        <translation>&amp;إنشاء وتسجيل الدخول</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>إنشاء المسؤول</translation>
    </message>
    <message>
        <source>%1 has no accounts yet. The administrator adds the office&apos;s other accounts.</source>
        <translation>لا توجد حسابات في %1 بعد. يضيف المسؤول حسابات المكتب الأخرى.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>كلمتا المرور مختلفتان: اكتب كلمة المرور نفسها مرتين.</translation>
    </message>
</context>
<context>
    <name>flowdesk::GeopointQuestion</name>
    <message>
        <source>latitude longitude [altitude accuracy]</source>
        <translation>خط العرض خط الطول [الارتفاع الدقة]</translation>
    </message>
    <message>
        <source>Type the latitude and longitude in degrees, separated by a space: 13.51 2.11</source>
        <translation>اكتب خط العرض وخط الطول بالدرجات، يفصل بينهما مسافة: 13.51 2.11</translation>
    </message>
</context>
<context>
    <name>flowdesk::HistoryView</name>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>flowdesk::ImportBatchDialog</name>
    <message>
        <source>Check</source>
        <translation>فحص</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Review Conflicts…</source>
        <translation>مراجعة التعارضات…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Import Batch</source>
        <translation>استيراد دفعة</translation>
    </message>
    <message>
        <source>A batch from another office: its .zip or its folder</source>
        <translation>دفعة من مكتب آخر: ملف ‎.zip‎ الخاص بها أو مجلدها</translation>
    </message>
    <message>
        <source>Zip File…</source>
        <translation>ملف zip…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>مجلد…</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Choose a batch: FlowDesk checks its signature and every file before anything is imported.</source>
        <translation>اختر دفعة: يتحقق FlowDesk من توقيعها ومن كل ملف قبل استيراد أي شيء.</translation>
    </message>
    <message>
        <source>Only an administrator can import batches.</source>
        <translation>لا يمكن إلا للمسؤول استيراد الدفعات.</translation>
    </message>
    <message>
        <source>Import a batch</source>
        <translation>استيراد دفعة</translation>
    </message>
    <message>
        <source>FlowDesk batches (*.zip)</source>
        <translation>دفعات FlowDesk (*.zip)</translation>
    </message>
    <message>
        <source>Import a batch folder</source>
        <translation>استيراد مجلد دفعة</translation>
    </message>
    <message>
        <source>Batch %1 from %2, exported by %3 on %4.</source>
        <translation>الدفعة %1 من %2، صدّرها %3 في %4.</translation>
    </message>
    <message>
        <source>Questionnaire %1 version %2: %3.</source>
        <translation>الاستبيان %1 الإصدار %2: %3.</translation>
    </message>
    <message>
        <source>known here</source>
        <translation>معروف هنا</translation>
    </message>
    <message>
        <source>new here, it will be added</source>
        <translation>جديد هنا، وستتم إضافته</translation>
    </message>
    <message>
        <source>Questionnaire %1 version %2.</source>
        <translation>الاستبيان %1 الإصدار %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s); personal data %1.</source>
        <translation>
            <numerusform>لا مقابلات (%n)؛ البيانات الشخصية %1.</numerusform>
            <numerusform>مقابلة واحدة (%n)؛ البيانات الشخصية %1.</numerusform>
            <numerusform>مقابلتان (%n)؛ البيانات الشخصية %1.</numerusform>
            <numerusform>%n مقابلات؛ البيانات الشخصية %1.</numerusform>
            <numerusform>%n مقابلة؛ البيانات الشخصية %1.</numerusform>
            <numerusform>%n مقابلة؛ البيانات الشخصية %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>included</source>
        <translation>مُضمَّنة</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>مستبعدة</translation>
    </message>
    <message>
        <source>Signed with key %1 (fingerprint %2): %3.</source>
        <translation>موقّعة بالمفتاح %1 (البصمة %2): %3.</translation>
    </message>
    <message>
        <source>trusted here</source>
        <translation>موثوق به هنا</translation>
    </message>
    <message>
        <source>NOT trusted here</source>
        <translation>غير موثوق به هنا</translation>
    </message>
    <message numerus="yes">
        <source>Signature and all %n file checksum(s) verified.</source>
        <translation>
            <numerusform>تم التحقق من التوقيع (لا مجاميع اختبارية: %n).</numerusform>
            <numerusform>تم التحقق من التوقيع ومن المجموع الاختباري للملف (%n).</numerusform>
            <numerusform>تم التحقق من التوقيع ومن المجموعين الاختباريين للملفين (%n).</numerusform>
            <numerusform>تم التحقق من التوقيع ومن المجاميع الاختبارية لكل الملفات الـ%n.</numerusform>
            <numerusform>تم التحقق من التوقيع ومن المجاميع الاختبارية لكل الملفات الـ%n.</numerusform>
            <numerusform>تم التحقق من التوقيع ومن المجاميع الاختبارية لكل الملفات الـ%n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>مرفوض: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 already here with the same answers (skipped), %3 with other answers kept aside for review.</source>
        <translation>استُورد: أُضيفت %1، و%2 موجودة مسبقًا بالإجابات نفسها (تم تخطيها)، و%3 بإجابات أخرى جُنّبت للمراجعة.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>لم يُستورد أي شيء: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
</context>
<context>
    <name>flowdesk::InterviewListModel</name>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>مُصدَّرة</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>المقابلة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Enumerator</source>
        <translation>العدّاد</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>بدأت</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
</context>
<context>
    <name>flowdesk::InterviewReviewPage</name>
    <message>
        <source>Short interview</source>
        <translation>مقابلة قصيرة</translation>
    </message>
    <message>
        <source>Unusual value: %1</source>
        <translation>قيمة غير معتادة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Possible duplicate of #%1</source>
        <translation>تكرار محتمل لـ #%1</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;اعتماد</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;رفض…</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>العودة إلى القائمة (Esc)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Interview &amp;comments</source>
        <translation>تعليقات &amp;المقابلة</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;السابق</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;التالي</translation>
    </message>
    <message>
        <source>Approve (Alt+A or Ctrl+Enter), then open the next interview</source>
        <translation>اعتماد (Alt+A أو Ctrl+Enter)، ثم فتح المقابلة التالية</translation>
    </message>
    <message>
        <source>Reject with a reason (Alt+R): the interview goes back to its enumerator</source>
        <translation>رفض مع ذكر السبب (Alt+R): تعود المقابلة إلى عدّادها</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>المقابلة %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>استغرقت %1</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>لا تصحيحات (%n)</numerusform>
            <numerusform>تصحيح واحد (%n)</numerusform>
            <numerusform>تصحيحان (%n)</numerusform>
            <numerusform>%n تصحيحات</numerusform>
            <numerusform>%n تصحيحًا</numerusform>
            <numerusform>%n تصحيح</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>كل الأسئلة</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>التحذيرات</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>المؤشَّر عليها</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>بلا إجابة</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Comments on the interview</source>
        <translation>تعليقات على المقابلة</translation>
    </message>
    <message>
        <source>Comments on “%1”</source>
        <translation>تعليقات على «⁨%1⁩»</translation>
    </message>
    <message>
        <source>Reject interview</source>
        <translation>رفض المقابلة</translation>
    </message>
    <message>
        <source>Say what the enumerator must fix: the interview goes back to them with this reason.</source>
        <translation>اذكر ما يجب على العدّاد تصحيحه: تعود المقابلة إليه مع هذا السبب.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>Keying</source>
        <translation>الإدخال</translation>
    </message>
</context>
<context>
    <name>flowdesk::InterviewsPage</name>
    <message>
        <source>This database holds no questionnaire yet.</source>
        <translation>لا تحتوي قاعدة البيانات هذه على استبيان بعد.</translation>
    </message>
    <message>
        <source>Cannot read the interviews: %1</source>
        <translation>تعذّرت قراءة المقابلات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 interviews</source>
        <translation>%1 مقابلة</translation>
    </message>
</context>
<context>
    <name>flowdesk::KeyingStatisticsPage</name>
    <message>
        <source>Keying time</source>
        <translation>وقت الإدخال</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Keystrokes</source>
        <translation>ضغطات المفاتيح</translation>
    </message>
    <message>
        <source>Keystrokes per hour</source>
        <translation>ضغطات المفاتيح في الساعة</translation>
    </message>
    <message>
        <source>Errors per 1,000 keystrokes</source>
        <translation>الأخطاء لكل 1000 ضغطة</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>التصحيحات</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>التوقفات</translation>
    </message>
    <message>
        <source>Keyer</source>
        <translation>مُدخِل البيانات</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>By keyer and day</source>
        <translation>حسب مُدخِل البيانات واليوم</translation>
    </message>
    <message>
        <source>Keying time leaves out pauses (no key for 30 seconds or more); it is measured on a clock that changing the computer&apos;s time does not move.</source>
        <translation>يستثني وقت الإدخال التوقفات (عدم الضغط على أي مفتاح لمدة 30 ثانية أو أكثر)، ويُقاس بساعة لا تتأثر بتغيير وقت الحاسوب.</translation>
    </message>
    <message>
        <source>Keying statistics</source>
        <translation>إحصاءات الإدخال</translation>
    </message>
    <message>
        <source>How fast and how accurately each keyer enters interviews.</source>
        <translation>مدى سرعة ودقة إدخال كل مُدخِل بيانات للمقابلات.</translation>
    </message>
</context>
<context>
    <name>flowdesk::LoginDialog</name>
    <message>
        <source>Log in — FlowDesk</source>
        <translation>تسجيل الدخول — FlowDesk</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>اسم الحساب</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;الحساب:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة &amp;المرور:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;دخول</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;اللغة:</translation>
    </message>
</context>
<context>
    <name>flowdesk::MainWindow</name>
    <message>
        <source>Backing up the database…</source>
        <translation>جارٍ النسخ الاحتياطي لقاعدة البيانات…</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>&amp;New Interview</source>
        <translation>مقابلة &amp;جديدة</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>نسخ &amp;احتياطي الآن…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;استعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Export Batch…</source>
        <translation>تصدير &amp;دفعة…</translation>
    </message>
    <message>
        <source>&amp;Import Batch…</source>
        <translation>&amp;استيراد دفعة…</translation>
    </message>
    <message>
        <source>Import &amp;Conflicts…</source>
        <translation>تعارضات &amp;الاستيراد…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About FlowDesk</source>
        <translation>&amp;حول FlowDesk</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a FlowDesk database.

Create a new, empty FlowDesk database in it?</source>
        <translation>%1 ملف فارغ، وليس قاعدة بيانات FlowDesk.

هل تريد إنشاء قاعدة بيانات FlowDesk جديدة فارغة فيه؟</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>قاعدة بيانات تالفة</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>قاعدة بيانات للقراءة فقط</translation>
    </message>
    <message>
        <source>Back Up to Folder</source>
        <translation>نسخ احتياطي إلى مجلد</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>نسخ احتياطي</translation>
    </message>
    <message>
        <source>A backup is already running; try again when it is done.</source>
        <translation>يجري نسخ احتياطي بالفعل؛ أعد المحاولة عند انتهائه.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>نُسخ احتياطيًا إلى ⁨%1⁩</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>فشل النسخ الاحتياطي: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>A backup is running; try again when it is done.</source>
        <translation>يجري نسخ احتياطي؛ أعد المحاولة عند انتهائه.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>FlowDesk backups (*.flowdesk);;All files (*)</source>
        <translation>نسخ FlowDesk الاحتياطية (*.flowdesk);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>تعذّرت الاستعادة</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?

The current file is kept beside it, renamed to %3.replaced-&lt;time&gt;.</source>
        <translation>هل تريد استبدال %1 بالنسخة الاحتياطية %2؟

يُحتفظ بالملف الحالي بجانبه، بعد تغيير اسمه إلى %3.replaced-&lt;الوقت&gt;.</translation>
    </message>
    <message>
        <source>%1
Nothing was changed.</source>
        <translation>%1
لم يتغير أي شيء.</translation>
    </message>
    <message>
        <source>Cannot open the restored database</source>
        <translation>تعذّر فتح قاعدة البيانات المستعادة</translation>
    </message>
    <message>
        <source>Restored from %1; the replaced file is %2</source>
        <translation>استُعيدت من ⁨%1⁩؛ والملف المستبدَل هو ⁨%2⁩</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;المقابلات</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>⁨%1⁩ (الإصدار ⁨%2⁩)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>FlowDesk databases (*.flowdesk *.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات FlowDesk (*.flowdesk *.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;التقارير</translation>
    </message>
    <message>
        <source>Pro&amp;file</source>
        <translation>&amp;الملف التعريفي</translation>
    </message>
    <message>
        <source>&amp;Keying statistics</source>
        <translation>&amp;إحصاءات الإدخال</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;الرئيسية</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>Cannot open the interview</source>
        <translation>تعذّر فتح المقابلة</translation>
    </message>
    <message>
        <source>Log in to the database to key interviews.</source>
        <translation>سجّل الدخول إلى قاعدة البيانات لإدخال المقابلات.</translation>
    </message>
    <message>
        <source>About FlowDesk</source>
        <translation>حول FlowDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;FlowDesk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Offline entry, review and export of Flow Monitoring Surveys written as XLSForms.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;FlowDesk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;إدخال استبيانات رصد التدفق المكتوبة بصيغة XLSForm ومراجعتها وتصديرها دون اتصال.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>enumerator</source>
        <translation>العدّاد</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>المراجع</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>⁨%1⁩ · ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>flowdesk::NumberQuestion</name>
    <message>
        <source>whole number</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <source>number</source>
        <translation>عدد</translation>
    </message>
</context>
<context>
    <name>flowdesk::ParadataView</name>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>Keying</source>
        <translation>الإدخال</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Keying figures</source>
        <translation>أرقام الإدخال</translation>
    </message>
    <message>
        <source>Time per section</source>
        <translation>الوقت لكل قسم</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>No keying paradata: this interview was not keyed in FlowDesk&apos;s data entry (imported, or keyed before paradata was recorded).</source>
        <translation>لا توجد بيانات موازية للإدخال: لم تُدخَل هذه المقابلة عبر إدخال البيانات في FlowDesk (مستوردة، أو أُدخلت قبل بدء تسجيل البيانات الموازية).</translation>
    </message>
    <message>
        <source>Keying time (without pauses)</source>
        <translation>وقت الإدخال (دون التوقفات)</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>التصحيحات</translation>
    </message>
    <message>
        <source>Keystrokes</source>
        <translation>ضغطات المفاتيح</translation>
    </message>
    <message>
        <source>Errors and warnings met</source>
        <translation>الأخطاء والتحذيرات المصادَفة</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>التوقفات</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Answers saved</source>
        <translation>الإجابات المحفوظة</translation>
    </message>
    <message>
        <source>Keying sessions</source>
        <translation>جلسات الإدخال</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>Outside sections</source>
        <translation>خارج الأقسام</translation>
    </message>
</context>
<context>
    <name>flowdesk::Permissions</name>
    <message>
        <source>An enumerator</source>
        <translation>العدّاد</translation>
    </message>
    <message>
        <source>A reviewer</source>
        <translation>المراجع</translation>
    </message>
    <message>
        <source>A supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <source>An administrator</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>view interviews</source>
        <translation>عرض المقابلات</translation>
    </message>
    <message>
        <source>start interviews</source>
        <translation>بدء المقابلات</translation>
    </message>
    <message>
        <source>edit answers</source>
        <translation>تعديل الإجابات</translation>
    </message>
    <message>
        <source>complete interviews</source>
        <translation>إكمال المقابلات</translation>
    </message>
    <message>
        <source>approve interviews</source>
        <translation>اعتماد المقابلات</translation>
    </message>
    <message>
        <source>reject interviews</source>
        <translation>رفض المقابلات</translation>
    </message>
    <message>
        <source>comment on interviews</source>
        <translation>التعليق على المقابلات</translation>
    </message>
    <message>
        <source>hide comments</source>
        <translation>إخفاء التعليقات</translation>
    </message>
    <message>
        <source>reopen approved interviews</source>
        <translation>إعادة فتح المقابلات المعتمدة</translation>
    </message>
    <message>
        <source>approve interviews in bulk</source>
        <translation>اعتماد المقابلات دفعة واحدة</translation>
    </message>
    <message>
        <source>export interviews</source>
        <translation>تصدير المقابلات</translation>
    </message>
    <message>
        <source>import batches</source>
        <translation>استيراد الدفعات</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>إدارة الحسابات</translation>
    </message>
    <message>
        <source>add questionnaires</source>
        <translation>إضافة استبيانات</translation>
    </message>
    <message>
        <source>change the office policy</source>
        <translation>تغيير سياسة المكتب</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>عرض التقارير</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>عرض سجل التدقيق</translation>
    </message>
    <message>
        <source>show small cells unsuppressed</source>
        <translation>إظهار الخلايا الصغيرة دون حجب</translation>
    </message>
    <message>
        <source>%1 (%2) cannot %3.</source>
        <translation>%1 (%2) لا يحق له %3.</translation>
    </message>
</context>
<context>
    <name>flowdesk::ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>الملف التعريفي</translation>
    </message>
    <message>
        <source>The profile is read when this page is first shown.</source>
        <translation>يُقرأ الملف التعريفي عند أول عرض لهذه الصفحة.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>أيّ</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>Flow monitoring point</source>
        <translation>نقطة رصد التدفق</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Split every chart by</source>
        <translation>تقسيم كل مخطط حسب</translation>
    </message>
    <message>
        <source>each chart&apos;s own</source>
        <translation>تقسيم كل مخطط الخاص</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation>&amp;النقطة</translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>&amp;الجنسية</translation>
    </message>
    <message>
        <source>S&amp;ex</source>
        <translation>&amp;الجنس</translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation>&amp;العمر</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;الحالة</translation>
    </message>
    <message>
        <source>S&amp;plit by</source>
        <translation>&amp;التقسيم حسب</translation>
    </message>
    <message>
        <source>Profile progress</source>
        <translation>تقدّم الملف التعريفي</translation>
    </message>
    <message>
        <source>Show small cells (on screen only)</source>
        <translation>إظهار الخلايا الصغيرة (على الشاشة فقط)</translation>
    </message>
    <message>
        <source>&amp;Add chart</source>
        <translation>&amp;إضافة مخطط</translation>
    </message>
    <message>
        <source>Report (&amp;PDF)…</source>
        <translation>تقرير (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Tables (&amp;CSV)…</source>
        <translation>جداول (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Profile report</source>
        <translation>تقرير الملف التعريفي</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the tables</source>
        <translation>مجلد الجداول</translation>
    </message>
    <message>
        <source>Profile tables</source>
        <translation>جداول الملف التعريفي</translation>
    </message>
    <message>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>0-17 (children)</source>
        <translation>0-17 (أطفال)</translation>
    </message>
    <message>
        <source>Reading the answers…</source>
        <translation>جارٍ قراءة الإجابات…</translation>
    </message>
    <message>
        <source>The profile cannot be shown: %1</source>
        <translation>تعذّر عرض الملف التعريفي: ⁨%1⁩</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 interviews&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1 مقابلة&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source> · %1 to %2</source>
        <translation> · من %1 إلى %2</translation>
    </message>
    <message>
        <source> · counts below %1 shown as &amp;lt;%1</source>
        <translation> · الأعداد الأقل من %1 تظهر بصيغة &amp;lt;%1</translation>
    </message>
    <message>
        <source> · &lt;b&gt;small cells shown: this view must not be shared&lt;/b&gt;</source>
        <translation> · &lt;b&gt;الخلايا الصغيرة معروضة: يجب عدم مشاركة هذا العرض&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The charts are shown but not saved: %1</source>
        <translation>المخططات معروضة لكنها غير محفوظة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <source>Approved and exported</source>
        <translation>المعتمدة والمُصدَّرة</translation>
    </message>
    <message>
        <source>Completed, approved, exported</source>
        <translation>المكتملة والمعتمدة والمُصدَّرة</translation>
    </message>
    <message>
        <source>All but drafts</source>
        <translation>الكل ما عدا المسودات</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>لا مقابلات (%n)</numerusform>
            <numerusform>مقابلة واحدة (%n)</numerusform>
            <numerusform>مقابلتان (%n)</numerusform>
            <numerusform>%n مقابلات</numerusform>
            <numerusform>%n مقابلة</numerusform>
            <numerusform>%n مقابلة</numerusform>
        </translation>
    </message>
    <message>
        <source>Flow monitoring profile</source>
        <translation>الملف التعريفي لرصد التدفق</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>⁨%1⁩ (الإصدار ⁨%2⁩)</translation>
    </message>
</context>
<context>
    <name>flowdesk::QuestionWidget</name>
    <message>
        <source>No hint for this question.</source>
        <translation>لا يوجد تلميح لهذا السؤال.</translation>
    </message>
    <message>
        <source>Warning accepted: %1</source>
        <translation>تحذير مقبول: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Confirmed as on paper: %1</source>
        <translation>مؤكَّد كما في الورق: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>flowdesk::QuestionnairePanel</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
</context>
<context>
    <name>flowdesk::QuestionnaireTreeModel</name>
    <message>
        <source>required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>skip logic</source>
        <translation>منطق التخطي</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>قيد</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>محسوب</translation>
    </message>
    <message>
        <source>filtered choices</source>
        <translation>خيارات مصفّاة</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>معدود</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>بيانات شخصية</translation>
    </message>
    <message>
        <source>not captured on desktop</source>
        <translation>لا يُلتقط على الحاسوب</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Logic</source>
        <translation>المنطق</translation>
    </message>
</context>
<context>
    <name>flowdesk::ReadOnlyRow</name>
    <message>
        <source>Not captured on the desktop (%1).</source>
        <translation>لا يُلتقط على الحاسوب (%1).</translation>
    </message>
</context>
<context>
    <name>flowdesk::ReasonDialog</name>
    <message>
        <source>Reason (required)</source>
        <translation>السبب (إلزامي)</translation>
    </message>
</context>
<context>
    <name>flowdesk::ReasonPanel</name>
    <message>
        <source>Enter: keep the answer · Esc: correct it</source>
        <translation>Enter: الإبقاء على الإجابة · Esc: تصحيحها</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Keep this answer? %1</source>
        <translation>هل تريد الإبقاء على هذه الإجابة؟ ⁨%1⁩</translation>
    </message>
    <message>
        <source>Keep this value as written on the paper? %1</source>
        <translation>هل تريد الإبقاء على هذه القيمة كما كُتبت على الورق؟ ⁨%1⁩</translation>
    </message>
    <message>
        <source>Checked with the respondent</source>
        <translation>تم التحقق مع المستجيب</translation>
    </message>
    <message>
        <source>As written on the paper form</source>
        <translation>كما كُتب في الاستمارة الورقية</translation>
    </message>
    <message>
        <source>Checked by the supervisor</source>
        <translation>تحقق منه المشرف</translation>
    </message>
    <message>
        <source>Checked with the enumerator</source>
        <translation>تم التحقق مع العدّاد</translation>
    </message>
</context>
<context>
    <name>flowdesk::ReportsPage</name>
    <message>
        <source>Enumerator</source>
        <translation>العدّاد</translation>
    </message>
    <message>
        <source>Median duration</source>
        <translation>المدة الوسيطة</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>حالات الرفض</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>الانتظار الوسيط</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>أطول انتظار</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Time in each status</source>
        <translation>الوقت في كل حالة</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Interviews by enumerator, and how long they wait in each status.</source>
        <translation>المقابلات حسب العدّاد، ومدة انتظارها في كل حالة.</translation>
    </message>
</context>
<context>
    <name>flowdesk::SectionNavigator</name>
    <message>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation>بها أخطاء</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>متخطّى</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>لا أخطاء (%n)</numerusform>
            <numerusform>خطأ واحد (%n)</numerusform>
            <numerusform>خطآن (%n)</numerusform>
            <numerusform>%n أخطاء</numerusform>
            <numerusform>%n خطأً</numerusform>
            <numerusform>%n خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to answer</source>
        <translation>
            <numerusform>لا شيء للإجابة (%n)</numerusform>
            <numerusform>سؤال واحد للإجابة (%n)</numerusform>
            <numerusform>سؤالان للإجابة (%n)</numerusform>
            <numerusform>%n أسئلة للإجابة</numerusform>
            <numerusform>%n سؤالًا للإجابة</numerusform>
            <numerusform>%n سؤال للإجابة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>لا تحذيرات (%n)</numerusform>
            <numerusform>تحذير واحد (%n)</numerusform>
            <numerusform>تحذيران (%n)</numerusform>
            <numerusform>%n تحذيرات</numerusform>
            <numerusform>%n تحذيرًا</numerusform>
            <numerusform>%n تحذير</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdesk::SelectMultipleQuestion</name>
    <message>
        <source>numbers or names, separated by spaces</source>
        <translation>أرقام أو أسماء، تفصل بينها مسافات</translation>
    </message>
    <message>
        <source>No choice is numbered or named &apos;%1&apos; here.</source>
        <translation>لا يوجد هنا خيار رقمه أو اسمه &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>flowdesk::SelectOneQuestion</name>
    <message>
        <source>number or name</source>
        <translation>رقم أو اسم</translation>
    </message>
    <message>
        <source>No choice is numbered or named &apos;%1&apos; here.</source>
        <translation>لا يوجد هنا خيار رقمه أو اسمه &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>flowdesk::TemporalQuestion</name>
    <message>
        <source>%1 (F4: calendar)</source>
        <translation>%1 (F4: التقويم)</translation>
    </message>
    <message>
        <source>Type it as %1</source>
        <translation>اكتبه بالصيغة %1</translation>
    </message>
</context>
</TS>
