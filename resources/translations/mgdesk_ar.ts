<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>{value} {unit}</source>
        <translation>‏‎{value} {unit}</translation>
    </message>
    <message>
        <source>clinic threshold {value} {unit}; literature {literature} {unit}</source>
        <translation>عتبة العيادة ‎{value} {unit}؛ المراجع العلمية ‎{literature} {unit}</translation>
    </message>
    <message>
        <source>Below the hypomagnesemia threshold of {threshold}.</source>
        <translation>دون عتبة نقص مغنيسيوم الدم البالغة ‎{threshold}.</translation>
    </message>
    <message>
        <source>Not below the hypomagnesemia threshold of {threshold}.</source>
        <translation>ليست دون عتبة نقص مغنيسيوم الدم البالغة ‎{threshold}.</translation>
    </message>
    <message>
        <source>Cannot tell whether below the hypomagnesemia threshold of {threshold}.</source>
        <translation>يتعذّر الحسم إن كانت دون عتبة نقص مغنيسيوم الدم البالغة ‎{threshold}.</translation>
    </message>
    <message>
        <source>any value below {bound} mmol/L</source>
        <translation>أي قيمة دون ‎{bound} mmol/L</translation>
    </message>
    <message>
        <source>any value above {bound} mmol/L</source>
        <translation>أي قيمة فوق ‎{bound} mmol/L</translation>
    </message>
    <message>
        <source>{value} {unit} is {span}, on both sides of the hypomagnesemia threshold of {threshold}: cannot tell. It could be {classes}.</source>
        <translation>القيمة ‎{value} {unit} تعني {span}، على جانبي عتبة نقص مغنيسيوم الدم البالغة ‎{threshold}: يتعذّر الحسم. التصنيفات المحتملة: {classes}.</translation>
    </message>
    <message>
        <source>{value} {unit} is {span}: classed {category}, it could be {classes}.</source>
        <translation>القيمة ‎{value} {unit} تعني {span}: التصنيف {category}، والتصنيفات المحتملة: {classes}.</translation>
    </message>
    <message>
        <source>{value} {unit} could be {low} to {high} mmol/L: on the {edges} mmol/L edge. Its written precision cannot tell which side.</source>
        <translation>القيمة ‎{value} {unit} قد تعادل أي قيمة من ‎{low} إلى ‎{high} mmol/L: على حد النطاق ‎{edges} mmol/L. لا تكفي دقتها المكتوبة لتحديد الجانب.</translation>
    </message>
    <message>
        <source>{value} {unit} could be {low} to {high} mmol/L: on the {edges} mmol/L threshold. Its written precision cannot tell which side.</source>
        <translation>القيمة ‎{value} {unit} قد تعادل أي قيمة من ‎{low} إلى ‎{high} mmol/L: على العتبة ‎{edges} mmol/L. لا تكفي دقتها المكتوبة لتحديد الجانب.</translation>
    </message>
    <message>
        <source>{value} {unit} is {category}; as {value} {other_unit} it would be {mmol} mmol/L, normal - check the unit.</source>
        <translation>القيمة ‎{value} {unit}: {category}؛ ولو كانت ‎{value} {other_unit} لكانت ‎{mmol} mmol/L، أي ضمن الطبيعي - تحقّق من الوحدة.</translation>
    </message>
    <message>
        <source>{value} {unit} could be {classes}: on both sides of the threshold, so mgdesk cannot tell.</source>
        <translation>التصنيفات المحتملة للقيمة ‎{value} {unit}: {classes}، فهي على جانبي العتبة، لذا يتعذّر على mgdesk الحسم.</translation>
    </message>
    <message>
        <source>{mmol} mmol/L is in the band {band} mmol/L: {category} in the profile {profile}.</source>
        <translation>القيمة ‎{mmol} mmol/L ضمن النطاق ‎{band} mmol/L: {category} في الملف {profile}.</translation>
    </message>
    <message>
        <source>{category}, borderline</source>
        <translation>{category}، حدّي</translation>
    </message>
    <message>
        <source>Serum Mg {value} {unit} ({details}; hypomagnesemia threshold {threshold})</source>
        <translation>مغنيسيوم المصل ‎{value} {unit} ({details}؛ عتبة نقص مغنيسيوم الدم ‎{threshold})</translation>
    </message>
    <message>
        <source>Serum Mg {value} {unit} = {mmol} mmol/L ({details}; hypomagnesemia threshold {threshold})</source>
        <translation>مغنيسيوم المصل ‎{value} {unit} = ‎{mmol} mmol/L ({details}؛ عتبة نقص مغنيسيوم الدم ‎{threshold})</translation>
    </message>
    <message>
        <source>Enter a value, e.g. 1.8 mg/dL or 0.74 mmol/L.</source>
        <translation>أدخل قيمة، مثلًا ‎1.8 mg/dL أو ‎0.74 mmol/L.</translation>
    </message>
    <message>
        <source>The entry is too long ({length} characters) for one value.</source>
        <translation>المُدخل طويل جدًا ({length} حرفًا) لقيمة واحدة.</translation>
    </message>
    <message>
        <source>{text} is not a value: write a number with a decimal point or comma (1.8 or 1,8), optionally followed by its unit.</source>
        <translation>القيمة {text} ليست رقمًا: اكتب رقمًا بفاصلة عشرية أو نقطة (1.8 أو 1,8)، وبعده وحدته إن شئت.</translation>
    </message>
    <message>
        <source>{text} has an exponent: write the value as the lab printed it, without one (1.8 or 1,8), optionally followed by its unit.</source>
        <translation>القيمة {text} فيها أُس: اكتبها كما طبعها المختبر، دون أُس (1.8 أو 1,8)، وبعدها وحدتها إن شئت.</translation>
    </message>
    <message>
        <source>The value is not a number (NaN or infinity): enter a measured value.</source>
        <translation>القيمة ليست رقمًا (NaN أو ما لا نهاية): أدخل قيمة مقيسة.</translation>
    </message>
    <message>
        <source>The value must be greater than zero.</source>
        <translation>يجب أن تكون القيمة أكبر من الصفر.</translation>
    </message>
    <message>
        <source>Unknown qualifier {qualifier}: use &apos;&lt;&apos;, &apos;&gt;&apos; or nothing.</source>
        <translation>محدِّد غير معروف {qualifier}: استخدم &apos;&lt;&apos; أو &apos;&gt;&apos; أو لا شيء.</translation>
    </message>
    <message>
        <source>No unit given. Accepted units: mg/dL (also mg/dl, mg/100mL, mg%), mg/L, mmol/L (also mmol/l, mM), umol/L (also µmol/L), mEq/L (also meq/L, mEq/l).</source>
        <translation>لم تُحدَّد الوحدة. الوحدات المقبولة (وبين القوسين صيغ أخرى مقبولة): ‎mg/dL (mg/dl, mg/100mL, mg%), mg/L, mmol/L (mmol/l, mM), umol/L (µmol/L), mEq/L (meq/L, mEq/l)‎.</translation>
    </message>
    <message>
        <source>Give the unit of {text}. Accepted units: mg/dL (also mg/dl, mg/100mL, mg%), mg/L, mmol/L (also mmol/l, mM), umol/L (also µmol/L), mEq/L (also meq/L, mEq/l).</source>
        <translation>حدّد وحدة {text}. الوحدات المقبولة (وبين القوسين صيغ أخرى مقبولة): ‎mg/dL (mg/dl, mg/100mL, mg%), mg/L, mmol/L (mmol/l, mM), umol/L (µmol/L), mEq/L (meq/L, mEq/l)‎.</translation>
    </message>
    <message>
        <source>Unknown unit {unit}. Accepted units: mg/dL (also mg/dl, mg/100mL, mg%), mg/L, mmol/L (also mmol/l, mM), umol/L (also µmol/L), mEq/L (also meq/L, mEq/l).</source>
        <translation>وحدة غير معروفة {unit}. الوحدات المقبولة (وبين القوسين صيغ أخرى مقبولة): ‎mg/dL (mg/dl, mg/100mL, mg%), mg/L, mmol/L (mmol/l, mM), umol/L (µmol/L), mEq/L (meq/L, mEq/l)‎.</translation>
    </message>
    <message>
        <source>{text} carries the unit {unit}, but {given} was also given.</source>
        <translation>القيمة {text} تحمل الوحدة {unit}، لكن الوحدة {given} أُعطيت أيضًا.</translation>
    </message>
    <message>
        <source>{value} {unit} is above {limit_mmol_per_l} mmol/L, which no living patient has: check the unit.</source>
        <translation>القيمة ‎{value} {unit} أعلى من ‎{limit_mmol_per_l} mmol/L، وهي قيمة لا توجد لدى مريض حي: تحقّق من الوحدة.</translation>
    </message>
    <message>
        <source>{value} {unit} is {shown} mmol/L, above {limit_mmol_per_l} mmol/L, which no living patient has: check the unit.</source>
        <translation>القيمة ‎{value} {unit} تعادل ‎{shown} mmol/L، أي أعلى من ‎{limit_mmol_per_l} mmol/L، وهي قيمة لا توجد لدى مريض حي: تحقّق من الوحدة.</translation>
    </message>
    <message>
        <source>{value} {unit} is far above {limit_mmol_per_l} mmol/L in any unit, which no living patient has: check the number and the unit.</source>
        <translation>القيمة ‎{value} {unit} أعلى بكثير من ‎{limit_mmol_per_l} mmol/L بأي وحدة، وهي قيمة لا توجد لدى مريض حي: تحقّق من الرقم والوحدة.</translation>
    </message>
    <message>
        <source>{value} {unit} is below {limit_mmol_per_l} mmol/L, too small to show or to be a measured magnesium value: check the number and the unit.</source>
        <translation>القيمة ‎{value} {unit} أقل من ‎{limit_mmol_per_l} mmol/L، أصغر من أن تُعرض أو أن تكون قيمة مغنيسيوم مقيسة: تحقّق من الرقم والوحدة.</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>Unknown drug class {text}. Accepted: {accepted}.</source>
        <translation>فئة دوائية غير معروفة {text}. المقبول: {accepted}.</translation>
    </message>
    <message>
        <source>Unknown specimen {text}. Accepted: serum, plasma, urine, red-cell.</source>
        <translation>عيّنة غير معروفة {text}. المقبول: serum، plasma، urine، red-cell.</translation>
    </message>
    <message>
        <source>A patient needs a clinic identifier.</source>
        <translation>يحتاج المريض إلى معرّف عيادة.</translation>
    </message>
    <message>
        <source>Birth year {year} is not plausible: it must lie between {earliest} and {latest}.</source>
        <translation>سنة الميلاد {year} غير معقولة: يجب أن تقع بين {earliest} و{latest}.</translation>
    </message>
    <message>
        <source>The {what} {day} is not plausible: it must lie between {earliest} and tomorrow ({latest}).</source>
        <translation>{what} {day} غير معقول: يجب أن يقع بين {earliest} والغد ({latest}).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>stop date</source>
        <translation>تاريخ الإيقاف</translation>
    </message>
    <message>
        <source>collection date</source>
        <translation>تاريخ سحب العينة</translation>
    </message>
    <message>
        <source>The course of {drug} stops ({stop}) before it starts ({start}).</source>
        <translation>فترة علاج {drug} تنتهي ({stop}) قبل أن تبدأ ({start}).</translation>
    </message>
    <message>
        <source>The daily dose of {drug} must be a number of mg greater than zero and below {limit} (one kilogram a day).</source>
        <translation>يجب أن تكون الجرعة اليومية من {drug} عددًا من mg أكبر من الصفر وأقل من {limit} (كيلوغرام واحد يوميًا).</translation>
    </message>
    <message>
        <source>The daily dose of {drug} has more than three decimals of a mg.</source>
        <translation>الجرعة اليومية من {drug} فيها أكثر من ثلاث منازل عشرية من mg.</translation>
    </message>
    <message>
        <source>The daily dose {text} is not a number of mg per day (e.g. 1000 or 1000 mg).</source>
        <translation>الجرعة اليومية {text} ليست عددًا من mg في اليوم (مثلًا 1000 أو 1000 mg).</translation>
    </message>
    <message>
        <source>The daily dose {text} is ambiguous: write {whole} without a thousands separator, or a decimal with one or two decimals.</source>
        <translation>الجرعة اليومية {text} ملتبسة: اكتب {whole} دون فاصل للآلاف، أو رقمًا عشريًا بمنزلة أو منزلتين.</translation>
    </message>
    <message>
        <source>The daily dose {text} must be greater than zero.</source>
        <translation>يجب أن تكون الجرعة اليومية {text} أكبر من الصفر.</translation>
    </message>
    <message>
        <source>{value} {unit} is the same sample as {kept_value} {kept_unit} ({specimen}, {when})</source>
        <translation>القيمة ‎{value} {unit} هي العيّنة نفسها التي قيمتها ‎{kept_value} {kept_unit} ({specimen}، {when})</translation>
    </message>
    <message>
        <source>{value} {unit} is the same sample as {kept_value} {kept_unit} ({specimen}, {when}), reported in {unit} instead of {kept_unit}</source>
        <translation>القيمة ‎{value} {unit} هي العيّنة نفسها التي قيمتها ‎{kept_value} {kept_unit} ({specimen}، {when})، مُبلَّغ عنها بوحدة {unit} بدلًا من {kept_unit}</translation>
    </message>
    <message>
        <source>Profile {name}: {reason}</source>
        <translation>الملف {name}: {reason}</translation>
    </message>
    <message>
        <source>{origin}: {reason}</source>
        <translation>{origin}: {reason}</translation>
    </message>
    <message>
        <source>{key} must be a whole number of months from 1 to {most}, not {value}.</source>
        <translation>يجب أن يكون {key} عددًا صحيحًا من الأشهر من 1 إلى {most}، وليس {value}.</translation>
    </message>
    <message>
        <source>{key} must be a whole number of months, not {value}.</source>
        <translation>يجب أن يكون {key} عددًا صحيحًا من الأشهر، وليس {value}.</translation>
    </message>
    <message>
        <source>retest_months_after_low ({after_low}) must not be longer than retest_months_on_metformin ({on_metformin}): a low result is re-tested sooner, not later.</source>
        <translation>يجب ألا تكون retest_months_after_low ({after_low}) أطول من retest_months_on_metformin ({on_metformin}): النتيجة المنخفضة يُعاد فحصها أبكر لا أبطأ.</translation>
    </message>
    <message>
        <source>every edge must be a finite number.</source>
        <translation>يجب أن يكون كل حد رقمًا منتهيًا.</translation>
    </message>
    <message>
        <source>every edge must be greater than zero.</source>
        <translation>يجب أن يكون كل حد أكبر من الصفر.</translation>
    </message>
    <message>
        <source>hypomagnesemia_below must be below {limit} mmol/L, which no living patient reaches.</source>
        <translation>يجب أن تكون hypomagnesemia_below دون {limit} mmol/L، وهي قيمة لا يبلغها مريض حي.</translation>
    </message>
    <message>
        <source>edges must rise: critical_low_below &lt; low_below &lt; high_above &lt; critical_high_above.</source>
        <translation>يجب أن تتصاعد الحدود: critical_low_below &lt; low_below &lt; high_above &lt; critical_high_above.</translation>
    </message>
    <message>
        <source>missing {keys}.</source>
        <translation>مفقود: {keys}.</translation>
    </message>
    <message>
        <source>{key} must be a number, not {value}.</source>
        <translation>يجب أن يكون {key} رقمًا، وليس {value}.</translation>
    </message>
    <message>
        <source>[sources] must be a table of texts.</source>
        <translation>يجب أن يكون [sources] جدولًا من النصوص.</translation>
    </message>
    <message>
        <source>the profile needs a name.</source>
        <translation>يحتاج الملف إلى اسم.</translation>
    </message>
    <message>
        <source>{key} = {value} {unit} is not plausible; a band edge lies between {low} and {high} mmol/L.</source>
        <translation>القيمة {key} = {value} {unit} غير معقولة؛ حد النطاق يقع بين {low} و{high} mmol/L.</translation>
    </message>
    <message>
        <source>hypomagnesemia_below must lie between critical_low_below and high_above ({low} to {high} mmol/L), not {value} mmol/L.</source>
        <translation>يجب أن تقع hypomagnesemia_below بين critical_low_below وhigh_above (من {low} إلى {high} mmol/L)، وليس {value} mmol/L.</translation>
    </message>
    <message>
        <source>{key} is far too large to be plausible.</source>
        <translation>القيمة {key} أكبر بكثير من أن تكون معقولة.</translation>
    </message>
    <message>
        <source>{key} must be a finite number, not {value}.</source>
        <translation>يجب أن يكون {key} رقمًا منتهيًا، وليس {value}.</translation>
    </message>
    <message>
        <source>{key} is far too large or too small to be plausible.</source>
        <translation>القيمة {key} أكبر أو أصغر بكثير من أن تكون معقولة.</translation>
    </message>
    <message>
        <source>Cannot read profile {path}: it is not a regular file.</source>
        <translation>تتعذّر قراءة الملف {path}: ليس ملفًا عاديًا.</translation>
    </message>
    <message>
        <source>Profile {path} is larger than {kb} KB; it cannot be a profile.</source>
        <translation>الملف {path} أكبر من {kb} KB؛ لا يمكن أن يكون ملف مختبر.</translation>
    </message>
    <message>
        <source>Cannot read profile {path}: {detail}</source>
        <translation>تتعذّر قراءة الملف {path}: {detail}</translation>
    </message>
    <message>
        <source>{origin} is not valid TOML: {detail}</source>
        <translation>الملف {origin} ليس TOML صالحًا: {detail}</translation>
    </message>
    <message>
        <source>{origin} is not a profile: its arrays or tables are nested too deep.</source>
        <translation>الملف {origin} ليس ملف مختبر: مصفوفاته أو جداوله متداخلة بعمق زائد.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Cannot create {path}: its folder may not be written.</source>
        <translation>يتعذّر إنشاء {path}: قد لا يُسمح بالكتابة في مجلده.</translation>
    </message>
    <message>
        <source>{path} is not a file, so it cannot be an mgdesk database.</source>
        <translation>المسار {path} ليس ملفًا، لذا لا يمكن أن يكون قاعدة بيانات mgdesk.</translation>
    </message>
    <message>
        <source>{path} is not a database (it does not start like an SQLite file). It was left as it is; choose an mgdesk database, or a new file name to create one.</source>
        <translation>الملف {path} ليس قاعدة بيانات (لا يبدأ كملف SQLite). تُرك كما هو؛ اختر قاعدة بيانات mgdesk، أو اسم ملف جديد لإنشاء واحدة.</translation>
    </message>
    <message>
        <source>{path} is read-only. mgdesk needs to write to its database: make the file writable, or copy it to a folder of your own and open the copy.</source>
        <translation>الملف {path} للقراءة فقط. يحتاج mgdesk إلى الكتابة في قاعدة بياناته: اجعل الملف قابلًا للكتابة، أو انسخه إلى مجلد خاص بك وافتح النسخة.</translation>
    </message>
    <message>
        <source>The folder of {path} may not be written; SQLite needs to keep its journal beside the file.</source>
        <translation>قد لا يُسمح بالكتابة في مجلد {path}؛ يحتاج SQLite إلى حفظ سجله بجانب الملف.</translation>
    </message>
    <message>
        <source>Another program is using {where} and holds it locked; nothing was changed. Close the other program (or wait for it to finish) and try again.</source>
        <translation>برنامج آخر يستخدم {where} ويقفله؛ لم يتغير شيء. أغلق البرنامج الآخر (أو انتظر انتهاءه) وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full or failing ({detail}); nothing was changed.</source>
        <translation>القرص الذي يحوي {where} ممتلئ أو معطوب ({detail})؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{where} may not be written (read-only file or folder); nothing was changed.</source>
        <translation>لا يُسمح بالكتابة في {where} (ملف أو مجلد للقراءة فقط)؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{where} is not an SQLite database; it was left as it is.</source>
        <translation>{where} ليست قاعدة بيانات SQLite؛ تُركت كما هي.</translation>
    </message>
    <message>
        <source>There is no database at {path}; nothing was created. Open another database, or import a file to start one.</source>
        <translation>لا توجد قاعدة بيانات في {path}؛ لم يُنشأ شيء. افتح قاعدة بيانات أخرى، أو استورد ملفًا لبدء واحدة.</translation>
    </message>
    <message>
        <source>There is an empty file at {path}; nothing was created. Open another database, or import a file to start one.</source>
        <translation>يوجد ملف فارغ في {path}؛ لم يُنشأ شيء. افتح قاعدة بيانات أخرى، أو استورد ملفًا لبدء واحدة.</translation>
    </message>
    <message>
        <source>This database was written by a newer mgdesk (schema {version}; this mgdesk knows up to {current}). It was left untouched: update mgdesk to open it.</source>
        <translation>كُتبت قاعدة البيانات هذه بإصدار أحدث من mgdesk (المخطط {version}؛ يعرف هذا الإصدار حتى {current}). تُركت دون تغيير: حدّث mgdesk لفتحها.</translation>
    </message>
    <message>
        <source>{text} is not a server address; write postgresql://user@host[:port]/database.</source>
        <translation>النص {text} ليس عنوان خادم؛ اكتب postgresql://user@host[:port]/database.</translation>
    </message>
    <message>
        <source>A password in the server address would be stored and shown in plain text; mgdesk never keeps one. Put it in ~/.pgpass (or PGPASSWORD, or a pg_service.conf entry) and give postgresql://user@host/database.</source>
        <translation>كلمة المرور في عنوان الخادم ستُحفظ وتُعرض نصًا صريحًا؛ لا يحتفظ mgdesk بها أبدًا. ضعها في ‎~/.pgpass (أو PGPASSWORD، أو مُدخل في pg_service.conf) واكتب postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>Name the database in the server address: postgresql://user@host[:port]/database ({text}).</source>
        <translation>اذكر قاعدة البيانات في عنوان الخادم: postgresql://user@host[:port]/database ({text}).</translation>
    </message>
    <message>
        <source>The clinic server refused the login to {where} ({detail}). Check the user name, and the password in ~/.pgpass (or PGPASSWORD); the server&apos;s administrator grants access.</source>
        <translation>رفض خادم العيادة تسجيل الدخول إلى {where} ({detail}). تحقّق من اسم المستخدم، ومن كلمة المرور في ‎~/.pgpass (أو PGPASSWORD)؛ مسؤول الخادم هو من يمنح الوصول.</translation>
    </message>
    <message>
        <source>The clinic server has no such database ({detail}); check the address or ask its administrator.</source>
        <translation>لا توجد قاعدة البيانات هذه على خادم العيادة ({detail})؛ تحقّق من العنوان أو اسأل مسؤوله.</translation>
    </message>
    <message>
        <source>The clinic server could not be reached.</source>
        <translation>تعذّر الوصول إلى خادم العيادة.</translation>
    </message>
    <message>
        <source>Another workstation has just added a patient with this clinic identifier.</source>
        <translation>أضافت محطة عمل أخرى للتو مريضًا بمعرّف العيادة هذا.</translation>
    </message>
    <message>
        <source>The clinic server cannot be reached ({where}: {detail}). Nothing was changed there. The converter keeps working; try again when the network or the server is back.</source>
        <translation>يتعذّر الوصول إلى خادم العيادة ({where}: {detail}). لم يتغير شيء هناك. يبقى المحوِّل عاملًا؛ حاول مجددًا عند عودة الشبكة أو الخادم.</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>التاريخ فارغ</translation>
    </message>
    <message>
        <source>{text} could be read day-first or month-first (03/04 is 3 April or March 4): choose how dates are written, or write ISO dates (2024-04-03)</source>
        <translation>يمكن قراءة {text} باليوم أولًا أو بالشهر أولًا (03/04 هو 3 أبريل أو 4 مارس): اختر طريقة كتابة التواريخ، أو اكتب تواريخ ISO ‏(2024-04-03)</translation>
    </message>
    <message>
        <source>{text}: write the year with four digits</source>
        <translation>{text}: اكتب السنة بأربعة أرقام</translation>
    </message>
    <message>
        <source>{text} is not a date: write it as 2024-04-03</source>
        <translation>{text} ليس تاريخًا: اكتبه بالشكل 2024-04-03</translation>
    </message>
    <message>
        <source>{text} is not a real date</source>
        <translation>{text} ليس تاريخًا حقيقيًا</translation>
    </message>
    <message>
        <source>{text} is not a real date when read {order}</source>
        <translation>{text} ليس تاريخًا حقيقيًا عند قراءته {order}</translation>
    </message>
    <message>
        <source>day-first</source>
        <translation>باليوم أولًا</translation>
    </message>
    <message>
        <source>month-first</source>
        <translation>بالشهر أولًا</translation>
    </message>
    <message>
        <source>{text} is not a time: write it as 08:15</source>
        <translation>{text} ليس وقتًا: اكتبه بالشكل 08:15</translation>
    </message>
    <message>
        <source>{text} is not a real time</source>
        <translation>{text} ليس وقتًا حقيقيًا</translation>
    </message>
    <message>
        <source>{name} says it is {label} but is not</source>
        <translation>يذكر الملف {name} أنه {label} لكنه ليس كذلك</translation>
    </message>
    <message>
        <source>{name} is neither UTF-8 nor Windows-1252 text</source>
        <translation>الملف {name} ليس نصًا بترميز UTF-8 ولا Windows-1252</translation>
    </message>
    <message>
        <source>{what}: line {line} cannot be read ({reason}). Save it as CSV UTF-8.</source>
        <translation>{what}: يتعذّر قراءة السطر {line} ({reason}). احفظه بصيغة CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name} is not a text file (line {line} contains a NUL byte); save it as CSV.</source>
        <translation>الملف {name} ليس ملفًا نصيًا (السطر {line} يحوي بايت NUL)؛ احفظه بصيغة CSV.</translation>
    </message>
    <message>
        <source>{name} is not a text file (line {line} contains a NUL character); save it as CSV.</source>
        <translation>الملف {name} ليس ملفًا نصيًا (السطر {line} يحوي محرف NUL)؛ احفظه بصيغة CSV.</translation>
    </message>
    <message>
        <source>{name} mixes encodings: it is UTF-8, but line {line} is not (Windows-1252 text pasted in?). Save the whole file as CSV UTF-8.</source>
        <translation>الملف {name} يخلط بين الترميزات: ترميزه UTF-8، لكن السطر {line} ليس كذلك (نص Windows-1252 ملصوق؟). احفظ الملف كله بصيغة CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name}: the first line {header} has no comma, semicolon or tab between column names.</source>
        <translation>الملف {name}: السطر الأول {header} لا يحوي فاصلة أو فاصلة منقوطة أو علامة جدولة بين أسماء الأعمدة.</translation>
    </message>
    <message>
        <source>results</source>
        <translation>نتائج</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>أدوية</translation>
    </message>
    <message>
        <source>{name}: two columns mean {field}: {headers}.</source>
        <translation>الملف {name}: عمودان يعنيان {field}: {headers}.</translation>
    </message>
    <message>
        <source>{name}: not a {kind} file mgdesk can read: no column for {expected}. Columns found: {headers}. A results file needs patient, date, value (unit, specimen, comment optional); a medication file needs patient, drug_class, start (drug, stop, dose optional).</source>
        <translation>الملف {name}: ليس ملف {kind} يستطيع mgdesk قراءته: لا عمود لـ {expected}. الأعمدة الموجودة: {headers}. يحتاج ملف النتائج إلى patient وdate وvalue (وunit وspecimen وcomment اختيارية)؛ ويحتاج ملف الأدوية إلى patient وdrug_class وstart (وdrug وstop وdose اختيارية).</translation>
    </message>
    <message>
        <source>{name}: a {kind} file has no field {fields}.</source>
        <translation>الملف {name}: لا يحوي ملف {kind} الحقل {fields}.</translation>
    </message>
    <message>
        <source>{name}: the chosen mapping names a column the file does not have.</source>
        <translation>الملف {name}: المطابقة المختارة تذكر عمودًا غير موجود في الملف.</translation>
    </message>
    <message>
        <source>{name}: one column cannot be read as two fields.</source>
        <translation>الملف {name}: لا يمكن قراءة عمود واحد على أنه حقلان.</translation>
    </message>
    <message>
        <source>{name}: choose a column for {fields}.</source>
        <translation>الملف {name}: اختر عمودًا لـ {fields}.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>الملف {name} فارغ.</translation>
    </message>
    <message>
        <source>{name}: the header cannot be read ({detail}).</source>
        <translation>الملف {name}: يتعذّر قراءة سطر العناوين ({detail}).</translation>
    </message>
    <message>
        <source>message type {kind} is not a lab result (ORU^R01)</source>
        <translation>نوع الرسالة {kind} ليس نتيجة مختبر (ORU^R01)</translation>
    </message>
    <message>
        <source>HL7 version {version} is not v2</source>
        <translation>إصدار HL7 {version} ليس v2</translation>
    </message>
    <message>
        <source>{text}: write a lab code mapping as CODE=SPECIMEN or CODE^SYSTEM=SPECIMEN (MG=serum).</source>
        <translation>{text}: اكتب مطابقة رمز المختبر بالشكل CODE=SPECIMEN أو CODE^SYSTEM=SPECIMEN ‏(MG=serum).</translation>
    </message>
    <message>
        <source>Cannot remember the lab import choices in {path}: {detail}.</source>
        <translation>يتعذّر حفظ اختيارات استيراد المختبر في {path}: {detail}.</translation>
    </message>
    <message>
        <source>The outbox {path} cannot be used: {detail}.</source>
        <translation>لا يمكن استخدام صندوق الإرسال {path}: {detail}.</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>medication course</source>
        <translation>فترة العلاج</translation>
    </message>
    <message>
        <source>result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Another patient already has the clinic identifier {clinic_id}.</source>
        <translation>لدى مريض آخر بالفعل معرّف العيادة {clinic_id}.</translation>
    </message>
    <message>
        <source>Another patient already has the clinic identifier {clinic_id} (a deleted patient: restore them instead).</source>
        <translation>لدى مريض آخر بالفعل معرّف العيادة {clinic_id} (مريض محذوف: استعِده بدلًا من ذلك).</translation>
    </message>
    <message>
        <source>Say why the {kind} is deleted; the reason is kept with it.</source>
        <translation>اذكر سبب حذف {kind}؛ يُحفظ السبب معه.</translation>
    </message>
    <message>
        <source>This {kind} was changed by {changed_by}{where}{when} after you opened it. Your change was not saved; it is kept beside the current one, to re-apply or discard.</source>
        <translation>غيّر {changed_by}{where}{when} هذا العنصر ({kind}) بعد أن فتحته. لم يُحفظ تغييرك؛ وهو محفوظ بجانب الحالي لتعيد تطبيقه أو تحذفه.</translation>
    </message>
    <message>
        <source> on {workstation}</source>
        <translation> على {workstation}</translation>
    </message>
    <message>
        <source> at {moment} UTC</source>
        <translation> في {moment} UTC</translation>
    </message>
    <message>
        <source>{path} is the open patient database; mgdesk will not write over it.</source>
        <translation>{path} هي قاعدة بيانات المرضى المفتوحة؛ لن يكتب mgdesk فوقها.</translation>
    </message>
    <message>
        <source>{path} belongs to the open patient database {database} (its journal or a backup); mgdesk will not write over it.</source>
        <translation>{path} تابع لقاعدة بيانات المرضى المفتوحة {database} (سجلها أو نسخة احتياطية منها)؛ لن يكتب mgdesk فوقه.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {detail}.</source>
        <translation>تتعذّر كتابة {path}: {detail}.</translation>
    </message>
    <message>
        <source>{path} exists and is not a regular file; choose a file name.</source>
        <translation>{path} موجود وليس ملفًا عاديًا؛ اختر اسم ملف.</translation>
    </message>
    <message>
        <source>{path} exists already; replace it, or choose another name.</source>
        <translation>{path} موجود بالفعل؛ استبدله، أو اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>تتعذّر كتابة {path}: المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {detail}; it was left as it was.</source>
        <translation>تتعذّر كتابة {path}: {detail}؛ تُرك كما كان.</translation>
    </message>
    <message numerus="yes">
        <source>Counted %n serum/plasma magnesium result(s).</source>
        <translation>
            <numerusform>عُدّت %n نتيجة لمغنيسيوم المصل/البلازما.</numerusform>
            <numerusform>عُدّت %n نتيجة لمغنيسيوم المصل/البلازما.</numerusform>
            <numerusform>عُدّت %n نتيجتان لمغنيسيوم المصل/البلازما.</numerusform>
            <numerusform>عُدّت %n نتائج لمغنيسيوم المصل/البلازما.</numerusform>
            <numerusform>عُدّت %n نتيجة لمغنيسيوم المصل/البلازما.</numerusform>
            <numerusform>عُدّت %n نتيجة لمغنيسيوم المصل/البلازما.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted %n serum/plasma magnesium result(s); {excluded} urine or red-cell results are not counted.</source>
        <translation>
            <numerusform>عُدّت %n نتيجة لمغنيسيوم المصل/البلازما؛ لم تُعدّ نتائج البول أو الكريات الحمراء ({excluded}).</numerusform>
            <numerusform>عُدّت %n نتيجة لمغنيسيوم المصل/البلازما؛ لم تُعدّ نتائج البول أو الكريات الحمراء ({excluded}).</numerusform>
            <numerusform>عُدّت %n نتيجتان لمغنيسيوم المصل/البلازما؛ لم تُعدّ نتائج البول أو الكريات الحمراء ({excluded}).</numerusform>
            <numerusform>عُدّت %n نتائج لمغنيسيوم المصل/البلازما؛ لم تُعدّ نتائج البول أو الكريات الحمراء ({excluded}).</numerusform>
            <numerusform>عُدّت %n نتيجة لمغنيسيوم المصل/البلازما؛ لم تُعدّ نتائج البول أو الكريات الحمراء ({excluded}).</numerusform>
            <numerusform>عُدّت %n نتيجة لمغنيسيوم المصل/البلازما؛ لم تُعدّ نتائج البول أو الكريات الحمراء ({excluded}).</numerusform>
        </translation>
    </message>
    <message>
        <source>No serum/plasma result on file.</source>
        <translation>لا توجد نتيجة مصل/بلازما مسجلة.</translation>
    </message>
    <message>
        <source>The most recent serum/plasma result ({date}, {value} {unit}), classed on its exact value of {mmol} mmol/L against the profile {profile}.</source>
        <translation>أحدث نتيجة مصل/بلازما ({date}، ‎{value} {unit})، مصنّفة وفق قيمتها الدقيقة ‎{mmol} mmol/L مقابل الملف {profile}.</translation>
    </message>
    <message>
        <source>Days from the latest result ({date}) to today ({today}).</source>
        <translation>الأيام من أحدث نتيجة ({date}) حتى اليوم ({today}).</translation>
    </message>
    <message numerus="yes">
        <source>; %n result(s) taken off metformin left out</source>
        <translation>
            <numerusform>؛ استُبعدت %n نتيجة مأخوذة خارج الميتفورمين</numerusform>
            <numerusform>؛ استُبعدت %n نتيجة مأخوذة خارج الميتفورمين</numerusform>
            <numerusform>؛ استُبعدت %n نتيجتان مأخوذة خارج الميتفورمين</numerusform>
            <numerusform>؛ استُبعدت %n نتائج مأخوذة خارج الميتفورمين</numerusform>
            <numerusform>؛ استُبعدت %n نتيجة مأخوذة خارج الميتفورمين</numerusform>
            <numerusform>؛ استُبعدت %n نتيجة مأخوذة خارج الميتفورمين</numerusform>
        </translation>
    </message>
    <message>
        <source>Days taken since the first start ({start}), summed over every course; days off the drug are not counted. Results taken off metformin are drawn hollow grey and left out of the slope and the &apos;after&apos; mean.</source>
        <translation>أيام تناول الدواء منذ أول بدء ({start})، مجموعة عبر كل فترات العلاج؛ لا تُحتسب أيام التوقف عن الدواء. تُرسم النتائج المأخوذة خارج الميتفورمين بدوائر رمادية مفرغة وتُستبعد من الميل ومن متوسط «بعد».</translation>
    </message>
    <message>
        <source>Never on metformin: there is no time on metformin to fit a slope over.</source>
        <translation>لم يتناول الميتفورمين قط: لا توجد مدة على الميتفورمين يُحسب عليها الميل.</translation>
    </message>
    <message numerus="yes">
        <source>Too few results: a slope needs at least 3 numeric serum/plasma results on at least 2 dates taken on metformin (first started {start}; %n found{off_note}).</source>
        <translation>
            <numerusform>نتائج قليلة جدًا: يحتاج الميل إلى 3 نتائج رقمية للمصل/البلازما على الأقل في تاريخين على الأقل على الميتفورمين (أول بدء {start}؛ وُجدت %n نتيجة{off_note}).</numerusform>
            <numerusform>نتائج قليلة جدًا: يحتاج الميل إلى 3 نتائج رقمية للمصل/البلازما على الأقل في تاريخين على الأقل على الميتفورمين (أول بدء {start}؛ وُجدت %n نتيجة{off_note}).</numerusform>
            <numerusform>نتائج قليلة جدًا: يحتاج الميل إلى 3 نتائج رقمية للمصل/البلازما على الأقل في تاريخين على الأقل على الميتفورمين (أول بدء {start}؛ وُجدت %n نتيجتان{off_note}).</numerusform>
            <numerusform>نتائج قليلة جدًا: يحتاج الميل إلى 3 نتائج رقمية للمصل/البلازما على الأقل في تاريخين على الأقل على الميتفورمين (أول بدء {start}؛ وُجدت %n نتائج{off_note}).</numerusform>
            <numerusform>نتائج قليلة جدًا: يحتاج الميل إلى 3 نتائج رقمية للمصل/البلازما على الأقل في تاريخين على الأقل على الميتفورمين (أول بدء {start}؛ وُجدت %n نتيجة{off_note}).</numerusform>
            <numerusform>نتائج قليلة جدًا: يحتاج الميل إلى 3 نتائج رقمية للمصل/البلازما على الأقل في تاريخين على الأقل على الميتفورمين (أول بدء {start}؛ وُجدت %n نتيجة{off_note}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ordinary least squares through %n numeric serum/plasma result(s) taken on metformin (x = cumulative years on metformin, days off the drug not counted; y = mmol/L{off_note}); 95% interval = slope +/- t({df} df) {t} x standard error {se}.</source>
        <translation>
            <numerusform>المربعات الصغرى العادية عبر %n نتيجة رقمية للمصل/البلازما مأخوذة على الميتفورمين (x = السنوات التراكمية على الميتفورمين دون أيام التوقف؛ y = mmol/L{off_note})؛ فاصل 95% = الميل +/- t({df} df) {t} x الخطأ المعياري {se}.</numerusform>
            <numerusform>المربعات الصغرى العادية عبر %n نتيجة رقمية للمصل/البلازما مأخوذة على الميتفورمين (x = السنوات التراكمية على الميتفورمين دون أيام التوقف؛ y = mmol/L{off_note})؛ فاصل 95% = الميل +/- t({df} df) {t} x الخطأ المعياري {se}.</numerusform>
            <numerusform>المربعات الصغرى العادية عبر %n نتيجتان رقمية للمصل/البلازما مأخوذة على الميتفورمين (x = السنوات التراكمية على الميتفورمين دون أيام التوقف؛ y = mmol/L{off_note})؛ فاصل 95% = الميل +/- t({df} df) {t} x الخطأ المعياري {se}.</numerusform>
            <numerusform>المربعات الصغرى العادية عبر %n نتائج رقمية للمصل/البلازما مأخوذة على الميتفورمين (x = السنوات التراكمية على الميتفورمين دون أيام التوقف؛ y = mmol/L{off_note})؛ فاصل 95% = الميل +/- t({df} df) {t} x الخطأ المعياري {se}.</numerusform>
            <numerusform>المربعات الصغرى العادية عبر %n نتيجة رقمية للمصل/البلازما مأخوذة على الميتفورمين (x = السنوات التراكمية على الميتفورمين دون أيام التوقف؛ y = mmol/L{off_note})؛ فاصل 95% = الميل +/- t({df} df) {t} x الخطأ المعياري {se}.</numerusform>
            <numerusform>المربعات الصغرى العادية عبر %n نتيجة رقمية للمصل/البلازما مأخوذة على الميتفورمين (x = السنوات التراكمية على الميتفورمين دون أيام التوقف؛ y = mmol/L{off_note})؛ فاصل 95% = الميل +/- t({df} df) {t} x الخطأ المعياري {se}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never on metformin: no before/after comparison.</source>
        <translation>لم يتناول الميتفورمين قط: لا مقارنة قبل/بعد.</translation>
    </message>
    <message>
        <source>No numeric serum/plasma result before metformin was started on {start}.</source>
        <translation>لا توجد نتيجة رقمية للمصل/البلازما قبل بدء الميتفورمين في {start}.</translation>
    </message>
    <message>
        <source>Arithmetic means in mmol/L of the {n_before} numeric serum/plasma results before the first metformin start ({start}) and the {n_after} taken on metformin{off_note}.</source>
        <translation>المتوسطات الحسابية بوحدة mmol/L لنتائج المصل/البلازما الرقمية قبل أول بدء للميتفورمين ({start})، وعددها {n_before}، وللنتائج المأخوذة على الميتفورمين، وعددها {n_after}{off_note}.</translation>
    </message>
    <message numerus="yes">
        <source>The share of serum/plasma results below {threshold}: {below} of %n; a &apos;&lt;&apos; result counts only when its bound is at or below the threshold.</source>
        <translation>
            <numerusform>نسبة نتائج المصل/البلازما دون {threshold}: {below} من %n؛ ولا تُحتسب النتيجة &apos;&lt;&apos; إلا إذا كان حدها عند العتبة أو دونها.</numerusform>
            <numerusform>نسبة نتائج المصل/البلازما دون {threshold}: {below} من %n؛ ولا تُحتسب النتيجة &apos;&lt;&apos; إلا إذا كان حدها عند العتبة أو دونها.</numerusform>
            <numerusform>نسبة نتائج المصل/البلازما دون {threshold}: {below} من %n؛ ولا تُحتسب النتيجة &apos;&lt;&apos; إلا إذا كان حدها عند العتبة أو دونها.</numerusform>
            <numerusform>نسبة نتائج المصل/البلازما دون {threshold}: {below} من %n؛ ولا تُحتسب النتيجة &apos;&lt;&apos; إلا إذا كان حدها عند العتبة أو دونها.</numerusform>
            <numerusform>نسبة نتائج المصل/البلازما دون {threshold}: {below} من %n؛ ولا تُحتسب النتيجة &apos;&lt;&apos; إلا إذا كان حدها عند العتبة أو دونها.</numerusform>
            <numerusform>نسبة نتائج المصل/البلازما دون {threshold}: {below} من %n؛ ولا تُحتسب النتيجة &apos;&lt;&apos; إلا إذا كان حدها عند العتبة أو دونها.</numerusform>
        </translation>
    </message>
    <message>
        <source>The share of serum/plasma results below {threshold}: 0 of 0.</source>
        <translation>نسبة نتائج المصل/البلازما دون {threshold}: 0 من 0.</translation>
    </message>
    <message>
        <source>No slope, so no projection.</source>
        <translation>لا ميل، لذا لا إسقاط.</translation>
    </message>
    <message>
        <source>Not projected: the crossing of {threshold} is projected only when the slope is negative and its 95% interval excludes zero.</source>
        <translation>لم يُحسب الإسقاط: لا يُحسب عبور {threshold} إلا إذا كان الميل سالبًا وفاصل الثقة 95% لا يشمل الصفر.</translation>
    </message>
    <message>
        <source>No crossing.</source>
        <translation>لا عبور.</translation>
    </message>
    <message>
        <source>Not projected: the fitted line reaches {threshold} more than {years} years from now.</source>
        <translation>لم يُحسب الإسقاط: يبلغ الخط الملائم {threshold} بعد أكثر من {years} سنوات من الآن.</translation>
    </message>
    <message>
        <source>The fitted line already reached {threshold} at {x} cumulative years on metformin; first started {start}.</source>
        <translation>بلغ الخط الملائم {threshold} بالفعل عند {x} سنوات تراكمية على الميتفورمين؛ أول بدء {start}.</translation>
    </message>
    <message>
        <source>The fitted line reaches {threshold} at {x} cumulative years on metformin (if it is taken every day from today); first started {start}.</source>
        <translation>يبلغ الخط الملائم {threshold} عند {x} سنوات تراكمية على الميتفورمين (إن أُخذ كل يوم من اليوم فصاعدًا)؛ أول بدء {start}.</translation>
    </message>
    <message>
        <source>the projected crossing is on or before {horizon} (today + {months} months) while the latest value is not below the threshold</source>
        <translation>يقع العبور المتوقع في {horizon} أو قبله (اليوم + {months} أشهر) بينما أحدث قيمة ليست دون العتبة</translation>
    </message>
    <message>
        <source>Off: no projected crossing; the alert is on when {rule}.</source>
        <translation>متوقف: لا عبور متوقع؛ يعمل التنبيه عندما {rule}.</translation>
    </message>
    <message>
        <source>Off: the latest value is already below the threshold; the alert is on when {rule}.</source>
        <translation>متوقف: أحدث قيمة دون العتبة بالفعل؛ يعمل التنبيه عندما {rule}.</translation>
    </message>
    <message>
        <source>On: {rule}.</source>
        <translation>يعمل: {rule}.</translation>
    </message>
    <message>
        <source>Off: the projected crossing is after {horizon}; the alert is on when {rule}.</source>
        <translation>متوقف: العبور المتوقع بعد {horizon}؛ يعمل التنبيه عندما {rule}.</translation>
    </message>
    <message>
        <source>No serum/plasma result on file: a first test has been due since metformin was started.</source>
        <translation>لا توجد نتيجة مصل/بلازما مسجلة: الفحص الأول مستحق منذ بدء الميتفورمين.</translation>
    </message>
    <message>
        <source>No serum/plasma result on file and not on metformin: no re-test rule applies.</source>
        <translation>لا توجد نتيجة مصل/بلازما مسجلة والمريض ليس على الميتفورمين: لا تنطبق قاعدة إعادة فحص.</translation>
    </message>
    <message>
        <source>The latest result is not low and the patient is not on metformin today: no re-test rule applies.</source>
        <translation>أحدث نتيجة ليست منخفضة والمريض ليس على الميتفورمين اليوم: لا تنطبق قاعدة إعادة فحص.</translation>
    </message>
    <message>
        <source>Due {months} months after the latest result ({date}): the profile&apos;s re-test interval after a low result.</source>
        <translation>مستحق بعد أحدث نتيجة ({date}) بمدة {months} (بالأشهر): فترة إعادة الفحص بعد نتيجة منخفضة في الملف.</translation>
    </message>
    <message>
        <source>Due {months} months after the latest result ({date}): it may be below the threshold, so the profile&apos;s re-test interval after a low result applies.</source>
        <translation>مستحق بعد أحدث نتيجة ({date}) بمدة {months} (بالأشهر): قد تكون دون العتبة، لذا تنطبق فترة إعادة الفحص بعد نتيجة منخفضة في الملف.</translation>
    </message>
    <message>
        <source>Due {months} months after the latest result ({date}): the profile&apos;s re-test interval for a patient on metformin.</source>
        <translation>مستحق بعد أحدث نتيجة ({date}) بمدة {months} (بالأشهر): فترة إعادة الفحص لمريض على الميتفورمين في الملف.</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} أو {last}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Results not yet on the clinic server</source>
        <translation>نتائج لم تصل بعد إلى خادم العيادة</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>تاريخ السحب</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>وقت الإدخال</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>إر&amp;سال الآن</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n نتيجة بانتظار الإرسال.</numerusform>
            <numerusform>%n نتيجة بانتظار الإرسال.</numerusform>
            <numerusform>%n نتيجتان بانتظار الإرسال.</numerusform>
            <numerusform>%n نتائج بانتظار الإرسال.</numerusform>
            <numerusform>%n نتيجة بانتظار الإرسال.</numerusform>
            <numerusform>%n نتيجة بانتظار الإرسال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) not accepted by the server: check each, enter it again if needed, then discard it.</source>
        <translation>
            <numerusform>%n نتيجة لم يقبلها الخادم: راجِع كل نتيجة، وأدخلها مجددًا إن لزم، ثم احذفها.</numerusform>
            <numerusform>%n نتيجة لم يقبلها الخادم: راجِعها، وأدخلها مجددًا إن لزم، ثم احذفها.</numerusform>
            <numerusform>%n نتيجتان لم يقبلهما الخادم: راجِع كل نتيجة، وأدخلها مجددًا إن لزم، ثم احذفها.</numerusform>
            <numerusform>%n نتائج لم يقبلها الخادم: راجِع كل نتيجة، وأدخلها مجددًا إن لزم، ثم احذفها.</numerusform>
            <numerusform>%n نتيجة لم يقبلها الخادم: راجِع كل نتيجة، وأدخلها مجددًا إن لزم، ثم احذفها.</numerusform>
            <numerusform>%n نتيجة لم يقبلها الخادم: راجِع كل نتيجة، وأدخلها مجددًا إن لزم، ثم احذفها.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>not accepted: {reason}</source>
        <translation>غير مقبولة: {reason}</translation>
    </message>
    <message>
        <source>Discard this result?</source>
        <translation>حذف هذه النتيجة؟</translation>
    </message>
    <message>
        <source>{value} {unit} for {patient} ({date}) was not accepted by the clinic server. Discard it from this computer? It is not stored anywhere else.</source>
        <translation>لم يقبل خادم العيادة النتيجة ‎{value} {unit} للمريض {patient} ({date}). هل تحذفها من هذا الحاسوب؟ إنها غير محفوظة في أي مكان آخر.</translation>
    </message>
</context>
<context>
    <name>PatientsView</name>
    <message>
        <source>⚠ The clinic server cannot be reached: showing what was read at {time}, not current. Results you add are kept on this computer and sent when it is back.</source>
        <translation>⚠ يتعذّر الوصول إلى خادم العيادة: تُعرض البيانات كما قُرئت في {time}، وقد لا تكون حديثة. النتائج التي تضيفها تُحفظ على هذا الحاسوب وتُرسل عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>The converter works as usual (Ctrl+1).</source>
        <translation>يعمل المحوِّل كالمعتاد (Ctrl+1).</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to clinic server</source>
        <translation>الاتصال بخادم العيادة</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>المن&amp;فذ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ال&amp;مستخدم:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>The password is read from ~/.pgpass (or PGPASSWORD); mgdesk never stores it. TLS is used whenever the server offers it; choose require or verify-full to insist.</source>
        <translation>تُقرأ كلمة المرور من ‎~/.pgpass (أو PGPASSWORD)؛ لا يحفظها mgdesk أبدًا. يُستخدم TLS كلما أتاحه الخادم؛ اختر require أو verify-full لاشتراطه.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>ا&amp;تصال</translation>
    </message>
    <message>
        <source>Give the server&apos;s name (or address) and the database.</source>
        <translation>أدخل اسم الخادم (أو عنوانه) وقاعدة البيانات.</translation>
    </message>
    <message>
        <source>Trying {address}…</source>
        <translation>جارٍ تجربة {address}…</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>About the numbers</source>
        <translation>عن الأرقام</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <source>Molar mass of magnesium: 24.305 g/mol (CIAAW standard atomic weight, interval [24.304, 24.307]).</source>
        <translation>الكتلة المولية للمغنيسيوم: ‎24.305 g/mol (الوزن الذري القياسي لدى CIAAW، المجال ‎[24.304, 24.307]).</translation>
    </message>
    <message>
        <source>Charge of Mg2+: 2, so 1 mmol/L = 2 mEq/L (mEq = mmol × valence; Merck Manual, unit conversions).</source>
        <translation>شحنة أيون المغنيسيوم ‎Mg2+: 2، إذن ‎1 mmol/L = 2 mEq/L (‎mEq = mmol × التكافؤ؛ دليل ميرك، تحويل الوحدات).</translation>
    </message>
    <message>
        <source>1 mmol/L = 2.4305 mg/dL; 1 mg/dL = 0.41144 mmol/L = 0.82288 mEq/L.</source>
        <translation>‎1 mmol/L = 2.4305 mg/dL؛ ‎1 mg/dL = 0.41144 mmol/L = 0.82288 mEq/L.</translation>
    </message>
    <message>
        <source>Generic unit libraries (UCUM, ucumvert) treat 1 mEq as 1 mmol; that is wrong for Mg2+ and not used here.</source>
        <translation>مكتبات الوحدات العامة (‎UCUM، ucumvert) تعدّ ‎1 mEq مساويًا لـ ‎1 mmol؛ وهذا خطأ بالنسبة إلى ‎Mg2+ ولا يُستخدم هنا.</translation>
    </message>
    <message>
        <source>Lab profile in use: {name}</source>
        <translation>ملف المختبر المستخدَم: {name}</translation>
    </message>
    <message>
        <source>Hypomagnesemia below {t}.</source>
        <translation>نقص مغنيسيوم الدم دون {t}.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>The class is decided on the exact converted value; the table&apos;s ends are written so that every value written with as many decimals is in the band the table gives it. A value is borderline when its written precision (half a unit of its last decimal either side) cannot tell which side of a band edge it lies on. A result written with &lt; or &gt; is every value it can take: one band, that class; several bands on one side of the threshold, the class nearest normal, borderline; both sides of the threshold, indeterminate (IND).</source>
        <translation>تُحدَّد الفئة على القيمة المحوَّلة الدقيقة؛ وتُكتب حدود الجدول بحيث تقع كل قيمة مكتوبة بالعدد نفسه من المنازل العشرية في النطاق الذي يعطيها إياه الجدول. وتكون القيمة حدّية عندما لا تسمح دقتها المكتوبة (نصف وحدة من منزلتها العشرية الأخيرة في كل اتجاه) بمعرفة في أي جانب من حدّ النطاق تقع. والنتيجة المكتوبة بـ &lt; أو &gt; هي كل قيمة يمكن أن تأخذها: نطاق واحد، فتلك فئتها؛ عدة نطاقات في جانب واحد من العتبة، فالفئة الأقرب إلى الطبيعي، حدّية؛ جانبا العتبة، غير محددة (IND).</translation>
    </message>
    <message>
        <source>Why magnesium and metformin</source>
        <translation>لماذا المغنيسيوم والميتفورمين</translation>
    </message>
    <message>
        <source>Hypomagnesemia (serum Mg below 0.70 mmol/L) worsens insulin resistance in type 2 diabetes (Gommers et al., Diabetes 2016;65:3-13). Metformin users have lower serum Mg, more so with longer treatment and more diabetes drugs (Peters et al., PLoS One 2013;8(9):e74355; Kurstjens et al., Eur J Endocrinol 2017;176(1):11-19).</source>
        <translation>نقص مغنيسيوم الدم (مغنيسيوم المصل دون ‎0.70 mmol/L) يزيد مقاومة الإنسولين سوءًا في السكري من النوع 2 (‎Gommers et al., Diabetes 2016;65:3-13). ومستخدمو الميتفورمين لديهم مغنيسيوم مصل أدنى، ويزداد ذلك مع طول العلاج وكثرة أدوية السكري (‎Peters et al., PLoS One 2013;8(9):e74355؛ ‎Kurstjens et al., Eur J Endocrinol 2017;176(1):11-19).</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Licences of bundled software</source>
        <translation>تراخيص البرامج المضمَّنة</translation>
    </message>
</context>
<context>
    <name>class</name>
    <message>
        <source>Critical low</source>
        <translation>منخفض حرج</translation>
    </message>
    <message>
        <source>Low (hypomagnesemia)</source>
        <translation>منخفض (نقص مغنيسيوم الدم)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>طبيعي</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <source>Critical high</source>
        <translation>مرتفع حرج</translation>
    </message>
    <message>
        <source>Cannot tell (indeterminate)</source>
        <translation>تعذّر الحسم (غير محدد)</translation>
    </message>
    <message>
        <source>critical low</source>
        <translation>منخفض حرج</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>طبيعي</translation>
    </message>
    <message>
        <source>high</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <source>critical high</source>
        <translation>مرتفع حرج</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>تعذّر الحسم</translation>
    </message>
    <message>
        <source>~ {words} (borderline)</source>
        <translation>~ {words} (حدّي)</translation>
    </message>
</context>
<context>
    <name>clinic</name>
    <message>
        <source>CRITICAL</source>
        <translation>حرج</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>في انخفاض</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>قريب الموعد</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>ضمن الموعد</translation>
    </message>
    <message>
        <source>reviewed by {user} on {date}</source>
        <translation>راجعه {user} في {date}</translation>
    </message>
    <message>
        <source>● waiting for review</source>
        <translation>● بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Latest ({unit})</source>
        <translation>الأحدث ({unit})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Slope ({unit}/year)</source>
        <translation>الميل ({unit}/سنة)</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Re-test due</source>
        <translation>موعد إعادة الفحص</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <source>Still being computed from all of this patient&apos;s results; the state and order are final.</source>
        <translation>لا يزال قيد الحساب من جميع نتائج هذا المريض؛ الحالة والترتيب نهائيان.</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>لا نتيجة</translation>
    </message>
    <message>
        <source>, borderline</source>
        <translation>، حدّي</translation>
    </message>
    <message>
        <source>▼ falling</source>
        <translation>▼ في انخفاض</translation>
    </message>
    <message>
        <source>overdue by {span}</source>
        <translation>متأخر منذ {span}</translation>
    </message>
    <message>
        <source>Worklist order: critical, low, falling, overdue re-test, due within a month, then the rest; within each, results waiting for review first. A result waits for review when it is the latest and the patient is critical, low or falling (or it is indeterminate).</source>
        <translation>ترتيب قائمة العمل: حرج، منخفض، في انخفاض، إعادة فحص متأخرة، مستحقة خلال شهر، ثم البقية؛ وفي كل مجموعة تأتي أولًا النتائج التي تنتظر المراجعة. تنتظر النتيجة المراجعة عندما تكون الأحدث ويكون المريض في حالة حرجة أو منخفضة أو في انخفاض (أو تكون غير محددة).</translation>
    </message>
    <message>
        <source>All on metformin</source>
        <translation>كل من يتناول الميتفورمين</translation>
    </message>
    <message>
        <source>Metformin only (no other diabetes drug)</source>
        <translation>ميتفورمين فقط (دون دواء سكري آخر)</translation>
    </message>
    <message>
        <source>Metformin with a sulfonylurea</source>
        <translation>ميتفورمين مع سلفونيل يوريا</translation>
    </message>
    <message>
        <source>Metformin with a proton-pump inhibitor</source>
        <translation>ميتفورمين مع مثبط مضخة البروتون</translation>
    </message>
    <message>
        <source>Metformin with a magnesium supplement</source>
        <translation>ميتفورمين مع مكمّل مغنيسيوم</translation>
    </message>
    <message>
        <source>Co-medication filter</source>
        <translation>مرشِّح الأدوية المصاحبة</translation>
    </message>
    <message>
        <source>&amp;Patients:</source>
        <translation>ال&amp;مرضى:</translation>
    </message>
    <message>
        <source>SYNTHETIC – demo clinic</source>
        <translation>بيانات وهمية – عيادة تجريبية</translation>
    </message>
    <message>
        <source>Computing the clinic list</source>
        <translation>جارٍ حساب قائمة العيادة</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed…</source>
        <translation>وسم كمُرا&amp;جَع…</translation>
    </message>
    <message>
        <source>Sign off the selected patient&apos;s latest result as reviewed by you, with an optional comment</source>
        <translation>اعتماد أحدث نتيجة للمريض المحدد على أنك راجعتها، مع تعليق اختياري</translation>
    </message>
    <message>
        <source>C&amp;ohort plot</source>
        <translation>&amp;رسم المجموعة</translation>
    </message>
    <message>
        <source>Treatment &amp;groups (Peters 2013)</source>
        <translation>&amp;فئات العلاج (Peters 2013)</translation>
    </message>
    <message>
        <source>Patients on metformin</source>
        <translation>المرضى على الميتفورمين</translation>
    </message>
    <message>
        <source>No database open: open one with File &gt; Open database (Ctrl+O).</source>
        <translation>لا توجد قاعدة بيانات مفتوحة: افتح واحدة من ملف &gt; فتح قاعدة بيانات (Ctrl+O).</translation>
    </message>
    <message>
        <source>Clinic not loaded: {error}</source>
        <translation>لم تُحمَّل العيادة: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n مريض</numerusform>
            <numerusform>%n مريض</numerusform>
            <numerusform>%n مريضان</numerusform>
            <numerusform>%n مرضى</numerusform>
            <numerusform>%n مريضًا</numerusform>
            <numerusform>%n مريض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical or low patient(s) first; reading every result…</source>
        <translation>
            <numerusform>أولًا %n مريض في حالة حرجة أو منخفضة؛ جارٍ قراءة كل النتائج…</numerusform>
            <numerusform>أولًا %n مريض في حالة حرجة أو منخفضة؛ جارٍ قراءة كل النتائج…</numerusform>
            <numerusform>أولًا %n مريضان في حالة حرجة أو منخفضة؛ جارٍ قراءة كل النتائج…</numerusform>
            <numerusform>أولًا %n مرضى في حالة حرجة أو منخفضة؛ جارٍ قراءة كل النتائج…</numerusform>
            <numerusform>أولًا %n مريضًا في حالة حرجة أو منخفضة؛ جارٍ قراءة كل النتائج…</numerusform>
            <numerusform>أولًا %n مريض في حالة حرجة أو منخفضة؛ جارٍ قراءة كل النتائج…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open patient</source>
        <translation>&amp;فتح ملف المريض</translation>
    </message>
    <message>
        <source>&amp;Copy row</source>
        <translation>&amp;نسخ الصف</translation>
    </message>
    <message>
        <source>Cohort plot</source>
        <translation>رسم المجموعة</translation>
    </message>
    <message>
        <source>Cumulative months on metformin (time off not counted)</source>
        <translation>الأشهر التراكمية على الميتفورمين (لا تُحتسب فترات التوقف)</translation>
    </message>
    <message>
        <source>Median of all results in each 6-month bin of cumulative time on metformin; results taken off it are left out</source>
        <translation>وسيط جميع النتائج في كل شريحة من 6 أشهر من المدة التراكمية على الميتفورمين؛ تُستبعد النتائج المأخوذة خارج فترة العلاج</translation>
    </message>
    <message>
        <source>metformin start</source>
        <translation>بدء الميتفورمين</translation>
    </message>
    <message>
        <source>one patient (faint)</source>
        <translation>مريض واحد (خط باهت)</translation>
    </message>
    <message>
        <source>median per 6 months on metformin</source>
        <translation>الوسيط لكل 6 أشهر على الميتفورمين</translation>
    </message>
    <message>
        <source>hypomagnesemia threshold</source>
        <translation>عتبة نقص مغنيسيوم الدم</translation>
    </message>
    <message>
        <source>hypomagnesemia below {value}</source>
        <translation>نقص مغنيسيوم الدم دون ‎{value}</translation>
    </message>
    <message>
        <source>Serum Mg ({unit})</source>
        <translation>مغنيسيوم المصل ({unit})</translation>
    </message>
    <message>
        <source>diet only</source>
        <translation>حمية فقط</translation>
    </message>
    <message>
        <source>metformin only</source>
        <translation>ميتفورمين فقط</translation>
    </message>
    <message>
        <source>sulfonylurea only</source>
        <translation>سلفونيل يوريا فقط</translation>
    </message>
    <message>
        <source>metformin + sulfonylurea</source>
        <translation>ميتفورمين + سلفونيل يوريا</translation>
    </message>
    <message>
        <source>insulin-containing</source>
        <translation>يشمل الإنسولين</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Clinic by treatment group, beside Peters et al. 2013</source>
        <translation>العيادة حسب فئة العلاج، بجانب Peters et al. 2013</translation>
    </message>
    <message>
        <source>Treatment group</source>
        <translation>فئة العلاج</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean Mg, mmol/L (SD)</source>
        <translation>متوسط المغنيسيوم، mmol/L (ا.م)</translation>
    </message>
    <message>
        <source>% below 0.70</source>
        <translation>% دون 0.70</translation>
    </message>
    <message>
        <source>Peters 2013: n</source>
        <translation>Peters 2013: n</translation>
    </message>
    <message>
        <source>Mean (SD)</source>
        <translation>المتوسط (ا.م)</translation>
    </message>
    <message>
        <source>Published figures: {source}.</source>
        <translation>الأرقام المنشورة: {source}.</translation>
    </message>
    <message>
        <source>E&amp;xport table as CSV…</source>
        <translation>ت&amp;صدير الجدول بصيغة CSV…</translation>
    </message>
    <message>
        <source>Computing the treatment groups…</source>
        <translation>جارٍ حساب فئات العلاج…</translation>
    </message>
    <message>
        <source> ({k} uncertain)</source>
        <translation> ({k} غير مؤكد)</translation>
    </message>
    <message>
        <source>not studied</source>
        <translation>لم تُدرس</translation>
    </message>
    <message>
        <source>Export the group table</source>
        <translation>تصدير جدول الفئات</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>لم يُصدَّر</translation>
    </message>
</context>
<context>
    <name>converter</name>
    <message>
        <source>Serum &amp;magnesium result</source>
        <translation>نتيجة &amp;مغنيسيوم المصل</translation>
    </message>
    <message>
        <source>e.g. 1.8 or 1,8 mg/dL</source>
        <translation>مثلًا 1.8 أو ‎1,8 mg/dL</translation>
    </message>
    <message>
        <source>Magnesium value</source>
        <translation>قيمة المغنيسيوم</translation>
    </message>
    <message>
        <source>Type or paste a value; a unit written after it also sets the unit.</source>
        <translation>اكتب قيمة أو الصقها؛ الوحدة المكتوبة بعدها تحدد الوحدة أيضًا.</translation>
    </message>
    <message>
        <source>Unit of the value</source>
        <translation>وحدة القيمة</translation>
    </message>
    <message>
        <source>Input message</source>
        <translation>رسالة الإدخال</translation>
    </message>
    <message>
        <source>Interpretation code</source>
        <translation>رمز التفسير</translation>
    </message>
    <message>
        <source>This result in each unit</source>
        <translation>هذه النتيجة بكل وحدة</translation>
    </message>
    <message>
        <source>Unit warnings</source>
        <translation>تحذيرات الوحدة</translation>
    </message>
    <message>
        <source>&amp;Copy for note</source>
        <translation>&amp;نسخ للملاحظة</translation>
    </message>
    <message>
        <source>Copy a sentence for the clinical note</source>
        <translation>نسخ جملة للملاحظة السريرية</translation>
    </message>
    <message>
        <source>Copy a ready sentence for the clinical note (Ctrl+Shift+C)</source>
        <translation>نسخ جملة جاهزة للملاحظة السريرية (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>This result in {unit}</source>
        <translation>هذه النتيجة بوحدة {unit}</translation>
    </message>
    <message>
        <source>Threshold and bands</source>
        <translation>العتبة والنطاقات</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>هذه الجلسة</translation>
    </message>
    <message>
        <source>Press Enter to keep a conversion here. Kept in memory only, never saved.</source>
        <translation>اضغط Enter للاحتفاظ بالتحويل هنا. يُحفظ في الذاكرة فقط، ولا يُسجَّل أبدًا.</translation>
    </message>
    <message>
        <source>Conversions this session</source>
        <translation>تحويلات هذه الجلسة</translation>
    </message>
    <message>
        <source>Clear &amp;history</source>
        <translation>مس&amp;ح السجل</translation>
    </message>
    <message>
        <source>Clear this session&apos;s conversions</source>
        <translation>مسح تحويلات هذه الجلسة</translation>
    </message>
    <message>
        <source>Nothing to copy yet: enter a value first.</source>
        <translation>لا شيء للنسخ بعد: أدخل قيمة أولًا.</translation>
    </message>
    <message>
        <source>Copied: {note}</source>
        <translation>نُسخ: {note}</translation>
    </message>
    <message>
        <source>Type a value to see it in every unit, with its class.</source>
        <translation>اكتب قيمة لتراها بكل وحدة، مع فئتها.</translation>
    </message>
    <message>
        <source>Interpretation code {code}</source>
        <translation>رمز التفسير {code}</translation>
    </message>
    <message>
        <source>FHIR Observation.interpretation code (LL, L, N, H, HH; IND when it cannot tell).</source>
        <translation>رمز FHIR Observation.interpretation ‏(LL، L، N، H، HH؛ وIND عند تعذّر الحسم).</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>الملف: {name}</translation>
    </message>
    <message>
        <source>This profile names no sources.</source>
        <translation>لا يذكر هذا الملف أي مصادر.</translation>
    </message>
    <message>
        <source>Hypomagnesemia below {threshold}</source>
        <translation>نقص مغنيسيوم الدم دون ‎{threshold}</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>mgdesk met an unexpected error</source>
        <translation>واجه mgdesk خطأً غير متوقع</translation>
    </message>
    <message>
        <source>Something went wrong inside mgdesk: {error}

Nothing you entered has been lost. The details were written to:
{path}

Please send that file to your IT contact. Further errors this session are logged only.</source>
        <translation>حدث خطأ داخل mgdesk: {error}

لم يُفقد شيء مما أدخلته. كُتبت التفاصيل في:
{path}

يُرجى إرسال هذا الملف إلى مسؤول تقنية المعلومات لديك. الأخطاء اللاحقة في هذه الجلسة تُسجَّل فقط.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Edit patient</source>
        <translation>تعديل بيانات المريض</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>مريض جديد</translation>
    </message>
    <message>
        <source>Clinic identifier</source>
        <translation>معرّف العيادة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <source>female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Clinic &amp;identifier (required)</source>
        <translation>&amp;معرّف العيادة (مطلوب)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>سنة الم&amp;يلاد</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>ال&amp;جنس</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>مل&amp;احظات</translation>
    </message>
    <message>
        <source>Edit medication</source>
        <translation>تعديل الدواء</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>إضافة دواء</translation>
    </message>
    <message>
        <source>Drug class</source>
        <translation>الفئة الدوائية</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>stopped on</source>
        <translation>أُوقف في</translation>
    </message>
    <message>
        <source>Stop date</source>
        <translation>تاريخ الإيقاف</translation>
    </message>
    <message>
        <source>e.g. 1000 (optional)</source>
        <translation>مثلًا 1000 (اختياري)</translation>
    </message>
    <message>
        <source>Daily dose in mg</source>
        <translation>الجرعة اليومية بالملغ</translation>
    </message>
    <message>
        <source>Drug &amp;class</source>
        <translation>ال&amp;فئة الدوائية</translation>
    </message>
    <message>
        <source>&amp;Drug</source>
        <translation>ال&amp;دواء</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>ال&amp;بدء</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>الإي&amp;قاف</translation>
    </message>
    <message>
        <source>Daily d&amp;ose (mg)</source>
        <translation>الج&amp;رعة اليومية (mg)</translation>
    </message>
    <message>
        <source>A dose change is a new course: stop this one and add the new dose.</source>
        <translation>تغيير الجرعة يعني فترة علاج جديدة: أوقف هذه الفترة وأضف الجرعة الجديدة.</translation>
    </message>
    <message>
        <source>Edit result</source>
        <translation>تعديل النتيجة</translation>
    </message>
    <message>
        <source>Add magnesium result</source>
        <translation>إضافة نتيجة مغنيسيوم</translation>
    </message>
    <message>
        <source>Collection date</source>
        <translation>تاريخ سحب العينة</translation>
    </message>
    <message>
        <source>at</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <source>Collection time</source>
        <translation>وقت سحب العينة</translation>
    </message>
    <message>
        <source>e.g. 1.8 or 1,8 mg/dL</source>
        <translation>مثلًا 1.8 أو ‎1,8 mg/dL</translation>
    </message>
    <message>
        <source>Magnesium value</source>
        <translation>قيمة المغنيسيوم</translation>
    </message>
    <message>
        <source>Unit of the value</source>
        <translation>وحدة القيمة</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>العيّنة</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>المختبر</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Collected &amp;on</source>
        <translation>تاريخ ال&amp;سحب</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>ال&amp;قيمة</translation>
    </message>
    <message>
        <source>S&amp;pecimen</source>
        <translation>ال&amp;عيّنة</translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation>ال&amp;مختبر</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>تعل&amp;يق</translation>
    </message>
    <message>
        <source>Type the value as the lab wrote it, with its decimals.</source>
        <translation>اكتب القيمة كما كتبها المختبر، بمنازلها العشرية.</translation>
    </message>
    <message>
        <source>Stored, but not compared with serum bands nor drawn on the serum trend.</source>
        <translation>تُحفظ، لكنها لا تُقارن بنطاقات المصل ولا تُرسم على منحنى المصل.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Cannot write {path}: the name must end in .png, .svg or .pdf.</source>
        <translation>تتعذّر كتابة {path}: يجب أن ينتهي الاسم بـ ‎.png أو ‎.svg أو ‎.pdf.</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>تتعذّر كتابة {path}.</translation>
    </message>
    <message>
        <source>Serum magnesium trend</source>
        <translation>منحنى مغنيسيوم المصل</translation>
    </message>
    <message>
        <source>Made with mgdesk</source>
        <translation>أُنشئ باستخدام mgdesk</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>الرسم البياني</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <source>mgdesk user guide</source>
        <translation>دليل مستخدم mgdesk</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>المُدخَل</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>الفئة</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>as the file says (ISO dates, or a hint such as “date (dd/mm/yyyy)”)</source>
        <translation>كما يذكر الملف (تواريخ ISO، أو إشارة مثل «date (dd/mm/yyyy)»)</translation>
    </message>
    <message>
        <source>day first: 03/04/2024 is 3 April</source>
        <translation>اليوم أولًا: 03/04/2024 هو 3 أبريل</translation>
    </message>
    <message>
        <source>month first: 03/04/2024 is 4 March</source>
        <translation>الشهر أولًا: 03/04/2024 هو 4 مارس</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>جارٍ فحص {name}…</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>استيراد {name}</translation>
    </message>
    <message>
        <source>How dates are written</source>
        <translation>طريقة كتابة التواريخ</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>يُقرأ على أنه</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Why it is not imported</source>
        <translation>سبب عدم الاستيراد</translation>
    </message>
    <message>
        <source>&amp;Save rejection report…</source>
        <translation>&amp;حفظ تقرير الرفض…</translation>
    </message>
    <message>
        <source>&amp;Forget this mapping</source>
        <translation>&amp;نسيان هذه المطابقة</translation>
    </message>
    <message>
        <source>Which PID-3 identifier is the clinic ID</source>
        <translation>أي معرّف PID-3 هو معرّف العيادة</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>ال&amp;تواريخ</translation>
    </message>
    <message>
        <source>&amp;Patient ID (PID-3)</source>
        <translation>معرّف ال&amp;مريض (PID-3)</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>First rows as they will be stored</source>
        <translation>الصفوف الأولى كما ستُحفظ</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>Checking was cancelled.</source>
        <translation>أُلغي الفحص.</translation>
    </message>
    <message>
        <source>mgdesk cannot tell which columns hold the patient, the date and the value. Choose what each column holds below; the file is checked again after each choice.</source>
        <translation>يتعذّر على mgdesk تحديد الأعمدة التي تحوي المريض والتاريخ والقيمة. اختر أدناه ما يحويه كل عمود؛ يُعاد فحص الملف بعد كل اختيار.</translation>
    </message>
    <message>
        <source>Choices not remembered</source>
        <translation>لم تُحفظ الاختيارات</translation>
    </message>
    <message>
        <source>magnesium results</source>
        <translation>نتائج المغنيسيوم</translation>
    </message>
    <message>
        <source>medication courses</source>
        <translation>فترات العلاج</translation>
    </message>
    <message>
        <source>{name}: {kind}. {good} rows can be imported, {bad} are rejected (below).</source>
        <translation>الملف {name}: {kind}. يمكن استيراد {good} من الصفوف، ورُفض {bad} (أدناه).</translation>
    </message>
    <message>
        <source>{count} other results are not magnesium; {warnings} warnings.</source>
        <translation>{count} من النتائج الأخرى ليست للمغنيسيوم؛ عدد التحذيرات: {warnings}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have dates such as 03/04/2024 that read two ways: choose how dates are written above.</source>
        <translation>
            <numerusform>%n صف فيها تواريخ مثل 03/04/2024 تُقرأ بطريقتين: اختر طريقة كتابة التواريخ أعلاه.</numerusform>
            <numerusform>%n صف فيه تواريخ مثل 03/04/2024 تُقرأ بطريقتين: اختر طريقة كتابة التواريخ أعلاه.</numerusform>
            <numerusform>%n صفّان فيهما تواريخ مثل 03/04/2024 تُقرأ بطريقتين: اختر طريقة كتابة التواريخ أعلاه.</numerusform>
            <numerusform>%n صفوف فيها تواريخ مثل 03/04/2024 تُقرأ بطريقتين: اختر طريقة كتابة التواريخ أعلاه.</numerusform>
            <numerusform>%n صفًا فيها تواريخ مثل 03/04/2024 تُقرأ بطريقتين: اختر طريقة كتابة التواريخ أعلاه.</numerusform>
            <numerusform>%n صف فيها تواريخ مثل 03/04/2024 تُقرأ بطريقتين: اختر طريقة كتابة التواريخ أعلاه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: {same_sample}; not stored.</source>
        <translation>السطر {line}: {same_sample}؛ لم تُحفظ.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… و%n غيرها.</numerusform>
            <numerusform>… و%n غيرها.</numerusform>
            <numerusform>… و%n غيرها.</numerusform>
            <numerusform>… و%n غيرها.</numerusform>
            <numerusform>… و%n غيرها.</numerusform>
            <numerusform>… و%n غيرها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new patient(s) will be created.</source>
        <translation>
            <numerusform>سيُنشأ %n مريض جديد.</numerusform>
            <numerusform>سيُنشأ %n مريض جديد.</numerusform>
            <numerusform>سيُنشأ %n مريضان جديدان.</numerusform>
            <numerusform>سيُنشأ %n مرضى جدد.</numerusform>
            <numerusform>سيُنشأ %n مريضًا جديدًا.</numerusform>
            <numerusform>سيُنشأ %n مريض جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {reason}</source>
        <translation>تحذير: {reason}</translation>
    </message>
    <message>
        <source>Rejected rows: none, every row can be imported.</source>
        <translation>الصفوف المرفوضة: لا شيء، يمكن استيراد كل الصفوف.</translation>
    </message>
    <message>
        <source>Read {header} as</source>
        <translation>قراءة {header} على أنه</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(لا يُقرأ)</translation>
    </message>
    <message>
        <source>value, in {unit} unless a unit column says otherwise</source>
        <translation>القيمة، بوحدة {unit} ما لم يذكر عمود الوحدة غير ذلك</translation>
    </message>
    <message>
        <source>Mapping remembered from {date} (a file with the same columns).</source>
        <translation>المطابقة محفوظة منذ {date} (ملف بالأعمدة نفسها).</translation>
    </message>
    <message>
        <source>the first of type MR, else the first (default)</source>
        <translation>الأول من النوع MR، وإلا فالأول (افتراضي)</translation>
    </message>
    <message numerus="yes">
        <source>type {type}, assigned by {authority} (%n message(s))</source>
        <translation>
            <numerusform>النوع {type}، صادر عن {authority} (%n رسالة)</numerusform>
            <numerusform>النوع {type}، صادر عن {authority} (%n رسالة)</numerusform>
            <numerusform>النوع {type}، صادر عن {authority} (%n رسالتان)</numerusform>
            <numerusform>النوع {type}، صادر عن {authority} (%n رسائل)</numerusform>
            <numerusform>النوع {type}، صادر عن {authority} (%n رسالة)</numerusform>
            <numerusform>النوع {type}، صادر عن {authority} (%n رسالة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>type {type} (%n message(s))</source>
        <translation>
            <numerusform>النوع {type} (%n رسالة)</numerusform>
            <numerusform>النوع {type} (%n رسالة)</numerusform>
            <numerusform>النوع {type} (%n رسالتان)</numerusform>
            <numerusform>النوع {type} (%n رسائل)</numerusform>
            <numerusform>النوع {type} (%n رسالة)</numerusform>
            <numerusform>النوع {type} (%n رسالة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Map lab code {code}</source>
        <translation>مطابقة رمز المختبر {code}</translation>
    </message>
    <message>
        <source>not magnesium (not imported)</source>
        <translation>ليس مغنيسيوم (لا يُستورد)</translation>
    </message>
    <message>
        <source>= serum magnesium</source>
        <translation>= مغنيسيوم المصل</translation>
    </message>
    <message>
        <source>= urine magnesium</source>
        <translation>= مغنيسيوم البول</translation>
    </message>
    <message>
        <source>= red-cell magnesium</source>
        <translation>= مغنيسيوم الكريات الحمراء</translation>
    </message>
    <message>
        <source>The lab sends these results under its own code, and its name says magnesium. Choose what it measures to import them; the choice is remembered for the next file.</source>
        <translation>يرسل المختبر هذه النتائج برمزه الخاص، واسمها يدل على المغنيسيوم. اختر ما تقيسه لاستيرادها؛ ويُحفظ الاختيار للملف التالي.</translation>
    </message>
    <message numerus="yes">
        <source>Lab code {code} (%n result(s))</source>
        <translation>
            <numerusform>رمز المختبر {code} (%n نتيجة)</numerusform>
            <numerusform>رمز المختبر {code} (%n نتيجة)</numerusform>
            <numerusform>رمز المختبر {code} (%n نتيجتان)</numerusform>
            <numerusform>رمز المختبر {code} (%n نتائج)</numerusform>
            <numerusform>رمز المختبر {code} (%n نتيجة)</numerusform>
            <numerusform>رمز المختبر {code} (%n نتيجة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Two columns are read as {field}: choose one.</source>
        <translation>عمودان يُقرآن على أنهما {field}: اختر أحدهما.</translation>
    </message>
    <message>
        <source>not classified ({specimen})</source>
        <translation>غير مصنّف ({specimen})</translation>
    </message>
    <message>
        <source>Save rejection report</source>
        <translation>حفظ تقرير الرفض</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Cannot write {name}: {error}</source>
        <translation>تتعذّر كتابة {name}: {error}</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>جارٍ استيراد {name}…</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicates} duplicates skipped, {created} new patients, {rejected} rows rejected.</source>
        <translation>المستورد: {imported}، المكرر المتجاوَز: {duplicates}، المرضى الجدد: {created}، الصفوف المرفوضة: {rejected}.</translation>
    </message>
    <message>
        <source>Left as you left them: {deleted} previously deleted, {corrected} previously corrected (lines {lines}).</source>
        <translation>تُركت كما تركتها: المحذوف سابقًا {deleted}، المصحَّح سابقًا {corrected} (الأسطر {lines}).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database opened last, {path}, is not there (moved, deleted or on a drive not connected): no database is open. Open one with File &gt; Open database (Ctrl+O).</source>
        <translation>قاعدة البيانات التي فُتحت آخر مرة، {path}، غير موجودة (نُقلت أو حُذفت أو على قرص غير متصل): لا توجد قاعدة بيانات مفتوحة. افتح واحدة من ملف &gt; فتح قاعدة بيانات (Ctrl+O).</translation>
    </message>
    <message>
        <source>Database: {path} (synthetic demo)</source>
        <translation>قاعدة البيانات: {path} (عرض تجريبي ببيانات وهمية)</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>قاعدة البيانات: {path}</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>لا توجد قاعدة بيانات مفتوحة</translation>
    </message>
    <message>
        <source>Database closed. The converter works without one (Ctrl+1).</source>
        <translation>أُغلقت قاعدة البيانات. يعمل المحوِّل دونها (Ctrl+1).</translation>
    </message>
    <message>
        <source>Open a patient database</source>
        <translation>فتح قاعدة بيانات المرضى</translation>
    </message>
    <message>
        <source>mgdesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>قواعد بيانات mgdesk (*.sqlite3 *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>لم تُفتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Copy to the clinic server</source>
        <translation>النسخ إلى خادم العيادة</translation>
    </message>
    <message>
        <source>Open the workstation&apos;s database file first (File &gt; Open database); it is copied as is.</source>
        <translation>افتح ملف قاعدة بيانات محطة العمل أولًا (ملف &gt; فتح قاعدة بيانات)؛ فهو يُنسخ كما هو.</translation>
    </message>
    <message>
        <source>The server database holds records</source>
        <translation>قاعدة بيانات الخادم تحوي سجلات</translation>
    </message>
    <message>
        <source>{error}

Add this database&apos;s records beside them? Identifiers are moved past the server&apos;s; a clinic ID both use stops the copy with nothing kept.</source>
        <translation>{error}

هل تضيف سجلات قاعدة البيانات هذه إلى جانبها؟ تُنقل المعرّفات إلى ما بعد معرّفات الخادم؛ وإن وُجد معرّف عيادة لدى الطرفين توقّف النسخ دون الاحتفاظ بأي شيء.</translation>
    </message>
    <message>
        <source>Nothing copied</source>
        <translation>لم يُنسخ شيء</translation>
    </message>
    <message>
        <source>Copy this database to the clinic server</source>
        <translation>نسخ قاعدة البيانات هذه إلى خادم العيادة</translation>
    </message>
    <message>
        <source>{error}

Nothing was copied.</source>
        <translation>{error}

لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>{table}: {rows} rows, checksum {checksum}</source>
        <translation>الجدول {table}: الصفوف {rows}، المجموع الاختباري {checksum}</translation>
    </message>
    <message>
        <source>Copied {source} to {target} and verified: every table has the same rows and checksum there.</source>
        <translation>نُسخت {source} إلى {target} وتم التحقق: لكل جدول هناك الصفوف نفسها والمجموع الاختباري نفسه.</translation>
    </message>
    <message>
        <source>Copy verified</source>
        <translation>تم التحقق من النسخ</translation>
    </message>
    <message>
        <source>Open the clinic server now</source>
        <translation>فتح خادم العيادة الآن</translation>
    </message>
    <message>
        <source>Copying the database to the clinic server…</source>
        <translation>جارٍ نسخ قاعدة البيانات إلى خادم العيادة…</translation>
    </message>
    <message>
        <source>New patient database</source>
        <translation>قاعدة بيانات مرضى جديدة</translation>
    </message>
    <message>
        <source>mgdesk databases (*.sqlite3)</source>
        <translation>قواعد بيانات mgdesk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Database not created</source>
        <translation>لم تُنشأ قاعدة البيانات</translation>
    </message>
    <message>
        <source>{path} already exists; open it instead.</source>
        <translation>قاعدة البيانات {path} موجودة بالفعل؛ افتحها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>لا توجد قاعدة بيانات</translation>
    </message>
    <message>
        <source>Open or create a patient database first.</source>
        <translation>افتح قاعدة بيانات مرضى أو أنشئ واحدة أولًا.</translation>
    </message>
    <message>
        <source>Import results or medications</source>
        <translation>استيراد النتائج أو الأدوية</translation>
    </message>
    <message>
        <source>CSV, HL7 v2 and FHIR files (*.csv *.txt *.tsv *.hl7 *.json *.ndjson);;All files (*)</source>
        <translation>ملفات CSV وHL7 v2 وFHIR (*.csv *.txt *.tsv *.hl7 *.json *.ndjson);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <source>Nothing of {name} was stored.</source>
        <translation>لم يُحفظ شيء من {name}.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <source>{error}

Nothing of the file was stored.</source>
        <translation>{error}

لم يُحفظ شيء من الملف.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <source>Save rejection report…</source>
        <translation>حفظ تقرير الرفض…</translation>
    </message>
    <message>
        <source>Open a patient database first.</source>
        <translation>افتح قاعدة بيانات مرضى أولًا.</translation>
    </message>
    <message>
        <source>Export as FHIR</source>
        <translation>تصدير بصيغة FHIR</translation>
    </message>
    <message>
        <source>Export only patient {id}? (No: every patient)</source>
        <translation>تصدير المريض {id} فقط؟ (لا: كل المرضى)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>لم يُصدَّر</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n result(s) as FHIR to {name}.</source>
        <translation>
            <numerusform>صُدِّرت %n نتيجة بصيغة FHIR إلى {name}.</numerusform>
            <numerusform>صُدِّرت %n نتيجة بصيغة FHIR إلى {name}.</numerusform>
            <numerusform>صُدِّرت %n نتيجتان بصيغة FHIR إلى {name}.</numerusform>
            <numerusform>صُدِّرت %n نتائج بصيغة FHIR إلى {name}.</numerusform>
            <numerusform>صُدِّرت %n نتيجة بصيغة FHIR إلى {name}.</numerusform>
            <numerusform>صُدِّرت %n نتيجة بصيغة FHIR إلى {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export medications</source>
        <translation>تصدير الأدوية</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>تصدير النتائج</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to {name}.</source>
        <translation>صُدِّر إلى {name}.</translation>
    </message>
    <message>
        <source>Building the demo clinic…</source>
        <translation>جارٍ إنشاء العيادة التجريبية…</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>العيادة التجريبية</translation>
    </message>
    <message>
        <source>mgdesk - serum magnesium</source>
        <translation>mgdesk - مغنيسيوم المصل</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Converter</source>
        <translation>المحوِّل</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>المرضى</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>العيادة</translation>
    </message>
    <message>
        <source>Results entered while the clinic server could not be reached</source>
        <translation>نتائج أُدخلت حين تعذّر الوصول إلى خادم العيادة</translation>
    </message>
    <message>
        <source>Offline: nothing about a patient leaves this computer.</source>
        <translation>دون اتصال: لا تغادر أي بيانات عن المريض هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Choose a lab profile</source>
        <translation>اختيار ملف مختبر</translation>
    </message>
    <message>
        <source>Lab profiles (*.toml);;All files (*)</source>
        <translation>ملفات المختبر (*.toml);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Profile not loaded</source>
        <translation>لم يُحمَّل الملف</translation>
    </message>
    <message>
        <source>{error}

The profile in use is unchanged.</source>
        <translation>{error}

الملف المستخدم لم يتغير.</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>الملف: {name}</translation>
    </message>
    <message>
        <source>Chosen profile not usable ({problem}); using the default.</source>
        <translation>الملف المختار غير صالح للاستخدام ({problem})؛ يُستخدم الملف الافتراضي.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) waiting to be sent</source>
        <translation>
            <numerusform>%n نتيجة بانتظار الإرسال</numerusform>
            <numerusform>%n نتيجة بانتظار الإرسال</numerusform>
            <numerusform>%n نتيجتان بانتظار الإرسال</numerusform>
            <numerusform>%n نتائج بانتظار الإرسال</numerusform>
            <numerusform>%n نتيجة بانتظار الإرسال</numerusform>
            <numerusform>%n نتيجة بانتظار الإرسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) not accepted: open</source>
        <translation>
            <numerusform>%n نتيجة غير مقبولة: فتح</numerusform>
            <numerusform>%n نتيجة غير مقبولة: فتح</numerusform>
            <numerusform>%n نتيجتان غير مقبولتين: فتح</numerusform>
            <numerusform>%n نتائج غير مقبولة: فتح</numerusform>
            <numerusform>%n نتيجة غير مقبولة: فتح</numerusform>
            <numerusform>%n نتيجة غير مقبولة: فتح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) were not accepted by the clinic server and are kept: click the outbox note.</source>
        <translation>
            <numerusform>%n نتيجة لم يقبلها خادم العيادة وهي محفوظة: انقر ملاحظة صندوق الإرسال.</numerusform>
            <numerusform>%n نتيجة لم يقبلها خادم العيادة وهي محفوظة: انقر ملاحظة صندوق الإرسال.</numerusform>
            <numerusform>%n نتيجتان لم يقبلهما خادم العيادة وهما محفوظتان: انقر ملاحظة صندوق الإرسال.</numerusform>
            <numerusform>%n نتائج لم يقبلها خادم العيادة وهي محفوظة: انقر ملاحظة صندوق الإرسال.</numerusform>
            <numerusform>%n نتيجة لم يقبلها خادم العيادة وهي محفوظة: انقر ملاحظة صندوق الإرسال.</numerusform>
            <numerusform>%n نتيجة لم يقبلها خادم العيادة وهي محفوظة: انقر ملاحظة صندوق الإرسال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) sent to the clinic server.</source>
        <translation>
            <numerusform>أُرسلت %n نتيجة إلى خادم العيادة.</numerusform>
            <numerusform>أُرسلت %n نتيجة إلى خادم العيادة.</numerusform>
            <numerusform>أُرسلت %n نتيجتان إلى خادم العيادة.</numerusform>
            <numerusform>أُرسلت %n نتائج إلى خادم العيادة.</numerusform>
            <numerusform>أُرسلت %n نتيجة إلى خادم العيادة.</numerusform>
            <numerusform>أُرسلت %n نتيجة إلى خادم العيادة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clinic server answers again.</source>
        <translation>يستجيب خادم العيادة مجددًا.</translation>
    </message>
    <message>
        <source>Clinic server out of reach; results you add wait here.</source>
        <translation>خادم العيادة خارج الاتصال؛ تنتظر هنا النتائج التي تضيفها.</translation>
    </message>
    <message>
        <source>About mgdesk</source>
        <translation>عن mgdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;mgdesk {version}&lt;/b&gt;&lt;br&gt;Serum magnesium for clinics that treat type 2 diabetes: exact unit conversion, classification against 0.70 mmol/L, trends over time on metformin.&lt;br&gt;Offline: nothing about a patient leaves this computer.&lt;br&gt;Licence: GPL-3.0-or-later.</source>
        <translation>‏&lt;b&gt;mgdesk {version}&lt;/b&gt;&lt;br&gt;مغنيسيوم المصل للعيادات التي تعالج السكري من النوع 2: تحويل دقيق بين الوحدات، وتصنيف مقابل ‎0.70 mmol/L، ومنحنيات عبر المدة على الميتفورمين.&lt;br&gt;دون اتصال: لا تغادر أي بيانات عن المريض هذا الحاسوب.&lt;br&gt;الترخيص: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>م&amp;لف</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
        <source>Connect to clinic &amp;server…</source>
        <translation>الاتصال بخادم ال&amp;عيادة…</translation>
    </message>
    <message>
        <source>Cop&amp;y this database to the clinic server…</source>
        <translation>&amp;نسخ قاعدة البيانات هذه إلى خادم العيادة…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;تصدير النتائج…</translation>
    </message>
    <message>
        <source>Export as &amp;FHIR…</source>
        <translation>تصدير بصيغة &amp;FHIR…</translation>
    </message>
    <message>
        <source>Export &amp;medications…</source>
        <translation>تصدير الأ&amp;دوية…</translation>
    </message>
    <message>
        <source>Export p&amp;lot…</source>
        <translation>تصدير ال&amp;رسم…</translation>
    </message>
    <message>
        <source>Patient &amp;report (PDF)…</source>
        <translation>تقرير ال&amp;مريض (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print patient report…</source>
        <translation>&amp;طباعة تقرير المريض…</translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation>إ&amp;غلاق قاعدة البيانات</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Copy for clinical note</source>
        <translation>&amp;نسخ للملاحظة السريرية</translation>
    </message>
    <message>
        <source>&amp;Keep in history</source>
        <translation>الا&amp;حتفاظ في السجل</translation>
    </message>
    <message>
        <source>Clear &amp;value</source>
        <translation>مسح ال&amp;قيمة</translation>
    </message>
    <message>
        <source>&amp;Enter a new value</source>
        <translation>إ&amp;دخال قيمة جديدة</translation>
    </message>
    <message>
        <source>Clear this session&apos;s &amp;history</source>
        <translation>مسح &amp;سجل هذه الجلسة</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>ال&amp;وحدة</translation>
    </message>
    <message>
        <source>&amp;Next unit</source>
        <translation>الوحدة ال&amp;تالية</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>المر&amp;ضى</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>ال&amp;بحث عن مريض</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;مريض جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>ت&amp;عديل بيانات المريض…</translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation>&amp;حذف المريض…</translation>
    </message>
    <message>
        <source>Add &amp;result…</source>
        <translation>إضافة &amp;نتيجة…</translation>
    </message>
    <message>
        <source>Add &amp;medication…</source>
        <translation>إضافة &amp;دواء…</translation>
    </message>
    <message>
        <source>Show or hide the patient &amp;list</source>
        <translation>إظهار &amp;قائمة المرضى أو إخفاؤها</translation>
    </message>
    <message>
        <source>Show or hide results and medications &amp;tables</source>
        <translation>إظهار &amp;جداول النتائج والأدوية أو إخفاؤها</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإعدا&amp;دات</translation>
    </message>
    <message>
        <source>Choose lab &amp;profile…</source>
        <translation>اختيار ملف ال&amp;مختبر…</translation>
    </message>
    <message>
        <source>Use the &amp;default profile</source>
        <translation>استخدام الملف الا&amp;فتراضي</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Open the &amp;demo clinic (synthetic patients)</source>
        <translation>فتح العيادة ال&amp;تجريبية (مرضى وهميون)</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <source>About the &amp;numbers</source>
        <translation>عن الأ&amp;رقام</translation>
    </message>
    <message>
        <source>&amp;About mgdesk</source>
        <translation>&amp;عن mgdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>عن &amp;Qt</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The new language applies when mgdesk starts again.</source>
        <translation>تُطبَّق اللغة الجديدة عند إعادة تشغيل mgdesk.</translation>
    </message>
    <message>
        <source>Clinic ({n})</source>
        <translation>العيادة ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) wait for a clinician&apos;s review</source>
        <translation>
            <numerusform>%n نتيجة بانتظار مراجعة الطبيب</numerusform>
            <numerusform>%n نتيجة بانتظار مراجعة الطبيب</numerusform>
            <numerusform>%n نتيجتان بانتظار مراجعة الطبيب</numerusform>
            <numerusform>%n نتائج بانتظار مراجعة الطبيب</numerusform>
            <numerusform>%n نتيجة بانتظار مراجعة الطبيب</numerusform>
            <numerusform>%n نتيجة بانتظار مراجعة الطبيب</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for review</source>
        <translation>لا شيء بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>وسم كمُراجَع</translation>
    </message>
    <message>
        <source>Sign off the latest result of {id} as reviewed by you ({user}).
Comment (optional):</source>
        <translation>اعتماد أحدث نتيجة لـ {id} على أنك راجعتها ({user}).
تعليق (اختياري):</translation>
    </message>
    <message>
        <source>No patient</source>
        <translation>لا يوجد مريض</translation>
    </message>
    <message>
        <source>Choose a patient first (Ctrl+2).</source>
        <translation>اختر مريضًا أولًا (Ctrl+2).</translation>
    </message>
</context>
<context>
    <name>patients</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
        <source>Search by clinic ID or name (Ctrl+F)</source>
        <translation>البحث بمعرّف العيادة أو الاسم (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>البحث عن المرضى</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>المرضى</translation>
    </message>
    <message>
        <source>New &amp;patient…</source>
        <translation>مريض &amp;جديد…</translation>
    </message>
    <message>
        <source>Patient list</source>
        <translation>قائمة المرضى</translation>
    </message>
    <message>
        <source>Show or hide the patient list (Ctrl+B)</source>
        <translation>إظهار قائمة المرضى أو إخفاؤها (Ctrl+B)</translation>
    </message>
    <message>
        <source>P&amp;atient</source>
        <translation>ال&amp;مريض</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>ت&amp;عديل بيانات المريض…</translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation>&amp;حذف المريض…</translation>
    </message>
    <message>
        <source>Results and medications tables</source>
        <translation>جداول النتائج والأدوية</translation>
    </message>
    <message>
        <source>Show or hide the results and medications tables (Ctrl+Shift+B)</source>
        <translation>إظهار جداول النتائج والأدوية أو إخفاؤها (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Magnesium results</source>
        <translation>نتائج المغنيسيوم</translation>
    </message>
    <message>
        <source>Medication courses</source>
        <translation>فترات العلاج</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>الأدوية</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ت&amp;عديل…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>&amp;Copy row</source>
        <translation>&amp;نسخ الصف</translation>
    </message>
    <message>
        <source>Show the &amp;patient&apos;s trend</source>
        <translation>إظهار منحنى ال&amp;مريض</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Opening the patient database…</source>
        <translation>جارٍ فتح قاعدة بيانات المرضى…</translation>
    </message>
    <message>
        <source>{reason}

The converter works without a database (Ctrl+1).</source>
        <translation>{reason}

يعمل المحوِّل دون قاعدة بيانات (Ctrl+1).</translation>
    </message>
    <message>
        <source>No database is open. Open one (Ctrl+O) or create one (Ctrl+Shift+N).

The converter works without a database (Ctrl+1).</source>
        <translation>لا توجد قاعدة بيانات مفتوحة. افتح واحدة (Ctrl+O) أو أنشئ واحدة (Ctrl+Shift+N).

يعمل المحوِّل دون قاعدة بيانات (Ctrl+1).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n مريض</numerusform>
            <numerusform>%n مريض</numerusform>
            <numerusform>%n مريضان</numerusform>
            <numerusform>%n مرضى</numerusform>
            <numerusform>%n مريضًا</numerusform>
            <numerusform>%n مريض</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a patient on the left, or add one (Ctrl+N).</source>
        <translation>اختر مريضًا من القائمة، أو أضف مريضًا (Ctrl+N).</translation>
    </message>
    <message>
        <source>born {year}</source>
        <translation>مواليد {year}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>حذف {what}</translation>
    </message>
    <message>
        <source>Delete {what}? It is hidden, kept in the audit log, and Undo (Ctrl+Z) brings it back.
Reason:</source>
        <translation>حذف {what}؟ سيُخفى العنصر ويُحتفظ به في سجل التدقيق، ويعيده التراجع (Ctrl+Z).
السبب:</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>أُدخل خطأً</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>patient {id}</source>
        <translation>المريض {id}</translation>
    </message>
    <message>
        <source>{drug} from {start}</source>
        <translation>الدواء {drug} منذ {start}</translation>
    </message>
    <message>
        <source>the result of {date} ({value} {unit})</source>
        <translation>نتيجة {date} (‎{value} {unit})</translation>
    </message>
    <message>
        <source>Same sample already stored</source>
        <translation>العيّنة نفسها محفوظة بالفعل</translation>
    </message>
    <message>
        <source>This patient already has {value} {unit} ({specimen}, {when}). {new_value} {new_unit} at that time is the same sample within the written precision. Save it again anyway?</source>
        <translation>لدى هذا المريض بالفعل ‎{value} {unit} ({specimen}، {when}). القيمة ‎{new_value} {new_unit} في ذلك الوقت هي العيّنة نفسها ضمن الدقة المكتوبة. هل تحفظها مرة أخرى رغم ذلك؟</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Clinic ID</source>
        <translation>معرّف العيادة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Value as written</source>
        <translation>القيمة كما كُتبت</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Cumulative months on metformin</source>
        <translation>الأشهر التراكمية على الميتفورمين</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>العيّنة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>{months} (off)</source>
        <translation>{months} (متوقف)</translation>
    </message>
    <message>
        <source>(preliminary)</source>
        <translation>(أولية)</translation>
    </message>
    <message>
        <source>(lab: {flag})</source>
        <translation>(المختبر: {flag})</translation>
    </message>
    <message>
        <source>The lab flagged it {flag}, which is not mgdesk&apos;s class against this profile.</source>
        <translation>وسمها المختبر بـ {flag}، وهذه ليست فئة mgdesk وفق هذا الملف.</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>غير مصنّف</translation>
    </message>
    <message>
        <source>{specimen} magnesium is not compared with serum bands.</source>
        <translation>لا يُقارن مغنيسيوم {specimen} بنطاقات المصل.</translation>
    </message>
    <message>
        <source>{words} ({code}) against the profile “{profile}”{borderline}.</source>
        <translation>{words} ({code}) وفق الملف «{profile}»{borderline}.</translation>
    </message>
    <message>
        <source>, borderline: its written precision straddles a band edge</source>
        <translation>، حدّي: دقتها المكتوبة تمتد على جانبي حد النطاق</translation>
    </message>
    <message>
        <source>It could be on either side of the hypomagnesemia threshold.</source>
        <translation>قد تقع على أي من جانبي عتبة نقص مغنيسيوم الدم.</translation>
    </message>
    <message>
        <source>Drug class</source>
        <translation>الفئة الدوائية</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>الإيقاف</translation>
    </message>
    <message>
        <source>Daily dose (mg)</source>
        <translation>الجرعة اليومية (mg)</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>مستمر</translation>
    </message>
    <message>
        <source>metformin</source>
        <translation>ميتفورمين</translation>
    </message>
    <message>
        <source>sulfonylurea</source>
        <translation>سلفونيل يوريا</translation>
    </message>
    <message>
        <source>insulin</source>
        <translation>إنسولين</translation>
    </message>
    <message>
        <source>DPP-4 inhibitor</source>
        <translation>مثبط DPP-4</translation>
    </message>
    <message>
        <source>SGLT2 inhibitor</source>
        <translation>مثبط SGLT2</translation>
    </message>
    <message>
        <source>GLP-1 agonist</source>
        <translation>ناهض GLP-1</translation>
    </message>
    <message>
        <source>proton-pump inhibitor</source>
        <translation>مثبط مضخة البروتون</translation>
    </message>
    <message>
        <source>loop diuretic</source>
        <translation>مدر عروي</translation>
    </message>
    <message>
        <source>thiazide diuretic</source>
        <translation>مدر ثيازيدي</translation>
    </message>
    <message>
        <source>magnesium supplement</source>
        <translation>مكمّل مغنيسيوم</translation>
    </message>
    <message>
        <source>other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>serum</source>
        <translation>مصل</translation>
    </message>
    <message>
        <source>plasma</source>
        <translation>بلازما</translation>
    </message>
    <message>
        <source>urine</source>
        <translation>بول</translation>
    </message>
    <message>
        <source>red-cell</source>
        <translation>كريات حمراء</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>born {year}</source>
        <translation>مواليد {year}</translation>
    </message>
    <message>
        <source>sex {sex}</source>
        <translation>الجنس: {sex}</translation>
    </message>
    <message>
        <source>SYNTHETIC – a demo patient made by mgdesk&apos;s demo clinic, not a real person.</source>
        <translation>بيانات وهمية – مريض تجريبي أنشأته العيادة التجريبية في mgdesk، وليس شخصًا حقيقيًا.</translation>
    </message>
    <message>
        <source>Serum magnesium report</source>
        <translation>تقرير مغنيسيوم المصل</translation>
    </message>
    <message>
        <source>The numbers</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Serum/plasma results ({n})</source>
        <translation>نتائج المصل/البلازما ({n})</translation>
    </message>
    <message>
        <source>The latest {shown} of {n} are listed; the plot shows all.</source>
        <translation>تضم القائمة أحدث النتائج ({shown} من أصل {n})؛ ويعرضها الرسم جميعها.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>كما كُتبت</translation>
    </message>
    <message>
        <source>In {unit}</source>
        <translation>بوحدة {unit}</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>العيّنة</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>المختبر</translation>
    </message>
    <message>
        <source>, borderline</source>
        <translation>، حدّي</translation>
    </message>
    <message>
        <source> (off metformin)</source>
        <translation> (خارج الميتفورمين)</translation>
    </message>
    <message numerus="yes">
        <source>%n urine or red-cell result(s) not serum, so not shown.</source>
        <translation>
            <numerusform>%n نتيجة للبول أو الكريات الحمراء ليست نتيجة مصل، لذا لا تُعرض.</numerusform>
            <numerusform>%n نتيجة للبول أو الكريات الحمراء ليست نتيجة مصل، لذا لا تُعرض.</numerusform>
            <numerusform>%n نتيجتان للبول أو الكريات الحمراء ليستا نتيجتي مصل، لذا لا تُعرضان.</numerusform>
            <numerusform>%n نتائج للبول أو الكريات الحمراء ليست نتائج مصل، لذا لا تُعرض.</numerusform>
            <numerusform>%n نتيجة للبول أو الكريات الحمراء ليست نتائج مصل، لذا لا تُعرض.</numerusform>
            <numerusform>%n نتيجة للبول أو الكريات الحمراء ليست نتائج مصل، لذا لا تُعرض.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile and conversion</source>
        <translation>الملف والتحويل</translation>
    </message>
    <message>
        <source>Profile: {name}.</source>
        <translation>الملف: {name}.</translation>
    </message>
    <message>
        <source>hypomagnesemia below</source>
        <translation>نقص مغنيسيوم الدم دون</translation>
    </message>
    <message>
        <source>Re-test {on} months after the last result on metformin, {low} months after a low one (clinic policy).</source>
        <translation>فترة إعادة الفحص بالأشهر (سياسة العيادة): {on} بعد آخر نتيجة على الميتفورمين، و{low} بعد نتيجة منخفضة.</translation>
    </message>
    <message>
        <source>Conversion: 1 mmol/L = {mg_dl} mg/dL = {meq} mEq/L (molar mass of Mg 24.305 g/mol, CIAAW standard atomic weight; charge of Mg2+ 2, mEq = mmol x valence, Merck Manual unit conversions).</source>
        <translation>التحويل: ‎1 mmol/L = {mg_dl} mg/dL = {meq} mEq/L (الكتلة المولية للمغنيسيوم ‎24.305 g/mol، الوزن الذري القياسي وفق CIAAW؛ شحنة Mg2+ هي 2، mEq = mmol x التكافؤ، تحويلات الوحدات في دليل Merck).</translation>
    </message>
    <message>
        <source>Made {when} by {user} with mgdesk {version}, as of {today}. Only serum/plasma results are drawn.</source>
        <translation>أُعدّ {when} بواسطة {user} باستخدام mgdesk {version}، حتى تاريخ {today}. تُرسم نتائج المصل/البلازما فقط.</translation>
    </message>
    <message>
        <source>SYNTHETIC demo patient.</source>
        <translation>مريض تجريبي ببيانات وهمية.</translation>
    </message>
    <message>
        <source>Cannot write or print the report.</source>
        <translation>تتعذّر كتابة التقرير أو طباعته.</translation>
    </message>
    <message>
        <source>Serum magnesium report {id}</source>
        <translation>تقرير مغنيسيوم المصل {id}</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>تتعذّر كتابة {path}.</translation>
    </message>
    <message>
        <source>Print patient report</source>
        <translation>طباعة تقرير المريض</translation>
    </message>
</context>
<context>
    <name>trend</name>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>already reached (about {month})</source>
        <translation>بُلغت بالفعل (نحو {month})</translation>
    </message>
    <message>
        <source>about {month}</source>
        <translation>نحو {month}</translation>
    </message>
    <message>
        <source>overdue by {span} (due {date})</source>
        <translation>متأخر منذ {span} (كان مستحقًا في {date})</translation>
    </message>
    <message>
        <source>{date} (due within a month)</source>
        <translation>{date} (مستحق خلال شهر)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>, borderline</source>
        <translation>، حدّي</translation>
    </message>
    <message>
        <source>{value} {unit} ({words}) on {date}</source>
        <translation>‏‎{value} {unit} ({words}) في {date}</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <source>Since last test</source>
        <translation>منذ آخر فحص</translation>
    </message>
    <message>
        <source>{months} months (cumulative)</source>
        <translation>الأشهر التراكمية: {months}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) off metformin</source>
        <translation>
            <numerusform>%n نتيجة خارج الميتفورمين</numerusform>
            <numerusform>%n نتيجة خارج الميتفورمين</numerusform>
            <numerusform>%n نتيجتان خارج الميتفورمين</numerusform>
            <numerusform>%n نتائج خارج الميتفورمين</numerusform>
            <numerusform>%n نتيجة خارج الميتفورمين</numerusform>
            <numerusform>%n نتيجة خارج الميتفورمين</numerusform>
        </translation>
    </message>
    <message>
        <source>Time on metformin</source>
        <translation>المدة على الميتفورمين</translation>
    </message>
    <message>
        <source>too few results</source>
        <translation>نتائج قليلة جدًا</translation>
    </message>
    <message>
        <source>never on metformin</source>
        <translation>لم يتناول الميتفورمين قط</translation>
    </message>
    <message>
        <source>{slope} {unit}/year (95% CI {low} to {high})</source>
        <translation>‏‎{slope} {unit}/سنة (فاصل الثقة 95% من ‎{low} إلى ‎{high})</translation>
    </message>
    <message>
        <source>Slope on metformin</source>
        <translation>الميل على الميتفورمين</translation>
    </message>
    <message>
        <source>Mean before / after</source>
        <translation>المتوسط قبل / بعد</translation>
    </message>
    <message>
        <source>{before} / {after} {unit}</source>
        <translation>{before} / {after} {unit}</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation>دون العتبة</translation>
    </message>
    <message>
        <source>Projected crossing</source>
        <translation>العبور المتوقع</translation>
    </message>
    <message>
        <source>▼ FALLING</source>
        <translation>▼ في انخفاض</translation>
    </message>
    <message>
        <source>off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Falling alert</source>
        <translation>تنبيه الانخفاض</translation>
    </message>
    <message>
        <source>Re-test due</source>
        <translation>موعد إعادة الفحص</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>وهمي</translation>
    </message>
    <message>
        <source>Synthetic demo patient, not a real person</source>
        <translation>مريض تجريبي ببيانات وهمية، وليس شخصًا حقيقيًا</translation>
    </message>
    <message>
        <source>A synthetic demo patient, not a real person: generated by mgdesk&apos;s demo clinic to show how it works.</source>
        <translation>مريض تجريبي ببيانات وهمية، وليس شخصًا حقيقيًا: أنشأته العيادة التجريبية في mgdesk لتوضيح طريقة عمله.</translation>
    </message>
    <message>
        <source>Magnesium unit</source>
        <translation>وحدة المغنيسيوم</translation>
    </message>
    <message>
        <source>Time axis</source>
        <translation>محور الزمن</translation>
    </message>
    <message>
        <source>Calendar date</source>
        <translation>التاريخ التقويمي</translation>
    </message>
    <message>
        <source>Cumulative months on metformin</source>
        <translation>الأشهر التراكمية على الميتفورمين</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>ال&amp;وحدة</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>ال&amp;زمن</translation>
    </message>
    <message>
        <source>No patient selected.</source>
        <translation>لم يُحدَّد أي مريض.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <source>Export the plot, write the patient report (PDF) or print it</source>
        <translation>تصدير الرسم، أو كتابة تقرير المريض (PDF) أو طباعته</translation>
    </message>
    <message>
        <source>Plot as PNG image…</source>
        <translation>الرسم كصورة PNG…</translation>
    </message>
    <message>
        <source>Plot as SVG drawing…</source>
        <translation>الرسم كرسم SVG…</translation>
    </message>
    <message>
        <source>Plot as PDF…</source>
        <translation>الرسم كملف PDF…</translation>
    </message>
    <message>
        <source>Patient &amp;report (PDF)…</source>
        <translation>&amp;تقرير المريض (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print patient report…</source>
        <translation>&amp;طباعة تقرير المريض…</translation>
    </message>
    <message>
        <source>No patient is shown.</source>
        <translation>لا يُعرض أي مريض.</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>تصدير الرسم</translation>
    </message>
    <message>
        <source>Save patient report</source>
        <translation>حفظ تقرير المريض</translation>
    </message>
    <message>
        <source>mgdesk</source>
        <translation>mgdesk</translation>
    </message>
    <message>
        <source>Metformin</source>
        <translation>ميتفورمين</translation>
    </message>
    <message>
        <source>Other diabetes</source>
        <translation>دواء سكري آخر</translation>
    </message>
    <message>
        <source>PPI</source>
        <translation>مثبط مضخة البروتون</translation>
    </message>
    <message>
        <source>Diuretic</source>
        <translation>مدر للبول</translation>
    </message>
    <message>
        <source>Mg supplement</source>
        <translation>مكمّل مغنيسيوم</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>{drug} {dose} mg/day</source>
        <translation>{drug} {dose} mg يوميًا</translation>
    </message>
    <message>
        <source>Magnesium trend plot</source>
        <translation>رسم منحنى المغنيسيوم</translation>
    </message>
    <message>
        <source>metformin started</source>
        <translation>بدء الميتفورمين</translation>
    </message>
    <message>
        <source>Cumulative months on metformin (time off not counted)</source>
        <translation>الأشهر التراكمية على الميتفورمين (لا تُحتسب فترات التوقف)</translation>
    </message>
    <message>
        <source>Serum Mg ({unit})</source>
        <translation>مغنيسيوم المصل ({unit})</translation>
    </message>
    <message>
        <source>hypomagnesemia below {value}</source>
        <translation>نقص مغنيسيوم الدم دون ‎{value}</translation>
    </message>
    <message>
        <source>As written: {written}</source>
        <translation>كما كُتبت: ‎{written}</translation>
    </message>
    <message>
        <source>= {value} {unit}</source>
        <translation>= {value} {unit}</translation>
    </message>
    <message>
        <source>{words}, borderline (its precision cannot tell the side of a band edge)</source>
        <translation>{words}، حدّي (لا تكفي دقتها لتحديد جانب حد النطاق)</translation>
    </message>
    <message>
        <source>Off metformin (after {months} cumulative months on it): not in the fit</source>
        <translation>خارج الميتفورمين (بعد {months} من الأشهر التراكمية عليه): غير داخلة في الملاءمة</translation>
    </message>
    <message>
        <source>{months} cumulative months on metformin</source>
        <translation>الأشهر التراكمية على الميتفورمين: {months}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>لا شيء مسجَّل</translation>
    </message>
    <message>
        <source>Taking: {medications}</source>
        <translation>الأدوية الحالية: {medications}</translation>
    </message>
    <message>
        <source>No medication</source>
        <translation>لا أدوية</translation>
    </message>
    <message>
        <source>critical low</source>
        <translation>منخفض حرج</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>طبيعي</translation>
    </message>
    <message>
        <source>high</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <source>critical high</source>
        <translation>مرتفع حرج</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Review the latest result of {id}</source>
        <translation>مراجعة أحدث نتيجة لـ {id}</translation>
    </message>
    <message>
        <source>Add patient {id}</source>
        <translation>إضافة المريض {id}</translation>
    </message>
    <message>
        <source>Edit patient {id}</source>
        <translation>تعديل بيانات المريض {id}</translation>
    </message>
    <message>
        <source>Delete patient {id}</source>
        <translation>حذف المريض {id}</translation>
    </message>
    <message>
        <source>Add {drug}</source>
        <translation>إضافة {drug}</translation>
    </message>
    <message>
        <source>Edit {drug}</source>
        <translation>تعديل {drug}</translation>
    </message>
    <message>
        <source>Delete {drug}</source>
        <translation>حذف {drug}</translation>
    </message>
    <message>
        <source>Add result {value} {unit}</source>
        <translation>إضافة النتيجة ‎{value} {unit}</translation>
    </message>
    <message>
        <source>Edit result of {date}</source>
        <translation>تعديل نتيجة {date}</translation>
    </message>
    <message>
        <source>Delete result of {date}</source>
        <translation>حذف نتيجة {date}</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>{shown} (clinic threshold; literature {literature} mmol/L)</source>
        <translation>‏‎{shown} (عتبة العيادة؛ المراجع العلمية ‎{literature} mmol/L)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنتان</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
</context>
</TS>
