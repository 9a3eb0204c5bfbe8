<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name></name>
    <message>
        <source>Workspaces</source>
        <comment>No ring patterns are stored yet.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <comment>Ring patterns stored now:</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <comment>• {name}: {versions} version(s), the newest is {status}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <comment>{count} phone models are stored.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <comment>{count} test runs are stored.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <comment>{count} change requests are stored.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kontakt {version}&lt;/h2&gt;&lt;p&gt;For the ICT contacts of the municipalities served by IKT Nordhordland: ring patterns, contact checks, phone models, test checklists and change requests.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt is built on these libraries:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Kontakt cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactAudit</name>
    <message>
        <source>Contact check for {municipality}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks skipped (field not mapped)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCodes</name>
    <message>
        <source>Duplicate employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong phone type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign e-mail domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended, still in a ring pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended, still has a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring-pattern member not in HRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCommand</name>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactErrors</name>
    <message>
        <source>{file}: the file cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: this is not a CSV or Excel (XLSX) file: it holds binary data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the file has a header row but no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, row {row}: the row has {cells} cells but the header has only {columns} columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, row {row}: the CSV cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: refused: the workbook would unpack to {size} MB (member {member}, compressed {ratio} times); a real HRM export is far smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the workbook cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: there is no sheet &quot;{sheet}&quot;; the sheets are: {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: no column for the required field &quot;{field}&quot;; the headers found are: {headers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{field}&quot; is not a field of the contact check; the fields are: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the field &quot;{field}&quot; is mapped to the column &quot;{header}&quot;, which is not in the file; the headers found are: {headers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{option}&quot; is not of the form FIELD=HEADER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the telephony directory must have the header {expected}; it has {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, row {row}, column type: &quot;{value}&quot; is not a number type (mobile, desk, softphone, function).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, row {row}: the row has {cells} cells; the directory has 5 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: not a ring-pattern document with members ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactFindings</name>
    <message>
        <source>Employee ID {value} is on more than one row: rows {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no employee ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active employee has no mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active employee has no e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is a landline number but is given as the mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail domain {domain} is not one of the municipality&apos;s domains ({domains}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{e164} is also the number of employee {others}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is also the e-mail address of employee {others}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date (write YYYY-MM-DD or DD.MM.YYYY); the employee is taken as active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employment ended {value}, but the employee is still member {member} of ring pattern {pattern}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employment ended {end_date}, but the telephony directory still has {value} for the employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member {member} ({name}) of ring pattern {pattern} has employee ID {value}, which is not in the HRM export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HRM export has {value}; the telephony directory has {directory} for this employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not in the telephony directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is a mobile number but is given as the work phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsWorkspace</name>
    <message>
        <source>Check the municipality&apos;s HRM export: missing and invalid numbers and e-mail addresses, duplicates, and employees who have left but are still in ring patterns or the number register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open HRM export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;correction request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change request (draft) to IKTNH for the chosen finding, or for all the shown findings IKTNH must act on: ended employees in ring patterns or with numbers, and register mismatches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No export chosen. Open one, or drag a CSV or XLSX file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none stored (those checks are skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set (see Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with: number register: {register} · ring patterns: {patterns} · e-mail domains: {domains}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open HRM export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HRM exports (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {file} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export cannot be used: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked {rows} rows: {findings} findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact check {date}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the audit to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {file} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a draft change request to IKTNH with {count} corrections? You approve and send it under Change requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact corrections from the check of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft change request {number} made with {count} corrections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No municipality set up: open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({number}) – demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Columns in {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt has matched the columns of the export to the fields it checks. Check the matches, and change any that are wrong. Fields without a column are not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Visma HRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column for: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternCommand</name>
    <message>
        <source>ring patterns: check, simulate a call, coverage over time, compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write JSON for other programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ring-pattern file (.ringpattern.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry number dialled, e.g. +4756100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a ring pattern and list what is wrong or risky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow one call through a ring pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local date and time of the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys the caller presses, one per voice menu, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member who answers (default: nobody answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members who are away, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where unanswered calls end, hour by hour, over a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day, included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare two versions of a ring pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the older file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: {errors}, warnings: {warnings}, information: {info}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternErrors</name>
    <message>
        <source>The file is not JSON: {detail} (line {line}, column {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a ring pattern: the format is {found}, not {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ring pattern is of version {version}, made by a newer program; this one reads version {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version {value} is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key {key} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An object ({{…}}) is expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list ([…]) is expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text is expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node id or null is expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number of seconds (0 or more) is expected here, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not allowed here; allowed: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a time of day as HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interval is written as [&quot;HH:MM&quot;, &quot;HH:MM&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval ends ({end}) before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a country whose public holidays are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A position is written as [x, y], two numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern has no entry with the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern has no member {member}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a key on a phone (0-9, * or #).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, at {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternFindings</name>
    <message>
        <source>The exit {exit} leads to {target}, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exit {exit} is missing: calls that take it go nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member {member} is not among the pattern&apos;s members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar {calendar} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has no members: no phone rings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caller who presses nothing goes round and round: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is not a valid phone number in international form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number {number} is used by more than one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one node has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number leads here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {member} is in the group: nobody covers for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caller who presses nothing and whom nobody answers can ring and wait {seconds} s from here (more than {limit} s) before hearing a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls to {entry} can be hung up without a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar {calendar} does not know the public holidays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternStatus</name>
    <message>
        <source>the current set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternWords</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hangs up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endless loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key pressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {total} findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check has been run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {rows} rows read, checked {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked (no column for what they need): {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a finding to see the row of the export and what it was compared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, employee ID, value …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. alver.kommune.no, fedje.kommune.no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &amp;domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKTNH &amp;API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICT contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt shows the made-up municipality &quot;Demo kommune&quot;. Enter your own municipality&apos;s number and name to replace it, or remove the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your municipality replaces the demo municipality, and the demo data is removed. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the demo municipality and all its demo data? It is not loaded again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsProblems</name>
    <message>
        <source>The municipality number must be four digits (e.g. 4631).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICT contact&apos;s e-mail address is not valid: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICT contact&apos;s phone number is not valid: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail domain: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must start with https:// (http:// only for this machine): {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>Kontakt cannot write to its data folder {path}: {reason}. Choose another database with --db, or give your user write access to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {url} cannot be read: {reason}. Nothing was changed in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {url} was made by a newer Kontakt (schema {found}; this version knows up to {known}). Update Kontakt. Nothing was changed in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {url} could not be brought up to date: {reason}. A copy from before the attempt is in {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Ring patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw and change the municipality&apos;s ring patterns: opening hours, holidays, voice menus, answer groups and queues. See findings as you edit, simulate a call at any moment, and compare a draft with what IKTNH runs now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the phone models IKTNH has negotiated, compare them side by side, and order a phone for an employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a change, get the test calls that prove it works, record each result, and report failures to IKTNH&apos;s service desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve change requests with your key and follow them until IKTNH has carried them out. Requests wait safely in the outbox while you are offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is not ready yet. It comes in a later version of Kontakt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
