<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChooseDatabaseDialog</name>
    <message>
        <source>ReceptionApp databases (*.db);;All files (*)</source>
        <translation>ReceptionApp databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Open an office database</source>
        <translation>Open an office database</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>There is no file {path}.</translation>
    </message>
    <message>
        <source>Create an office database</source>
        <translation>Create an office database</translation>
    </message>
    <message>
        <source>{path} already exists. Open it, or choose another name.</source>
        <translation>{path} already exists. Open it, or choose another name.</translation>
    </message>
    <message>
        <source>Choose the office database</source>
        <translation>Choose the office database</translation>
    </message>
    <message>
        <source>ReceptionApp keeps the office&apos;s subscribers, contacts and complaints in one database file. Open the office&apos;s database, or create a new one.</source>
        <translation>ReceptionApp keeps the office&apos;s subscribers, contacts and complaints in one database file. Open the office&apos;s database, or create a new one.</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Open a database…</translation>
    </message>
    <message>
        <source>&amp;Create a new database…</source>
        <translation>&amp;Create a new database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>ReceptionApp ran into an error it did not expect, and the last action may not have been completed. What was saved before is safe.</source>
        <translation>ReceptionApp ran into an error it did not expect, and the last action may not have been completed. What was saved before is safe.</translation>
    </message>
    <message>
        <source>The details were written to {log}. Please tell your administrator.</source>
        <translation>The details were written to {log}. Please tell your administrator.</translation>
    </message>
    <message>
        <source>Please tell your administrator what you were doing.</source>
        <translation>Please tell your administrator what you were doing.</translation>
    </message>
</context>
<context>
    <name>FirstUserDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator&apos;s account; other users can be added later.</source>
        <translation>This database has no users yet. Create the administrator&apos;s account; other users can be added later.</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>Creating the demo office: reference data, about 20,000 subscribers and the demo users. This takes a few seconds the first time…</source>
        <translation>Creating the demo office: reference data, about 20,000 subscribers and the demo users. This takes a few seconds the first time…</translation>
    </message>
    <message>
        <source>Opening the demo office…</source>
        <translation>Opening the demo office…</translation>
    </message>
    <message>
        <source>Creating the office database…</source>
        <translation>Creating the office database…</translation>
    </message>
</context>
<context>
    <name>LookupModel</name>
    <message>
        <source>Subscriber</source>
        <translation>Subscriber</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Directorate</source>
        <translation>Directorate</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <source>The search failed: the database did not answer. Try again.</source>
        <extracomment>Milliseconds of quiet after a keystroke before the query runs (issue 3: at most 30). Rows asked for with a new query (a screenful and then some). Never more rows than this for one query: the clerk should type more instead. The worker thread starts (and warms up) this long after the page is made. SQLite page cache of the worker&apos;s connection, in KiB.</extracomment>
        <translation>The search failed: the database did not answer. Try again.</translation>
    </message>
    <message>
        <source>Type what the caller says: a surname, an address, an account number or a phone number. Ukrainian or Russian spelling, any keyboard layout.</source>
        <translation>Type what the caller says: a surname, an address, an account number or a phone number. Ukrainian or Russian spelling, any keyboard layout.</translation>
    </message>
    <message>
        <source>Nothing to search for: type letters or digits.</source>
        <translation>Nothing to search for: type letters or digits.</translation>
    </message>
    <message>
        <source>A short query: only the first {count} exact matches. Type a third character.</source>
        <translation>A short query: only the first {count} exact matches. Type a third character.</translation>
    </message>
    <message>
        <source>Nobody matches “{query}”. Check the spelling, or try the account or phone number.</source>
        <translation>Nobody matches “{query}”. Check the spelling, or try the account or phone number.</translation>
    </message>
    <message>
        <source>The query was too long: only its beginning was used.</source>
        <translation>The query was too long: only its beginning was used.</translation>
    </message>
    <message>
        <source>Found more than {count}: type more to narrow</source>
        <translation>Found more than {count}: type more to narrow</translation>
    </message>
    <message>
        <source>Found: {count}</source>
        <translation>Found: {count}</translation>
    </message>
    <message>
        <source>Found: more than {count} (scroll for more)</source>
        <translation>Found: more than {count} (scroll for more)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Open the subscriber&apos;s card</source>
        <translation>Open the subscriber&apos;s card</translation>
    </message>
    <message>
        <source>Back to the search field</source>
        <translation>Back to the search field</translation>
    </message>
    <message>
        <source>Open the card and reconcile the phones</source>
        <translation>Open the card and reconcile the phones</translation>
    </message>
    <message>
        <source>&amp;Find a subscriber: surname, address, account or phone number</source>
        <translation>&amp;Find a subscriber: surname, address, account or phone number</translation>
    </message>
    <message>
        <source>For example: Іваненко Олександр, Сумська 10 кв 5, 5704829136, 050 123 45 67</source>
        <translation>For example: Іваненко Олександр, Сумська 10 кв 5, 5704829136, 050 123 45 67</translation>
    </message>
    <message>
        <source>↑ ↓ choose a row · Enter opens the card · Esc clears the search · Ctrl+F or F3 comes back here from anywhere</source>
        <translation>↑ ↓ choose a row · Enter opens the card · Esc clears the search · Ctrl+F or F3 comes back here from anywhere</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lookup</source>
        <translation>Lookup</translation>
    </message>
    <message>
        <source>Find a subscriber while the caller speaks: by surname in Ukrainian or Russian spelling, by address, by personal account number or by phone number.</source>
        <translation>Find a subscriber while the caller speaks: by surname in Ukrainian or Russian spelling, by address, by personal account number or by phone number.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Every call and visit of a subscriber, with its purpose and outcome: helped by phone, a request to a technician, a complaint, a referral to a reception point or a booking with the director.</source>
        <translation>Every call and visit of a subscriber, with its purpose and outcome: helped by phone, a request to a technician, a complaint, a referral to a reception point or a booking with the director.</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>The one complaints register: complaints taken at the office, by phone, on the forum or by e-mail, with their registration numbers, status and due dates.</source>
        <translation>The one complaints register: complaints taken at the office, by phone, on the forum or by e-mail, with their registration numbers, status and due dates.</translation>
    </message>
    <message>
        <source>Director&apos;s reception</source>
        <translation>Director&apos;s reception</translation>
    </message>
    <message>
        <source>Booking subscribers for the director&apos;s reception days of their directorate, and the director&apos;s list of who comes, with which question and which numbers to call back.</source>
        <translation>Booking subscribers for the director&apos;s reception days of their directorate, and the director&apos;s list of who comes, with which question and which numbers to call back.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Exchange with head office: whether it is reachable, when the office last synchronised, the changes waiting to be sent and any conflicts.</source>
        <translation>Exchange with head office: whether it is reachable, when the office last synchronised, the changes waiting to be sent and any conflicts.</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>clerk</translation>
    </message>
    <message>
        <source>senior clerk</source>
        <translation>senior clerk</translation>
    </message>
    <message>
        <source>director</source>
        <translation>director</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Office: {office}</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Database: {file}</source>
        <translation>Database: {file}</translation>
    </message>
    <message>
        <source>ReceptionApp — demo office</source>
        <translation>ReceptionApp — demo office</translation>
    </message>
    <message>
        <source>ReceptionApp — {file}</source>
        <translation>ReceptionApp — {file}</translation>
    </message>
    <message>
        <source>Move to the next or previous field</source>
        <translation>Move to the next or previous field</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Confirm a dialog, or close it</source>
        <translation>Confirm a dialog, or close it</translation>
    </message>
    <message>
        <source>Enter, Esc</source>
        <translation>Enter, Esc</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReceptionApp {version}&lt;/h3&gt;&lt;p&gt;The front desk of a cable-TV and Internet provider: finding subscribers, keeping their phone numbers up to date, contacts, complaints and the director&apos;s reception.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReceptionApp {version}&lt;/h3&gt;&lt;p&gt;The front desk of a cable-TV and Internet provider: finding subscribers, keeping their phone numbers up to date, contacts, complaints and the director&apos;s reception.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation>Databases (*.db)</translation>
    </message>
    <message>
        <source>Choose another file: this one is the office database itself.</source>
        <translation>Choose another file: this one is the office database itself.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>The database was copied to {path}.</source>
        <translation>The database was copied to {path}.</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Find a subscriber by name, address, account or phone (Ctrl+1)</source>
        <translation>Find a subscriber by name, address, account or phone (Ctrl+1)</translation>
    </message>
    <message>
        <source>Calls and visits of subscribers (Ctrl+2)</source>
        <translation>Calls and visits of subscribers (Ctrl+2)</translation>
    </message>
    <message>
        <source>The complaints register (Ctrl+3)</source>
        <translation>The complaints register (Ctrl+3)</translation>
    </message>
    <message>
        <source>Appointments with the director (Ctrl+4)</source>
        <translation>Appointments with the director (Ctrl+4)</translation>
    </message>
    <message>
        <source>Exchange of data with head office (Ctrl+5)</source>
        <translation>Exchange of data with head office (Ctrl+5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Back up the database…</translation>
    </message>
    <message>
        <source>Save a consistent copy of the office database to a file</source>
        <translation>Save a consistent copy of the office database to a file</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Lookup</source>
        <translation>&amp;Lookup</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>Co&amp;mplaints</source>
        <translation>Co&amp;mplaints</translation>
    </message>
    <message>
        <source>&amp;Director&apos;s reception</source>
        <translation>&amp;Director&apos;s reception</translation>
    </message>
    <message>
        <source>&amp;Synchronisation</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Find a subscriber</source>
        <translation>&amp;Find a subscriber</translation>
    </message>
    <message>
        <source>Go to the lookup and put the cursor in its search field</source>
        <translation>Go to the lookup and put the cursor in its search field</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About ReceptionApp</source>
        <translation>&amp;About ReceptionApp</translation>
    </message>
</context>
<context>
    <name>PhonesModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Operator / city</source>
        <translation>Operator / city</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>all ({count})</source>
        <translation>all ({count})</translation>
    </message>
    <message>
        <source>not a number: resolve it</source>
        <translation>not a number: resolve it</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>not confirmed</translation>
    </message>
    <message>
        <source>Billing wrote “{text}”, which is not a phone number. Ask the subscriber and press Enter to type the number, or Delete to retire the text.</source>
        <translation>Billing wrote “{text}”, which is not a phone number. Ask the subscriber and press Enter to type the number, or Delete to retire the text.</translation>
    </message>
    <message>
        <source>Written as “{text}”</source>
        <translation>Written as “{text}”</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This part of the application is not built yet.</source>
        <translation>This part of the application is not built yet.</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Space: confirm · K, then 1–5: kind · F2: note · Delete: retire · Enter on billing text: resolve · Ctrl+Enter: finish</source>
        <translation>Space: confirm · K, then 1–5: kind · F2: note · Delete: retire · Enter on billing text: resolve · Ctrl+Enter: finish</translation>
    </message>
    <message>
        <source>Ctrl+1, 2, 3: has none · Alt+1, 2, 3: later</source>
        <translation>Ctrl+1, 2, 3: has none · Alt+1, 2, 3: later</translation>
    </message>
    <message>
        <source>Phone reconciliation: change the selected number&apos;s kind (then 1–5)</source>
        <translation>Phone reconciliation: change the selected number&apos;s kind (then 1–5)</translation>
    </message>
    <message>
        <source>The subscriber has no {kind} number ({keys})</source>
        <translation>The subscriber has no {kind} number ({keys})</translation>
    </message>
    <message>
        <source>Ask for the {kind} number next time ({keys})</source>
        <translation>Ask for the {kind} number next time ({keys})</translation>
    </message>
    <message>
        <source>Phone numbers of {name}</source>
        <translation>Phone numbers of {name}</translation>
    </message>
    <message>
        <source>Personal accounts: {numbers}</source>
        <translation>Personal accounts: {numbers}</translation>
    </message>
    <message>
        <source>The numbers have never been reconciled.</source>
        <translation>The numbers have never been reconciled.</translation>
    </message>
    <message>
        <source>Numbers confirmed on {date} by {who}</source>
        <translation>Numbers confirmed on {date} by {who}</translation>
    </message>
    <message>
        <source>Not reconciled yet</source>
        <translation>Not reconciled yet</translation>
    </message>
    <message>
        <source>Reconciliation overdue</source>
        <translation>Reconciliation overdue</translation>
    </message>
    <message>
        <source>Not asked: {kinds}</source>
        <translation>Not asked: {kinds}</translation>
    </message>
    <message>
        <source>has none (recorded {date}, {who})</source>
        <translation>has none (recorded {date}, {who})</translation>
    </message>
    <message>
        <source>asked later (recorded)</source>
        <translation>asked later (recorded)</translation>
    </message>
    <message>
        <source>not asked — postponed on {date}; ask now</source>
        <translation>not asked — postponed on {date}; ask now</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>not asked yet</translation>
    </message>
    <message>
        <source>Confirmed: {number}</source>
        <translation>Confirmed: {number}</translation>
    </message>
    <message>
        <source>Why is {number} no longer the subscriber&apos;s? Press 1–4 or Enter.</source>
        <translation>Why is {number} no longer the subscriber&apos;s? Press 1–4 or Enter.</translation>
    </message>
    <message>
        <source>Say in the comment why the number is retired.</source>
        <translation>Say in the comment why the number is retired.</translation>
    </message>
    <message>
        <source>Moved to the history: {number}</source>
        <translation>Moved to the history: {number}</translation>
    </message>
    <message>
        <source>Restored: {number}</source>
        <translation>Restored: {number}</translation>
    </message>
    <message>
        <source>&amp;Number for “{text}”:</source>
        <translation>&amp;Number for “{text}”:</translation>
    </message>
    <message>
        <source>&amp;New number:</source>
        <translation>&amp;New number:</translation>
    </message>
    <message>
        <source>{count} numbers: {numbers}. Enter adds them all, each with its kind.</source>
        <translation>{count} numbers: {numbers}. Enter adds them all, each with its kind.</translation>
    </message>
    <message>
        <source>extension {ext} goes into the note</source>
        <translation>extension {ext} goes into the note</translation>
    </message>
    <message>
        <source>{number} is also attached to {holders}.</source>
        <translation>{number} is also attached to {holders}.</translation>
    </message>
    <message>
        <source>{number} was retired on {date} ({reason}): saving restores it.</source>
        <translation>{number} was retired on {date} ({reason}): saving restores it.</translation>
    </message>
    <message>
        <source>The subscriber already has {number}: saving confirms it.</source>
        <translation>The subscriber already has {number}: saving confirms it.</translation>
    </message>
    <message>
        <source>Not saved: {number}.</source>
        <translation>Not saved: {number}.</translation>
    </message>
    <message>
        <source>{number} is also attached to {holders}. A family member&apos;s shared number, or a mistake? Attach it to this subscriber too?</source>
        <translation>{number} is also attached to {holders}. A family member&apos;s shared number, or a mistake? Attach it to this subscriber too?</translation>
    </message>
    <message>
        <source>{number} was retired from this subscriber&apos;s numbers. Is it theirs again? Restore it?</source>
        <translation>{number} was retired from this subscriber&apos;s numbers. Is it theirs again? Restore it?</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>confirmed again</source>
        <translation>confirmed again</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>The subscriber was not asked for: {kinds}. Close without finishing? The card will show the numbers as not reconciled.</source>
        <translation>The subscriber was not asked for: {kinds}. Close without finishing? The card will show the numbers as not reconciled.</translation>
    </message>
    <message>
        <source>The reconciliation is not finished. Close anyway? The changes are saved, but the card will show the numbers as not reconciled.</source>
        <translation>The reconciliation is not finished. Close anyway? The changes are saved, but the card will show the numbers as not reconciled.</translation>
    </message>
    <message>
        <source>Reconcile phone numbers</source>
        <translation>Reconcile phone numbers</translation>
    </message>
    <message>
        <source>&amp;Current numbers:</source>
        <translation>&amp;Current numbers:</translation>
    </message>
    <message>
        <source>Current numbers</source>
        <translation>Current numbers</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mment:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>New number</translation>
    </message>
    <message>
        <source>050 123 45 67, 700-12-34 or several</source>
        <translation>050 123 45 67, 700-12-34 or several</translation>
    </message>
    <message>
        <source>Kind of the new number</source>
        <translation>Kind of the new number</translation>
    </message>
    <message>
        <source>Note for the new number</source>
        <translation>Note for the new number</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Required numbers</source>
        <translation>Required numbers</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Has none</source>
        <translation>Has none</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>&amp;History (retired numbers):</source>
        <translation>&amp;History (retired numbers):</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Re&amp;store</translation>
    </message>
    <message>
        <source>&amp;Finish reconciliation</source>
        <translation>&amp;Finish reconciliation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Office database: {file}</source>
        <translation>Office database: {file}</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Enter your login.</translation>
    </message>
    <message>
        <source>Sign in to ReceptionApp</source>
        <translation>Sign in to ReceptionApp</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SubscriberCard</name>
    <message>
        <source>{amount} UAH</source>
        <extracomment>Data role of the id behind a tree row (account id, phone id, timeline entity id).</extracomment>
        <translation>{amount} UAH</translation>
    </message>
    <message>
        <source>Personal accounts (Alt+1)</source>
        <translation>Personal accounts (Alt+1)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Directorate</source>
        <translation>Directorate</translation>
    </message>
    <message>
        <source>Package and its services</source>
        <translation>Package and its services</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phone numbers (Alt+2)</source>
        <translation>Phone numbers (Alt+2)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>History (Alt+3)</source>
        <translation>History (Alt+3)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Esc returns to the search · Alt+1 accounts · Alt+2 phone numbers · Alt+3 history · Tab moves between them</source>
        <translation>Esc returns to the search · Alt+1 accounts · Alt+2 phone numbers · Alt+3 history · Tab moves between them</translation>
    </message>
</context>
<context>
    <name>SubscriberCardWidget</name>
    <message>
        <source>Loading the card…</source>
        <translation>Loading the card…</translation>
    </message>
    <message>
        <source>This subscriber is no longer in the database.</source>
        <translation>This subscriber is no longer in the database.</translation>
    </message>
    <message>
        <source>The card could not be read.</source>
        <translation>The card could not be read.</translation>
    </message>
    <message>
        <source>Billing code: {ref}</source>
        <translation>Billing code: {ref}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notes: {notes}</translation>
    </message>
    <message>
        <source>The numbers have never been confirmed.</source>
        <translation>The numbers have never been confirmed.</translation>
    </message>
    <message>
        <source>Numbers confirmed on {date} by {who}.</source>
        <translation>Numbers confirmed on {date} by {who}.</translation>
    </message>
    <message>
        <source>Numbers confirmed on {date}.</source>
        <translation>Numbers confirmed on {date}.</translation>
    </message>
    <message>
        <source>never confirmed</source>
        <translation>never confirmed</translation>
    </message>
    <message>
        <source>last confirmed more than {days} days ago</source>
        <translation>last confirmed more than {days} days ago</translation>
    </message>
    <message>
        <source>ask for: {kinds}</source>
        <translation>ask for: {kinds}</translation>
    </message>
    <message>
        <source>postponed: {kinds}</source>
        <translation>postponed: {kinds}</translation>
    </message>
    <message>
        <source>an entry is not a number</source>
        <translation>an entry is not a number</translation>
    </message>
    <message>
        <source>Reconcile the numbers: {reasons}</source>
        <translation>Reconcile the numbers: {reasons}</translation>
    </message>
    <message>
        <source>Numbers up to date</source>
        <translation>Numbers up to date</translation>
    </message>
    <message>
        <source>no package</source>
        <translation>no package</translation>
    </message>
    <message>
        <source>Monthly fee: {fee}</source>
        <translation>Monthly fee: {fee}</translation>
    </message>
    <message>
        <source>Connected: {services}</source>
        <translation>Connected: {services}</translation>
    </message>
    <message>
        <source>The subscriber owes {amount}</source>
        <translation>The subscriber owes {amount}</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>not confirmed</translation>
    </message>
    <message>
        <source>Not a number: ask the subscriber and correct it</source>
        <translation>Not a number: ask the subscriber and correct it</translation>
    </message>
    <message>
        <source>Billing had “{text}”, which is not a phone number.</source>
        <translation>Billing had “{text}”, which is not a phone number.</translation>
    </message>
    <message>
        <source>As billing had it: {text}</source>
        <translation>As billing had it: {text}</translation>
    </message>
    <message>
        <source>{answer} (answered on {date}{by})</source>
        <translation>{answer} (answered on {date}{by})</translation>
    </message>
    <message>
        <source>Ask for it: no number and no answer yet</source>
        <translation>Ask for it: no number and no answer yet</translation>
    </message>
    <message>
        <source>Retired numbers ({count})</source>
        <translation>Retired numbers ({count})</translation>
    </message>
    <message>
        <source>retired on {date}</source>
        <translation>retired on {date}</translation>
    </message>
    <message>
        <source>Contact {channel}</source>
        <translation>Contact {channel}</translation>
    </message>
    <message>
        <source>Complaint {number}</source>
        <translation>Complaint {number}</translation>
    </message>
    <message>
        <source>Technician request: {kind}</source>
        <translation>Technician request: {kind}</translation>
    </message>
    <message>
        <source>Package change {codes}</source>
        <translation>Package change {codes}</translation>
    </message>
    <message>
        <source>Director&apos;s reception: {director}</source>
        <translation>Director&apos;s reception: {director}</translation>
    </message>
    <message>
        <source>connection fees {amount}</source>
        <translation>connection fees {amount}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Nothing yet</translation>
    </message>
    <message>
        <source>Back to the search</source>
        <translation>Back to the search</translation>
    </message>
    <message>
        <source>Back to the search (Esc)</source>
        <translation>Back to the search (Esc)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the card again (F5)</source>
        <translation>Read the card again (F5)</translation>
    </message>
    <message>
        <source>Go to the personal accounts</source>
        <translation>Go to the personal accounts</translation>
    </message>
    <message>
        <source>Go to the phone numbers</source>
        <translation>Go to the phone numbers</translation>
    </message>
    <message>
        <source>Go to the history</source>
        <translation>Go to the history</translation>
    </message>
</context>
<context>
    <name>SyncIssueDialog</name>
    <message>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>patronymic</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>street</source>
        <translation>street</translation>
    </message>
    <message>
        <source>house</source>
        <translation>house</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>flat</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>package</source>
        <translation>package</translation>
    </message>
    <message>
        <source>old package</source>
        <translation>old package</translation>
    </message>
    <message>
        <source>new package</source>
        <translation>new package</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>effective date</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>number as written</source>
        <translation>number as written</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>reason for removal</source>
        <translation>reason for removal</translation>
    </message>
    <message>
        <source>phones reconciled</source>
        <translation>phones reconciled</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>subscriber</source>
        <translation>subscriber</translation>
    </message>
    <message>
        <source>personal account</source>
        <translation>personal account</translation>
    </message>
    <message>
        <source>director</source>
        <translation>director</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>date and time</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>tried by phone</source>
        <translation>tried by phone</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>purpose</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>contact phone</translation>
    </message>
    <message>
        <source>preferred time</source>
        <translation>preferred time</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>responsible</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>this office may not change records of another directorate ({scope}).</source>
        <translation>this office may not change records of another directorate ({scope}).</translation>
    </message>
    <message>
        <source>head office does not know this record (it may have been removed).</source>
        <translation>head office does not know this record (it may have been removed).</translation>
    </message>
    <message>
        <source>the record was deleted; changes to a deleted record are refused.</source>
        <translation>the record was deleted; changes to a deleted record are refused.</translation>
    </message>
    <message>
        <source>the status cannot change from “{current}” to the one entered.</source>
        <translation>the status cannot change from “{current}” to the one entered.</translation>
    </message>
    <message>
        <source>it clashes with a record head office already has (for example the same number).</source>
        <translation>it clashes with a record head office already has (for example the same number).</translation>
    </message>
    <message>
        <source>the personal account is unknown or closed at head office.</source>
        <translation>the personal account is unknown or closed at head office.</translation>
    </message>
    <message>
        <source>the personal account is closed.</source>
        <translation>the personal account is closed.</translation>
    </message>
    <message>
        <source>the package is no longer offered.</source>
        <translation>the package is no longer offered.</translation>
    </message>
    <message>
        <source>the account&apos;s package was changed elsewhere meanwhile.</source>
        <translation>the account&apos;s package was changed elsewhere meanwhile.</translation>
    </message>
    <message>
        <source>Sync issue: {kind}</source>
        <translation>Sync issue: {kind}</translation>
    </message>
    <message>
        <source>Nothing: the issue was resolved on {when}.</source>
        <translation>Nothing: the issue was resolved on {when}.</translation>
    </message>
    <message>
        <source>{what} that is no longer in this office&apos;s database</source>
        <translation>{what} that is no longer in this office&apos;s database</translation>
    </message>
    <message>
        <source>no subscriber</source>
        <translation>no subscriber</translation>
    </message>
    <message>
        <source>Personal account: {number}</source>
        <translation>Personal account: {number}</translation>
    </message>
    <message>
        <source>Phone number: {number}</source>
        <translation>Phone number: {number}</translation>
    </message>
    <message>
        <source>Number: {number}</source>
        <translation>Number: {number}</translation>
    </message>
    <message>
        <source>Director: {name}</source>
        <translation>Director: {name}</translation>
    </message>
    <message>
        <source>Date and time: {when}</source>
        <translation>Date and time: {when}</translation>
    </message>
    <message>
        <source>Reception point: {point}</source>
        <translation>Reception point: {point}</translation>
    </message>
    <message>
        <source>Booking status: {status}</source>
        <translation>Booking status: {status}</translation>
    </message>
    <message>
        <source>Another office booked this director&apos;s slot first. Head office keeps the booking that reaches it first, so this one was not confirmed.</source>
        <translation>Another office booked this director&apos;s slot first. Head office keeps the booking that reaches it first, so this one was not confirmed.</translation>
    </message>
    <message>
        <source>The other office&apos;s booking of that slot.</source>
        <translation>The other office&apos;s booking of that slot.</translation>
    </message>
    <message>
        <source>The booking is no longer waiting for a decision; nothing else to do. Press Understood to close the issue.</source>
        <translation>The booking is no longer waiting for a decision; nothing else to do. Press Understood to close the issue.</translation>
    </message>
    <message>
        <source>Agree another time with the subscriber and book one of the free slots below (↑ ↓ to choose, Enter to book): this booking is cancelled and the new one is sent to head office. Or cancel the booking.</source>
        <translation>Agree another time with the subscriber and book one of the free slots below (↑ ↓ to choose, Enter to book): this booking is cancelled and the new one is sent to head office. Or cancel the booking.</translation>
    </message>
    <message>
        <source>Head office offered no free slot. Cancel the booking and book another day with the subscriber on the Director&apos;s reception page.</source>
        <translation>Head office offered no free slot. Cancel the booking and book another day with the subscriber on the Director&apos;s reception page.</translation>
    </message>
    <message>
        <source>Head office refused the change: {reason}</source>
        <translation>Head office refused the change: {reason}</translation>
    </message>
    <message>
        <source>Nothing: head office did not take this new record, so it exists only in this office. What was entered is in the table below.</source>
        <translation>Nothing: head office did not take this new record, so it exists only in this office. What was entered is in the table below.</translation>
    </message>
    <message>
        <source>Its own values; the change made here was not applied. The values now in force are in the table below.</source>
        <translation>Its own values; the change made here was not applied. The values now in force are in the table below.</translation>
    </message>
    <message>
        <source>Nothing was lost but this change. If it is still needed, make it again in a way head office accepts, or ask a senior clerk. Then press Understood.</source>
        <translation>Nothing was lost but this change. If it is still needed, make it again in a way head office accepts, or ask a senior clerk. Then press Understood.</translation>
    </message>
    <message>
        <source>The same fields were edited later at another office or at head office. The later edit was kept and this office&apos;s edit was overridden.</source>
        <translation>The same fields were edited later at another office or at head office. The later edit was kept and this office&apos;s edit was overridden.</translation>
    </message>
    <message>
        <source>The later value, shown in the table below beside yours.</source>
        <translation>The later value, shown in the table below beside yours.</translation>
    </message>
    <message>
        <source>Check with the subscriber which value is right. Keep head office&apos;s value, or enter yours again: it is saved as a new change and sent at the next sync.</source>
        <translation>Check with the subscriber which value is right. Keep head office&apos;s value, or enter yours again: it is saved as a new change and sent at the next sync.</translation>
    </message>
    <message>
        <source>Your value is no longer kept in this office, so it cannot be entered again from here. If it is right, enter it on the record once more; then press Keep head office&apos;s value to close the issue.</source>
        <translation>Your value is no longer kept in this office, so it cannot be entered again from here. If it is right, enter it on the record once more; then press Keep head office&apos;s value to close the issue.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock was far ahead of head office&apos;s when the change was made. Head office accepted the change but stamped it with its own time.</source>
        <translation>This computer&apos;s clock was far ahead of head office&apos;s when the change was made. Head office accepted the change but stamped it with its own time.</translation>
    </message>
    <message>
        <source>The change, with head office&apos;s time.</source>
        <translation>The change, with head office&apos;s time.</translation>
    </message>
    <message>
        <source>Set this computer&apos;s date, time and time zone right (in Windows: Settings → Time and language → Date and time → Set time automatically), or ask the administrator. Wrong clocks make later edits lose to older ones. Then press Understood.</source>
        <translation>Set this computer&apos;s date, time and time zone right (in Windows: Settings → Time and language → Date and time → Set time automatically), or ask the administrator. Wrong clocks make later edits lose to older ones. Then press Understood.</translation>
    </message>
    <message>
        <source>A record sent by head office clashes with a record of this office (for example the same number twice), so it could not be stored here.</source>
        <translation>A record sent by head office clashes with a record of this office (for example the same number twice), so it could not be stored here.</translation>
    </message>
    <message>
        <source>Its record; this office keeps its own.</source>
        <translation>Its record; this office keeps its own.</translation>
    </message>
    <message>
        <source>Tell the administrator, who can compare the two records. Press Understood once it is dealt with.</source>
        <translation>Tell the administrator, who can compare the two records. Press Understood once it is dealt with.</translation>
    </message>
    <message>
        <source>&amp;Values (kept and overridden):</source>
        <translation>&amp;Values (kept and overridden):</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kept (in force)</source>
        <translation>Kept (in force)</translation>
    </message>
    <message>
        <source>Yours (overridden)</source>
        <translation>Yours (overridden)</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Values:</translation>
    </message>
    <message>
        <source>Value in force here</source>
        <translation>Value in force here</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Your change</translation>
    </message>
    <message>
        <source>Entered here</source>
        <translation>Entered here</translation>
    </message>
    <message>
        <source>(no longer kept here)</source>
        <translation>(no longer kept here)</translation>
    </message>
    <message>
        <source>↑ ↓ choose a slot · Enter books it · Alt+C cancels the booking</source>
        <translation>↑ ↓ choose a slot · Enter books it · Alt+C cancels the booking</translation>
    </message>
    <message>
        <source>Alt+V goes to the values</source>
        <translation>Alt+V goes to the values</translation>
    </message>
    <message>
        <source>Alt+K keeps head office&apos;s value · Alt+E enters yours again</source>
        <translation>Alt+K keeps head office&apos;s value · Alt+E enters yours again</translation>
    </message>
    <message>
        <source>Alt+U: understood</source>
        <translation>Alt+U: understood</translation>
    </message>
    <message>
        <source>Esc closes and leaves the issue open</source>
        <translation>Esc closes and leaves the issue open</translation>
    </message>
    <message>
        <source>The issue could not be resolved; nothing was changed. Try again.</source>
        <translation>The issue could not be resolved; nothing was changed. Try again.</translation>
    </message>
    <message>
        <source>Booked {when} for {who}; head office confirms it at the next sync.</source>
        <translation>Booked {when} for {who}; head office confirms it at the next sync.</translation>
    </message>
    <message>
        <source>Cancel the booking of {who} with {director} on {when}?</source>
        <translation>Cancel the booking of {who} with {director} on {when}?</translation>
    </message>
    <message>
        <source>The booking of {who} was cancelled.</source>
        <translation>The booking of {who} was cancelled.</translation>
    </message>
    <message>
        <source>The issue was marked as resolved.</source>
        <translation>The issue was marked as resolved.</translation>
    </message>
    <message>
        <source>Your value was entered again; it is sent at the next sync.</source>
        <translation>Your value was entered again; it is sent at the next sync.</translation>
    </message>
    <message>
        <source>Sync issue</source>
        <translation>Sync issue</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>What happened:</translation>
    </message>
    <message>
        <source>Head office kept:</source>
        <translation>Head office kept:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>What you can do:</translation>
    </message>
    <message>
        <source>&amp;Free slots head office offered:</source>
        <translation>&amp;Free slots head office offered:</translation>
    </message>
    <message>
        <source>Value now in force</source>
        <translation>Value now in force</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <source>&amp;Book the selected slot</source>
        <translation>&amp;Book the selected slot</translation>
    </message>
    <message>
        <source>Cancel this booking and book the same subscriber with the same director at the chosen slot (Enter in the list)</source>
        <translation>Cancel this booking and book the same subscriber with the same director at the chosen slot (Enter in the list)</translation>
    </message>
    <message>
        <source>&amp;Cancel the booking</source>
        <translation>&amp;Cancel the booking</translation>
    </message>
    <message>
        <source>Cancel this booking without booking another slot</source>
        <translation>Cancel this booking without booking another slot</translation>
    </message>
    <message>
        <source>&amp;Keep head office&apos;s value</source>
        <translation>&amp;Keep head office&apos;s value</translation>
    </message>
    <message>
        <source>Leave the value head office kept and close the issue</source>
        <translation>Leave the value head office kept and close the issue</translation>
    </message>
    <message>
        <source>&amp;Enter mine again</source>
        <translation>&amp;Enter mine again</translation>
    </message>
    <message>
        <source>Enter your value again as a new change; it is sent at the next sync</source>
        <translation>Enter your value again as a new change; it is sent at the next sync</translation>
    </message>
    <message>
        <source>&amp;Understood</source>
        <translation>&amp;Understood</translation>
    </message>
    <message>
        <source>Close the issue: it has been read and dealt with</source>
        <translation>Close the issue: it has been read and dealt with</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close this window; the issue stays open (Esc)</source>
        <translation>Close this window; the issue stays open (Esc)</translation>
    </message>
</context>
<context>
    <name>SyncIssuesModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Booking conflict</source>
        <translation>Booking conflict</translation>
    </message>
    <message>
        <source>Refused by head office</source>
        <translation>Refused by head office</translation>
    </message>
    <message>
        <source>Overridden by a later edit</source>
        <translation>Overridden by a later edit</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong</source>
        <translation>This computer&apos;s clock is wrong</translation>
    </message>
    <message>
        <source>Could not store a record from head office</source>
        <translation>Could not store a record from head office</translation>
    </message>
    <message>
        <source>subscriber</source>
        <translation>subscriber</translation>
    </message>
    <message>
        <source>personal account</source>
        <translation>personal account</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>director&apos;s reception booking</source>
        <translation>director&apos;s reception booking</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>complaint</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>technician request</source>
        <translation>technician request</translation>
    </message>
    <message>
        <source>package change</source>
        <translation>package change</translation>
    </message>
    <message>
        <source>acc. {number}</source>
        <translation>acc. {number}</translation>
    </message>
    <message>
        <source>The slot was taken by another office first. Free slots: {slots}</source>
        <translation>The slot was taken by another office first. Free slots: {slots}</translation>
    </message>
    <message>
        <source>The slot was taken by another office first.</source>
        <translation>The slot was taken by another office first.</translation>
    </message>
    <message>
        <source>A later change made elsewhere was kept for: {fields}</source>
        <translation>A later change made elsewhere was kept for: {fields}</translation>
    </message>
    <message>
        <source>The change was kept with head office&apos;s time; check the clock.</source>
        <translation>The change was kept with head office&apos;s time; check the clock.</translation>
    </message>
    <message>
        <source>This office may not change records of directorate {scope}.</source>
        <translation>This office may not change records of directorate {scope}.</translation>
    </message>
    <message>
        <source>Head office refused the change; open the issue to see why.</source>
        <translation>Head office refused the change; open the issue to see why.</translation>
    </message>
    <message>
        <source>Open the selected sync issue</source>
        <translation>Open the selected sync issue</translation>
    </message>
    <message>
        <source>Sync with head office now</source>
        <translation>Sync with head office now</translation>
    </message>
    <message>
        <source>Head office has received the changes.</source>
        <translation>Head office has received the changes.</translation>
    </message>
    <message>
        <source>not connected (run: receptionapp sync --server URL --token T)</source>
        <translation>not connected (run: receptionapp sync --server URL --token T)</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <source>online ({server})</source>
        <translation>online ({server})</translation>
    </message>
    <message>
        <source>offline; changes are kept and sent later</source>
        <translation>offline; changes are kept and sent later</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} ({conflicts})</source>
        <translation>{count} ({conflicts})</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>Head office: {online} · last sync {last} · {pending} pending · {conflicts}</source>
        <translation>Head office: {online} · last sync {last} · {pending} pending · {conflicts}</translation>
    </message>
    <message>
        <source>The issue was marked as resolved.</source>
        <translation>The issue was marked as resolved.</translation>
    </message>
    <message>
        <source>Synchronisation with head office</source>
        <translation>Synchronisation with head office</translation>
    </message>
    <message>
        <source>Head office:</source>
        <translation>Head office:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Last successful sync:</translation>
    </message>
    <message>
        <source>Changes waiting to be sent:</source>
        <translation>Changes waiting to be sent:</translation>
    </message>
    <message>
        <source>Open sync issues:</source>
        <translation>Open sync issues:</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>Send this office&apos;s changes to head office and fetch theirs now</source>
        <translation>Send this office&apos;s changes to head office and fetch theirs now</translation>
    </message>
    <message>
        <source>Sync issues: conflicts, refused changes, overridden edits</source>
        <translation>Sync issues: conflicts, refused changes, overridden edits</translation>
    </message>
    <message>
        <source>Show reso&amp;lved</source>
        <translation>Show reso&amp;lved</translation>
    </message>
    <message>
        <source>Also list the issues already resolved (Alt+L)</source>
        <translation>Also list the issues already resolved (Alt+L)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>What happened, what head office kept and what you can do (Enter)</source>
        <translation>What happened, what head office kept and what you can do (Enter)</translation>
    </message>
    <message>
        <source>Close the issue without changing anything (Alt+R)</source>
        <translation>Close the issue without changing anything (Alt+R)</translation>
    </message>
    <message>
        <source>↑ ↓ choose an issue · Enter opens it · Alt+R marks it resolved · Alt+L shows resolved ones too · F5 syncs now</source>
        <translation>↑ ↓ choose an issue · Enter opens it · Alt+R marks it resolved · Alt+L shows resolved ones too · F5 syncs now</translation>
    </message>
    <message>
        <source>Mark as &amp;resolved</source>
        <translation>Mark as &amp;resolved</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>pending connection</source>
        <translation>pending connection</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspended</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>private person</source>
        <translation>private person</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>home</source>
        <translation>home</translation>
    </message>
    <message>
        <source>CDMA</source>
        <translation>CDMA</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>has none</source>
        <translation>has none</translation>
    </message>
    <message>
        <source>asked later</source>
        <translation>asked later</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>at the office</source>
        <translation>at the office</translation>
    </message>
    <message>
        <source>on the forum</source>
        <translation>on the forum</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>by e-mail</translation>
    </message>
    <message>
        <source>helped by phone</source>
        <translation>helped by phone</translation>
    </message>
    <message>
        <source>request to a technician</source>
        <translation>request to a technician</translation>
    </message>
    <message>
        <source>complaint registered</source>
        <translation>complaint registered</translation>
    </message>
    <message>
        <source>referred to a reception point</source>
        <translation>referred to a reception point</translation>
    </message>
    <message>
        <source>booked with the director</source>
        <translation>booked with the director</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>connection</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>repair</translation>
    </message>
    <message>
        <source>service connection</source>
        <translation>service connection</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>assigned to a technician</source>
        <translation>assigned to a technician</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>awaiting confirmation</source>
        <translation>awaiting confirmation</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>slot conflict</source>
        <translation>slot conflict</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>attended</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>did not come</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The database cannot be used right now.</source>
        <translation>The database cannot be used right now.</translation>
    </message>
    <message>
        <source>The database is busy with another task. Wait a moment and try again.</source>
        <translation>The database is busy with another task. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>The disk holding the database is full, so nothing was saved. Free some space and try again.</source>
        <translation>The disk holding the database is full, so nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written: the file or its folder is read-only. Ask your administrator to allow writing there.</source>
        <translation>The database {path} cannot be written: the file or its folder is read-only. Ask your administrator to allow writing there.</translation>
    </message>
    <message>
        <source>The file {path} is not a ReceptionApp database or it is damaged. Nothing was changed in it. Restore the database from a backup.</source>
        <translation>The file {path} is not a ReceptionApp database or it is damaged. Nothing was changed in it. Restore the database from a backup.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: its folder is missing or there is no permission to use it.</source>
        <translation>The database {path} cannot be opened: its folder is missing or there is no permission to use it.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Choose another file or create a new database.</source>
        <translation>There is no database at {path}. Choose another file or create a new database.</translation>
    </message>
    <message>
        <source>The database {path} was made by an older version of ReceptionApp and must be updated first.</source>
        <translation>The database {path} was made by an older version of ReceptionApp and must be updated first.</translation>
    </message>
    <message>
        <source>This database is already open in another ReceptionApp window. Switch to that window, or close it and try again.</source>
        <translation>This database is already open in another ReceptionApp window. Switch to that window, or close it and try again.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of ReceptionApp (schema {version}; this version knows {known}). Nothing was changed in it. Update ReceptionApp to open it.</source>
        <translation>The database {path} was written by a newer version of ReceptionApp (schema {version}; this version knows {known}). Nothing was changed in it. Update ReceptionApp to open it.</translation>
    </message>
    <message>
        <source>The database {path} reported an error. Try again; if it repeats, restart.</source>
        <translation>The database {path} reported an error. Try again; if it repeats, restart.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <source>This user is disabled. Ask your administrator to enable it.</source>
        <translation>This user is disabled. Ask your administrator to enable it.</translation>
    </message>
    <message>
        <source>The login must be one word without spaces.</source>
        <translation>The login must be one word without spaces.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s full name.</source>
        <translation>Enter the user&apos;s full name.</translation>
    </message>
    <message>
        <source>Unknown role: {role}.</source>
        <translation>Unknown role: {role}.</translation>
    </message>
    <message>
        <source>The password must have at least {min} characters.</source>
        <translation>The password must have at least {min} characters.</translation>
    </message>
    <message>
        <source>The login {login} is already taken.</source>
        <translation>The login {login} is already taken.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>“{text}” is not a phone number.</translation>
    </message>
    <message>
        <source>There is no such phone number: “{text}” has an unknown operator or area code.</source>
        <translation>There is no such phone number: “{text}” has an unknown operator or area code.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount in hryvnias (for example 125.50).</source>
        <translation>“{text}” is not an amount in hryvnias (for example 125.50).</translation>
    </message>
    <message>
        <source>Head office is unreachable. Work goes on: changes are kept here and sent when the connection is back.</source>
        <translation>Head office is unreachable. Work goes on: changes are kept here and sent when the connection is back.</translation>
    </message>
    <message>
        <source>Head office has revoked this office: it can no longer sync. The data here stays. Ask the administrator for a new enrollment token.</source>
        <translation>Head office has revoked this office: it can no longer sync. The data here stays. Ask the administrator for a new enrollment token.</translation>
    </message>
    <message>
        <source>Head office does not accept this office&apos;s credential. Ask the administrator for a new enrollment token.</source>
        <translation>Head office does not accept this office&apos;s credential. Ask the administrator for a new enrollment token.</translation>
    </message>
    <message>
        <source>No head office is set up for this office yet. Ask the administrator.</source>
        <translation>No head office is set up for this office yet. Ask the administrator.</translation>
    </message>
    <message>
        <source>This office is not enrolled with head office yet. Ask the administrator.</source>
        <translation>This office is not enrolled with head office yet. Ask the administrator.</translation>
    </message>
    <message>
        <source>Head office now needs a newer version of ReceptionApp. Your changes are kept here and will be sent once ReceptionApp is updated; ask the administrator to update it.</source>
        <translation>Head office now needs a newer version of ReceptionApp. Your changes are kept here and will be sent once ReceptionApp is updated; ask the administrator to update it.</translation>
    </message>
    <message>
        <source>Head office was restored from a backup older than this office keeps its sent changes (30 days), so some of them cannot be sent again. Nothing here was deleted; ask the administrator to restore a newer head-office backup.</source>
        <translation>Head office was restored from a backup older than this office keeps its sent changes (30 days), so some of them cannot be sent again. Nothing here was deleted; ask the administrator to restore a newer head-office backup.</translation>
    </message>
    <message>
        <source>This value cannot be entered again from here; change it on the record.</source>
        <translation>This value cannot be entered again from here; change it on the record.</translation>
    </message>
    <message>
        <source>The record is no longer in this office&apos;s database, so nothing was changed.</source>
        <translation>The record is no longer in this office&apos;s database, so nothing was changed.</translation>
    </message>
    <message>
        <source>This version of ReceptionApp does not know that kind of record.</source>
        <translation>This version of ReceptionApp does not know that kind of record.</translation>
    </message>
    <message>
        <source>That slot has been booked here in the meantime. Choose another slot.</source>
        <translation>That slot has been booked here in the meantime. Choose another slot.</translation>
    </message>
    <message>
        <source>The booking is already cancelled or the reception has taken place; it cannot be changed.</source>
        <translation>The booking is already cancelled or the reception has taken place; it cannot be changed.</translation>
    </message>
    <message>
        <source>The booking is no longer in this office&apos;s database.</source>
        <translation>The booking is no longer in this office&apos;s database.</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time of a reception slot.</source>
        <translation>“{text}” is not a date and time of a reception slot.</translation>
    </message>
    <message>
        <source>Head office refused the exchange. Changes are kept here; the details are in the tooltip for the administrator.</source>
        <translation>Head office refused the exchange. Changes are kept here; the details are in the tooltip for the administrator.</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>The operation failed.</translation>
    </message>
    <message>
        <source>The data entered is not valid.</source>
        <translation>The data entered is not valid.</translation>
    </message>
    <message>
        <source>Such a record already exists.</source>
        <translation>Such a record already exists.</translation>
    </message>
    <message>
        <source>The record was not found; it may have been removed.</source>
        <translation>The record was not found; it may have been removed.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
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
        <translation>ReceptionApp: warning</translation>
    </message>
    <message>
        <source>ReceptionApp: error</source>
        <translation>ReceptionApp: error</translation>
    </message>
    <message>
        <source>ReceptionApp: something went wrong</source>
        <translation>ReceptionApp: something went wrong</translation>
    </message>
    <message>
        <source>About ReceptionApp</source>
        <translation>About ReceptionApp</translation>
    </message>
</context>
<context>
    <name>reconcile</name>
    <message>
        <source>Home</source>
        <extracomment>Data role of the phone id behind a row. Data role of the whole :class:`~receptionapp.db.phones.PhoneEntry` behind a row. How long typing must pause before the number is checked against the database.</extracomment>
        <translation>Home</translation>
    </message>
    <message>
        <source>CDMA</source>
        <translation>CDMA</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <source>Not the subscriber&apos;s</source>
        <translation>Not the subscriber&apos;s</translation>
    </message>
    <message>
        <source>Other (say why in the comment)</source>
        <translation>Other (say why in the comment)</translation>
    </message>
    <message>
        <source>Resolved to a number already there</source>
        <translation>Resolved to a number already there</translation>
    </message>
    <message>
        <source>Type a phone number.</source>
        <translation>Type a phone number.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: type digits (spaces, dashes and brackets are fine).</source>
        <translation>“{text}” is not a phone number: type digits (spaces, dashes and brackets are fine).</translation>
    </message>
    <message>
        <source>“{text}” has too few digits for a phone number.</source>
        <translation>“{text}” has too few digits for a phone number.</translation>
    </message>
    <message>
        <source>“{text}” has too many digits for one phone number.</source>
        <translation>“{text}” has too many digits for one phone number.</translation>
    </message>
    <message>
        <source>“{text}”: there is no such operator or area code.</source>
        <translation>“{text}”: there is no such operator or area code.</translation>
    </message>
    <message>
        <source>“{text}” is a local number: type it with its area code (the subscriber&apos;s accounts are not all in one city).</source>
        <translation>“{text}” is a local number: type it with its area code (the subscriber&apos;s accounts are not all in one city).</translation>
    </message>
    <message>
        <source>There are {count} numbers here: {numbers}. Add them one at a time.</source>
        <translation>There are {count} numbers here: {numbers}. Add them one at a time.</translation>
    </message>
    <message>
        <source>Unknown kind of number: {kind}.</source>
        <translation>Unknown kind of number: {kind}.</translation>
    </message>
    <message>
        <source>The note is too long: at most {max} characters.</source>
        <translation>The note is too long: at most {max} characters.</translation>
    </message>
    <message>
        <source>The comment is too long: at most {max} characters.</source>
        <translation>The comment is too long: at most {max} characters.</translation>
    </message>
    <message>
        <source>Choose why the number is retired.</source>
        <translation>Choose why the number is retired.</translation>
    </message>
    <message>
        <source>Say in the comment why the number is retired.</source>
        <translation>Say in the comment why the number is retired.</translation>
    </message>
    <message>
        <source>The number is already in the history.</source>
        <translation>The number is already in the history.</translation>
    </message>
    <message>
        <source>The number is not in the history.</source>
        <translation>The number is not in the history.</translation>
    </message>
    <message>
        <source>The number is in the history: restore it first.</source>
        <translation>The number is in the history: restore it first.</translation>
    </message>
    <message>
        <source>This is text from billing, not a number: press Enter to type the number it means, or Delete to retire it.</source>
        <translation>This is text from billing, not a number: press Enter to type the number it means, or Delete to retire it.</translation>
    </message>
    <message>
        <source>This text has already been resolved.</source>
        <translation>This text has already been resolved.</translation>
    </message>
    <message>
        <source>These are not the subscriber&apos;s accounts: {accounts}.</source>
        <translation>These are not the subscriber&apos;s accounts: {accounts}.</translation>
    </message>
    <message>
        <source>The number was not found: it may have been changed meanwhile.</source>
        <translation>The number was not found: it may have been changed meanwhile.</translation>
    </message>
    <message>
        <source>{display} needs your confirmation; it was not saved.</source>
        <translation>{display} needs your confirmation; it was not saved.</translation>
    </message>
    <message>
        <source>The subscriber was not found: the card may be out of date.</source>
        <translation>The subscriber was not found: the card may be out of date.</translation>
    </message>
    <message>
        <source>A number of this kind is attached ({numbers}). If it is no longer true, retire it first.</source>
        <translation>A number of this kind is attached ({numbers}). If it is no longer true, retire it first.</translation>
    </message>
    <message>
        <source>Only home, CDMA and mobile numbers are required.</source>
        <translation>Only home, CDMA and mobile numbers are required.</translation>
    </message>
    <message>
        <source>Unknown answer: {answer}.</source>
        <translation>Unknown answer: {answer}.</translation>
    </message>
    <message>
        <source>Billing text that is not a number is still in the list ({texts}): resolve it (Enter) or retire it (Delete) first.</source>
        <translation>Billing text that is not a number is still in the list ({texts}): resolve it (Enter) or retire it (Delete) first.</translation>
    </message>
    <message>
        <source>Ask the subscriber for their {kinds} number first. If they have none, press “Has none”; if they cannot say now, press “Later”.</source>
        <translation>Ask the subscriber for their {kinds} number first. If they have none, press “Has none”; if they cannot say now, press “Later”.</translation>
    </message>
    <message>
        <source>Reconcile &amp;phones</source>
        <translation>Reconcile &amp;phones</translation>
    </message>
    <message>
        <source>Go through the subscriber&apos;s numbers with them (F6)</source>
        <translation>Go through the subscriber&apos;s numbers with them (F6)</translation>
    </message>
</context>
</TS>
