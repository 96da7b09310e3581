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
    <name>PlaceholderPage</name>
    <message>
        <source>This part of the application is not built yet.</source>
        <translation>Ця частина програми ще в розробці.</translation>
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
</TS>
