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
    <name>LookupModel</name>
    <message>
        <source>Subscriber</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Directorate</source>
        <translation>Дирекция</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <source>The search failed: the database did not answer. Try again.</source>
        <extracomment>Milliseconds of quiet after a keystroke before the query runs (issue 3: at most 30). Rows asked for with a new query (a screenful and then some). Never more rows than this for one query: the clerk should type more instead. The worker thread starts (and warms up) this long after the page is made. SQLite page cache of the worker&apos;s connection, in KiB.</extracomment>
        <translation>Поиск не удался: база данных не ответила. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Type what the caller says: a surname, an address, an account number or a phone number. Ukrainian or Russian spelling, any keyboard layout.</source>
        <translation>Введите то, что говорит абонент: фамилию, адрес, номер лицевого счёта или телефона. По-украински или по-русски, в любой раскладке клавиатуры.</translation>
    </message>
    <message>
        <source>Nothing to search for: type letters or digits.</source>
        <translation>Нечего искать: введите буквы или цифры.</translation>
    </message>
    <message>
        <source>A short query: only the first {count} exact matches. Type a third character.</source>
        <translation>Короткий запрос: только первые {count} точных совпадений. Введите третий символ.</translation>
    </message>
    <message>
        <source>Nobody matches “{query}”. Check the spelling, or try the account or phone number.</source>
        <translation>По запросу «{query}» никого не найдено. Проверьте написание или попробуйте номер счёта или телефона.</translation>
    </message>
    <message>
        <source>The query was too long: only its beginning was used.</source>
        <translation>Запрос слишком длинный: использовано только его начало.</translation>
    </message>
    <message>
        <source>Found more than {count}: type more to narrow</source>
        <translation>Найдено больше {count}: уточните запрос</translation>
    </message>
    <message>
        <source>Found: {count}</source>
        <translation>Найдено: {count}</translation>
    </message>
    <message>
        <source>Found: more than {count} (scroll for more)</source>
        <translation>Найдено: больше {count} (прокрутите, чтобы увидеть ещё)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Open the subscriber&apos;s card</source>
        <translation>Открыть карточку абонента</translation>
    </message>
    <message>
        <source>Back to the search field</source>
        <translation>Вернуться к полю поиска</translation>
    </message>
    <message>
        <source>Open the card and reconcile the phones</source>
        <translation>Открыть карточку и сверить телефоны</translation>
    </message>
    <message>
        <source>&amp;Find a subscriber: surname, address, account or phone number</source>
        <translation>&amp;Найти абонента: фамилия, адрес, номер счёта или телефона</translation>
    </message>
    <message>
        <source>For example: Іваненко Олександр, Сумська 10 кв 5, 5704829136, 050 123 45 67</source>
        <translation>Например: Иваненко Александр, Сумская 10 кв 5, 5704829136, 050 123 45 67</translation>
    </message>
    <message>
        <source>↑ ↓ choose a row · Enter opens the card · Esc clears the search · Ctrl+F or F3 comes back here from anywhere</source>
        <translation>↑ ↓ выбор строки · Enter открывает карточку · Esc очищает поиск · Ctrl+F или F3 возвращает сюда отовсюду</translation>
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
        <translation>Оператор / город</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Снят</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>all ({count})</source>
        <translation>все ({count})</translation>
    </message>
    <message>
        <source>not a number: resolve it</source>
        <translation>не номер: уточните</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>не подтверждён</translation>
    </message>
    <message>
        <source>Billing wrote “{text}”, which is not a phone number. Ask the subscriber and press Enter to type the number, or Delete to retire the text.</source>
        <translation>В биллинге записано «{text}», а это не номер телефона. Спросите абонента и нажмите Enter, чтобы набрать номер, или Delete, чтобы снять этот текст.</translation>
    </message>
    <message>
        <source>Written as “{text}”</source>
        <translation>Записан как «{text}»</translation>
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
    <name>ReconcileDialog</name>
    <message>
        <source>Space: confirm · K, then 1–5: kind · F2: note · Delete: retire · Enter on billing text: resolve · Ctrl+Enter: finish</source>
        <translation>Пробел: подтвердить · K, затем 1–5: вид · F2: примечание · Delete: снять · Enter на тексте из биллинга: уточнить · Ctrl+Enter: завершить</translation>
    </message>
    <message>
        <source>Ctrl+1, 2, 3: has none · Alt+1, 2, 3: later</source>
        <translation>Ctrl+1, 2, 3: нет · Alt+1, 2, 3: позже</translation>
    </message>
    <message>
        <source>Phone reconciliation: change the selected number&apos;s kind (then 1–5)</source>
        <translation>Сверка телефонов: изменить вид выбранного номера (затем 1–5)</translation>
    </message>
    <message>
        <source>The subscriber has no {kind} number ({keys})</source>
        <translation>У абонента нет такого номера: {kind} ({keys})</translation>
    </message>
    <message>
        <source>Ask for the {kind} number next time ({keys})</source>
        <translation>Спросить в следующий раз: {kind} ({keys})</translation>
    </message>
    <message>
        <source>Phone numbers of {name}</source>
        <translation>Телефоны абонента {name}</translation>
    </message>
    <message>
        <source>Personal accounts: {numbers}</source>
        <translation>Лицевые счета: {numbers}</translation>
    </message>
    <message>
        <source>The numbers have never been reconciled.</source>
        <translation>Номера ещё ни разу не сверяли.</translation>
    </message>
    <message>
        <source>Numbers confirmed on {date} by {who}</source>
        <translation>Номера подтверждены {date}, {who}</translation>
    </message>
    <message>
        <source>Not reconciled yet</source>
        <translation>Ещё не сверяли</translation>
    </message>
    <message>
        <source>Reconciliation overdue</source>
        <translation>Сверка просрочена</translation>
    </message>
    <message>
        <source>Not asked: {kinds}</source>
        <translation>Не спрошено: {kinds}</translation>
    </message>
    <message>
        <source>has none (recorded {date}, {who})</source>
        <translation>нет (записано {date}, {who})</translation>
    </message>
    <message>
        <source>asked later (recorded)</source>
        <translation>спросить позже (записано)</translation>
    </message>
    <message>
        <source>not asked — postponed on {date}; ask now</source>
        <translation>не спрошено — отложено {date}; спросите сейчас</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>ещё не спрошено</translation>
    </message>
    <message>
        <source>Confirmed: {number}</source>
        <translation>Подтверждён: {number}</translation>
    </message>
    <message>
        <source>Why is {number} no longer the subscriber&apos;s? Press 1–4 or Enter.</source>
        <translation>Почему номер {number} больше не актуален? Нажмите 1–4 или Enter.</translation>
    </message>
    <message>
        <source>Say in the comment why the number is retired.</source>
        <translation>Напишите в комментарии, почему номер снят.</translation>
    </message>
    <message>
        <source>Moved to the history: {number}</source>
        <translation>Перенесён в историю: {number}</translation>
    </message>
    <message>
        <source>Restored: {number}</source>
        <translation>Восстановлен: {number}</translation>
    </message>
    <message>
        <source>&amp;Number for “{text}”:</source>
        <translation>&amp;Номер вместо «{text}»:</translation>
    </message>
    <message>
        <source>&amp;New number:</source>
        <translation>&amp;Новый номер:</translation>
    </message>
    <message>
        <source>{count} numbers: {numbers}. Enter adds them all, each with its kind.</source>
        <translation>Номеров: {count} — {numbers}. Enter добавит все, каждый со своим видом.</translation>
    </message>
    <message>
        <source>extension {ext} goes into the note</source>
        <translation>добавочный {ext} попадёт в примечание</translation>
    </message>
    <message>
        <source>{number} is also attached to {holders}.</source>
        <translation>{number} также записан за абонентом: {holders}.</translation>
    </message>
    <message>
        <source>{number} was retired on {date} ({reason}): saving restores it.</source>
        <translation>{number} снят {date} ({reason}): сохранение восстановит его.</translation>
    </message>
    <message>
        <source>The subscriber already has {number}: saving confirms it.</source>
        <translation>Номер {number} уже есть у абонента: сохранение подтвердит его.</translation>
    </message>
    <message>
        <source>Not saved: {number}.</source>
        <translation>Не сохранено: {number}.</translation>
    </message>
    <message>
        <source>{number} is also attached to {holders}. A family member&apos;s shared number, or a mistake? Attach it to this subscriber too?</source>
        <translation>Номер {number} также записан за абонентом: {holders}. Это общий номер семьи или ошибка? Записать его и за этим абонентом?</translation>
    </message>
    <message>
        <source>{number} was retired from this subscriber&apos;s numbers. Is it theirs again? Restore it?</source>
        <translation>Номер {number} раньше сняли с номеров этого абонента. Он снова его? Восстановить?</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <source>confirmed again</source>
        <translation>подтверждён ещё раз</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановлен</translation>
    </message>
    <message>
        <source>The subscriber was not asked for: {kinds}. Close without finishing? The card will show the numbers as not reconciled.</source>
        <translation>У абонента не спросили: {kinds}. Закрыть без завершения? В карточке номера будут отмечены как не сверенные.</translation>
    </message>
    <message>
        <source>The reconciliation is not finished. Close anyway? The changes are saved, but the card will show the numbers as not reconciled.</source>
        <translation>Сверка не завершена. Всё равно закрыть? Изменения сохранены, но в карточке номера будут отмечены как не сверенные.</translation>
    </message>
    <message>
        <source>Reconcile phone numbers</source>
        <translation>Сверка телефонов</translation>
    </message>
    <message>
        <source>&amp;Current numbers:</source>
        <translation>&amp;Актуальные номера:</translation>
    </message>
    <message>
        <source>Current numbers</source>
        <translation>Актуальные номера</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Снять</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>Новый номер</translation>
    </message>
    <message>
        <source>050 123 45 67, 700-12-34 or several</source>
        <translation>050 123 45 67, 700-12-34 или несколько</translation>
    </message>
    <message>
        <source>Kind of the new number</source>
        <translation>Вид нового номера</translation>
    </message>
    <message>
        <source>Note for the new number</source>
        <translation>Примечание к новому номеру</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Required numbers</source>
        <translation>Обязательные номера</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Домашний</translation>
    </message>
    <message>
        <source>Has none</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <source>&amp;History (retired numbers):</source>
        <translation>&amp;История (снятые номера):</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Finish reconciliation</source>
        <translation>&amp;Завершить сверку</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
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
    <name>SubscriberCard</name>
    <message>
        <source>{amount} UAH</source>
        <extracomment>Data role of the id behind a tree row (account id, phone id, timeline entity id).</extracomment>
        <translation>{amount} грн</translation>
    </message>
    <message>
        <source>Personal accounts (Alt+1)</source>
        <translation>Лицевые счета (Alt+1)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Directorate</source>
        <translation>Дирекция</translation>
    </message>
    <message>
        <source>Package and its services</source>
        <translation>Пакет и его услуги</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Phone numbers (Alt+2)</source>
        <translation>Номера телефонов (Alt+2)</translation>
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
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <source>History (Alt+3)</source>
        <translation>История (Alt+3)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Esc returns to the search · Alt+1 accounts · Alt+2 phone numbers · Alt+3 history · Tab moves between them</source>
        <translation>Esc — назад к поиску · Alt+1 счета · Alt+2 номера телефонов · Alt+3 история · Tab — между ними</translation>
    </message>
</context>
<context>
    <name>SubscriberCardWidget</name>
    <message>
        <source>Loading the card…</source>
        <translation>Загрузка карточки…</translation>
    </message>
    <message>
        <source>This subscriber is no longer in the database.</source>
        <translation>Этого абонента уже нет в базе.</translation>
    </message>
    <message>
        <source>The card could not be read.</source>
        <translation>Не удалось прочитать карточку.</translation>
    </message>
    <message>
        <source>Billing code: {ref}</source>
        <translation>Код в биллинге: {ref}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Примечания: {notes}</translation>
    </message>
    <message>
        <source>The numbers have never been confirmed.</source>
        <translation>Номера ещё ни разу не сверяли.</translation>
    </message>
    <message>
        <source>Numbers confirmed on {date} by {who}.</source>
        <translation>Номера сверены {date} ({who}).</translation>
    </message>
    <message>
        <source>Numbers confirmed on {date}.</source>
        <translation>Номера сверены {date}.</translation>
    </message>
    <message>
        <source>never confirmed</source>
        <translation>ещё не сверяли</translation>
    </message>
    <message>
        <source>last confirmed more than {days} days ago</source>
        <translation>последний раз сверяли больше {days} дней назад</translation>
    </message>
    <message>
        <source>ask for: {kinds}</source>
        <translation>спросите: {kinds}</translation>
    </message>
    <message>
        <source>postponed: {kinds}</source>
        <translation>отложено: {kinds}</translation>
    </message>
    <message>
        <source>an entry is not a number</source>
        <translation>одна из записей — не номер</translation>
    </message>
    <message>
        <source>Reconcile the numbers: {reasons}</source>
        <translation>Сверьте номера: {reasons}</translation>
    </message>
    <message>
        <source>Numbers up to date</source>
        <translation>Номера актуальны</translation>
    </message>
    <message>
        <source>no package</source>
        <translation>без пакета</translation>
    </message>
    <message>
        <source>Monthly fee: {fee}</source>
        <translation>Абонплата: {fee} в месяц</translation>
    </message>
    <message>
        <source>Connected: {services}</source>
        <translation>Подключено: {services}</translation>
    </message>
    <message>
        <source>The subscriber owes {amount}</source>
        <translation>Долг абонента: {amount}</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>не подтверждён</translation>
    </message>
    <message>
        <source>Not a number: ask the subscriber and correct it</source>
        <translation>Не номер: уточните у абонента и исправьте</translation>
    </message>
    <message>
        <source>Billing had “{text}”, which is not a phone number.</source>
        <translation>В биллинге записано «{text}» — это не номер телефона.</translation>
    </message>
    <message>
        <source>As billing had it: {text}</source>
        <translation>Как записано в биллинге: {text}</translation>
    </message>
    <message>
        <source>{answer} (answered on {date}{by})</source>
        <translation>{answer} (ответ {date}{by})</translation>
    </message>
    <message>
        <source>Ask for it: no number and no answer yet</source>
        <translation>Спросите: ни номера, ни ответа</translation>
    </message>
    <message>
        <source>Retired numbers ({count})</source>
        <translation>Удалённые номера ({count})</translation>
    </message>
    <message>
        <source>retired on {date}</source>
        <translation>удалён {date}</translation>
    </message>
    <message>
        <source>Contact {channel}</source>
        <translation>Обращение {channel}</translation>
    </message>
    <message>
        <source>Complaint {number}</source>
        <translation>Жалоба {number}</translation>
    </message>
    <message>
        <source>Technician request: {kind}</source>
        <translation>Заявка мастеру: {kind}</translation>
    </message>
    <message>
        <source>Package change {codes}</source>
        <translation>Смена пакета {codes}</translation>
    </message>
    <message>
        <source>Director&apos;s reception: {director}</source>
        <translation>Приём директора: {director}</translation>
    </message>
    <message>
        <source>connection fees {amount}</source>
        <translation>плата за подключение {amount}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>срок до {date}</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Пока ничего</translation>
    </message>
    <message>
        <source>Back to the search</source>
        <translation>Назад к поиску</translation>
    </message>
    <message>
        <source>Back to the search (Esc)</source>
        <translation>Назад к поиску (Esc)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Read the card again (F5)</source>
        <translation>Прочитать карточку заново (F5)</translation>
    </message>
    <message>
        <source>Go to the personal accounts</source>
        <translation>Перейти к лицевым счетам</translation>
    </message>
    <message>
        <source>Go to the phone numbers</source>
        <translation>Перейти к номерам телефонов</translation>
    </message>
    <message>
        <source>Go to the history</source>
        <translation>Перейти к истории</translation>
    </message>
</context>
<context>
    <name>SyncIssueDialog</name>
    <message>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>street</source>
        <translation>улица</translation>
    </message>
    <message>
        <source>house</source>
        <translation>дом</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>квартира</translation>
    </message>
    <message>
        <source>status</source>
        <translation>состояние</translation>
    </message>
    <message>
        <source>package</source>
        <translation>пакет</translation>
    </message>
    <message>
        <source>old package</source>
        <translation>прежний пакет</translation>
    </message>
    <message>
        <source>new package</source>
        <translation>новый пакет</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>действует с</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>номер телефона</translation>
    </message>
    <message>
        <source>number as written</source>
        <translation>номер как записан</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждён</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалён</translation>
    </message>
    <message>
        <source>reason for removal</source>
        <translation>причина удаления</translation>
    </message>
    <message>
        <source>phones reconciled</source>
        <translation>телефоны сверены</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>subscriber</source>
        <translation>абонент</translation>
    </message>
    <message>
        <source>personal account</source>
        <translation>лицевой счёт</translation>
    </message>
    <message>
        <source>director</source>
        <translation>директор</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>дата и время</translation>
    </message>
    <message>
        <source>end</source>
        <translation>окончание</translation>
    </message>
    <message>
        <source>question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <source>tried by phone</source>
        <translation>что пробовали по телефону</translation>
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
        <translation>категория</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>контактный телефон</translation>
    </message>
    <message>
        <source>preferred time</source>
        <translation>желаемое время</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>this office may not change records of another directorate ({scope}).</source>
        <translation>этот офис не может изменять записи другой дирекции ({scope}).</translation>
    </message>
    <message>
        <source>head office does not know this record (it may have been removed).</source>
        <translation>головной офис не знает этой записи (возможно, её удалили).</translation>
    </message>
    <message>
        <source>the record was deleted; changes to a deleted record are refused.</source>
        <translation>запись удалена, а изменения удалённой записи не принимаются.</translation>
    </message>
    <message>
        <source>the status cannot change from “{current}” to the one entered.</source>
        <translation>состояние не может измениться с «{current}» на введённое.</translation>
    </message>
    <message>
        <source>it clashes with a record head office already has (for example the same number).</source>
        <translation>оно противоречит записи, которая уже есть в головном офисе (например, тот же номер).</translation>
    </message>
    <message>
        <source>the personal account is unknown or closed at head office.</source>
        <translation>лицевой счёт неизвестен головному офису или закрыт.</translation>
    </message>
    <message>
        <source>the personal account is closed.</source>
        <translation>лицевой счёт закрыт.</translation>
    </message>
    <message>
        <source>the package is no longer offered.</source>
        <translation>пакет больше не предлагается.</translation>
    </message>
    <message>
        <source>the account&apos;s package was changed elsewhere meanwhile.</source>
        <translation>тем временем пакет этого счёта изменили в другом месте.</translation>
    </message>
    <message>
        <source>Sync issue: {kind}</source>
        <translation>Проблема синхронизации: {kind}</translation>
    </message>
    <message>
        <source>Nothing: the issue was resolved on {when}.</source>
        <translation>Ничего: проблема решена {when}.</translation>
    </message>
    <message>
        <source>{what} that is no longer in this office&apos;s database</source>
        <translation>{what}, которого уже нет в базе этого офиса</translation>
    </message>
    <message>
        <source>no subscriber</source>
        <translation>без абонента</translation>
    </message>
    <message>
        <source>Personal account: {number}</source>
        <translation>Лицевой счёт: {number}</translation>
    </message>
    <message>
        <source>Phone number: {number}</source>
        <translation>Номер телефона: {number}</translation>
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
        <translation>Дата и время: {when}</translation>
    </message>
    <message>
        <source>Reception point: {point}</source>
        <translation>Пункт приёма: {point}</translation>
    </message>
    <message>
        <source>Booking status: {status}</source>
        <translation>Состояние записи: {status}</translation>
    </message>
    <message>
        <source>Another office booked this director&apos;s slot first. Head office keeps the booking that reaches it first, so this one was not confirmed.</source>
        <translation>Другой офис первым записал абонента на это время к директору. Головной офис оставляет запись, которая пришла первой, поэтому эта не подтверждена.</translation>
    </message>
    <message>
        <source>The other office&apos;s booking of that slot.</source>
        <translation>Запись другого офиса на это время.</translation>
    </message>
    <message>
        <source>The booking is no longer waiting for a decision; nothing else to do. Press Understood to close the issue.</source>
        <translation>Запись уже не ждёт решения, делать ничего не нужно. Нажмите «Понятно», чтобы закрыть проблему.</translation>
    </message>
    <message>
        <source>Agree another time with the subscriber and book one of the free slots below (↑ ↓ to choose, Enter to book): this booking is cancelled and the new one is sent to head office. Or cancel the booking.</source>
        <translation>Согласуйте с абонентом другое время и запишите его на одно из свободных ниже (↑ ↓ — выбрать, Enter — записать): эта запись отменится, а новая будет отправлена в головной офис. Или отмените запись.</translation>
    </message>
    <message>
        <source>Head office offered no free slot. Cancel the booking and book another day with the subscriber on the Director&apos;s reception page.</source>
        <translation>Головной офис не предложил свободного времени. Отмените запись и запишите абонента на другой день на странице «Приём директора».</translation>
    </message>
    <message>
        <source>Head office refused the change: {reason}</source>
        <translation>Головной офис отклонил изменение: {reason}</translation>
    </message>
    <message>
        <source>Nothing: head office did not take this new record, so it exists only in this office. What was entered is in the table below.</source>
        <translation>Ничего: головной офис не принял эту новую запись, так что она существует только в этом офисе. Что было введено — в таблице ниже.</translation>
    </message>
    <message>
        <source>Its own values; the change made here was not applied. The values now in force are in the table below.</source>
        <translation>Свои значения; изменение, сделанное здесь, не применено. Действующие значения — в таблице ниже.</translation>
    </message>
    <message>
        <source>Nothing was lost but this change. If it is still needed, make it again in a way head office accepts, or ask a senior clerk. Then press Understood.</source>
        <translation>Кроме этого изменения, ничего не потеряно. Если оно ещё нужно, сделайте его так, чтобы головной офис его принял, или обратитесь к старшему оператору. Затем нажмите «Понятно».</translation>
    </message>
    <message>
        <source>The same fields were edited later at another office or at head office. The later edit was kept and this office&apos;s edit was overridden.</source>
        <translation>Те же поля позже изменили в другом офисе или в головном офисе. Оставлено более позднее изменение, а изменение этого офиса перекрыто.</translation>
    </message>
    <message>
        <source>The later value, shown in the table below beside yours.</source>
        <translation>Более позднее значение — в таблице ниже рядом с вашим.</translation>
    </message>
    <message>
        <source>Check with the subscriber which value is right. Keep head office&apos;s value, or enter yours again: it is saved as a new change and sent at the next sync.</source>
        <translation>Уточните у абонента, какое значение правильное. Оставьте значение головного офиса или введите своё снова: оно сохранится как новое изменение и уйдёт в головной офис при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Your value is no longer kept in this office, so it cannot be entered again from here. If it is right, enter it on the record once more; then press Keep head office&apos;s value to close the issue.</source>
        <translation>Ваше значение уже не хранится в этом офисе, поэтому его нельзя ввести снова отсюда. Если оно правильное, введите его в записи ещё раз, а затем нажмите «Оставить значение головного офиса», чтобы закрыть проблему.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock was far ahead of head office&apos;s when the change was made. Head office accepted the change but stamped it with its own time.</source>
        <translation>Когда делали изменение, часы этого компьютера сильно спешили по сравнению с головным офисом. Головной офис принял изменение, но отметил его своим временем.</translation>
    </message>
    <message>
        <source>The change, with head office&apos;s time.</source>
        <translation>Изменение — со временем головного офиса.</translation>
    </message>
    <message>
        <source>Set this computer&apos;s date, time and time zone right (in Windows: Settings → Time and language → Date and time → Set time automatically), or ask the administrator. Wrong clocks make later edits lose to older ones. Then press Understood.</source>
        <translation>Исправьте дату, время и часовой пояс этого компьютера (в Windows: Параметры → Время и язык → Дата и время → Устанавливать время автоматически) или обратитесь к администратору. Из-за неправильных часов более поздние изменения проигрывают старым. Затем нажмите «Понятно».</translation>
    </message>
    <message>
        <source>A record sent by head office clashes with a record of this office (for example the same number twice), so it could not be stored here.</source>
        <translation>Запись, присланная головным офисом, противоречит записи этого офиса (например, тот же номер дважды), поэтому её не удалось сохранить здесь.</translation>
    </message>
    <message>
        <source>Its record; this office keeps its own.</source>
        <translation>Свою запись; этот офис оставляет свою.</translation>
    </message>
    <message>
        <source>Tell the administrator, who can compare the two records. Press Understood once it is dealt with.</source>
        <translation>Сообщите администратору — он сравнит обе записи. Когда вопрос решён, нажмите «Понятно».</translation>
    </message>
    <message>
        <source>&amp;Values (kept and overridden):</source>
        <translation>&amp;Значения (оставленное и перекрытое):</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Kept (in force)</source>
        <translation>Оставлено (действует)</translation>
    </message>
    <message>
        <source>Yours (overridden)</source>
        <translation>Ваше (перекрыто)</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Значения:</translation>
    </message>
    <message>
        <source>Value in force here</source>
        <translation>Действующее здесь значение</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Ваше изменение</translation>
    </message>
    <message>
        <source>Entered here</source>
        <translation>Введено здесь</translation>
    </message>
    <message>
        <source>(no longer kept here)</source>
        <translation>(больше не хранится здесь)</translation>
    </message>
    <message>
        <source>↑ ↓ choose a slot · Enter books it · Alt+C cancels the booking</source>
        <translation>↑ ↓ выбор времени · Enter записывает · Alt+О отменяет запись</translation>
    </message>
    <message>
        <source>Alt+V goes to the values</source>
        <translation>Alt+З — к значениям</translation>
    </message>
    <message>
        <source>Alt+K keeps head office&apos;s value · Alt+E enters yours again</source>
        <translation>Alt+О оставляет значение головного офиса · Alt+В вводит ваше снова</translation>
    </message>
    <message>
        <source>Alt+U: understood</source>
        <translation>Alt+П: понятно</translation>
    </message>
    <message>
        <source>Esc closes and leaves the issue open</source>
        <translation>Esc закрывает, проблема остаётся открытой</translation>
    </message>
    <message>
        <source>The issue could not be resolved; nothing was changed. Try again.</source>
        <translation>Не удалось решить проблему; ничего не изменено. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Booked {when} for {who}; head office confirms it at the next sync.</source>
        <translation>{who} записан(а) на {when}; головной офис подтвердит запись при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Cancel the booking of {who} with {director} on {when}?</source>
        <translation>Отменить запись абонента {who} к директору {director} на {when}?</translation>
    </message>
    <message>
        <source>The booking of {who} was cancelled.</source>
        <translation>Запись абонента {who} отменена.</translation>
    </message>
    <message>
        <source>The issue was marked as resolved.</source>
        <translation>Проблема отмечена как решённая.</translation>
    </message>
    <message>
        <source>Your value was entered again; it is sent at the next sync.</source>
        <translation>Ваше значение введено снова; оно уйдёт в головной офис при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Sync issue</source>
        <translation>Проблема синхронизации</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Запись:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Что произошло:</translation>
    </message>
    <message>
        <source>Head office kept:</source>
        <translation>Головной офис оставил:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Что можно сделать:</translation>
    </message>
    <message>
        <source>&amp;Free slots head office offered:</source>
        <translation>Свободное &amp;время, которое предлагает головной офис:</translation>
    </message>
    <message>
        <source>Value now in force</source>
        <translation>Действующее значение</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ваше значение</translation>
    </message>
    <message>
        <source>&amp;Book the selected slot</source>
        <translation>&amp;Записать на выбранное время</translation>
    </message>
    <message>
        <source>Cancel this booking and book the same subscriber with the same director at the chosen slot (Enter in the list)</source>
        <translation>Отменить эту запись и записать того же абонента к тому же директору на выбранное время (Enter в списке)</translation>
    </message>
    <message>
        <source>&amp;Cancel the booking</source>
        <translation>&amp;Отменить запись</translation>
    </message>
    <message>
        <source>Cancel this booking without booking another slot</source>
        <translation>Отменить эту запись, не записывая на другое время</translation>
    </message>
    <message>
        <source>&amp;Keep head office&apos;s value</source>
        <translation>&amp;Оставить значение головного офиса</translation>
    </message>
    <message>
        <source>Leave the value head office kept and close the issue</source>
        <translation>Оставить значение, которое оставил головной офис, и закрыть проблему</translation>
    </message>
    <message>
        <source>&amp;Enter mine again</source>
        <translation>&amp;Ввести моё снова</translation>
    </message>
    <message>
        <source>Enter your value again as a new change; it is sent at the next sync</source>
        <translation>Ввести ваше значение снова как новое изменение; оно уйдёт при следующей синхронизации</translation>
    </message>
    <message>
        <source>&amp;Understood</source>
        <translation>&amp;Понятно</translation>
    </message>
    <message>
        <source>Close the issue: it has been read and dealt with</source>
        <translation>Закрыть проблему: она прочитана и решена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close this window; the issue stays open (Esc)</source>
        <translation>Закрыть это окно; проблема остаётся открытой (Esc)</translation>
    </message>
</context>
<context>
    <name>SyncIssuesModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Booking conflict</source>
        <translation>Конфликт записи</translation>
    </message>
    <message>
        <source>Refused by head office</source>
        <translation>Отклонено головным офисом</translation>
    </message>
    <message>
        <source>Overridden by a later edit</source>
        <translation>Перекрыто более поздним изменением</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong</source>
        <translation>Часы этого компьютера неточны</translation>
    </message>
    <message>
        <source>Could not store a record from head office</source>
        <translation>Не удалось сохранить запись от головного офиса</translation>
    </message>
    <message>
        <source>subscriber</source>
        <translation>абонент</translation>
    </message>
    <message>
        <source>personal account</source>
        <translation>лицевой счёт</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>номер телефона</translation>
    </message>
    <message>
        <source>director&apos;s reception booking</source>
        <translation>запись на приём к директору</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>жалоба</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>обращение</translation>
    </message>
    <message>
        <source>technician request</source>
        <translation>заявка мастеру</translation>
    </message>
    <message>
        <source>package change</source>
        <translation>смена пакета</translation>
    </message>
    <message>
        <source>acc. {number}</source>
        <translation>л/с {number}</translation>
    </message>
    <message>
        <source>The slot was taken by another office first. Free slots: {slots}</source>
        <translation>Это время первым занял другой офис. Свободное время: {slots}</translation>
    </message>
    <message>
        <source>The slot was taken by another office first.</source>
        <translation>Это время первым занял другой офис.</translation>
    </message>
    <message>
        <source>A later change made elsewhere was kept for: {fields}</source>
        <translation>Оставлено более позднее изменение, сделанное в другом месте: {fields}</translation>
    </message>
    <message>
        <source>The change was kept with head office&apos;s time; check the clock.</source>
        <translation>Изменение принято со временем головного офиса; проверьте часы.</translation>
    </message>
    <message>
        <source>This office may not change records of directorate {scope}.</source>
        <translation>Этот офис не может изменять записи дирекции {scope}.</translation>
    </message>
    <message>
        <source>Head office refused the change; open the issue to see why.</source>
        <translation>Головной офис отклонил изменение; откройте проблему, чтобы увидеть почему.</translation>
    </message>
    <message>
        <source>Open the selected sync issue</source>
        <translation>Открыть выбранную проблему синхронизации</translation>
    </message>
    <message>
        <source>Sync with head office now</source>
        <translation>Синхронизировать с головным офисом сейчас</translation>
    </message>
    <message>
        <source>Head office has received the changes.</source>
        <translation>Головной офис получил изменения.</translation>
    </message>
    <message>
        <source>not connected (run: receptionapp sync --server URL --token T)</source>
        <translation>не подключено (выполните: receptionapp sync --server URL --token T)</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>соединение…</translation>
    </message>
    <message>
        <source>online ({server})</source>
        <translation>на связи ({server})</translation>
    </message>
    <message>
        <source>offline; changes are kept and sent later</source>
        <translation>нет связи; изменения сохранены и будут отправлены позже</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ещё не было</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>конфликтов: %n</numerusform>
            <numerusform>конфликтов: %n</numerusform>
            <numerusform>конфликтов: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} ({conflicts})</source>
        <translation>{count} ({conflicts})</translation>
    </message>
    <message>
        <source>online</source>
        <translation>на связи</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>нет связи</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>не подключено</translation>
    </message>
    <message>
        <source>Head office: {online} · last sync {last} · {pending} pending · {conflicts}</source>
        <translation>Головной офис: {online} · синхронизация: {last} · ожидают: {pending} · {conflicts}</translation>
    </message>
    <message>
        <source>The issue was marked as resolved.</source>
        <translation>Проблема отмечена как решённая.</translation>
    </message>
    <message>
        <source>Synchronisation with head office</source>
        <translation>Синхронизация с головным офисом</translation>
    </message>
    <message>
        <source>Head office:</source>
        <translation>Головной офис:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Последняя успешная синхронизация:</translation>
    </message>
    <message>
        <source>Changes waiting to be sent:</source>
        <translation>Изменения, ожидающие отправки:</translation>
    </message>
    <message>
        <source>Open sync issues:</source>
        <translation>Нерешённые проблемы синхронизации:</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Син&amp;хронизировать сейчас</translation>
    </message>
    <message>
        <source>Send this office&apos;s changes to head office and fetch theirs now</source>
        <translation>Отправить изменения абонотдела в головной офис и получить его изменения сейчас</translation>
    </message>
    <message>
        <source>Sync issues: conflicts, refused changes, overridden edits</source>
        <translation>Проблемы синхронизации: конфликты, отклонённые изменения, перезаписанные правки</translation>
    </message>
    <message>
        <source>Show reso&amp;lved</source>
        <translation>Пока&amp;зать решённые</translation>
    </message>
    <message>
        <source>Also list the issues already resolved (Alt+L)</source>
        <translation>Показывать в списке и уже решённые проблемы (Alt+З)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>What happened, what head office kept and what you can do (Enter)</source>
        <translation>Что произошло, что оставил головной офис и что можно сделать (Enter)</translation>
    </message>
    <message>
        <source>Close the issue without changing anything (Alt+R)</source>
        <translation>Закрыть проблему, ничего не меняя (Alt+Р)</translation>
    </message>
    <message>
        <source>↑ ↓ choose an issue · Enter opens it · Alt+R marks it resolved · Alt+L shows resolved ones too · F5 syncs now</source>
        <translation>↑ ↓ выбор проблемы · Enter открывает её · Alt+Р отмечает решённой · Alt+З показывает и решённые · F5 синхронизирует сейчас</translation>
    </message>
    <message>
        <source>Mark as &amp;resolved</source>
        <translation>Отметить как &amp;решённое</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>pending connection</source>
        <translation>ожидает подключения</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действующий</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>приостановлен</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>private person</source>
        <translation>физическое лицо</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>home</source>
        <translation>домашний</translation>
    </message>
    <message>
        <source>CDMA</source>
        <translation>CDMA</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <source>work</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>has none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>asked later</source>
        <translation>спросить позже</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>по телефону</translation>
    </message>
    <message>
        <source>at the office</source>
        <translation>в абонотделе</translation>
    </message>
    <message>
        <source>on the forum</source>
        <translation>на форуме</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>по электронной почте</translation>
    </message>
    <message>
        <source>helped by phone</source>
        <translation>помогли по телефону</translation>
    </message>
    <message>
        <source>request to a technician</source>
        <translation>заявка мастеру</translation>
    </message>
    <message>
        <source>complaint registered</source>
        <translation>зарегистрирована жалоба</translation>
    </message>
    <message>
        <source>referred to a reception point</source>
        <translation>направлен в пункт приёма</translation>
    </message>
    <message>
        <source>booked with the director</source>
        <translation>записан на приём к директору</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>подключение</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>ремонт</translation>
    </message>
    <message>
        <source>service connection</source>
        <translation>подключение услуги</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <source>assigned to a technician</source>
        <translation>передана мастеру</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнена</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>зарегистрирована</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>решена</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>awaiting confirmation</source>
        <translation>ожидает подтверждения</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>slot conflict</source>
        <translation>конфликт времени</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>пришёл</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>не пришёл</translation>
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
        <source>Head office is unreachable. Work goes on: changes are kept here and sent when the connection is back.</source>
        <translation>Главный офис недоступен. Работайте дальше: изменения сохранены здесь и будут отправлены, как только связь восстановится.</translation>
    </message>
    <message>
        <source>Head office has revoked this office: it can no longer sync. The data here stays. Ask the administrator for a new enrollment token.</source>
        <translation>Главный офис отозвал этот абонотдел: синхронизация больше невозможна. Данные здесь остаются. Попросите администратора о новом токене подключения.</translation>
    </message>
    <message>
        <source>Head office does not accept this office&apos;s credential. Ask the administrator for a new enrollment token.</source>
        <translation>Главный офис не принимает учётные данные этого абонотдела. Попросите администратора о новом токене подключения.</translation>
    </message>
    <message>
        <source>No head office is set up for this office yet. Ask the administrator.</source>
        <translation>Для этого абонотдела ещё не настроен главный офис. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>This office is not enrolled with head office yet. Ask the administrator.</source>
        <translation>Этот абонотдел ещё не подключён к главному офису. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Head office now needs a newer version of ReceptionApp. Your changes are kept here and will be sent once ReceptionApp is updated; ask the administrator to update it.</source>
        <translation>Головному офису теперь нужна более новая версия ReceptionApp. Ваши изменения сохранены здесь и будут отправлены, как только ReceptionApp обновят; попросите администратора её обновить.</translation>
    </message>
    <message>
        <source>Head office was restored from a backup older than this office keeps its sent changes (30 days), so some of them cannot be sent again. Nothing here was deleted; ask the administrator to restore a newer head-office backup.</source>
        <translation>Головной офис восстановили из резервной копии, более старой, чем срок, в течение которого этот офис хранит отправленные изменения (30 дней), поэтому часть из них отправить повторно нельзя. Здесь ничего не удалено; попросите администратора восстановить более новую копию головного офиса.</translation>
    </message>
    <message>
        <source>This value cannot be entered again from here; change it on the record.</source>
        <translation>Это значение нельзя ввести снова отсюда; измените его в самой записи.</translation>
    </message>
    <message>
        <source>The record is no longer in this office&apos;s database, so nothing was changed.</source>
        <translation>Этой записи уже нет в базе офиса, поэтому ничего не изменено.</translation>
    </message>
    <message>
        <source>This version of ReceptionApp does not know that kind of record.</source>
        <translation>Эта версия ReceptionApp не знает такого вида записей.</translation>
    </message>
    <message>
        <source>That slot has been booked here in the meantime. Choose another slot.</source>
        <translation>Тем временем на это время уже записали здесь. Выберите другое время.</translation>
    </message>
    <message>
        <source>The booking is already cancelled or the reception has taken place; it cannot be changed.</source>
        <translation>Запись уже отменена или приём уже состоялся; изменить её нельзя.</translation>
    </message>
    <message>
        <source>The booking is no longer in this office&apos;s database.</source>
        <translation>Этой записи уже нет в базе офиса.</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time of a reception slot.</source>
        <translation>«{text}» — не дата и время приёма.</translation>
    </message>
    <message>
        <source>Head office refused the exchange. Changes are kept here; the details are in the tooltip for the administrator.</source>
        <translation>Главный офис отклонил обмен. Изменения сохранены здесь; подробности для администратора — в подсказке.</translation>
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
<context>
    <name>reconcile</name>
    <message>
        <source>Home</source>
        <extracomment>Data role of the phone id behind a row. Data role of the whole :class:`~receptionapp.db.phones.PhoneEntry` behind a row. How long typing must pause before the number is checked against the database.</extracomment>
        <translation>Домашний</translation>
    </message>
    <message>
        <source>CDMA</source>
        <translation>CDMA</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Рабочий</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочий</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Неверный номер</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <source>Not the subscriber&apos;s</source>
        <translation>Не абонента</translation>
    </message>
    <message>
        <source>Other (say why in the comment)</source>
        <translation>Другое (поясните в комментарии)</translation>
    </message>
    <message>
        <source>Resolved to a number already there</source>
        <translation>Уточнён до имеющегося номера</translation>
    </message>
    <message>
        <source>Type a phone number.</source>
        <translation>Наберите номер телефона.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: type digits (spaces, dashes and brackets are fine).</source>
        <translation>«{text}» — не номер телефона: наберите цифры (пробелы, дефисы и скобки можно).</translation>
    </message>
    <message>
        <source>“{text}” has too few digits for a phone number.</source>
        <translation>«{text}»: слишком мало цифр для номера телефона.</translation>
    </message>
    <message>
        <source>“{text}” has too many digits for one phone number.</source>
        <translation>«{text}»: слишком много цифр для одного номера телефона.</translation>
    </message>
    <message>
        <source>“{text}”: there is no such operator or area code.</source>
        <translation>«{text}»: нет такого оператора или кода города.</translation>
    </message>
    <message>
        <source>“{text}” is a local number: type it with its area code (the subscriber&apos;s accounts are not all in one city).</source>
        <translation>«{text}» — местный номер: наберите его с кодом города (счета абонента не в одном городе).</translation>
    </message>
    <message>
        <source>There are {count} numbers here: {numbers}. Add them one at a time.</source>
        <translation>Здесь несколько номеров ({count}): {numbers}. Добавляйте их по одному.</translation>
    </message>
    <message>
        <source>Unknown kind of number: {kind}.</source>
        <translation>Неизвестный вид номера: {kind}.</translation>
    </message>
    <message>
        <source>The note is too long: at most {max} characters.</source>
        <translation>Примечание слишком длинное: не больше {max} символов.</translation>
    </message>
    <message>
        <source>The comment is too long: at most {max} characters.</source>
        <translation>Комментарий слишком длинный: не больше {max} символов.</translation>
    </message>
    <message>
        <source>Choose why the number is retired.</source>
        <translation>Выберите, почему номер снят.</translation>
    </message>
    <message>
        <source>Say in the comment why the number is retired.</source>
        <translation>Напишите в комментарии, почему номер снят.</translation>
    </message>
    <message>
        <source>The number is already in the history.</source>
        <translation>Номер уже в истории.</translation>
    </message>
    <message>
        <source>The number is not in the history.</source>
        <translation>Номера нет в истории.</translation>
    </message>
    <message>
        <source>The number is in the history: restore it first.</source>
        <translation>Номер в истории: сначала восстановите его.</translation>
    </message>
    <message>
        <source>This is text from billing, not a number: press Enter to type the number it means, or Delete to retire it.</source>
        <translation>Это текст из биллинга, а не номер: нажмите Enter, чтобы набрать номер, или Delete, чтобы снять его.</translation>
    </message>
    <message>
        <source>This text has already been resolved.</source>
        <translation>Этот текст уже уточнён.</translation>
    </message>
    <message>
        <source>These are not the subscriber&apos;s accounts: {accounts}.</source>
        <translation>Это не счета абонента: {accounts}.</translation>
    </message>
    <message>
        <source>The number was not found: it may have been changed meanwhile.</source>
        <translation>Номер не найден: возможно, его тем временем изменили.</translation>
    </message>
    <message>
        <source>{display} needs your confirmation; it was not saved.</source>
        <translation>{display} требует вашего подтверждения; он не сохранён.</translation>
    </message>
    <message>
        <source>The subscriber was not found: the card may be out of date.</source>
        <translation>Абонент не найден: возможно, карточка устарела.</translation>
    </message>
    <message>
        <source>A number of this kind is attached ({numbers}). If it is no longer true, retire it first.</source>
        <translation>Номер этого вида уже записан ({numbers}). Если он неактуален, сначала снимите его.</translation>
    </message>
    <message>
        <source>Only home, CDMA and mobile numbers are required.</source>
        <translation>Обязательны только домашний, CDMA и мобильный номера.</translation>
    </message>
    <message>
        <source>Unknown answer: {answer}.</source>
        <translation>Неизвестный ответ: {answer}.</translation>
    </message>
    <message>
        <source>Billing text that is not a number is still in the list ({texts}): resolve it (Enter) or retire it (Delete) first.</source>
        <translation>В списке ещё есть текст из биллинга, который не является номером ({texts}): сначала уточните его (Enter) или снимите (Delete).</translation>
    </message>
    <message>
        <source>Ask the subscriber for their {kinds} number first. If they have none, press “Has none”; if they cannot say now, press “Later”.</source>
        <translation>Сначала спросите у абонента номер: {kinds}. Если такого нет, нажмите «Нет»; если сейчас не может сказать — «Позже».</translation>
    </message>
    <message>
        <source>Reconcile &amp;phones</source>
        <translation>Сверить &amp;телефоны</translation>
    </message>
    <message>
        <source>Go through the subscriber&apos;s numbers with them (F6)</source>
        <translation>Сверить с абонентом его номера (F6)</translation>
    </message>
</context>
</TS>
