<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kontakt</source>
        <translation>About Kontakt</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kontakt {version}&lt;/h2&gt;&lt;p&gt;For the ICT contacts of the municipalities served by IKT Nordhordland: ring patterns, contact checks, phone models, test checklists and change requests.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kontakt {version}&lt;/h2&gt;&lt;p&gt;For the ICT contacts of the municipalities served by IKT Nordhordland: ring patterns, contact checks, phone models, test checklists and change requests.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Kontakt is built on these libraries:</source>
        <translation>Kontakt is built on these libraries:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>No display was found, so the window cannot open. The commands work without one: see kontakt --help. To open the window without a screen anyway (for tests), set QT_QPA_PLATFORM=offscreen.</source>
        <translation>No display was found, so the window cannot open. The commands work without one: see kontakt --help. To open the window without a screen anyway (for tests), set QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>Something went wrong while opening the database: {problem}</source>
        <translation>Something went wrong while opening the database: {problem}</translation>
    </message>
    <message>
        <source>Kontakt cannot start</source>
        <translation>Kontakt cannot start</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>show this help and exit</translation>
    </message>
    <message>
        <source>Kontakt for the ICT contact: ring patterns, contacts and change requests. Without a subcommand, the main window opens.</source>
        <translation>Kontakt for the ICT contact: ring patterns, contacts and change requests. Without a subcommand, the main window opens.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <source>database URL (SQLAlchemy form); default: the environment variable KONTAKT_DB_URL, else a file in your user data folder</source>
        <translation>database URL (SQLAlchemy form); default: the environment variable KONTAKT_DB_URL, else a file in your user data folder</translation>
    </message>
    <message>
        <source>the municipality to work for, by its number, when the database holds several (default: the one last used)</source>
        <translation>the municipality to work for, by its number, when the database holds several (default: the one last used)</translation>
    </message>
    <message>
        <source>start with an empty database instead of loading the demo municipality</source>
        <translation>start with an empty database instead of loading the demo municipality</translation>
    </message>
    <message>
        <source>language of the texts (default: your setting, else the system&apos;s)</source>
        <translation>language of the texts (default: your setting, else the system&apos;s)</translation>
    </message>
    <message>
        <source>a municipality number is four digits (e.g. 4631): {value}</source>
        <translation>a municipality number is four digits (e.g. 4631): {value}</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
</context>
<context>
    <name>ContactAudit</name>
    <message>
        <source>Contact check for {municipality}</source>
        <translation>Contact check for {municipality}</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Employee ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(no department)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Source file</translation>
    </message>
    <message>
        <source>Date of the check</source>
        <translation>Date of the check</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Findings by severity</translation>
    </message>
    <message>
        <source>Findings by code</source>
        <translation>Findings by code</translation>
    </message>
    <message>
        <source>Not checked (no column or no input for them)</source>
        <translation>Not checked (no column or no input for them)</translation>
    </message>
</context>
<context>
    <name>ContactCodes</name>
    <message>
        <source>Duplicate employee ID</source>
        <translation>Duplicate employee ID</translation>
    </message>
    <message>
        <source>Missing employee ID</source>
        <translation>Missing employee ID</translation>
    </message>
    <message>
        <source>Missing mobile</source>
        <translation>Missing mobile</translation>
    </message>
    <message>
        <source>Missing e-mail</source>
        <translation>Missing e-mail</translation>
    </message>
    <message>
        <source>Invalid phone number</source>
        <translation>Invalid phone number</translation>
    </message>
    <message>
        <source>Wrong phone type</source>
        <translation>Wrong phone type</translation>
    </message>
    <message>
        <source>Invalid e-mail</source>
        <translation>Invalid e-mail</translation>
    </message>
    <message>
        <source>Foreign e-mail domain</source>
        <translation>Foreign e-mail domain</translation>
    </message>
    <message>
        <source>Shared phone number</source>
        <translation>Shared phone number</translation>
    </message>
    <message>
        <source>Shared e-mail</source>
        <translation>Shared e-mail</translation>
    </message>
    <message>
        <source>Unreadable date</source>
        <translation>Unreadable date</translation>
    </message>
    <message>
        <source>Ended, still in a ring pattern</source>
        <translation>Ended, still in a ring pattern</translation>
    </message>
    <message>
        <source>Ended, still has a number</source>
        <translation>Ended, still has a number</translation>
    </message>
    <message>
        <source>Ring-pattern member not in HRM</source>
        <translation>Ring-pattern member not in HRM</translation>
    </message>
    <message>
        <source>Differs from the directory</source>
        <translation>Differs from the directory</translation>
    </message>
    <message>
        <source>Not in the directory</source>
        <translation>Not in the directory</translation>
    </message>
</context>
<context>
    <name>ContactCommand</name>
    <message>
        <source>check an HRM export&apos;s contact details against the telephony directory and ring patterns</source>
        <translation>check an HRM export&apos;s contact details against the telephony directory and ring patterns</translation>
    </message>
    <message>
        <source>the HRM export (CSV or XLSX)</source>
        <translation>the HRM export (CSV or XLSX)</translation>
    </message>
    <message>
        <source>the sheet of an XLSX file (default: the first)</source>
        <translation>the sheet of an XLSX file (default: the first)</translation>
    </message>
    <message>
        <source>read FIELD from the column HEADER (repeatable; FIELD= leaves the field out)</source>
        <translation>read FIELD from the column HEADER (repeatable; FIELD= leaves the field out)</translation>
    </message>
    <message>
        <source>the telephony directory (CSV: number;type;employee_id;name;site)</source>
        <translation>the telephony directory (CSV: number;type;employee_id;name;site)</translation>
    </message>
    <message>
        <source>a ring-pattern file (repeatable)</source>
        <translation>a ring-pattern file (repeatable)</translation>
    </message>
    <message>
        <source>an e-mail domain of the municipality (repeatable)</source>
        <translation>an e-mail domain of the municipality (repeatable)</translation>
    </message>
    <message>
        <source>the date that decides who has left (default: today)</source>
        <translation>the date that decides who has left (default: today)</translation>
    </message>
    <message>
        <source>write the findings as JSON to PATH (- for standard output)</source>
        <translation>write the findings as JSON to PATH (- for standard output)</translation>
    </message>
    <message>
        <source>write the Excel audit to PATH</source>
        <translation>write the Excel audit to PATH</translation>
    </message>
    <message>
        <source>exit with 1 when a finding is at least this serious</source>
        <translation>exit with 1 when a finding is at least this serious</translation>
    </message>
    <message>
        <source>From the database of {municipality}: {what}</source>
        <translation>From the database of {municipality}: {what}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>number register ({count} numbers)</source>
        <translation>number register ({count} numbers)</translation>
    </message>
    <message>
        <source>ring patterns ({count})</source>
        <translation>ring patterns ({count})</translation>
    </message>
    <message>
        <source>e-mail domains ({domains})</source>
        <translation>e-mail domains ({domains})</translation>
    </message>
    <message>
        <source>{file}: {rows} rows read.</source>
        <translation>{file}: {rows} rows read.</translation>
    </message>
    <message>
        <source>Findings: {errors} errors, {warnings} warnings, {infos} for information.</source>
        <translation>Findings: {errors} errors, {warnings} warnings, {infos} for information.</translation>
    </message>
    <message>
        <source>Not checked (no column or no input for them): {codes}</source>
        <translation>Not checked (no column or no input for them): {codes}</translation>
    </message>
</context>
<context>
    <name>ContactErrors</name>
    <message>
        <source>{file}: the file cannot be read ({reason}).</source>
        <translation>{file}: the file cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>{file}: the file is empty.</source>
        <translation>{file}: the file is empty.</translation>
    </message>
    <message>
        <source>{file}: this is not a CSV or Excel (XLSX) file: it holds binary data.</source>
        <translation>{file}: this is not a CSV or Excel (XLSX) file: it holds binary data.</translation>
    </message>
    <message>
        <source>{file}: the file has a header row but no data rows.</source>
        <translation>{file}: the file has a header row but no data rows.</translation>
    </message>
    <message>
        <source>{file}, row {row}: the row has {cells} cells but the header has only {columns} columns.</source>
        <translation>{file}, row {row}: the row has {cells} cells but the header has only {columns} columns.</translation>
    </message>
    <message>
        <source>{file}, row {row}: the CSV cannot be read ({reason}).</source>
        <translation>{file}, row {row}: the CSV cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>{file}: refused: the workbook would unpack to {size} MB (member {member}, compressed {ratio} times); a real HRM export is far smaller.</source>
        <translation>{file}: refused: the workbook would unpack to {size} MB (member {member}, compressed {ratio} times); a real HRM export is far smaller.</translation>
    </message>
    <message>
        <source>{file}: the workbook cannot be read ({reason}).</source>
        <translation>{file}: the workbook cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>{file}: there is no sheet &quot;{sheet}&quot;; the sheets are: {sheets}.</source>
        <translation>{file}: there is no sheet &quot;{sheet}&quot;; the sheets are: {sheets}.</translation>
    </message>
    <message>
        <source>{file}: no column for the required field &quot;{field}&quot;; the headers found are: {headers}.</source>
        <translation>{file}: no column for the required field &quot;{field}&quot;; the headers found are: {headers}.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; is not a field of the contact check; the fields are: {fields}.</source>
        <translation>&quot;{field}&quot; is not a field of the contact check; the fields are: {fields}.</translation>
    </message>
    <message>
        <source>{file}: the field &quot;{field}&quot; is mapped to the column &quot;{header}&quot;, which is not in the file; the headers found are: {headers}.</source>
        <translation>{file}: the field &quot;{field}&quot; is mapped to the column &quot;{header}&quot;, which is not in the file; the headers found are: {headers}.</translation>
    </message>
    <message>
        <source>&quot;{option}&quot; is not of the form FIELD=HEADER.</source>
        <translation>&quot;{option}&quot; is not of the form FIELD=HEADER.</translation>
    </message>
    <message>
        <source>{file}: the telephony directory must have the header {expected}; it has {found}.</source>
        <translation>{file}: the telephony directory must have the header {expected}; it has {found}.</translation>
    </message>
    <message>
        <source>{file}, row {row}, column type: &quot;{value}&quot; is not a number type (mobile, desk, softphone, function).</source>
        <translation>{file}, row {row}, column type: &quot;{value}&quot; is not a number type (mobile, desk, softphone, function).</translation>
    </message>
    <message>
        <source>{file}, row {row}: the row has {cells} cells; the directory has 5 columns.</source>
        <translation>{file}, row {row}: the row has {cells} cells; the directory has 5 columns.</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Employee ID</source>
        <translation>Employee ID</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Work phone</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
</context>
<context>
    <name>ContactFindings</name>
    <message>
        <source>Employee ID {value} is on more than one row: rows {rows}.</source>
        <translation>Employee ID {value} is on more than one row: rows {rows}.</translation>
    </message>
    <message>
        <source>The row has no employee ID.</source>
        <translation>The row has no employee ID.</translation>
    </message>
    <message>
        <source>An active employee has no mobile number.</source>
        <translation>An active employee has no mobile number.</translation>
    </message>
    <message>
        <source>An active employee has no e-mail address.</source>
        <translation>An active employee has no e-mail address.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid phone number.</source>
        <translation>&quot;{value}&quot; is not a valid phone number.</translation>
    </message>
    <message>
        <source>{value} is a landline number but is given as the mobile number.</source>
        <translation>{value} is a landline number but is given as the mobile number.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>&quot;{value}&quot; is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>The e-mail domain {domain} is not one of the municipality&apos;s domains ({domains}).</source>
        <translation>The e-mail domain {domain} is not one of the municipality&apos;s domains ({domains}).</translation>
    </message>
    <message>
        <source>{e164} is also the number of employee {others}.</source>
        <translation>{e164} is also the number of employee {others}.</translation>
    </message>
    <message>
        <source>{value} is also the e-mail address of employee {others}.</source>
        <translation>{value} is also the e-mail address of employee {others}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date (write YYYY-MM-DD or DD.MM.YYYY); the employee is taken as active.</source>
        <translation>&quot;{value}&quot; is not a date (write YYYY-MM-DD or DD.MM.YYYY); the employee is taken as active.</translation>
    </message>
    <message>
        <source>The employment ended {value}, but the employee is still member {member} of ring pattern {pattern}.</source>
        <translation>The employment ended {value}, but the employee is still member {member} of ring pattern {pattern}.</translation>
    </message>
    <message>
        <source>The employment ended {end_date}, but the telephony directory still has {value} for the employee.</source>
        <translation>The employment ended {end_date}, but the telephony directory still has {value} for the employee.</translation>
    </message>
    <message>
        <source>Member {member} ({name}) of ring pattern {pattern} has employee ID {value}, which is not in the HRM export.</source>
        <translation>Member {member} ({name}) of ring pattern {pattern} has employee ID {value}, which is not in the HRM export.</translation>
    </message>
    <message>
        <source>The HRM export has {value}; the telephony directory has {directory} for this employee.</source>
        <translation>The HRM export has {value}; the telephony directory has {directory} for this employee.</translation>
    </message>
    <message>
        <source>{value} is not in the telephony directory.</source>
        <translation>{value} is not in the telephony directory.</translation>
    </message>
    <message>
        <source>{value} is a mobile number but is given as the work phone.</source>
        <translation>{value} is a mobile number but is given as the work phone.</translation>
    </message>
</context>
<context>
    <name>ContactsWorkspace</name>
    <message>
        <source>Check the municipality&apos;s HRM export: missing and invalid numbers and e-mail addresses, duplicates, and employees who have left but are still in ring patterns or the number register.</source>
        <translation>Check the municipality&apos;s HRM export: missing and invalid numbers and e-mail addresses, duplicates, and employees who have left but are still in ring patterns or the number register.</translation>
    </message>
    <message>
        <source>&amp;Open HRM export…</source>
        <translation>&amp;Open HRM export…</translation>
    </message>
    <message>
        <source>&amp;Run check</source>
        <translation>&amp;Run check</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>Make &amp;correction request</source>
        <translation>Make &amp;correction request</translation>
    </message>
    <message>
        <source>A change request (draft) to IKTNH for the chosen finding, or for all the shown findings IKTNH must act on: ended employees in ring patterns or with numbers, and register mismatches.</source>
        <translation>A change request (draft) to IKTNH for the chosen finding, or for all the shown findings IKTNH must act on: ended employees in ring patterns or with numbers, and register mismatches.</translation>
    </message>
    <message>
        <source>No export chosen. Open one, or drag a CSV or XLSX file here.</source>
        <translation>No export chosen. Open one, or drag a CSV or XLSX file here.</translation>
    </message>
    <message>
        <source>none stored (those checks are skipped)</source>
        <translation>none stored (those checks are skipped)</translation>
    </message>
    <message>
        <source>none set (see Settings)</source>
        <translation>none set (see Settings)</translation>
    </message>
    <message>
        <source>Compared with: number register: {register} · ring patterns: {patterns} · e-mail domains: {domains}</source>
        <translation>Compared with: number register: {register} · ring patterns: {patterns} · e-mail domains: {domains}</translation>
    </message>
    <message>
        <source>Add to &amp;correction request {number}</source>
        <translation>Add to &amp;correction request {number}</translation>
    </message>
    <message>
        <source>This check already has a correction request (a draft): the chosen findings that it does not hold yet are added to it.</source>
        <translation>This check already has a correction request (a draft): the chosen findings that it does not hold yet are added to it.</translation>
    </message>
    <message>
        <source>Correction request {number} made</source>
        <translation>Correction request {number} made</translation>
    </message>
    <message>
        <source>This check&apos;s correction request holds these findings. See it under Change requests.</source>
        <translation>This check&apos;s correction request holds these findings. See it under Change requests.</translation>
    </message>
    <message>
        <source>Open HRM export</source>
        <translation>Open HRM export</translation>
    </message>
    <message>
        <source>HRM exports (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>HRM exports (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Reading {file} …</source>
        <translation>Reading {file} …</translation>
    </message>
    <message>
        <source>Choose sheet</source>
        <translation>Choose sheet</translation>
    </message>
    <message>
        <source>{file} has several sheets. Which one lists the employees?</source>
        <translation>{file} has several sheets. Which one lists the employees?</translation>
    </message>
    <message>
        <source>The check was not run.</source>
        <translation>The check was not run.</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profile not saved</translation>
    </message>
    <message>
        <source>Set up the municipality in Settings first: profiles are kept for it. The check runs with the columns you chose.</source>
        <translation>Set up the municipality in Settings first: profiles are kept for it. The check runs with the columns you chose.</translation>
    </message>
    <message>
        <source>Checking {file} …</source>
        <translation>Checking {file} …</translation>
    </message>
    <message>
        <source>Stopping …</source>
        <translation>Stopping …</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was changed.</source>
        <translation>The check was cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>The export cannot be used: {problem}</source>
        <translation>The export cannot be used: {problem}</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation>Something went wrong: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Draft change request {number} made with %n correction(s).</source>
        <translation>
            <numerusform>Draft change request {number} made with %n correction.</numerusform>
            <numerusform>Draft change request {number} made with %n corrections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) added to the draft change request {number}.</source>
        <translation>
            <numerusform>%n correction added to the draft change request {number}.</numerusform>
            <numerusform>%n corrections added to the draft change request {number}.</numerusform>
        </translation>
    </message>
    <message>
        <source>contact check {date}.xlsx</source>
        <translation>contact check {date}.xlsx</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved the audit to {path}.</source>
        <translation>Saved the audit to {path}.</translation>
    </message>
    <message>
        <source>Writing {file} …</source>
        <translation>Writing {file} …</translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln row(s): {findings}.</source>
        <translation>
            <numerusform>Checked %Ln row: {findings}.</numerusform>
            <numerusform>Checked %Ln rows: {findings}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make a draft change request to IKTNH with %n correction(s)? You approve and send it under Change requests.</source>
        <translation>
            <numerusform>Make a draft change request to IKTNH with %n correction? You approve and send it under Change requests.</numerusform>
            <numerusform>Make a draft change request to IKTNH with %n corrections? You approve and send it under Change requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n correction(s) to the draft change request {number}? You approve and send it under Change requests.</source>
        <translation>
            <numerusform>Add %n correction to the draft change request {number}? You approve and send it under Change requests.</numerusform>
            <numerusform>Add %n corrections to the draft change request {number}? You approve and send it under Change requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correction request</source>
        <translation>Correction request</translation>
    </message>
    <message>
        <source>Contact corrections from the check of {file}</source>
        <translation>Contact corrections from the check of {file}</translation>
    </message>
    <message>
        <source>Set up the municipality in Settings first: change requests are made for it.</source>
        <translation>Set up the municipality in Settings first: change requests are made for it.</translation>
    </message>
</context>
<context>
    <name>DirectoryTypes</name>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>desk phone</source>
        <translation>desk phone</translation>
    </message>
    <message>
        <source>softphone</source>
        <translation>softphone</translation>
    </message>
    <message>
        <source>shared function number</source>
        <translation>shared function number</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Employee ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;About Kontakt</source>
        <translation>&amp;About Kontakt</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <source>Opening the database …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <source>No municipality set up: open Settings</source>
        <translation>No municipality set up: open Settings</translation>
    </message>
    <message>
        <source>{name} ({number}) – demo data</source>
        <translation>{name} ({number}) – demo data</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Columns in {file}</source>
        <translation>Columns in {file}</translation>
    </message>
    <message>
        <source>Kontakt has matched the columns of the export to the fields it checks. Check the matches, and change any that are wrong. Fields without a column are not checked.</source>
        <translation>Kontakt has matched the columns of the export to the fields it checks. Check the matches, and change any that are wrong. Fields without a column are not checked.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>(not in the export)</source>
        <translation>(not in the export)</translation>
    </message>
    <message>
        <source>{field} (required)</source>
        <translation>{field} (required)</translation>
    </message>
    <message>
        <source>e.g. Visma HRM</source>
        <translation>e.g. Visma HRM</translation>
    </message>
    <message>
        <source>Save &amp;as profile:</source>
        <translation>Save &amp;as profile:</translation>
    </message>
    <message>
        <source>&amp;Run check</source>
        <translation>&amp;Run check</translation>
    </message>
    <message>
        <source>The first rows of the export:</source>
        <translation>The first rows of the export:</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}</source>
        <translation>Choose a column for: {fields}</translation>
    </message>
</context>
<context>
    <name>MunicipalitySwitcher</name>
    <message>
        <source>{name} ({number}) – demo data</source>
        <translation>{name} ({number}) – demo data</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>The municipality you work for</source>
        <translation>The municipality you work for</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>deliver approved change requests to IKTNH</source>
        <translation>deliver approved change requests to IKTNH</translation>
    </message>
    <message>
        <source>one pass over the outbox: deliver what waits</source>
        <translation>one pass over the outbox: deliver what waits</translation>
    </message>
    <message>
        <source>IKTNH&apos;s API, e.g. https://api.iktnh.example/v1</source>
        <translation>IKTNH&apos;s API, e.g. https://api.iktnh.example/v1</translation>
    </message>
    <message>
        <source>wait at most this long for retries within the pass (default: 60)</source>
        <translation>wait at most this long for retries within the pass (default: 60)</translation>
    </message>
    <message>
        <source>every change request in the outbox</source>
        <translation>every change request in the outbox</translation>
    </message>
    <message>
        <source>write JSON</source>
        <translation>write JSON</translation>
    </message>
    <message>
        <source>IKTNH&apos;s current operating notices</source>
        <translation>IKTNH&apos;s current operating notices</translation>
    </message>
    <message>
        <source>No secure keyring is available for the signing key. Install the operating system&apos;s keyring (Secret Service, macOS Keychain or Windows Credential Manager), or name a backend in PYTHON_KEYRING_BACKEND.</source>
        <translation>No secure keyring is available for the signing key. Install the operating system&apos;s keyring (Secret Service, macOS Keychain or Windows Credential Manager), or name a backend in PYTHON_KEYRING_BACKEND.</translation>
    </message>
    <message>
        <source>There is no signing key yet: make one with &apos;kontakt keys create&apos;.</source>
        <translation>There is no signing key yet: make one with &apos;kontakt keys create&apos;.</translation>
    </message>
    <message>
        <source>--api {url}: Kontakt sends only over HTTPS (plain HTTP only to this machine).</source>
        <translation>--api {url}: Kontakt sends only over HTTPS (plain HTTP only to this machine).</translation>
    </message>
    <message numerus="yes">
        <source>Delivered %n change request(s).</source>
        <translation>
            <numerusform>Delivered %n change request.</numerusform>
            <numerusform>Delivered %n change requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>From {since} to {until}</source>
        <translation>From {since} to {until}</translation>
    </message>
    <message>
        <source>Since {since}, until further notice</source>
        <translation>Since {since}, until further notice</translation>
    </message>
    <message>
        <source>{severity}: {title}. Affected: {services}. {period}. {detail}</source>
        <translation>{severity}: {title}. Affected: {services}. {period}. {detail}</translation>
    </message>
    <message>
        <source>Change request {number} refused by IKTNH: {detail}</source>
        <translation>Change request {number} refused by IKTNH: {detail}</translation>
    </message>
    <message>
        <source>Change request {number} waits in the outbox (next try {when}): {detail}</source>
        <translation>Change request {number} waits in the outbox (next try {when}): {detail}</translation>
    </message>
    <message numerus="yes">
        <source>{number}  {kind}  {state}  IKTNH: {remote}  %n attempt(s)</source>
        <translation>
            <numerusform>{number}  {kind}  {state}  IKTNH: {remote}  %n attempt</numerusform>
            <numerusform>{number}  {kind}  {state}  IKTNH: {remote}  %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Outage</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>IKTNH&apos;s status could not be read: {detail}</source>
        <translation>IKTNH&apos;s status could not be read: {detail}</translation>
    </message>
    <message>
        <source>No notices from IKTNH: everything runs as normal.</source>
        <translation>No notices from IKTNH: everything runs as normal.</translation>
    </message>
</context>
<context>
    <name>PatternCommand</name>
    <message>
        <source>ring patterns: check, simulate a call, coverage over time, compare</source>
        <translation>ring patterns: check, simulate a call, coverage over time, compare</translation>
    </message>
    <message>
        <source>write JSON for other programs</source>
        <translation>write JSON for other programs</translation>
    </message>
    <message>
        <source>ring-pattern file (.ringpattern.json)</source>
        <translation>ring-pattern file (.ringpattern.json)</translation>
    </message>
    <message>
        <source>the entry number dialled, e.g. +4756100000</source>
        <translation>the entry number dialled, e.g. +4756100000</translation>
    </message>
    <message>
        <source>check a ring pattern and list what is wrong or risky</source>
        <translation>check a ring pattern and list what is wrong or risky</translation>
    </message>
    <message>
        <source>follow one call through a ring pattern</source>
        <translation>follow one call through a ring pattern</translation>
    </message>
    <message>
        <source>local date and time of the call</source>
        <translation>local date and time of the call</translation>
    </message>
    <message>
        <source>keys the caller presses, one per voice menu, comma-separated</source>
        <translation>keys the caller presses, one per voice menu, comma-separated</translation>
    </message>
    <message>
        <source>the member who answers (default: nobody answers)</source>
        <translation>the member who answers (default: nobody answers)</translation>
    </message>
    <message>
        <source>members who are away, comma-separated</source>
        <translation>members who are away, comma-separated</translation>
    </message>
    <message>
        <source>where unanswered calls end, hour by hour, over a period</source>
        <translation>where unanswered calls end, hour by hour, over a period</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD)</source>
        <translation>first day (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>last day, included</source>
        <translation>last day, included</translation>
    </message>
    <message>
        <source>compare two versions of a ring pattern</source>
        <translation>compare two versions of a ring pattern</translation>
    </message>
    <message>
        <source>the older file</source>
        <translation>the older file</translation>
    </message>
    <message>
        <source>the newer file</source>
        <translation>the newer file</translation>
    </message>
    <message>
        <source>Errors: {errors}, warnings: {warnings}, information: {info}</source>
        <translation>Errors: {errors}, warnings: {warnings}, information: {info}</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <source>Call to {number} at {when}</source>
        <translation>Call to {number} at {when}</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>{members} rang: {result}</source>
        <translation>{members} rang: {result}</translation>
    </message>
    <message>
        <source>Answered by {member} after {seconds} s.</source>
        <translation>Answered by {member} after {seconds} s.</translation>
    </message>
    <message>
        <source>Forwarded to {number} after {seconds} s.</source>
        <translation>Forwarded to {number} after {seconds} s.</translation>
    </message>
    <message>
        <source>Outcome: {outcome} after {seconds} s.</source>
        <translation>Outcome: {outcome} after {seconds} s.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>calendar</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>node</source>
        <translation>node</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <source>Numbers affected: {numbers}</source>
        <translation>Numbers affected: {numbers}</translation>
    </message>
</context>
<context>
    <name>PatternErrors</name>
    <message>
        <source>The file is not JSON: {detail} (line {line}, column {column}).</source>
        <translation>The file is not JSON: {detail} (line {line}, column {column}).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>The file is not UTF-8 text.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>The file {file} does not exist.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {detail}.</source>
        <translation>The file {file} cannot be read: {detail}.</translation>
    </message>
    <message>
        <source>This is not a ring pattern: the format is {found}, not {expected}.</source>
        <translation>This is not a ring pattern: the format is {found}, not {expected}.</translation>
    </message>
    <message>
        <source>The ring pattern is of version {version}, made by a newer program; this one reads version {supported}.</source>
        <translation>The ring pattern is of version {version}, made by a newer program; this one reads version {supported}.</translation>
    </message>
    <message>
        <source>The version {value} is not known.</source>
        <translation>The version {value} is not known.</translation>
    </message>
    <message>
        <source>The key {key} is missing.</source>
        <translation>The key {key} is missing.</translation>
    </message>
    <message>
        <source>An object ({{…}}) is expected here.</source>
        <translation>An object ({{…}}) is expected here.</translation>
    </message>
    <message>
        <source>A list ([…]) is expected here.</source>
        <translation>A list ([…]) is expected here.</translation>
    </message>
    <message>
        <source>Text is expected here.</source>
        <translation>Text is expected here.</translation>
    </message>
    <message>
        <source>A node id or null is expected here.</source>
        <translation>A node id or null is expected here.</translation>
    </message>
    <message>
        <source>A whole number of seconds (0 or more) is expected here, not {value}.</source>
        <translation>A whole number of seconds (0 or more) is expected here, not {value}.</translation>
    </message>
    <message>
        <source>{value} is not allowed here; allowed: {allowed}.</source>
        <translation>{value} is not allowed here; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>{value} is not a time of day as HH:MM.</source>
        <translation>{value} is not a time of day as HH:MM.</translation>
    </message>
    <message>
        <source>An interval is written as [&quot;HH:MM&quot;, &quot;HH:MM&quot;].</source>
        <translation>An interval is written as [&quot;HH:MM&quot;, &quot;HH:MM&quot;].</translation>
    </message>
    <message>
        <source>The interval ends ({end}) before it starts ({start}).</source>
        <translation>The interval ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>{value} is not a date.</source>
        <translation>{value} is not a date.</translation>
    </message>
    <message>
        <source>{value} is not a known time zone.</source>
        <translation>{value} is not a known time zone.</translation>
    </message>
    <message>
        <source>{value} is not a country whose public holidays are known.</source>
        <translation>{value} is not a country whose public holidays are known.</translation>
    </message>
    <message>
        <source>A position is written as [x, y], two numbers.</source>
        <translation>A position is written as [x, y], two numbers.</translation>
    </message>
    <message>
        <source>The pattern has no entry with the number {number}.</source>
        <translation>The pattern has no entry with the number {number}.</translation>
    </message>
    <message>
        <source>The pattern has no member {member}.</source>
        <translation>The pattern has no member {member}.</translation>
    </message>
    <message>
        <source>{value} is not a key on a phone (0-9, * or #).</source>
        <translation>{value} is not a key on a phone (0-9, * or #).</translation>
    </message>
    <message>
        <source>{file}, at {path}: {problem}</source>
        <translation>{file}, at {path}: {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
</context>
<context>
    <name>PatternFindings</name>
    <message>
        <source>The exit {exit} leads to {target}, which does not exist.</source>
        <translation>The exit {exit} leads to {target}, which does not exist.</translation>
    </message>
    <message>
        <source>The exit {exit} is missing: calls that take it go nowhere.</source>
        <translation>The exit {exit} is missing: calls that take it go nowhere.</translation>
    </message>
    <message>
        <source>The member {member} is not among the pattern&apos;s members.</source>
        <translation>The member {member} is not among the pattern&apos;s members.</translation>
    </message>
    <message>
        <source>The calendar {calendar} does not exist.</source>
        <translation>The calendar {calendar} does not exist.</translation>
    </message>
    <message>
        <source>The group has no members: no phone rings.</source>
        <translation>The group has no members: no phone rings.</translation>
    </message>
    <message>
        <source>A caller who presses nothing goes round and round: {path}.</source>
        <translation>A caller who presses nothing goes round and round: {path}.</translation>
    </message>
    <message>
        <source>{number} is not a valid phone number in international form.</source>
        <translation>{number} is not a valid phone number in international form.</translation>
    </message>
    <message>
        <source>The number {number} is used by more than one entry.</source>
        <translation>The number {number} is used by more than one entry.</translation>
    </message>
    <message>
        <source>More than one node has this id.</source>
        <translation>More than one node has this id.</translation>
    </message>
    <message>
        <source>No number leads here.</source>
        <translation>No number leads here.</translation>
    </message>
    <message>
        <source>Only {member} is in the group: nobody covers for them.</source>
        <translation>Only {member} is in the group: nobody covers for them.</translation>
    </message>
    <message>
        <source>A caller who presses nothing and whom nobody answers can ring and wait {seconds} s from here (more than {limit} s) before hearing a message.</source>
        <translation>A caller who presses nothing and whom nobody answers can ring and wait {seconds} s from here (more than {limit} s) before hearing a message.</translation>
    </message>
    <message>
        <source>Calls to {entry} can be hung up without a message.</source>
        <translation>Calls to {entry} can be hung up without a message.</translation>
    </message>
    <message>
        <source>The calendar {calendar} does not know the public holidays.</source>
        <translation>The calendar {calendar} does not know the public holidays.</translation>
    </message>
</context>
<context>
    <name>PatternStatus</name>
    <message>
        <source>the current set-up</source>
        <translation>the current set-up</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>a draft</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>ordered</translation>
    </message>
</context>
<context>
    <name>PatternWords</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>holiday</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>voicemail</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>forwarded</translation>
    </message>
    <message>
        <source>hangs up</source>
        <translation>hangs up</translation>
    </message>
    <message>
        <source>endless loop</source>
        <translation>endless loop</translation>
    </message>
    <message>
        <source>dead end</source>
        <translation>dead end</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>overflow</source>
        <translation>overflow</translation>
    </message>
    <message>
        <source>no key pressed</source>
        <translation>no key pressed</translation>
    </message>
    <message>
        <source>invalid key</source>
        <translation>invalid key</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>opening hours</translation>
    </message>
    <message>
        <source>voice menu</source>
        <translation>voice menu</translation>
    </message>
    <message>
        <source>answer group</source>
        <translation>answer group</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>queue</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>announcement</translation>
    </message>
    <message>
        <source>forwarding</source>
        <translation>forwarding</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(no department)</translation>
    </message>
    <message>
        <source>No check has been run yet.</source>
        <translation>No check has been run yet.</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln finding(s)</source>
        <translation>
            <numerusform>Showing {shown} of %Ln finding</numerusform>
            <numerusform>Showing {shown} of %Ln findings</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <source>No findings match the filters.</source>
        <translation>No findings match the filters.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{file}&lt;/b&gt;: %Ln row(s) read, checked {date}.</source>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt;: %Ln row read, checked {date}.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt;: %Ln rows read, checked {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked (no column or no input for them): {codes}</source>
        <translation>Not checked (no column or no input for them): {codes}</translation>
    </message>
    <message>
        <source>Choose a finding to see the row of the export and what it was compared with.</source>
        <translation>Choose a finding to see the row of the export and what it was compared with.</translation>
    </message>
    <message>
        <source>Row {row} of the export</source>
        <translation>Row {row} of the export</translation>
    </message>
    <message>
        <source>In the number register</source>
        <translation>In the number register</translation>
    </message>
    <message>
        <source>In ring patterns</source>
        <translation>In ring patterns</translation>
    </message>
    <message>
        <source>Findings by department</source>
        <translation>Findings by department</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Severity:</translation>
    </message>
    <message>
        <source>Fi&amp;nding:</source>
        <translation>Fi&amp;nding:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>Search name, employee ID, value …</source>
        <translation>Search name, employee ID, value …</translation>
    </message>
    <message>
        <source>Search the findings</source>
        <translation>Search the findings</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>Show all findings again (Escape in the search field)</source>
        <translation>Show all findings again (Escape in the search field)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Click a department, or press Enter on it, to show only its findings.</source>
        <translation>Click a department, or press Enter on it, to show only its findings.</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>run the reference receiver of IKTNH&apos;s API</source>
        <translation>run the reference receiver of IKTNH&apos;s API</translation>
    </message>
    <message>
        <source>the port to listen on (default: 8421; 0: any free one)</source>
        <translation>the port to listen on (default: 8421; 0: any free one)</translation>
    </message>
    <message>
        <source>the address to listen on (default: 127.0.0.1)</source>
        <translation>the address to listen on (default: 127.0.0.1)</translation>
    </message>
    <message>
        <source>the registered keys: a JWK Set, each key with &quot;kommune&quot;</source>
        <translation>the registered keys: a JWK Set, each key with &quot;kommune&quot;</translation>
    </message>
    <message>
        <source>the folder the receiver keeps its requests in</source>
        <translation>the folder the receiver keeps its requests in</translation>
    </message>
    <message>
        <source>the URL clients reach it by, when it sits behind a proxy</source>
        <translation>the URL clients reach it by, when it sits behind a proxy</translation>
    </message>
    <message>
        <source>The reference server needs werkzeug: pip install &apos;kontakt[server]&apos;.</source>
        <translation>The reference server needs werkzeug: pip install &apos;kontakt[server]&apos;.</translation>
    </message>
    <message>
        <source>The key file cannot be used: {reason}</source>
        <translation>The key file cannot be used: {reason}</translation>
    </message>
    <message>
        <source>Cannot start the server: {reason}</source>
        <translation>Cannot start the server: {reason}</translation>
    </message>
    <message>
        <source>Reference receiver at {url} (Ctrl+C stops it)</source>
        <translation>Reference receiver at {url} (Ctrl+C stops it)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>e.g. alver.kommune.no, fedje.kommune.no</source>
        <translation>e.g. alver.kommune.no, fedje.kommune.no</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>E-mail &amp;domains:</source>
        <translation>E-mail &amp;domains:</translation>
    </message>
    <message>
        <source>IKTNH &amp;API address:</source>
        <translation>IKTNH &amp;API address:</translation>
    </message>
    <message>
        <source>ICT contact</source>
        <translation>ICT contact</translation>
    </message>
    <message>
        <source>Municipality n&amp;umber:</source>
        <translation>Municipality n&amp;umber:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Kontakt shows the made-up municipality &quot;Demo kommune&quot;. Enter your own municipality&apos;s number and name to replace it, or remove the demo data.</source>
        <translation>Kontakt shows the made-up municipality &quot;Demo kommune&quot;. Enter your own municipality&apos;s number and name to replace it, or remove the demo data.</translation>
    </message>
    <message>
        <source>&amp;Remove demo data</source>
        <translation>&amp;Remove demo data</translation>
    </message>
    <message>
        <source>Your municipality replaces the demo municipality, and the demo data is removed. Continue?</source>
        <translation>Your municipality replaces the demo municipality, and the demo data is removed. Continue?</translation>
    </message>
    <message>
        <source>Remove the demo municipality and all its demo data? It is not loaded again.</source>
        <translation>Remove the demo municipality and all its demo data? It is not loaded again.</translation>
    </message>
</context>
<context>
    <name>SettingsProblems</name>
    <message>
        <source>The municipality number must be four digits (e.g. 4631).</source>
        <translation>The municipality number must be four digits (e.g. 4631).</translation>
    </message>
    <message>
        <source>The municipality needs a name.</source>
        <translation>The municipality needs a name.</translation>
    </message>
    <message>
        <source>The ICT contact&apos;s e-mail address is not valid: {value}</source>
        <translation>The ICT contact&apos;s e-mail address is not valid: {value}</translation>
    </message>
    <message>
        <source>The ICT contact&apos;s phone number is not valid: {value}</source>
        <translation>The ICT contact&apos;s phone number is not valid: {value}</translation>
    </message>
    <message>
        <source>Not an e-mail domain: {value}</source>
        <translation>Not an e-mail domain: {value}</translation>
    </message>
    <message>
        <source>Another municipality in this database has the number {value}.</source>
        <translation>Another municipality in this database has the number {value}.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (http:// only for this machine): {value}</source>
        <translation>The API address must start with https:// (http:// only for this machine): {value}</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>Kontakt cannot write to its data folder {path}: {reason}. Choose another database with --db, or give your user write access to the folder.</source>
        <translation>Kontakt cannot write to its data folder {path}: {reason}. Choose another database with --db, or give your user write access to the folder.</translation>
    </message>
    <message>
        <source>The database {url} cannot be read: {reason}. Nothing was changed in it.</source>
        <translation>The database {url} cannot be read: {reason}. Nothing was changed in it.</translation>
    </message>
    <message>
        <source>The database {url} is read-only for you, and Kontakt must be able to write to it. Nothing was changed in it. Give your user write access to the file, or choose another database with --db.</source>
        <translation>The database {url} is read-only for you, and Kontakt must be able to write to it. Nothing was changed in it. Give your user write access to the file, or choose another database with --db.</translation>
    </message>
    <message>
        <source>The file {url} is another program&apos;s database: it has tables, but no Kontakt schema version. Kontakt does not use it, and nothing was changed in it. Choose another file with --db.</source>
        <translation>The file {url} is another program&apos;s database: it has tables, but no Kontakt schema version. Kontakt does not use it, and nothing was changed in it. Choose another file with --db.</translation>
    </message>
    <message>
        <source>The file {url} is another program&apos;s database: its schema version {found} is not one of Kontakt&apos;s. Kontakt does not use it, and nothing was changed in it. Choose another file with --db.</source>
        <translation>The file {url} is another program&apos;s database: its schema version {found} is not one of Kontakt&apos;s. Kontakt does not use it, and nothing was changed in it. Choose another file with --db.</translation>
    </message>
    <message>
        <source>The database {url} is marked as Kontakt&apos;s (schema {found}) but lacks its tables {tables}: it is damaged or another program&apos;s. Kontakt does not use it, and nothing was changed in it.</source>
        <translation>The database {url} is marked as Kontakt&apos;s (schema {found}) but lacks its tables {tables}: it is damaged or another program&apos;s. Kontakt does not use it, and nothing was changed in it.</translation>
    </message>
    <message>
        <source>Kontakt cannot open the database {url}: its driver ({driver}) is not installed. Install it in Kontakt&apos;s Python environment, or choose another database with --db.</source>
        <translation>Kontakt cannot open the database {url}: its driver ({driver}) is not installed. Install it in Kontakt&apos;s Python environment, or choose another database with --db.</translation>
    </message>
    <message>
        <source>The database {url} was made by a newer Kontakt (schema {found}; this version knows up to {known}). Update Kontakt. Nothing was changed in the database.</source>
        <translation>The database {url} was made by a newer Kontakt (schema {found}; this version knows up to {known}). Update Kontakt. Nothing was changed in the database.</translation>
    </message>
    <message>
        <source>Kontakt could not set up its tables in the new database {url}: {reason}. Nothing was kept in it; the next start tries again.</source>
        <translation>Kontakt could not set up its tables in the new database {url}: {reason}. Nothing was kept in it; the next start tries again.</translation>
    </message>
    <message>
        <source>The database {url} could not be brought up to date: {reason}. Nothing was changed in it, and a copy from before the attempt is in {backup}.</source>
        <translation>The database {url} could not be brought up to date: {reason}. Nothing was changed in it, and a copy from before the attempt is in {backup}.</translation>
    </message>
    <message>
        <source>The database {url} has no municipality with the number {number}. It has: {known}.</source>
        <translation>The database {url} has no municipality with the number {number}. It has: {known}.</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Ring patterns</source>
        <translation>Ring patterns</translation>
    </message>
    <message>
        <source>Contact check</source>
        <translation>Contact check</translation>
    </message>
    <message>
        <source>Phone models</source>
        <translation>Phone models</translation>
    </message>
    <message>
        <source>Test checklist</source>
        <translation>Test checklist</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Change requests</translation>
    </message>
    <message>
        <source>Draw and change the municipality&apos;s ring patterns: opening hours, holidays, voice menus, answer groups and queues. See findings as you edit, simulate a call at any moment, and compare a draft with what IKTNH runs now.</source>
        <translation>Draw and change the municipality&apos;s ring patterns: opening hours, holidays, voice menus, answer groups and queues. See findings as you edit, simulate a call at any moment, and compare a draft with what IKTNH runs now.</translation>
    </message>
    <message>
        <source>Browse the phone models IKTNH has negotiated, compare them side by side, and order a phone for an employee.</source>
        <translation>Browse the phone models IKTNH has negotiated, compare them side by side, and order a phone for an employee.</translation>
    </message>
    <message>
        <source>After a change, get the test calls that prove it works, record each result, and report failures to IKTNH&apos;s service desk.</source>
        <translation>After a change, get the test calls that prove it works, record each result, and report failures to IKTNH&apos;s service desk.</translation>
    </message>
    <message>
        <source>Approve change requests with your key and follow them until IKTNH has carried them out. Requests wait safely in the outbox while you are offline.</source>
        <translation>Approve change requests with your key and follow them until IKTNH has carried them out. Requests wait safely in the outbox while you are offline.</translation>
    </message>
    <message>
        <source>No ring patterns are stored yet.</source>
        <translation>No ring patterns are stored yet.</translation>
    </message>
    <message>
        <source>Ring patterns stored now:</source>
        <translation>Ring patterns stored now:</translation>
    </message>
    <message>
        <source>• {name}: {versions} version(s), the newest is {status}; the check finds {errors} errors and {warnings} warnings in it.</source>
        <translation>• {name}: {versions} version(s), the newest is {status}; the check finds {errors} errors and {warnings} warnings in it.</translation>
    </message>
    <message>
        <source>{count} phone models are stored.</source>
        <translation>{count} phone models are stored.</translation>
    </message>
    <message>
        <source>{count} test runs are stored.</source>
        <translation>{count} test runs are stored.</translation>
    </message>
    <message>
        <source>{count} change requests are stored.</source>
        <translation>{count} change requests are stored.</translation>
    </message>
    <message>
        <source>This workspace is not ready yet. It comes in a later version of Kontakt.</source>
        <translation>This workspace is not ready yet. It comes in a later version of Kontakt.</translation>
    </message>
</context>
</TS>
