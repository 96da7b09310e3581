<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ChooseDatabaseDialog</name>
    <message>
        <source>ReceptionApp databases (*.db);;All files (*)</source>
        <translation>Базы данных ReceptionApp (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open an office database</source>
        <translation>Открыть базу данных абонотдела</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Файла {path} нет.</translation>
    </message>
    <message>
        <source>Create an office database</source>
        <translation>Создать базу данных абонотдела</translation>
    </message>
    <message>
        <source>{path} already exists. Open it, or choose another name.</source>
        <translation>{path} уже существует. Откройте её или выберите другое имя.</translation>
    </message>
    <message>
        <source>Choose the office database</source>
        <translation>Выбор базы данных абонотдела</translation>
    </message>
    <message>
        <source>ReceptionApp keeps the office&apos;s subscribers, contacts and complaints in one database file. Open the office&apos;s database, or create a new one.</source>
        <translation>ReceptionApp хранит абонентов, обращения и жалобы абонотдела в одном файле базы данных. Откройте базу данных своего абонотдела или создайте новую.</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>&amp;Create a new database…</source>
        <translation>&amp;Создать новую базу данных…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>ReceptionApp ran into an error it did not expect, and the last action may not have been completed. What was saved before is safe.</source>
        <translation>В ReceptionApp произошла непредвиденная ошибка, и последнее действие могло не завершиться. Всё, что было сохранено раньше, в безопасности.</translation>
    </message>
    <message>
        <source>The details were written to {log}. Please tell your administrator.</source>
        <translation>Подробности записаны в файл {log}. Сообщите, пожалуйста, администратору.</translation>
    </message>
    <message>
        <source>Please tell your administrator what you were doing.</source>
        <translation>Сообщите, пожалуйста, администратору, что вы делали.</translation>
    </message>
</context>
<context>
    <name>FirstUserDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Создание администратора</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator&apos;s account; other users can be added later.</source>
        <translation>В этой базе данных ещё нет пользователей. Создайте учётную запись администратора; других пользователей можно добавить позже.</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Фамилия, имя, отчество:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>П&amp;овторите пароль:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>Creating the demo office: reference data, about 20,000 subscribers and the demo users. This takes a few seconds the first time…</source>
        <translation>Создаётся демонстрационный абонотдел: справочные данные, около 20 000 абонентов и демонстрационные пользователи. В первый раз это занимает несколько секунд…</translation>
    </message>
    <message>
        <source>Opening the demo office…</source>
        <translation>Открывается демонстрационный абонотдел…</translation>
    </message>
    <message>
        <source>Creating the office database…</source>
        <translation>Создаётся база данных абонотдела…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lookup</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Find a subscriber while the caller speaks: by surname in Ukrainian or Russian spelling, by address, by personal account number or by phone number.</source>
        <translation>Находите абонента, пока он говорит: по фамилии в украинском или русском написании, по адресу, по номеру лицевого счёта или по номеру телефона.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Every call and visit of a subscriber, with its purpose and outcome: helped by phone, a request to a technician, a complaint, a referral to a reception point or a booking with the director.</source>
        <translation>Каждый звонок и визит абонента с целью и результатом: помогли по телефону, заявка мастеру, жалоба, направление в пункт приёма абонентов или запись на приём к директору.</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>The one complaints register: complaints taken at the office, by phone, on the forum or by e-mail, with their registration numbers, status and due dates.</source>
        <translation>Единый реестр жалоб: жалобы, принятые в абонотделе, по телефону, на форуме или по электронной почте, с регистрационными номерами, состоянием и сроками.</translation>
    </message>
    <message>
        <source>Director&apos;s reception</source>
        <translation>Приём директора</translation>
    </message>
    <message>
        <source>Booking subscribers for the director&apos;s reception days of their directorate, and the director&apos;s list of who comes, with which question and which numbers to call back.</source>
        <translation>Запись абонентов на приёмные дни директора их дирекции и список для директора: кто придёт, с каким вопросом и по каким номерам перезвонить.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Exchange with head office: whether it is reachable, when the office last synchronised, the changes waiting to be sent and any conflicts.</source>
        <translation>Обмен данными с головным офисом: есть ли связь, когда абонотдел последний раз синхронизировался, какие изменения ждут отправки и есть ли конфликты.</translation>
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
        <translation>администратор</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Абонотдел: {office}</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Database: {file}</source>
        <translation>База данных: {file}</translation>
    </message>
    <message>
        <source>ReceptionApp — demo office</source>
        <translation>ReceptionApp — демонстрационный абонотдел</translation>
    </message>
    <message>
        <source>ReceptionApp — {file}</source>
        <translation>ReceptionApp — {file}</translation>
    </message>
    <message>
        <source>Move to the next or previous field</source>
        <translation>Перейти к следующему или предыдущему полю</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Confirm a dialog, or close it</source>
        <translation>Подтвердить диалог или закрыть его</translation>
    </message>
    <message>
        <source>Enter, Esc</source>
        <translation>Enter, Esc</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReceptionApp {version}&lt;/h3&gt;&lt;p&gt;The front desk of a cable-TV and Internet provider: finding subscribers, keeping their phone numbers up to date, contacts, complaints and the director&apos;s reception.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReceptionApp {version}&lt;/h3&gt;&lt;p&gt;Рабочее место абонотдела провайдера кабельного телевидения и Интернета: поиск абонентов, актуальные номера телефонов, обращения, жалобы и приём директора.&lt;/p&gt;&lt;p&gt;Свободное программное обеспечение по лицензии MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation>Базы данных (*.db)</translation>
    </message>
    <message>
        <source>Choose another file: this one is the office database itself.</source>
        <translation>Выберите другой файл: это и есть база данных абонотдела.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Создаётся резервная копия базы данных…</translation>
    </message>
    <message>
        <source>The database was copied to {path}.</source>
        <translation>Копия базы данных сохранена в {path}.</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Find a subscriber by name, address, account or phone (Ctrl+1)</source>
        <translation>Поиск абонента по фамилии, адресу, лицевому счёту или телефону (Ctrl+1)</translation>
    </message>
    <message>
        <source>Calls and visits of subscribers (Ctrl+2)</source>
        <translation>Звонки и визиты абонентов (Ctrl+2)</translation>
    </message>
    <message>
        <source>The complaints register (Ctrl+3)</source>
        <translation>Реестр жалоб (Ctrl+3)</translation>
    </message>
    <message>
        <source>Appointments with the director (Ctrl+4)</source>
        <translation>Запись на приём к директору (Ctrl+4)</translation>
    </message>
    <message>
        <source>Exchange of data with head office (Ctrl+5)</source>
        <translation>Обмен данными с головным офисом (Ctrl+5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Резервная копия базы данных…</translation>
    </message>
    <message>
        <source>Save a consistent copy of the office database to a file</source>
        <translation>Сохранить согласованную копию базы данных абонотдела в файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Lookup</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Обращения</translation>
    </message>
    <message>
        <source>Co&amp;mplaints</source>
        <translation>&amp;Жалобы</translation>
    </message>
    <message>
        <source>&amp;Director&apos;s reception</source>
        <translation>Приём &amp;директора</translation>
    </message>
    <message>
        <source>&amp;Synchronisation</source>
        <translation>Син&amp;хронизация</translation>
    </message>
    <message>
        <source>&amp;Find a subscriber</source>
        <translation>Найти &amp;абонента</translation>
    </message>
    <message>
        <source>Go to the lookup and put the cursor in its search field</source>
        <translation>Перейти к поиску и поставить курсор в поле поиска</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Горячие клавиши</translation>
    </message>
    <message>
        <source>&amp;About ReceptionApp</source>
        <translation>&amp;О программе ReceptionApp</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This part of the application is not built yet.</source>
        <translation>Эта часть программы ещё в разработке.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Office database: {file}</source>
        <translation>База данных абонотдела: {file}</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Введите свой логин.</translation>
    </message>
    <message>
        <source>Sign in to ReceptionApp</source>
        <translation>Вход в ReceptionApp</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
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
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The database cannot be used right now.</source>
        <translation>Базой данных сейчас невозможно воспользоваться.</translation>
    </message>
    <message>
        <source>The database is busy with another task. Wait a moment and try again.</source>
        <translation>База данных занята другой задачей. Подождите немного и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The disk holding the database is full, so nothing was saved. Free some space and try again.</source>
        <translation>Диск с базой данных заполнен, поэтому ничего не сохранено. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written: the file or its folder is read-only. Ask your administrator to allow writing there.</source>
        <translation>В базу данных {path} невозможно записывать: файл или его папка доступны только для чтения. Попросите администратора разрешить запись.</translation>
    </message>
    <message>
        <source>The file {path} is not a ReceptionApp database or it is damaged. Nothing was changed in it. Restore the database from a backup.</source>
        <translation>Файл {path} не является базой данных ReceptionApp или повреждён. В нём ничего не изменено. Восстановите базу данных из резервной копии.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: its folder is missing or there is no permission to use it.</source>
        <translation>Базу данных {path} невозможно открыть: её папки нет или нет разрешения ею пользоваться.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Choose another file or create a new database.</source>
        <translation>Базы данных {path} нет. Выберите другой файл или создайте новую базу данных.</translation>
    </message>
    <message>
        <source>The database {path} was made by an older version of ReceptionApp and must be updated first.</source>
        <translation>База данных {path} создана более старой версией ReceptionApp, её сначала нужно обновить.</translation>
    </message>
    <message>
        <source>This database is already open in another ReceptionApp window. Switch to that window, or close it and try again.</source>
        <translation>Эта база данных уже открыта в другом окне ReceptionApp. Перейдите в то окно или закройте его и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of ReceptionApp (schema {version}; this version knows {known}). Nothing was changed in it. Update ReceptionApp to open it.</source>
        <translation>База данных {path} записана более новой версией ReceptionApp (схема {version}; эта версия знает {known}). В ней ничего не изменено. Обновите ReceptionApp, чтобы её открыть.</translation>
    </message>
    <message>
        <source>The database {path} reported an error. Try again; if it repeats, restart.</source>
        <translation>База данных {path} сообщила об ошибке. Попробуйте ещё раз; если повторится, перезапустите программу.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>This user is disabled. Ask your administrator to enable it.</source>
        <translation>Этот пользователь отключён. Попросите администратора его включить.</translation>
    </message>
    <message>
        <source>The login must be one word without spaces.</source>
        <translation>Логин должен быть одним словом без пробелов.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s full name.</source>
        <translation>Введите фамилию, имя и отчество пользователя.</translation>
    </message>
    <message>
        <source>Unknown role: {role}.</source>
        <translation>Неизвестная роль: {role}.</translation>
    </message>
    <message>
        <source>The password must have at least {min} characters.</source>
        <translation>Пароль слишком короткий; минимальная длина пароля: {min}.</translation>
    </message>
    <message>
        <source>The login {login} is already taken.</source>
        <translation>Логин {login} уже занят.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>«{text}» — это не номер телефона.</translation>
    </message>
    <message>
        <source>There is no such phone number: “{text}” has an unknown operator or area code.</source>
        <translation>Такого номера не существует: у «{text}» неизвестный код оператора или города.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount in hryvnias (for example 125.50).</source>
        <translation>«{text}» — это не сумма в гривнах (например, 125.50).</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>Действие не выполнено.</translation>
    </message>
    <message>
        <source>The data entered is not valid.</source>
        <translation>Введённые данные неверны.</translation>
    </message>
    <message>
        <source>Such a record already exists.</source>
        <translation>Такая запись уже существует.</translation>
    </message>
    <message>
        <source>The record was not found; it may have been removed.</source>
        <translation>Запись не найдена; возможно, она удалена.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>У вас нет права это делать.</translation>
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
        <translation>ReceptionApp: предупреждение</translation>
    </message>
    <message>
        <source>ReceptionApp: error</source>
        <translation>ReceptionApp: ошибка</translation>
    </message>
    <message>
        <source>ReceptionApp: something went wrong</source>
        <translation>ReceptionApp: что-то пошло не так</translation>
    </message>
    <message>
        <source>About ReceptionApp</source>
        <translation>О программе ReceptionApp</translation>
    </message>
</context>
</TS>
