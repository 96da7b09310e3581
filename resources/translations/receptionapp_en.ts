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
    <name>PlaceholderPage</name>
    <message>
        <source>This part of the application is not built yet.</source>
        <translation>This part of the application is not built yet.</translation>
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
</TS>
