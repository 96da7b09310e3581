<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>ChooseDatabaseDialog</name>
    <message>
        <source>ReceptionApp databases (*.db);;All files (*)</source>
        <translation>Бази даних ReceptionApp (*.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Open an office database</source>
        <translation>Відкрити базу даних абонвідділу</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Файлу {path} немає.</translation>
    </message>
    <message>
        <source>Create an office database</source>
        <translation>Створити базу даних абонвідділу</translation>
    </message>
    <message>
        <source>{path} already exists. Open it, or choose another name.</source>
        <translation>{path} уже існує. Відкрийте її або виберіть іншу назву.</translation>
    </message>
    <message>
        <source>Choose the office database</source>
        <translation>Вибір бази даних абонвідділу</translation>
    </message>
    <message>
        <source>ReceptionApp keeps the office&apos;s subscribers, contacts and complaints in one database file. Open the office&apos;s database, or create a new one.</source>
        <translation>ReceptionApp зберігає абонентів, звернення та скарги абонвідділу в одному файлі бази даних. Відкрийте базу даних свого абонвідділу або створіть нову.</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Відкрити базу даних…</translation>
    </message>
    <message>
        <source>&amp;Create a new database…</source>
        <translation>&amp;Створити нову базу даних…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>ReceptionApp ran into an error it did not expect, and the last action may not have been completed. What was saved before is safe.</source>
        <translation>У ReceptionApp сталася непередбачена помилка, і остання дія могла не завершитися. Усе, що було збережено раніше, у безпеці.</translation>
    </message>
    <message>
        <source>The details were written to {log}. Please tell your administrator.</source>
        <translation>Подробиці записано у файл {log}. Повідомте, будь ласка, адміністратора.</translation>
    </message>
    <message>
        <source>Please tell your administrator what you were doing.</source>
        <translation>Повідомте, будь ласка, адміністратора, що ви робили.</translation>
    </message>
</context>
<context>
    <name>FirstUserDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Створення адміністратора</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator&apos;s account; other users can be added later.</source>
        <translation>У цій базі даних ще немає користувачів. Створіть обліковий запис адміністратора; інших користувачів можна додати пізніше.</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Прізвище, ім’я, по батькові:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логін:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>П&amp;овторіть пароль:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Створити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>Creating the demo office: reference data, about 20,000 subscribers and the demo users. This takes a few seconds the first time…</source>
        <translation>Створюється демонстраційний абонвідділ: довідкові дані, близько 20 000 абонентів і демонстраційні користувачі. Уперше це триває кілька секунд…</translation>
    </message>
    <message>
        <source>Opening the demo office…</source>
        <translation>Відкривається демонстраційний абонвідділ…</translation>
    </message>
    <message>
        <source>Creating the office database…</source>
        <translation>Створюється база даних абонвідділу…</translation>
    </message>
</context>
<context>
    <name>LookupModel</name>
    <message>
        <source>Subscriber</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Особовий рахунок</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Directorate</source>
        <translation>Дирекція</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <source>The search failed: the database did not answer. Try again.</source>
        <extracomment>Milliseconds of quiet after a keystroke before the query runs (issue 3: at most 30). Rows asked for with a new query (a screenful and then some). Never more rows than this for one query: the clerk should type more instead. The worker thread starts (and warms up) this long after the page is made. SQLite page cache of the worker&apos;s connection, in KiB.</extracomment>
        <translation>Пошук не вдався: база даних не відповіла. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Type what the caller says: a surname, an address, an account number or a phone number. Ukrainian or Russian spelling, any keyboard layout.</source>
        <translation>Введіть те, що каже абонент: прізвище, адресу, номер особового рахунку чи телефону. Українською чи російською, у будь-якій розкладці клавіатури.</translation>
    </message>
    <message>
        <source>Nothing to search for: type letters or digits.</source>
        <translation>Немає що шукати: введіть літери або цифри.</translation>
    </message>
    <message>
        <source>A short query: only the first {count} exact matches. Type a third character.</source>
        <translation>Короткий запит: лише перші {count} точних збігів. Введіть третій символ.</translation>
    </message>
    <message>
        <source>Nobody matches “{query}”. Check the spelling, or try the account or phone number.</source>
        <translation>За запитом «{query}» нікого не знайдено. Перевірте написання або спробуйте номер рахунку чи телефону.</translation>
    </message>
    <message>
        <source>The query was too long: only its beginning was used.</source>
        <translation>Запит задовгий: використано лише його початок.</translation>
    </message>
    <message>
        <source>Found more than {count}: type more to narrow</source>
        <translation>Знайдено понад {count}: уточніть запит</translation>
    </message>
    <message>
        <source>Found: {count}</source>
        <translation>Знайдено: {count}</translation>
    </message>
    <message>
        <source>Found: more than {count} (scroll for more)</source>
        <translation>Знайдено: понад {count} (гортайте, щоб побачити ще)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистити пошук</translation>
    </message>
    <message>
        <source>Open the subscriber&apos;s card</source>
        <translation>Відкрити картку абонента</translation>
    </message>
    <message>
        <source>Back to the search field</source>
        <translation>Повернутися до поля пошуку</translation>
    </message>
    <message>
        <source>Open the card and reconcile the phones</source>
        <translation>Відкрити картку і звірити телефони</translation>
    </message>
    <message>
        <source>&amp;Find a subscriber: surname, address, account or phone number</source>
        <translation>&amp;Знайти абонента: прізвище, адреса, номер рахунку чи телефону</translation>
    </message>
    <message>
        <source>For example: Іваненко Олександр, Сумська 10 кв 5, 5704829136, 050 123 45 67</source>
        <translation>Наприклад: Іваненко Олександр, Сумська 10 кв 5, 5704829136, 050 123 45 67</translation>
    </message>
    <message>
        <source>↑ ↓ choose a row · Enter opens the card · Esc clears the search · Ctrl+F or F3 comes back here from anywhere</source>
        <translation>↑ ↓ вибір рядка · Enter відкриває картку · Esc очищає пошук · Ctrl+F або F3 повертає сюди звідусіль</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lookup</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Find a subscriber while the caller speaks: by surname in Ukrainian or Russian spelling, by address, by personal account number or by phone number.</source>
        <translation>Знаходьте абонента, поки він говорить: за прізвищем в українському чи російському написанні, за адресою, за номером особового рахунку або за номером телефону.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>Every call and visit of a subscriber, with its purpose and outcome: helped by phone, a request to a technician, a complaint, a referral to a reception point or a booking with the director.</source>
        <translation>Кожен дзвінок і візит абонента з метою та результатом: допомогли телефоном, заявка майстру, скарга, направлення до пункту прийому абонентів або запис на прийом до директора.</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Скарги</translation>
    </message>
    <message>
        <source>The one complaints register: complaints taken at the office, by phone, on the forum or by e-mail, with their registration numbers, status and due dates.</source>
        <translation>Єдиний реєстр скарг: скарги, прийняті в абонвідділі, телефоном, на форумі чи електронною поштою, з реєстраційними номерами, станом і термінами.</translation>
    </message>
    <message>
        <source>Director&apos;s reception</source>
        <translation>Прийом директора</translation>
    </message>
    <message>
        <source>Booking subscribers for the director&apos;s reception days of their directorate, and the director&apos;s list of who comes, with which question and which numbers to call back.</source>
        <translation>Запис абонентів на прийомні дні директора їхньої дирекції та список для директора: хто прийде, з яким питанням і за якими номерами передзвонити.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Синхронізація</translation>
    </message>
    <message>
        <source>Exchange with head office: whether it is reachable, when the office last synchronised, the changes waiting to be sent and any conflicts.</source>
        <translation>Обмін даними з головним офісом: чи є зв’язок, коли абонвідділ востаннє синхронізувався, які зміни чекають на відправлення і чи є конфлікти.</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>senior clerk</source>
        <translation>старший оператор</translation>
    </message>
    <message>
        <source>director</source>
        <translation>директор</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>адміністратор</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Абонвідділ: {office}</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Database: {file}</source>
        <translation>База даних: {file}</translation>
    </message>
    <message>
        <source>ReceptionApp — demo office</source>
        <translation>ReceptionApp — демонстраційний абонвідділ</translation>
    </message>
    <message>
        <source>ReceptionApp — {file}</source>
        <translation>ReceptionApp — {file}</translation>
    </message>
    <message>
        <source>Move to the next or previous field</source>
        <translation>Перейти до наступного або попереднього поля</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Confirm a dialog, or close it</source>
        <translation>Підтвердити діалог або закрити його</translation>
    </message>
    <message>
        <source>Enter, Esc</source>
        <translation>Enter, Esc</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReceptionApp {version}&lt;/h3&gt;&lt;p&gt;The front desk of a cable-TV and Internet provider: finding subscribers, keeping their phone numbers up to date, contacts, complaints and the director&apos;s reception.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReceptionApp {version}&lt;/h3&gt;&lt;p&gt;Робоче місце абонвідділу провайдера кабельного телебачення та Інтернету: пошук абонентів, актуальні номери телефонів, звернення, скарги та прийом директора.&lt;/p&gt;&lt;p&gt;Вільне програмне забезпечення за ліцензією MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Резервна копія бази даних</translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation>Бази даних (*.db)</translation>
    </message>
    <message>
        <source>Choose another file: this one is the office database itself.</source>
        <translation>Виберіть інший файл: це і є база даних абонвідділу.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Створюється резервна копія бази даних…</translation>
    </message>
    <message>
        <source>The database was copied to {path}.</source>
        <translation>Копію бази даних збережено у {path}.</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>Find a subscriber by name, address, account or phone (Ctrl+1)</source>
        <translation>Пошук абонента за прізвищем, адресою, особовим рахунком або телефоном (Ctrl+1)</translation>
    </message>
    <message>
        <source>Calls and visits of subscribers (Ctrl+2)</source>
        <translation>Дзвінки та візити абонентів (Ctrl+2)</translation>
    </message>
    <message>
        <source>The complaints register (Ctrl+3)</source>
        <translation>Реєстр скарг (Ctrl+3)</translation>
    </message>
    <message>
        <source>Appointments with the director (Ctrl+4)</source>
        <translation>Запис на прийом до директора (Ctrl+4)</translation>
    </message>
    <message>
        <source>Exchange of data with head office (Ctrl+5)</source>
        <translation>Обмін даними з головним офісом (Ctrl+5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ерехід</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Резервна копія бази даних…</translation>
    </message>
    <message>
        <source>Save a consistent copy of the office database to a file</source>
        <translation>Зберегти узгоджену копію бази даних абонвідділу у файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;Lookup</source>
        <translation>&amp;Пошук</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Звернення</translation>
    </message>
    <message>
        <source>Co&amp;mplaints</source>
        <translation>&amp;Скарги</translation>
    </message>
    <message>
        <source>&amp;Director&apos;s reception</source>
        <translation>Прийом &amp;директора</translation>
    </message>
    <message>
        <source>&amp;Synchronisation</source>
        <translation>Син&amp;хронізація</translation>
    </message>
    <message>
        <source>&amp;Find a subscriber</source>
        <translation>Знайти &amp;абонента</translation>
    </message>
    <message>
        <source>Go to the lookup and put the cursor in its search field</source>
        <translation>Перейти до пошуку й поставити курсор у поле пошуку</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>&amp;About ReceptionApp</source>
        <translation>&amp;Про ReceptionApp</translation>
    </message>
</context>
<context>
    <name>PhonesModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Operator / city</source>
        <translation>Оператор / місто</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Рахунки</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Знято</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>all ({count})</source>
        <translation>усі ({count})</translation>
    </message>
    <message>
        <source>not a number: resolve it</source>
        <translation>не номер: уточніть</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>не підтверджено</translation>
    </message>
    <message>
        <source>Billing wrote “{text}”, which is not a phone number. Ask the subscriber and press Enter to type the number, or Delete to retire the text.</source>
        <translation>У білінгу записано «{text}», а це не номер телефону. Запитайте абонента й натисніть Enter, щоб набрати номер, або Delete, щоб зняти цей текст.</translation>
    </message>
    <message>
        <source>Written as “{text}”</source>
        <translation>Записано як «{text}»</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This part of the application is not built yet.</source>
        <translation>Ця частина програми ще в розробці.</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Space: confirm · K, then 1–5: kind · F2: note · Delete: retire · Enter on billing text: resolve · Ctrl+Enter: finish</source>
        <translation>Пробіл: підтвердити · K, потім 1–5: вид · F2: примітка · Delete: зняти · Enter на тексті з білінгу: уточнити · Ctrl+Enter: завершити</translation>
    </message>
    <message>
        <source>Ctrl+1, 2, 3: has none · Alt+1, 2, 3: later</source>
        <translation>Ctrl+1, 2, 3: немає · Alt+1, 2, 3: пізніше</translation>
    </message>
    <message>
        <source>Phone reconciliation: change the selected number&apos;s kind (then 1–5)</source>
        <translation>Звірка телефонів: змінити вид вибраного номера (потім 1–5)</translation>
    </message>
    <message>
        <source>The subscriber has no {kind} number ({keys})</source>
        <translation>В абонента немає такого номера: {kind} ({keys})</translation>
    </message>
    <message>
        <source>Ask for the {kind} number next time ({keys})</source>
        <translation>Запитати наступного разу: {kind} ({keys})</translation>
    </message>
    <message>
        <source>Phone numbers of {name}</source>
        <translation>Телефони абонента {name}</translation>
    </message>
    <message>
        <source>Personal accounts: {numbers}</source>
        <translation>Особові рахунки: {numbers}</translation>
    </message>
    <message>
        <source>The numbers have never been reconciled.</source>
        <translation>Номери ще жодного разу не звіряли.</translation>
    </message>
    <message>
        <source>Numbers confirmed on {date} by {who}</source>
        <translation>Номери підтверджено {date}, {who}</translation>
    </message>
    <message>
        <source>Not reconciled yet</source>
        <translation>Ще не звіряли</translation>
    </message>
    <message>
        <source>Reconciliation overdue</source>
        <translation>Звірку прострочено</translation>
    </message>
    <message>
        <source>Not asked: {kinds}</source>
        <translation>Не запитано: {kinds}</translation>
    </message>
    <message>
        <source>has none (recorded {date}, {who})</source>
        <translation>немає (записано {date}, {who})</translation>
    </message>
    <message>
        <source>asked later (recorded)</source>
        <translation>запитати пізніше (записано)</translation>
    </message>
    <message>
        <source>not asked — postponed on {date}; ask now</source>
        <translation>не запитано — відкладено {date}; запитайте зараз</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>ще не запитано</translation>
    </message>
    <message>
        <source>Confirmed: {number}</source>
        <translation>Підтверджено: {number}</translation>
    </message>
    <message>
        <source>Why is {number} no longer the subscriber&apos;s? Press 1–4 or Enter.</source>
        <translation>Чому номер {number} уже не актуальний? Натисніть 1–4 або Enter.</translation>
    </message>
    <message>
        <source>Say in the comment why the number is retired.</source>
        <translation>Напишіть у коментарі, чому номер знято.</translation>
    </message>
    <message>
        <source>Moved to the history: {number}</source>
        <translation>Перенесено в історію: {number}</translation>
    </message>
    <message>
        <source>Restored: {number}</source>
        <translation>Відновлено: {number}</translation>
    </message>
    <message>
        <source>&amp;Number for “{text}”:</source>
        <translation>&amp;Номер замість «{text}»:</translation>
    </message>
    <message>
        <source>&amp;New number:</source>
        <translation>&amp;Новий номер:</translation>
    </message>
    <message>
        <source>{count} numbers: {numbers}. Enter adds them all, each with its kind.</source>
        <translation>Номерів: {count} — {numbers}. Enter додасть усі, кожен зі своїм видом.</translation>
    </message>
    <message>
        <source>extension {ext} goes into the note</source>
        <translation>додатковий {ext} піде в примітку</translation>
    </message>
    <message>
        <source>{number} is also attached to {holders}.</source>
        <translation>{number} також записаний за абонентом: {holders}.</translation>
    </message>
    <message>
        <source>{number} was retired on {date} ({reason}): saving restores it.</source>
        <translation>{number} знято {date} ({reason}): збереження відновить його.</translation>
    </message>
    <message>
        <source>The subscriber already has {number}: saving confirms it.</source>
        <translation>Номер {number} уже є в абонента: збереження підтвердить його.</translation>
    </message>
    <message>
        <source>Not saved: {number}.</source>
        <translation>Не збережено: {number}.</translation>
    </message>
    <message>
        <source>{number} is also attached to {holders}. A family member&apos;s shared number, or a mistake? Attach it to this subscriber too?</source>
        <translation>Номер {number} також записаний за абонентом: {holders}. Це спільний номер родини чи помилка? Записати його й за цим абонентом?</translation>
    </message>
    <message>
        <source>{number} was retired from this subscriber&apos;s numbers. Is it theirs again? Restore it?</source>
        <translation>Номер {number} раніше зняли з номерів цього абонента. Він знову його? Відновити?</translation>
    </message>
    <message>
        <source>added</source>
        <translation>додано</translation>
    </message>
    <message>
        <source>confirmed again</source>
        <translation>підтверджено ще раз</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>відновлено</translation>
    </message>
    <message>
        <source>The subscriber was not asked for: {kinds}. Close without finishing? The card will show the numbers as not reconciled.</source>
        <translation>В абонента не запитали: {kinds}. Закрити без завершення? У картці номери будуть позначені як не звірені.</translation>
    </message>
    <message>
        <source>The reconciliation is not finished. Close anyway? The changes are saved, but the card will show the numbers as not reconciled.</source>
        <translation>Звірку не завершено. Усе одно закрити? Зміни збережено, але в картці номери будуть позначені як не звірені.</translation>
    </message>
    <message>
        <source>Reconcile phone numbers</source>
        <translation>Звірка телефонів</translation>
    </message>
    <message>
        <source>&amp;Current numbers:</source>
        <translation>&amp;Актуальні номери:</translation>
    </message>
    <message>
        <source>Current numbers</source>
        <translation>Актуальні номери</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Коментар:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>Зн&amp;яти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>Новий номер</translation>
    </message>
    <message>
        <source>050 123 45 67, 700-12-34 or several</source>
        <translation>050 123 45 67, 700-12-34 або кілька</translation>
    </message>
    <message>
        <source>Kind of the new number</source>
        <translation>Вид нового номера</translation>
    </message>
    <message>
        <source>Note for the new number</source>
        <translation>Примітка до нового номера</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>Required numbers</source>
        <translation>Обов’язкові номери</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Домашній</translation>
    </message>
    <message>
        <source>Has none</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Пізніше</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобільний</translation>
    </message>
    <message>
        <source>&amp;History (retired numbers):</source>
        <translation>&amp;Історія (зняті номери):</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>&amp;Finish reconciliation</source>
        <translation>&amp;Завершити звірку</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Office database: {file}</source>
        <translation>База даних абонвідділу: {file}</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Введіть свій логін.</translation>
    </message>
    <message>
        <source>Sign in to ReceptionApp</source>
        <translation>Вхід до ReceptionApp</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Вхід</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логін:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логін</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Увійти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>SubscriberCard</name>
    <message>
        <source>{amount} UAH</source>
        <extracomment>Data role of the id behind a tree row (account id, phone id, timeline entity id).</extracomment>
        <translation>{amount} грн</translation>
    </message>
    <message>
        <source>Personal accounts (Alt+1)</source>
        <translation>Особові рахунки (Alt+1)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Рахунок</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Directorate</source>
        <translation>Дирекція</translation>
    </message>
    <message>
        <source>Package and its services</source>
        <translation>Пакет і його послуги</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Phone numbers (Alt+2)</source>
        <translation>Номери телефонів (Alt+2)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Рахунки</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>History (Alt+3)</source>
        <translation>Історія (Alt+3)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>Esc returns to the search · Alt+1 accounts · Alt+2 phone numbers · Alt+3 history · Tab moves between them</source>
        <translation>Esc — назад до пошуку · Alt+1 рахунки · Alt+2 номери телефонів · Alt+3 історія · Tab — між ними</translation>
    </message>
</context>
<context>
    <name>SubscriberCardWidget</name>
    <message>
        <source>Loading the card…</source>
        <translation>Завантаження картки…</translation>
    </message>
    <message>
        <source>This subscriber is no longer in the database.</source>
        <translation>Цього абонента вже немає в базі.</translation>
    </message>
    <message>
        <source>The card could not be read.</source>
        <translation>Не вдалося прочитати картку.</translation>
    </message>
    <message>
        <source>Billing code: {ref}</source>
        <translation>Код у білінгу: {ref}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Примітки: {notes}</translation>
    </message>
    <message>
        <source>The numbers have never been confirmed.</source>
        <translation>Номери ще жодного разу не звіряли.</translation>
    </message>
    <message>
        <source>Numbers confirmed on {date} by {who}.</source>
        <translation>Номери звірено {date} ({who}).</translation>
    </message>
    <message>
        <source>Numbers confirmed on {date}.</source>
        <translation>Номери звірено {date}.</translation>
    </message>
    <message>
        <source>never confirmed</source>
        <translation>ще не звіряли</translation>
    </message>
    <message>
        <source>last confirmed more than {days} days ago</source>
        <translation>востаннє звіряли понад {days} днів тому</translation>
    </message>
    <message>
        <source>ask for: {kinds}</source>
        <translation>спитайте: {kinds}</translation>
    </message>
    <message>
        <source>postponed: {kinds}</source>
        <translation>відкладено: {kinds}</translation>
    </message>
    <message>
        <source>an entry is not a number</source>
        <translation>один із записів — не номер</translation>
    </message>
    <message>
        <source>Reconcile the numbers: {reasons}</source>
        <translation>Звірте номери: {reasons}</translation>
    </message>
    <message>
        <source>Numbers up to date</source>
        <translation>Номери актуальні</translation>
    </message>
    <message>
        <source>no package</source>
        <translation>без пакета</translation>
    </message>
    <message>
        <source>Monthly fee: {fee}</source>
        <translation>Абонплата: {fee} на місяць</translation>
    </message>
    <message>
        <source>Connected: {services}</source>
        <translation>Підключено: {services}</translation>
    </message>
    <message>
        <source>The subscriber owes {amount}</source>
        <translation>Борг абонента: {amount}</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>не підтверджено</translation>
    </message>
    <message>
        <source>Not a number: ask the subscriber and correct it</source>
        <translation>Не номер: уточніть в абонента й виправте</translation>
    </message>
    <message>
        <source>Billing had “{text}”, which is not a phone number.</source>
        <translation>У білінгу записано «{text}» — це не номер телефону.</translation>
    </message>
    <message>
        <source>As billing had it: {text}</source>
        <translation>Як записано в білінгу: {text}</translation>
    </message>
    <message>
        <source>{answer} (answered on {date}{by})</source>
        <translation>{answer} (відповідь {date}{by})</translation>
    </message>
    <message>
        <source>Ask for it: no number and no answer yet</source>
        <translation>Спитайте: ні номера, ні відповіді</translation>
    </message>
    <message>
        <source>Retired numbers ({count})</source>
        <translation>Вилучені номери ({count})</translation>
    </message>
    <message>
        <source>retired on {date}</source>
        <translation>вилучено {date}</translation>
    </message>
    <message>
        <source>Contact {channel}</source>
        <translation>Звернення {channel}</translation>
    </message>
    <message>
        <source>Complaint {number}</source>
        <translation>Скарга {number}</translation>
    </message>
    <message>
        <source>Technician request: {kind}</source>
        <translation>Заявка майстру: {kind}</translation>
    </message>
    <message>
        <source>Package change {codes}</source>
        <translation>Зміна пакета {codes}</translation>
    </message>
    <message>
        <source>Director&apos;s reception: {director}</source>
        <translation>Прийом директора: {director}</translation>
    </message>
    <message>
        <source>connection fees {amount}</source>
        <translation>плата за підключення {amount}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>строк до {date}</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Поки нічого</translation>
    </message>
    <message>
        <source>Back to the search</source>
        <translation>Назад до пошуку</translation>
    </message>
    <message>
        <source>Back to the search (Esc)</source>
        <translation>Назад до пошуку (Esc)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Read the card again (F5)</source>
        <translation>Прочитати картку заново (F5)</translation>
    </message>
    <message>
        <source>Go to the personal accounts</source>
        <translation>Перейти до особових рахунків</translation>
    </message>
    <message>
        <source>Go to the phone numbers</source>
        <translation>Перейти до номерів телефонів</translation>
    </message>
    <message>
        <source>Go to the history</source>
        <translation>Перейти до історії</translation>
    </message>
</context>
<context>
    <name>SyncIssueDialog</name>
    <message>
        <source>last name</source>
        <translation>прізвище</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>ім&apos;я</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>по батькові</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>примітки</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примітка</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>city</source>
        <translation>місто</translation>
    </message>
    <message>
        <source>street</source>
        <translation>вулиця</translation>
    </message>
    <message>
        <source>house</source>
        <translation>будинок</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>квартира</translation>
    </message>
    <message>
        <source>status</source>
        <translation>стан</translation>
    </message>
    <message>
        <source>package</source>
        <translation>пакет</translation>
    </message>
    <message>
        <source>old package</source>
        <translation>попередній пакет</translation>
    </message>
    <message>
        <source>new package</source>
        <translation>новий пакет</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>діє з</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>номер телефону</translation>
    </message>
    <message>
        <source>number as written</source>
        <translation>номер як записано</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>вилучено</translation>
    </message>
    <message>
        <source>reason for removal</source>
        <translation>причина вилучення</translation>
    </message>
    <message>
        <source>phones reconciled</source>
        <translation>телефони звірено</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>відповідь</translation>
    </message>
    <message>
        <source>subscriber</source>
        <translation>абонент</translation>
    </message>
    <message>
        <source>personal account</source>
        <translation>особовий рахунок</translation>
    </message>
    <message>
        <source>director</source>
        <translation>директор</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>дата й час</translation>
    </message>
    <message>
        <source>end</source>
        <translation>кінець</translation>
    </message>
    <message>
        <source>question</source>
        <translation>питання</translation>
    </message>
    <message>
        <source>tried by phone</source>
        <translation>що спробували телефоном</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>результат</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категорія</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>мета</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адреса</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>контактний телефон</translation>
    </message>
    <message>
        <source>preferred time</source>
        <translation>бажаний час</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>термін</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>відповідальний</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <source>this office may not change records of another directorate ({scope}).</source>
        <translation>цей офіс не може змінювати записи іншої дирекції ({scope}).</translation>
    </message>
    <message>
        <source>head office does not know this record (it may have been removed).</source>
        <translation>головний офіс не знає цього запису (можливо, його вилучено).</translation>
    </message>
    <message>
        <source>the record was deleted; changes to a deleted record are refused.</source>
        <translation>запис видалено, а зміни видаленого запису не приймаються.</translation>
    </message>
    <message>
        <source>the status cannot change from “{current}” to the one entered.</source>
        <translation>стан не може змінитися з «{current}» на введений.</translation>
    </message>
    <message>
        <source>it clashes with a record head office already has (for example the same number).</source>
        <translation>вона суперечить запису, який уже є в головному офісі (наприклад, той самий номер).</translation>
    </message>
    <message>
        <source>the personal account is unknown or closed at head office.</source>
        <translation>особовий рахунок невідомий головному офісу або закритий.</translation>
    </message>
    <message>
        <source>the personal account is closed.</source>
        <translation>особовий рахунок закрито.</translation>
    </message>
    <message>
        <source>the package is no longer offered.</source>
        <translation>пакет більше не пропонується.</translation>
    </message>
    <message>
        <source>the account&apos;s package was changed elsewhere meanwhile.</source>
        <translation>тим часом пакет цього рахунку змінили в іншому місці.</translation>
    </message>
    <message>
        <source>Sync issue: {kind}</source>
        <translation>Проблема синхронізації: {kind}</translation>
    </message>
    <message>
        <source>Nothing: the issue was resolved on {when}.</source>
        <translation>Нічого: проблему вирішено {when}.</translation>
    </message>
    <message>
        <source>{what} that is no longer in this office&apos;s database</source>
        <translation>{what}, якого вже немає в базі цього офісу</translation>
    </message>
    <message>
        <source>no subscriber</source>
        <translation>без абонента</translation>
    </message>
    <message>
        <source>Personal account: {number}</source>
        <translation>Особовий рахунок: {number}</translation>
    </message>
    <message>
        <source>Phone number: {number}</source>
        <translation>Номер телефону: {number}</translation>
    </message>
    <message>
        <source>Number: {number}</source>
        <translation>Номер: {number}</translation>
    </message>
    <message>
        <source>Director: {name}</source>
        <translation>Директор: {name}</translation>
    </message>
    <message>
        <source>Date and time: {when}</source>
        <translation>Дата й час: {when}</translation>
    </message>
    <message>
        <source>Reception point: {point}</source>
        <translation>Пункт прийому: {point}</translation>
    </message>
    <message>
        <source>Booking status: {status}</source>
        <translation>Стан запису: {status}</translation>
    </message>
    <message>
        <source>Another office booked this director&apos;s slot first. Head office keeps the booking that reaches it first, so this one was not confirmed.</source>
        <translation>Інший офіс першим записав абонента на цей час до директора. Головний офіс залишає запис, який надійшов першим, тому цей не підтверджено.</translation>
    </message>
    <message>
        <source>The other office&apos;s booking of that slot.</source>
        <translation>Запис іншого офісу на цей час.</translation>
    </message>
    <message>
        <source>The booking is no longer waiting for a decision; nothing else to do. Press Understood to close the issue.</source>
        <translation>Запис уже не чекає рішення, робити нічого не треба. Натисніть «Зрозуміло», щоб закрити проблему.</translation>
    </message>
    <message>
        <source>Agree another time with the subscriber and book one of the free slots below (↑ ↓ to choose, Enter to book): this booking is cancelled and the new one is sent to head office. Or cancel the booking.</source>
        <translation>Узгодьте з абонентом інший час і запишіть його на один із вільних нижче (↑ ↓ — вибрати, Enter — записати): цей запис скасується, а новий буде надіслано до головного офісу. Або скасуйте запис.</translation>
    </message>
    <message>
        <source>Head office offered no free slot. Cancel the booking and book another day with the subscriber on the Director&apos;s reception page.</source>
        <translation>Головний офіс не запропонував вільного часу. Скасуйте запис і запишіть абонента на інший день на сторінці «Прийом директора».</translation>
    </message>
    <message>
        <source>Head office refused the change: {reason}</source>
        <translation>Головний офіс відхилив зміну: {reason}</translation>
    </message>
    <message>
        <source>Nothing: head office did not take this new record, so it exists only in this office. What was entered is in the table below.</source>
        <translation>Нічого: головний офіс не прийняв цей новий запис, тож він існує лише в цьому офісі. Що було введено — у таблиці нижче.</translation>
    </message>
    <message>
        <source>Its own values; the change made here was not applied. The values now in force are in the table below.</source>
        <translation>Свої значення; зміну, зроблену тут, не застосовано. Чинні значення — у таблиці нижче.</translation>
    </message>
    <message>
        <source>Nothing was lost but this change. If it is still needed, make it again in a way head office accepts, or ask a senior clerk. Then press Understood.</source>
        <translation>Крім цієї зміни, нічого не втрачено. Якщо вона ще потрібна, зробіть її так, щоб головний офіс її прийняв, або зверніться до старшого оператора. Потім натисніть «Зрозуміло».</translation>
    </message>
    <message>
        <source>The same fields were edited later at another office or at head office. The later edit was kept and this office&apos;s edit was overridden.</source>
        <translation>Ті самі поля пізніше змінили в іншому офісі або в головному офісі. Залишено пізнішу зміну, а зміну цього офісу перекрито.</translation>
    </message>
    <message>
        <source>The later value, shown in the table below beside yours.</source>
        <translation>Пізніше значення — у таблиці нижче поруч із вашим.</translation>
    </message>
    <message>
        <source>Check with the subscriber which value is right. Keep head office&apos;s value, or enter yours again: it is saved as a new change and sent at the next sync.</source>
        <translation>Уточніть в абонента, яке значення правильне. Лишіть значення головного офісу або введіть своє знову: воно збережеться як нова зміна й піде до головного офісу під час наступної синхронізації.</translation>
    </message>
    <message>
        <source>Your value is no longer kept in this office, so it cannot be entered again from here. If it is right, enter it on the record once more; then press Keep head office&apos;s value to close the issue.</source>
        <translation>Ваше значення вже не зберігається в цьому офісі, тому його не можна ввести знову звідси. Якщо воно правильне, введіть його в записі ще раз, а потім натисніть «Лишити значення головного офісу», щоб закрити проблему.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock was far ahead of head office&apos;s when the change was made. Head office accepted the change but stamped it with its own time.</source>
        <translation>Коли робили зміну, годинник цього комп&apos;ютера значно поспішав порівняно з головним офісом. Головний офіс прийняв зміну, але позначив її своїм часом.</translation>
    </message>
    <message>
        <source>The change, with head office&apos;s time.</source>
        <translation>Зміну — з часом головного офісу.</translation>
    </message>
    <message>
        <source>Set this computer&apos;s date, time and time zone right (in Windows: Settings → Time and language → Date and time → Set time automatically), or ask the administrator. Wrong clocks make later edits lose to older ones. Then press Understood.</source>
        <translation>Виправте дату, час і часовий пояс цього комп&apos;ютера (у Windows: Параметри → Час і мова → Дата й час → Установлювати час автоматично) або зверніться до адміністратора. Через неправильний годинник пізніші зміни програють давнішим. Потім натисніть «Зрозуміло».</translation>
    </message>
    <message>
        <source>A record sent by head office clashes with a record of this office (for example the same number twice), so it could not be stored here.</source>
        <translation>Запис, надісланий головним офісом, суперечить запису цього офісу (наприклад, той самий номер двічі), тому його не вдалося зберегти тут.</translation>
    </message>
    <message>
        <source>Its record; this office keeps its own.</source>
        <translation>Свій запис; цей офіс залишає свій.</translation>
    </message>
    <message>
        <source>Tell the administrator, who can compare the two records. Press Understood once it is dealt with.</source>
        <translation>Повідомте адміністратора — він порівняє обидва записи. Коли питання розв&apos;язано, натисніть «Зрозуміло».</translation>
    </message>
    <message>
        <source>&amp;Values (kept and overridden):</source>
        <translation>З&amp;начення (залишене й перекрите):</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Kept (in force)</source>
        <translation>Залишено (чинне)</translation>
    </message>
    <message>
        <source>Yours (overridden)</source>
        <translation>Ваше (перекрите)</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>З&amp;начення:</translation>
    </message>
    <message>
        <source>Value in force here</source>
        <translation>Чинне тут значення</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Ваша зміна</translation>
    </message>
    <message>
        <source>Entered here</source>
        <translation>Введено тут</translation>
    </message>
    <message>
        <source>(no longer kept here)</source>
        <translation>(більше не зберігається тут)</translation>
    </message>
    <message>
        <source>↑ ↓ choose a slot · Enter books it · Alt+C cancels the booking</source>
        <translation>↑ ↓ вибір часу · Enter записує · Alt+С скасовує запис</translation>
    </message>
    <message>
        <source>Alt+V goes to the values</source>
        <translation>Alt+Н — до значень</translation>
    </message>
    <message>
        <source>Alt+K keeps head office&apos;s value · Alt+E enters yours again</source>
        <translation>Alt+Л лишає значення головного офісу · Alt+В вводить ваше знову</translation>
    </message>
    <message>
        <source>Alt+U: understood</source>
        <translation>Alt+Р: зрозуміло</translation>
    </message>
    <message>
        <source>Esc closes and leaves the issue open</source>
        <translation>Esc закриває, проблема лишається відкритою</translation>
    </message>
    <message>
        <source>The issue could not be resolved; nothing was changed. Try again.</source>
        <translation>Не вдалося вирішити проблему; нічого не змінено. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Booked {when} for {who}; head office confirms it at the next sync.</source>
        <translation>{who} записано на {when}; головний офіс підтвердить запис під час наступної синхронізації.</translation>
    </message>
    <message>
        <source>Cancel the booking of {who} with {director} on {when}?</source>
        <translation>Скасувати запис абонента {who} до директора {director} на {when}?</translation>
    </message>
    <message>
        <source>The booking of {who} was cancelled.</source>
        <translation>Запис абонента {who} скасовано.</translation>
    </message>
    <message>
        <source>The issue was marked as resolved.</source>
        <translation>Проблему позначено як вирішену.</translation>
    </message>
    <message>
        <source>Your value was entered again; it is sent at the next sync.</source>
        <translation>Ваше значення введено знову; воно піде до головного офісу під час наступної синхронізації.</translation>
    </message>
    <message>
        <source>Sync issue</source>
        <translation>Проблема синхронізації</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Запис:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Що сталося:</translation>
    </message>
    <message>
        <source>Head office kept:</source>
        <translation>Головний офіс залишив:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Що можна зробити:</translation>
    </message>
    <message>
        <source>&amp;Free slots head office offered:</source>
        <translation>Вільний &amp;час, який пропонує головний офіс:</translation>
    </message>
    <message>
        <source>Value now in force</source>
        <translation>Чинне значення</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ваше значення</translation>
    </message>
    <message>
        <source>&amp;Book the selected slot</source>
        <translation>&amp;Записати на вибраний час</translation>
    </message>
    <message>
        <source>Cancel this booking and book the same subscriber with the same director at the chosen slot (Enter in the list)</source>
        <translation>Скасувати цей запис і записати того самого абонента до того самого директора на вибраний час (Enter у списку)</translation>
    </message>
    <message>
        <source>&amp;Cancel the booking</source>
        <translation>&amp;Скасувати запис</translation>
    </message>
    <message>
        <source>Cancel this booking without booking another slot</source>
        <translation>Скасувати цей запис, не записуючи на інший час</translation>
    </message>
    <message>
        <source>&amp;Keep head office&apos;s value</source>
        <translation>&amp;Лишити значення головного офісу</translation>
    </message>
    <message>
        <source>Leave the value head office kept and close the issue</source>
        <translation>Лишити значення, яке залишив головний офіс, і закрити проблему</translation>
    </message>
    <message>
        <source>&amp;Enter mine again</source>
        <translation>&amp;Ввести моє знову</translation>
    </message>
    <message>
        <source>Enter your value again as a new change; it is sent at the next sync</source>
        <translation>Ввести ваше значення знову як нову зміну; воно піде під час наступної синхронізації</translation>
    </message>
    <message>
        <source>&amp;Understood</source>
        <translation>З&amp;розуміло</translation>
    </message>
    <message>
        <source>Close the issue: it has been read and dealt with</source>
        <translation>Закрити проблему: її прочитано й розв&apos;язано</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close this window; the issue stays open (Esc)</source>
        <translation>Закрити це вікно; проблема лишається відкритою (Esc)</translation>
    </message>
</context>
<context>
    <name>SyncIssuesModel</name>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Що сталося</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Booking conflict</source>
        <translation>Конфлікт запису</translation>
    </message>
    <message>
        <source>Refused by head office</source>
        <translation>Відхилено головним офісом</translation>
    </message>
    <message>
        <source>Overridden by a later edit</source>
        <translation>Перекрито пізнішою зміною</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong</source>
        <translation>Годинник цього комп&apos;ютера неточний</translation>
    </message>
    <message>
        <source>Could not store a record from head office</source>
        <translation>Не вдалося зберегти запис від головного офісу</translation>
    </message>
    <message>
        <source>subscriber</source>
        <translation>абонент</translation>
    </message>
    <message>
        <source>personal account</source>
        <translation>особовий рахунок</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>номер телефону</translation>
    </message>
    <message>
        <source>director&apos;s reception booking</source>
        <translation>запис на прийом до директора</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>скарга</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>звернення</translation>
    </message>
    <message>
        <source>technician request</source>
        <translation>заявка майстрові</translation>
    </message>
    <message>
        <source>package change</source>
        <translation>зміна пакета</translation>
    </message>
    <message>
        <source>acc. {number}</source>
        <translation>о/р {number}</translation>
    </message>
    <message>
        <source>The slot was taken by another office first. Free slots: {slots}</source>
        <translation>Цей час першим зайняв інший офіс. Вільний час: {slots}</translation>
    </message>
    <message>
        <source>The slot was taken by another office first.</source>
        <translation>Цей час першим зайняв інший офіс.</translation>
    </message>
    <message>
        <source>A later change made elsewhere was kept for: {fields}</source>
        <translation>Залишено пізнішу зміну, зроблену деінде: {fields}</translation>
    </message>
    <message>
        <source>The change was kept with head office&apos;s time; check the clock.</source>
        <translation>Зміну прийнято з часом головного офісу; перевірте годинник.</translation>
    </message>
    <message>
        <source>This office may not change records of directorate {scope}.</source>
        <translation>Цей офіс не може змінювати записи дирекції {scope}.</translation>
    </message>
    <message>
        <source>Head office refused the change; open the issue to see why.</source>
        <translation>Головний офіс відхилив зміну; відкрийте проблему, щоб побачити чому.</translation>
    </message>
    <message>
        <source>Open the selected sync issue</source>
        <translation>Відкрити вибрану проблему синхронізації</translation>
    </message>
    <message>
        <source>Sync with head office now</source>
        <translation>Синхронізувати з головним офісом зараз</translation>
    </message>
    <message>
        <source>Head office has received the changes.</source>
        <translation>Головний офіс отримав зміни.</translation>
    </message>
    <message>
        <source>not connected (run: receptionapp sync --server URL --token T)</source>
        <translation>не під’єднано (виконайте: receptionapp sync --server URL --token T)</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>з’єднання…</translation>
    </message>
    <message>
        <source>online ({server})</source>
        <translation>на зв’язку ({server})</translation>
    </message>
    <message>
        <source>offline; changes are kept and sent later</source>
        <translation>немає зв’язку; зміни збережено, їх буде надіслано пізніше</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ще не було</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>конфліктів: %n</numerusform>
            <numerusform>конфліктів: %n</numerusform>
            <numerusform>конфліктів: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} ({conflicts})</source>
        <translation>{count} ({conflicts})</translation>
    </message>
    <message>
        <source>online</source>
        <translation>на зв’язку</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>немає зв’язку</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>не під’єднано</translation>
    </message>
    <message>
        <source>Head office: {online} · last sync {last} · {pending} pending · {conflicts}</source>
        <translation>Головний офіс: {online} · синхронізація: {last} · чекають: {pending} · {conflicts}</translation>
    </message>
    <message>
        <source>The issue was marked as resolved.</source>
        <translation>Проблему позначено як вирішену.</translation>
    </message>
    <message>
        <source>Synchronisation with head office</source>
        <translation>Синхронізація з головним офісом</translation>
    </message>
    <message>
        <source>Head office:</source>
        <translation>Головний офіс:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Остання успішна синхронізація:</translation>
    </message>
    <message>
        <source>Changes waiting to be sent:</source>
        <translation>Зміни, що чекають на відправлення:</translation>
    </message>
    <message>
        <source>Open sync issues:</source>
        <translation>Невирішені проблеми синхронізації:</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Синхронізувати зараз</translation>
    </message>
    <message>
        <source>Send this office&apos;s changes to head office and fetch theirs now</source>
        <translation>Надіслати зміни абонвідділу до головного офісу й отримати його зміни зараз</translation>
    </message>
    <message>
        <source>Sync issues: conflicts, refused changes, overridden edits</source>
        <translation>Проблеми синхронізації: конфлікти, відхилені зміни, перезаписані правки</translation>
    </message>
    <message>
        <source>Show reso&amp;lved</source>
        <translation>По&amp;казати вирішені</translation>
    </message>
    <message>
        <source>Also list the issues already resolved (Alt+L)</source>
        <translation>Показувати в списку й уже вирішені проблеми (Alt+К)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Відк&amp;рити…</translation>
    </message>
    <message>
        <source>What happened, what head office kept and what you can do (Enter)</source>
        <translation>Що сталося, що залишив головний офіс і що можна зробити (Enter)</translation>
    </message>
    <message>
        <source>Close the issue without changing anything (Alt+R)</source>
        <translation>Закрити проблему, нічого не змінюючи (Alt+В)</translation>
    </message>
    <message>
        <source>↑ ↓ choose an issue · Enter opens it · Alt+R marks it resolved · Alt+L shows resolved ones too · F5 syncs now</source>
        <translation>↑ ↓ вибір проблеми · Enter відкриває її · Alt+В позначає вирішеною · Alt+К показує й вирішені · F5 синхронізує зараз</translation>
    </message>
    <message>
        <source>Mark as &amp;resolved</source>
        <translation>Позначити як &amp;вирішене</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>pending connection</source>
        <translation>очікує підключення</translation>
    </message>
    <message>
        <source>active</source>
        <translation>діючий</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>призупинений</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закритий</translation>
    </message>
    <message>
        <source>private person</source>
        <translation>фізична особа</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>організація</translation>
    </message>
    <message>
        <source>home</source>
        <translation>домашній</translation>
    </message>
    <message>
        <source>CDMA</source>
        <translation>CDMA</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобільний</translation>
    </message>
    <message>
        <source>work</source>
        <translation>робочий</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <source>has none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>asked later</source>
        <translation>спитати пізніше</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>телефоном</translation>
    </message>
    <message>
        <source>at the office</source>
        <translation>в абонвідділі</translation>
    </message>
    <message>
        <source>on the forum</source>
        <translation>на форумі</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>електронною поштою</translation>
    </message>
    <message>
        <source>helped by phone</source>
        <translation>допомогли телефоном</translation>
    </message>
    <message>
        <source>request to a technician</source>
        <translation>заявка майстру</translation>
    </message>
    <message>
        <source>complaint registered</source>
        <translation>зареєстровано скаргу</translation>
    </message>
    <message>
        <source>referred to a reception point</source>
        <translation>направлено до пункту прийому</translation>
    </message>
    <message>
        <source>booked with the director</source>
        <translation>записано на прийом до директора</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>підключення</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>ремонт</translation>
    </message>
    <message>
        <source>service connection</source>
        <translation>підключення послуги</translation>
    </message>
    <message>
        <source>new</source>
        <translation>нова</translation>
    </message>
    <message>
        <source>assigned to a technician</source>
        <translation>передана майстру</translation>
    </message>
    <message>
        <source>done</source>
        <translation>виконана</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>зареєстровано</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>у роботі</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>вирішено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <source>awaiting confirmation</source>
        <translation>очікує підтвердження</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <source>slot conflict</source>
        <translation>конфлікт часу</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>прийшов</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>не прийшов</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The database cannot be used right now.</source>
        <translation>Базою даних зараз неможливо скористатися.</translation>
    </message>
    <message>
        <source>The database is busy with another task. Wait a moment and try again.</source>
        <translation>База даних зайнята іншим завданням. Зачекайте трохи й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The disk holding the database is full, so nothing was saved. Free some space and try again.</source>
        <translation>Диск із базою даних заповнений, тому нічого не збережено. Звільніть місце й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written: the file or its folder is read-only. Ask your administrator to allow writing there.</source>
        <translation>До бази даних {path} неможливо записувати: файл або його тека доступні лише для читання. Попросіть адміністратора дозволити запис.</translation>
    </message>
    <message>
        <source>The file {path} is not a ReceptionApp database or it is damaged. Nothing was changed in it. Restore the database from a backup.</source>
        <translation>Файл {path} не є базою даних ReceptionApp або пошкоджений. У ньому нічого не змінено. Відновіть базу даних із резервної копії.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: its folder is missing or there is no permission to use it.</source>
        <translation>Базу даних {path} неможливо відкрити: її теки немає або немає дозволу нею користуватися.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Choose another file or create a new database.</source>
        <translation>Бази даних {path} немає. Виберіть інший файл або створіть нову базу даних.</translation>
    </message>
    <message>
        <source>The database {path} was made by an older version of ReceptionApp and must be updated first.</source>
        <translation>Базу даних {path} створено старішою версією ReceptionApp, її спершу треба оновити.</translation>
    </message>
    <message>
        <source>This database is already open in another ReceptionApp window. Switch to that window, or close it and try again.</source>
        <translation>Ця база даних уже відкрита в іншому вікні ReceptionApp. Перейдіть до того вікна або закрийте його й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of ReceptionApp (schema {version}; this version knows {known}). Nothing was changed in it. Update ReceptionApp to open it.</source>
        <translation>Базу даних {path} записано новішою версією ReceptionApp (схема {version}; ця версія знає {known}). У ній нічого не змінено. Оновіть ReceptionApp, щоб її відкрити.</translation>
    </message>
    <message>
        <source>The database {path} reported an error. Try again; if it repeats, restart.</source>
        <translation>База даних {path} повідомила про помилку. Спробуйте ще раз; якщо повториться, перезапустіть програму.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неправильний логін або пароль.</translation>
    </message>
    <message>
        <source>This user is disabled. Ask your administrator to enable it.</source>
        <translation>Цього користувача вимкнено. Попросіть адміністратора його ввімкнути.</translation>
    </message>
    <message>
        <source>The login must be one word without spaces.</source>
        <translation>Логін має бути одним словом без пропусків.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s full name.</source>
        <translation>Введіть прізвище, ім’я та по батькові користувача.</translation>
    </message>
    <message>
        <source>Unknown role: {role}.</source>
        <translation>Невідома роль: {role}.</translation>
    </message>
    <message>
        <source>The password must have at least {min} characters.</source>
        <translation>Пароль закороткий; найменша довжина пароля: {min}.</translation>
    </message>
    <message>
        <source>The login {login} is already taken.</source>
        <translation>Логін {login} уже зайнятий.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Введіть номер телефону.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>«{text}» — це не номер телефону.</translation>
    </message>
    <message>
        <source>There is no such phone number: “{text}” has an unknown operator or area code.</source>
        <translation>Такого номера не існує: у «{text}» невідомий код оператора чи міста.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount in hryvnias (for example 125.50).</source>
        <translation>«{text}» — це не сума в гривнях (наприклад, 125.50).</translation>
    </message>
    <message>
        <source>Head office is unreachable. Work goes on: changes are kept here and sent when the connection is back.</source>
        <translation>Головний офіс недоступний. Працюйте далі: зміни збережено тут, їх буде надіслано, щойно зв’язок відновиться.</translation>
    </message>
    <message>
        <source>Head office has revoked this office: it can no longer sync. The data here stays. Ask the administrator for a new enrollment token.</source>
        <translation>Головний офіс відкликав цей абонвідділ: синхронізація більше неможлива. Дані тут залишаються. Попросіть адміністратора про новий токен підключення.</translation>
    </message>
    <message>
        <source>Head office does not accept this office&apos;s credential. Ask the administrator for a new enrollment token.</source>
        <translation>Головний офіс не приймає облікові дані цього абонвідділу. Попросіть адміністратора про новий токен підключення.</translation>
    </message>
    <message>
        <source>No head office is set up for this office yet. Ask the administrator.</source>
        <translation>Для цього абонвідділу ще не налаштовано головний офіс. Зверніться до адміністратора.</translation>
    </message>
    <message>
        <source>This office is not enrolled with head office yet. Ask the administrator.</source>
        <translation>Цей абонвідділ ще не підключено до головного офісу. Зверніться до адміністратора.</translation>
    </message>
    <message>
        <source>Head office now needs a newer version of ReceptionApp. Your changes are kept here and will be sent once ReceptionApp is updated; ask the administrator to update it.</source>
        <translation>Головному офісу тепер потрібна новіша версія ReceptionApp. Ваші зміни збережено тут, їх буде надіслано, щойно ReceptionApp оновлять; попросіть адміністратора її оновити.</translation>
    </message>
    <message>
        <source>Head office was restored from a backup older than this office keeps its sent changes (30 days), so some of them cannot be sent again. Nothing here was deleted; ask the administrator to restore a newer head-office backup.</source>
        <translation>Головний офіс відновили з резервної копії, старшої за той час, протягом якого цей офіс зберігає надіслані зміни (30 днів), тому частину з них надіслати знову не можна. Тут нічого не видалено; попросіть адміністратора відновити новішу копію головного офісу.</translation>
    </message>
    <message>
        <source>This value cannot be entered again from here; change it on the record.</source>
        <translation>Це значення не можна ввести знову звідси; змініть його в самому записі.</translation>
    </message>
    <message>
        <source>The record is no longer in this office&apos;s database, so nothing was changed.</source>
        <translation>Цього запису вже немає в базі офісу, тому нічого не змінено.</translation>
    </message>
    <message>
        <source>This version of ReceptionApp does not know that kind of record.</source>
        <translation>Ця версія ReceptionApp не знає такого виду записів.</translation>
    </message>
    <message>
        <source>That slot has been booked here in the meantime. Choose another slot.</source>
        <translation>Тим часом на цей час уже записали тут. Виберіть інший час.</translation>
    </message>
    <message>
        <source>The booking is already cancelled or the reception has taken place; it cannot be changed.</source>
        <translation>Запис уже скасовано або прийом уже відбувся; змінити його не можна.</translation>
    </message>
    <message>
        <source>The booking is no longer in this office&apos;s database.</source>
        <translation>Цього запису вже немає в базі офісу.</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time of a reception slot.</source>
        <translation>«{text}» — не дата й час прийому.</translation>
    </message>
    <message>
        <source>Head office refused the exchange. Changes are kept here; the details are in the tooltip for the administrator.</source>
        <translation>Головний офіс відхилив обмін. Зміни збережено тут; подробиці для адміністратора — у підказці.</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>Дію не виконано.</translation>
    </message>
    <message>
        <source>The data entered is not valid.</source>
        <translation>Введені дані неправильні.</translation>
    </message>
    <message>
        <source>Such a record already exists.</source>
        <translation>Такий запис уже існує.</translation>
    </message>
    <message>
        <source>The record was not found; it may have been removed.</source>
        <translation>Запис не знайдено; можливо, його вилучено.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>У вас немає права це робити.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>ReceptionApp</source>
        <translation>ReceptionApp</translation>
    </message>
    <message>
        <source>ReceptionApp: warning</source>
        <translation>ReceptionApp: попередження</translation>
    </message>
    <message>
        <source>ReceptionApp: error</source>
        <translation>ReceptionApp: помилка</translation>
    </message>
    <message>
        <source>ReceptionApp: something went wrong</source>
        <translation>ReceptionApp: щось пішло не так</translation>
    </message>
    <message>
        <source>About ReceptionApp</source>
        <translation>Про ReceptionApp</translation>
    </message>
</context>
<context>
    <name>reconcile</name>
    <message>
        <source>Home</source>
        <extracomment>Data role of the phone id behind a row. Data role of the whole :class:`~receptionapp.db.phones.PhoneEntry` behind a row. How long typing must pause before the number is checked against the database.</extracomment>
        <translation>Домашній</translation>
    </message>
    <message>
        <source>CDMA</source>
        <translation>CDMA</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобільний</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Робочий</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інший</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Неправильний номер</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Відключений</translation>
    </message>
    <message>
        <source>Not the subscriber&apos;s</source>
        <translation>Не абонента</translation>
    </message>
    <message>
        <source>Other (say why in the comment)</source>
        <translation>Інше (поясніть у коментарі)</translation>
    </message>
    <message>
        <source>Resolved to a number already there</source>
        <translation>Уточнено до наявного номера</translation>
    </message>
    <message>
        <source>Type a phone number.</source>
        <translation>Наберіть номер телефону.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: type digits (spaces, dashes and brackets are fine).</source>
        <translation>«{text}» — не номер телефону: наберіть цифри (пробіли, дефіси й дужки можна).</translation>
    </message>
    <message>
        <source>“{text}” has too few digits for a phone number.</source>
        <translation>«{text}»: замало цифр для номера телефону.</translation>
    </message>
    <message>
        <source>“{text}” has too many digits for one phone number.</source>
        <translation>«{text}»: забагато цифр для одного номера телефону.</translation>
    </message>
    <message>
        <source>“{text}”: there is no such operator or area code.</source>
        <translation>«{text}»: немає такого оператора чи коду міста.</translation>
    </message>
    <message>
        <source>“{text}” is a local number: type it with its area code (the subscriber&apos;s accounts are not all in one city).</source>
        <translation>«{text}» — місцевий номер: наберіть його з кодом міста (рахунки абонента не в одному місті).</translation>
    </message>
    <message>
        <source>There are {count} numbers here: {numbers}. Add them one at a time.</source>
        <translation>Тут кілька номерів ({count}): {numbers}. Додавайте їх по одному.</translation>
    </message>
    <message>
        <source>Unknown kind of number: {kind}.</source>
        <translation>Невідомий вид номера: {kind}.</translation>
    </message>
    <message>
        <source>The note is too long: at most {max} characters.</source>
        <translation>Примітка задовга: не більше {max} символів.</translation>
    </message>
    <message>
        <source>The comment is too long: at most {max} characters.</source>
        <translation>Коментар задовгий: не більше {max} символів.</translation>
    </message>
    <message>
        <source>Choose why the number is retired.</source>
        <translation>Виберіть, чому номер знято.</translation>
    </message>
    <message>
        <source>Say in the comment why the number is retired.</source>
        <translation>Напишіть у коментарі, чому номер знято.</translation>
    </message>
    <message>
        <source>The number is already in the history.</source>
        <translation>Номер уже в історії.</translation>
    </message>
    <message>
        <source>The number is not in the history.</source>
        <translation>Номера немає в історії.</translation>
    </message>
    <message>
        <source>The number is in the history: restore it first.</source>
        <translation>Номер в історії: спершу відновіть його.</translation>
    </message>
    <message>
        <source>This is text from billing, not a number: press Enter to type the number it means, or Delete to retire it.</source>
        <translation>Це текст із білінгу, а не номер: натисніть Enter, щоб набрати номер, або Delete, щоб зняти його.</translation>
    </message>
    <message>
        <source>This text has already been resolved.</source>
        <translation>Цей текст уже уточнено.</translation>
    </message>
    <message>
        <source>These are not the subscriber&apos;s accounts: {accounts}.</source>
        <translation>Це не рахунки абонента: {accounts}.</translation>
    </message>
    <message>
        <source>The number was not found: it may have been changed meanwhile.</source>
        <translation>Номер не знайдено: можливо, його тим часом змінили.</translation>
    </message>
    <message>
        <source>{display} needs your confirmation; it was not saved.</source>
        <translation>{display} потребує вашого підтвердження; його не збережено.</translation>
    </message>
    <message>
        <source>The subscriber was not found: the card may be out of date.</source>
        <translation>Абонента не знайдено: можливо, картка застаріла.</translation>
    </message>
    <message>
        <source>A number of this kind is attached ({numbers}). If it is no longer true, retire it first.</source>
        <translation>Номер цього виду вже записано ({numbers}). Якщо він неактуальний, спершу зніміть його.</translation>
    </message>
    <message>
        <source>Only home, CDMA and mobile numbers are required.</source>
        <translation>Обов’язкові лише домашній, CDMA і мобільний номери.</translation>
    </message>
    <message>
        <source>Unknown answer: {answer}.</source>
        <translation>Невідома відповідь: {answer}.</translation>
    </message>
    <message>
        <source>Billing text that is not a number is still in the list ({texts}): resolve it (Enter) or retire it (Delete) first.</source>
        <translation>У списку ще є текст із білінгу, що не є номером ({texts}): спершу уточніть його (Enter) або зніміть (Delete).</translation>
    </message>
    <message>
        <source>Ask the subscriber for their {kinds} number first. If they have none, press “Has none”; if they cannot say now, press “Later”.</source>
        <translation>Спершу запитайте в абонента номер: {kinds}. Якщо такого немає, натисніть «Немає»; якщо зараз не може сказати — «Пізніше».</translation>
    </message>
    <message>
        <source>Reconcile &amp;phones</source>
        <translation>Звірити &amp;телефони</translation>
    </message>
    <message>
        <source>Go through the subscriber&apos;s numbers with them (F6)</source>
        <translation>Звірити з абонентом його номери (F6)</translation>
    </message>
</context>
</TS>
