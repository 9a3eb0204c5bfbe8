<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kontakt</source>
        <translation>Om Kontakt</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kontakt {version}&lt;/h2&gt;&lt;p&gt;For the ICT contacts of the municipalities served by IKT Nordhordland: ring patterns, contact checks, phone models, test checklists and change requests.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kontakt {version}&lt;/h2&gt;&lt;p&gt;For IKT-kontaktene i kommunene som får tjenester fra IKT Nordhordland: ringemønstre, kontaktsjekker, telefonmodeller, testsjekklister og endringsbestillinger.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <source>Kontakt is built on these libraries:</source>
        <translation>Kontakt er bygget på disse bibliotekene:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>No display was found, so the window cannot open. The commands work without one: see kontakt --help. To open the window without a screen anyway (for tests), set QT_QPA_PLATFORM=offscreen.</source>
        <translation>Fant ingen skjerm, så vinduet kan ikke åpnes. Kommandoene virker uten skjerm: se kontakt --help. For å åpne vinduet uten skjerm likevel (til tester), sett QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>Something went wrong while opening the database: {problem}</source>
        <translation>Noe gikk galt da databasen skulle åpnes: {problem}</translation>
    </message>
    <message>
        <source>Kontakt cannot start</source>
        <translation>Kontakt kan ikke starte</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>usage: </source>
        <translation>bruk: </translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>argumenter</translation>
    </message>
    <message>
        <source>options</source>
        <translation>valg</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>vis denne hjelpen og avslutt</translation>
    </message>
    <message>
        <source>Kontakt for the ICT contact: ring patterns, contacts and change requests. Without a subcommand, the main window opens.</source>
        <translation>Kontakt for IKT-kontakten: ringemønstre, kontakter og endringsbestillinger. Uten underkommando åpnes hovedvinduet.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>vis versjonen og avslutt</translation>
    </message>
    <message>
        <source>database URL (SQLAlchemy form); default: the environment variable KONTAKT_DB_URL, else a file in your user data folder</source>
        <translation>URL til databasen (SQLAlchemy-form); standard: miljøvariabelen KONTAKT_DB_URL, ellers en fil i datamappen din</translation>
    </message>
    <message>
        <source>the municipality to work for, by its number, when the database holds several (default: the one last used)</source>
        <translation>kommunen du arbeider for, med kommunenummeret, når databasen har flere (standard: den du brukte sist)</translation>
    </message>
    <message>
        <source>start with an empty database instead of loading the demo municipality</source>
        <translation>start med en tom database i stedet for å laste inn demokommunen</translation>
    </message>
    <message>
        <source>language of the texts (default: your setting, else the system&apos;s)</source>
        <translation>språket i tekstene (standard: innstillingen din, ellers systemets språk)</translation>
    </message>
    <message>
        <source>a municipality number is four digits (e.g. 4631): {value}</source>
        <translation>et kommunenummer har fire sifre (f.eks. 4631): {value}</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stoppet.</translation>
    </message>
</context>
<context>
    <name>ContactAudit</name>
    <message>
        <source>Contact check for {municipality}</source>
        <translation>Kontaktsjekk for {municipality}</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorsgrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Ansattnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(ingen enhet)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Kildefil</translation>
    </message>
    <message>
        <source>Date of the check</source>
        <translation>Dato for sjekken</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Leste rader</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Funn per alvorsgrad</translation>
    </message>
    <message>
        <source>Findings by code</source>
        <translation>Funn per kode</translation>
    </message>
    <message>
        <source>Not checked (no column or no input for them)</source>
        <translation>Ikke sjekket (mangler kolonne eller inndata)</translation>
    </message>
</context>
<context>
    <name>ContactCodes</name>
    <message>
        <source>Duplicate employee ID</source>
        <translation>Ansattnummer på flere rader</translation>
    </message>
    <message>
        <source>Missing employee ID</source>
        <translation>Mangler ansattnummer</translation>
    </message>
    <message>
        <source>Missing mobile</source>
        <translation>Mangler mobilnummer</translation>
    </message>
    <message>
        <source>Missing e-mail</source>
        <translation>Mangler e-post</translation>
    </message>
    <message>
        <source>Invalid phone number</source>
        <translation>Ugyldig telefonnummer</translation>
    </message>
    <message>
        <source>Wrong phone type</source>
        <translation>Feil nummertype</translation>
    </message>
    <message>
        <source>Invalid e-mail</source>
        <translation>Ugyldig e-post</translation>
    </message>
    <message>
        <source>Foreign e-mail domain</source>
        <translation>Fremmed e-postdomene</translation>
    </message>
    <message>
        <source>Shared phone number</source>
        <translation>Delt telefonnummer</translation>
    </message>
    <message>
        <source>Shared e-mail</source>
        <translation>Delt e-post</translation>
    </message>
    <message>
        <source>Unreadable date</source>
        <translation>Uleselig dato</translation>
    </message>
    <message>
        <source>Ended, still in a ring pattern</source>
        <translation>Sluttet, fortsatt i ringemønster</translation>
    </message>
    <message>
        <source>Ended, still has a number</source>
        <translation>Sluttet, har fortsatt nummer</translation>
    </message>
    <message>
        <source>Ring-pattern member not in HRM</source>
        <translation>Medlem i ringemønster mangler i HRM</translation>
    </message>
    <message>
        <source>Differs from the directory</source>
        <translation>Stemmer ikke med nummerregisteret</translation>
    </message>
    <message>
        <source>Not in the directory</source>
        <translation>Ikke i nummerregisteret</translation>
    </message>
</context>
<context>
    <name>ContactCommand</name>
    <message>
        <source>check an HRM export&apos;s contact details against the telephony directory and ring patterns</source>
        <translation>sjekk kontaktinformasjonen i en HRM-eksport mot nummerregisteret og ringemønstrene</translation>
    </message>
    <message>
        <source>the HRM export (CSV or XLSX)</source>
        <translation>HRM-eksporten (CSV eller XLSX)</translation>
    </message>
    <message>
        <source>the sheet of an XLSX file (default: the first)</source>
        <translation>arket i en XLSX-fil (standard: det første)</translation>
    </message>
    <message>
        <source>read FIELD from the column HEADER (repeatable; FIELD= leaves the field out)</source>
        <translation>les FIELD fra kolonnen HEADER (kan gjentas; FIELD= utelater feltet)</translation>
    </message>
    <message>
        <source>the telephony directory (CSV: number;type;employee_id;name;site)</source>
        <translation>nummerregisteret (CSV: number;type;employee_id;name;site)</translation>
    </message>
    <message>
        <source>a ring-pattern file (repeatable)</source>
        <translation>en ringemønsterfil (kan gjentas)</translation>
    </message>
    <message>
        <source>an e-mail domain of the municipality (repeatable)</source>
        <translation>et e-postdomene til kommunen (kan gjentas)</translation>
    </message>
    <message>
        <source>the date that decides who has left (default: today)</source>
        <translation>datoen som avgjør hvem som har sluttet (standard: i dag)</translation>
    </message>
    <message>
        <source>write the findings as JSON to PATH (- for standard output)</source>
        <translation>skriv funnene som JSON til PATH (- for standard utdata)</translation>
    </message>
    <message>
        <source>write the Excel audit to PATH</source>
        <translation>skriv Excel-rapporten til PATH</translation>
    </message>
    <message>
        <source>exit with 1 when a finding is at least this serious</source>
        <translation>avslutt med 1 når et funn er minst så alvorlig</translation>
    </message>
    <message>
        <source>From the database of {municipality}: {what}</source>
        <translation>Fra databasen til {municipality}: {what}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Kan ikke skrive {path}: {reason}</translation>
    </message>
    <message>
        <source>number register ({count} numbers)</source>
        <translation>nummerregister ({count} numre)</translation>
    </message>
    <message>
        <source>ring patterns ({count})</source>
        <translation>ringemønstre ({count})</translation>
    </message>
    <message>
        <source>e-mail domains ({domains})</source>
        <translation>e-postdomener ({domains})</translation>
    </message>
    <message>
        <source>{file}: {rows} rows read.</source>
        <translation>{file}: {rows} rader lest.</translation>
    </message>
    <message>
        <source>Findings: {errors} errors, {warnings} warnings, {infos} for information.</source>
        <translation>Funn: {errors} feil, {warnings} advarsler, {infos} til informasjon.</translation>
    </message>
    <message>
        <source>Not checked (no column or no input for them): {codes}</source>
        <translation>Ikke sjekket (mangler kolonne eller inndata): {codes}</translation>
    </message>
</context>
<context>
    <name>ContactErrors</name>
    <message>
        <source>{file}: the file cannot be read ({reason}).</source>
        <translation>{file}: filen kan ikke leses ({reason}).</translation>
    </message>
    <message>
        <source>{file}: the file is empty.</source>
        <translation>{file}: filen er tom.</translation>
    </message>
    <message>
        <source>{file}: this is not a CSV or Excel (XLSX) file: it holds binary data.</source>
        <translation>{file}: dette er ikke en CSV- eller Excel-fil (XLSX): den inneholder binærdata.</translation>
    </message>
    <message>
        <source>{file}: the file has a header row but no data rows.</source>
        <translation>{file}: filen har en overskriftsrad, men ingen datarader.</translation>
    </message>
    <message>
        <source>{file}, row {row}: the row has {cells} cells but the header has only {columns} columns.</source>
        <translation>{file}, rad {row}: raden har {cells} celler, men overskriftsraden har bare {columns} kolonner.</translation>
    </message>
    <message>
        <source>{file}, row {row}: the CSV cannot be read ({reason}).</source>
        <translation>{file}, rad {row}: CSV-filen kan ikke leses ({reason}).</translation>
    </message>
    <message>
        <source>{file}: refused: the workbook would unpack to {size} MB (member {member}, compressed {ratio} times); a real HRM export is far smaller.</source>
        <translation>{file}: avvist: arbeidsboken ville blitt pakket ut til {size} MB (filen {member}, komprimert {ratio} ganger); en ekte HRM-eksport er mye mindre.</translation>
    </message>
    <message>
        <source>{file}: the workbook cannot be read ({reason}).</source>
        <translation>{file}: arbeidsboken kan ikke leses ({reason}).</translation>
    </message>
    <message>
        <source>{file}: there is no sheet &quot;{sheet}&quot;; the sheets are: {sheets}.</source>
        <translation>{file}: det finnes ikke noe ark «{sheet}»; arkene er: {sheets}.</translation>
    </message>
    <message>
        <source>{file}: no column for the required field &quot;{field}&quot;; the headers found are: {headers}.</source>
        <translation>{file}: ingen kolonne for det obligatoriske feltet «{field}»; overskriftene i filen er: {headers}.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; is not a field of the contact check; the fields are: {fields}.</source>
        <translation>«{field}» er ikke et felt i kontaktsjekken; feltene er: {fields}.</translation>
    </message>
    <message>
        <source>{file}: the field &quot;{field}&quot; is mapped to the column &quot;{header}&quot;, which is not in the file; the headers found are: {headers}.</source>
        <translation>{file}: feltet «{field}» er koblet til kolonnen «{header}», som ikke finnes i filen; overskriftene i filen er: {headers}.</translation>
    </message>
    <message>
        <source>&quot;{option}&quot; is not of the form FIELD=HEADER.</source>
        <translation>«{option}» er ikke på formen FIELD=HEADER.</translation>
    </message>
    <message>
        <source>{file}: the telephony directory must have the header {expected}; it has {found}.</source>
        <translation>{file}: nummerregisteret må ha overskriften {expected}; det har {found}.</translation>
    </message>
    <message>
        <source>{file}, row {row}, column type: &quot;{value}&quot; is not a number type (mobile, desk, softphone, function).</source>
        <translation>{file}, rad {row}, kolonnen type: «{value}» er ikke en nummertype (mobile, desk, softphone, function).</translation>
    </message>
    <message>
        <source>{file}, row {row}: the row has {cells} cells; the directory has 5 columns.</source>
        <translation>{file}, rad {row}: raden har {cells} celler; nummerregisteret har 5 kolonner.</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Employee ID</source>
        <translation>Ansattnummer</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stillingstittel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Arbeidstelefon</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Sluttdato</translation>
    </message>
</context>
<context>
    <name>ContactFindings</name>
    <message>
        <source>Employee ID {value} is on more than one row: rows {rows}.</source>
        <translation>Ansattnummeret {value} står på mer enn én rad: radene {rows}.</translation>
    </message>
    <message>
        <source>The row has no employee ID.</source>
        <translation>Raden har ikke ansattnummer.</translation>
    </message>
    <message>
        <source>An active employee has no mobile number.</source>
        <translation>En aktiv ansatt har ikke mobilnummer.</translation>
    </message>
    <message>
        <source>An active employee has no e-mail address.</source>
        <translation>En aktiv ansatt har ikke e-postadresse.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid phone number.</source>
        <translation>«{value}» er ikke et gyldig telefonnummer.</translation>
    </message>
    <message>
        <source>{value} is a landline number but is given as the mobile number.</source>
        <translation>{value} er et fasttelefonnummer, men står oppført som mobilnummer.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>«{value}» er ikke en gyldig e-postadresse.</translation>
    </message>
    <message>
        <source>The e-mail domain {domain} is not one of the municipality&apos;s domains ({domains}).</source>
        <translation>E-postdomenet {domain} er ikke ett av kommunens domener ({domains}).</translation>
    </message>
    <message>
        <source>{e164} is also the number of employee {others}.</source>
        <translation>{e164} er også nummeret til ansatt {others}.</translation>
    </message>
    <message>
        <source>{value} is also the e-mail address of employee {others}.</source>
        <translation>{value} er også e-postadressen til ansatt {others}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date (write YYYY-MM-DD or DD.MM.YYYY); the employee is taken as active.</source>
        <translation>«{value}» er ikke en dato (skriv ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ); den ansatte regnes som aktiv.</translation>
    </message>
    <message>
        <source>The employment ended {value}, but the employee is still member {member} of ring pattern {pattern}.</source>
        <translation>Arbeidsforholdet tok slutt {value}, men den ansatte er fortsatt medlem {member} i ringemønsteret {pattern}.</translation>
    </message>
    <message>
        <source>The employment ended {end_date}, but the telephony directory still has {value} for the employee.</source>
        <translation>Arbeidsforholdet tok slutt {end_date}, men nummerregisteret har fortsatt {value} på den ansatte.</translation>
    </message>
    <message>
        <source>Member {member} ({name}) of ring pattern {pattern} has employee ID {value}, which is not in the HRM export.</source>
        <translation>Medlemmet {member} ({name}) i ringemønsteret {pattern} har ansattnummeret {value}, som ikke finnes i HRM-eksporten.</translation>
    </message>
    <message>
        <source>The HRM export has {value}; the telephony directory has {directory} for this employee.</source>
        <translation>HRM-eksporten har {value}; nummerregisteret har {directory} for denne ansatte.</translation>
    </message>
    <message>
        <source>{value} is not in the telephony directory.</source>
        <translation>{value} finnes ikke i nummerregisteret.</translation>
    </message>
    <message>
        <source>{value} is a mobile number but is given as the work phone.</source>
        <translation>{value} er et mobilnummer, men står oppført som arbeidstelefon.</translation>
    </message>
</context>
<context>
    <name>ContactsWorkspace</name>
    <message>
        <source>Check the municipality&apos;s HRM export: missing and invalid numbers and e-mail addresses, duplicates, and employees who have left but are still in ring patterns or the number register.</source>
        <translation>Sjekk kommunens HRM-eksport: manglende og ugyldige numre og e-postadresser, duplikater, og ansatte som har sluttet, men som fortsatt står i ringemønstre eller i nummerregisteret.</translation>
    </message>
    <message>
        <source>&amp;Open HRM export…</source>
        <translation>&amp;Åpne HRM-eksport…</translation>
    </message>
    <message>
        <source>&amp;Run check</source>
        <translation>&amp;Kjør sjekk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Eksporter til Excel…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln nummer</numerusform>
            <numerusform>%Ln numre</numerusform>
        </translation>
    </message>
    <message>
        <source>Make &amp;correction request</source>
        <translation>Lag endrings&amp;bestilling (retting)</translation>
    </message>
    <message>
        <source>A change request (draft) to IKTNH for the chosen finding, or for all the shown findings IKTNH must act on: ended employees in ring patterns or with numbers, and register mismatches.</source>
        <translation>En endringsbestilling (utkast) til IKTNH for det valgte funnet, eller for alle de viste funnene som IKTNH må følge opp: ansatte som har sluttet, men som står i ringemønstre eller har nummer, og nummer som ikke stemmer med nummerregisteret.</translation>
    </message>
    <message>
        <source>No export chosen. Open one, or drag a CSV or XLSX file here.</source>
        <translation>Ingen eksport er valgt. Åpne en, eller dra en CSV- eller XLSX-fil hit.</translation>
    </message>
    <message>
        <source>none stored (those checks are skipped)</source>
        <translation>ingen lagret (de sjekkene hoppes over)</translation>
    </message>
    <message>
        <source>none set (see Settings)</source>
        <translation>ingen lagt inn (se Innstillinger)</translation>
    </message>
    <message>
        <source>Compared with: number register: {register} · ring patterns: {patterns} · e-mail domains: {domains}</source>
        <translation>Sammenlignet med: nummerregister: {register} · ringemønstre: {patterns} · e-postdomener: {domains}</translation>
    </message>
    <message>
        <source>Add to &amp;correction request {number}</source>
        <translation>Legg til i endrings&amp;bestilling {number}</translation>
    </message>
    <message>
        <source>This check already has a correction request (a draft): the chosen findings that it does not hold yet are added to it.</source>
        <translation>Denne sjekken har allerede en endringsbestilling (utkast): de valgte funnene som den ikke har ennå, legges til i den.</translation>
    </message>
    <message>
        <source>Correction request {number} made</source>
        <translation>Endringsbestilling {number} er laget</translation>
    </message>
    <message>
        <source>This check&apos;s correction request holds these findings. See it under Change requests.</source>
        <translation>Endringsbestillingen fra denne sjekken har disse funnene. Du finner den under Endringsbestillinger.</translation>
    </message>
    <message>
        <source>Open HRM export</source>
        <translation>Åpne HRM-eksport</translation>
    </message>
    <message>
        <source>HRM exports (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>HRM-eksporter (*.csv *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading {file} …</source>
        <translation>Laster inn {file} …</translation>
    </message>
    <message>
        <source>Choose sheet</source>
        <translation>Velg ark</translation>
    </message>
    <message>
        <source>{file} has several sheets. Which one lists the employees?</source>
        <translation>{file} har flere ark. Hvilket av dem lister de ansatte?</translation>
    </message>
    <message>
        <source>The check was not run.</source>
        <translation>Sjekken ble ikke kjørt.</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profilen ble ikke lagret</translation>
    </message>
    <message>
        <source>Set up the municipality in Settings first: profiles are kept for it. The check runs with the columns you chose.</source>
        <translation>Sett opp kommunen under Innstillinger først: profilene lagres for den. Sjekken kjører med kolonnene du valgte.</translation>
    </message>
    <message>
        <source>Checking {file} …</source>
        <translation>Sjekker {file} …</translation>
    </message>
    <message>
        <source>Stopping …</source>
        <translation>Stopper …</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was changed.</source>
        <translation>Sjekken ble avbrutt. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The export cannot be used: {problem}</source>
        <translation>Eksporten kan ikke brukes: {problem}</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation>Noe gikk galt: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Draft change request {number} made with %n correction(s).</source>
        <translation>
            <numerusform>Utkast til endringsbestilling {number} er laget med %n rettelse.</numerusform>
            <numerusform>Utkast til endringsbestilling {number} er laget med %n rettelser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) added to the draft change request {number}.</source>
        <translation>
            <numerusform>%n rettelse er lagt til i utkastet til endringsbestilling {number}.</numerusform>
            <numerusform>%n rettelser er lagt til i utkastet til endringsbestilling {number}.</numerusform>
        </translation>
    </message>
    <message>
        <source>contact check {date}.xlsx</source>
        <translation>kontaktsjekk {date}.xlsx</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Eksporter til Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved the audit to {path}.</source>
        <translation>Rapporten er lagret i {path}.</translation>
    </message>
    <message>
        <source>Writing {file} …</source>
        <translation>Lagrer {file} …</translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln row(s): {findings}.</source>
        <translation>
            <numerusform>Sjekket %Ln rad: {findings}.</numerusform>
            <numerusform>Sjekket %Ln rader: {findings}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln funn</numerusform>
            <numerusform>%Ln funn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make a draft change request to IKTNH with %n correction(s)? You approve and send it under Change requests.</source>
        <translation>
            <numerusform>Vil du lage et utkast til endringsbestilling til IKTNH med %n rettelse? Du godkjenner og sender det under Endringsbestillinger.</numerusform>
            <numerusform>Vil du lage et utkast til endringsbestilling til IKTNH med %n rettelser? Du godkjenner og sender det under Endringsbestillinger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n correction(s) to the draft change request {number}? You approve and send it under Change requests.</source>
        <translation>
            <numerusform>Vil du legge %n rettelse til i utkastet til endringsbestilling {number}? Du godkjenner og sender det under Endringsbestillinger.</numerusform>
            <numerusform>Vil du legge %n rettelser til i utkastet til endringsbestilling {number}? Du godkjenner og sender det under Endringsbestillinger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correction request</source>
        <translation>Endringsbestilling (retting)</translation>
    </message>
    <message>
        <source>Contact corrections from the check of {file}</source>
        <translation>Retting av kontaktinformasjon fra sjekken av {file}</translation>
    </message>
    <message>
        <source>Set up the municipality in Settings first: change requests are made for it.</source>
        <translation>Sett opp kommunen under Innstillinger først: endringsbestillinger lages for den.</translation>
    </message>
</context>
<context>
    <name>DirectoryTypes</name>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>desk phone</source>
        <translation>bordtelefon</translation>
    </message>
    <message>
        <source>softphone</source>
        <translation>softphone</translation>
    </message>
    <message>
        <source>shared function number</source>
        <translation>felles funksjonsnummer</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Alvorsgrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Ansattnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading …</source>
        <translation>Laster …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;About Kontakt</source>
        <translation>&amp;Om Kontakt</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Fullskjerm</translation>
    </message>
    <message>
        <source>Opening the database …</source>
        <translation>Åpner databasen …</translation>
    </message>
    <message>
        <source>No municipality set up: open Settings</source>
        <translation>Ingen kommune er satt opp: åpne Innstillinger</translation>
    </message>
    <message>
        <source>{name} ({number}) – demo data</source>
        <translation>{name} ({number}) – demodata</translation>
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
        <translation>Kolonner i {file}</translation>
    </message>
    <message>
        <source>Kontakt has matched the columns of the export to the fields it checks. Check the matches, and change any that are wrong. Fields without a column are not checked.</source>
        <translation>Kontakt har koblet kolonnene i eksporten til feltene som sjekkes. Se over koblingene, og endre dem som er feil. Felt uten kolonne blir ikke sjekket.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>(not in the export)</source>
        <translation>(ikke i eksporten)</translation>
    </message>
    <message>
        <source>{field} (required)</source>
        <translation>{field} (obligatorisk)</translation>
    </message>
    <message>
        <source>e.g. Visma HRM</source>
        <translation>f.eks. Visma HRM</translation>
    </message>
    <message>
        <source>Save &amp;as profile:</source>
        <translation>&amp;Lagre som profil:</translation>
    </message>
    <message>
        <source>&amp;Run check</source>
        <translation>&amp;Kjør sjekk</translation>
    </message>
    <message>
        <source>The first rows of the export:</source>
        <translation>De første radene i eksporten:</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}</source>
        <translation>Velg en kolonne for: {fields}</translation>
    </message>
</context>
<context>
    <name>MunicipalitySwitcher</name>
    <message>
        <source>{name} ({number}) – demo data</source>
        <translation>{name} ({number}) – demodata</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>The municipality you work for</source>
        <translation>Kommunen du arbeider for</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>deliver approved change requests to IKTNH</source>
        <translation>lever godkjente endringsbestillinger til IKTNH</translation>
    </message>
    <message>
        <source>one pass over the outbox: deliver what waits</source>
        <translation>gå gjennom utboksen én gang: lever det som venter</translation>
    </message>
    <message>
        <source>IKTNH&apos;s API, e.g. https://api.iktnh.example/v1</source>
        <translation>API-et til IKTNH, f.eks. https://api.iktnh.example/v1</translation>
    </message>
    <message>
        <source>wait at most this long for retries within the pass (default: 60)</source>
        <translation>vent høyst så mange sekunder på nye forsøk i samme gjennomgang (standard: 60)</translation>
    </message>
    <message>
        <source>every change request in the outbox</source>
        <translation>alle endringsbestillingene i utboksen</translation>
    </message>
    <message>
        <source>write JSON</source>
        <translation>skriv JSON</translation>
    </message>
    <message>
        <source>IKTNH&apos;s current operating notices</source>
        <translation>driftsmeldingene fra IKTNH nå</translation>
    </message>
    <message>
        <source>No secure keyring is available for the signing key. Install the operating system&apos;s keyring (Secret Service, macOS Keychain or Windows Credential Manager), or name a backend in PYTHON_KEYRING_BACKEND.</source>
        <translation>Det finnes ingen sikker nøkkelring for signeringsnøkkelen. Installer nøkkelringen til operativsystemet (Secret Service, macOS Keychain eller Windows Credential Manager), eller angi en nøkkelring i PYTHON_KEYRING_BACKEND.</translation>
    </message>
    <message>
        <source>There is no signing key yet: make one with &apos;kontakt keys create&apos;.</source>
        <translation>Det finnes ingen signeringsnøkkel ennå: lag en med «kontakt keys create».</translation>
    </message>
    <message>
        <source>--api {url}: Kontakt sends only over HTTPS (plain HTTP only to this machine).</source>
        <translation>--api {url}: Kontakt sender bare over HTTPS (vanlig HTTP bare til denne maskinen).</translation>
    </message>
    <message numerus="yes">
        <source>Delivered %n change request(s).</source>
        <translation>
            <numerusform>Leverte %n endringsbestilling.</numerusform>
            <numerusform>Leverte %n endringsbestillinger.</numerusform>
        </translation>
    </message>
    <message>
        <source>From {since} to {until}</source>
        <translation>Fra {since} til {until}</translation>
    </message>
    <message>
        <source>Since {since}, until further notice</source>
        <translation>Siden {since}, inntil videre</translation>
    </message>
    <message>
        <source>{severity}: {title}. Affected: {services}. {period}. {detail}</source>
        <translation>{severity}: {title}. Gjelder: {services}. {period}. {detail}</translation>
    </message>
    <message>
        <source>Change request {number} refused by IKTNH: {detail}</source>
        <translation>IKTNH avviste endringsbestilling {number}: {detail}</translation>
    </message>
    <message>
        <source>Change request {number} waits in the outbox (next try {when}): {detail}</source>
        <translation>Endringsbestilling {number} venter i utboksen (neste forsøk {when}): {detail}</translation>
    </message>
    <message numerus="yes">
        <source>{number}  {kind}  {state}  IKTNH: {remote}  %n attempt(s)</source>
        <translation>
            <numerusform>{number}  {kind}  {state}  IKTNH: {remote}  %n forsøk</numerusform>
            <numerusform>{number}  {kind}  {state}  IKTNH: {remote}  %n forsøk</numerusform>
        </translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Driftsstans</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Redusert drift</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasjon</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <source>IKTNH&apos;s status could not be read: {detail}</source>
        <translation>Fikk ikke lest driftsstatusen til IKTNH: {detail}</translation>
    </message>
    <message>
        <source>No notices from IKTNH: everything runs as normal.</source>
        <translation>Ingen driftsmeldinger fra IKTNH: alt går som normalt.</translation>
    </message>
</context>
<context>
    <name>PatternCommand</name>
    <message>
        <source>ring patterns: check, simulate a call, coverage over time, compare</source>
        <translation>ringemønstre: sjekk, simuler en oppringning, tidsdekning, sammenlign</translation>
    </message>
    <message>
        <source>write JSON for other programs</source>
        <translation>skriv JSON for andre programmer</translation>
    </message>
    <message>
        <source>ring-pattern file (.ringpattern.json)</source>
        <translation>ringemønsterfil (.ringpattern.json)</translation>
    </message>
    <message>
        <source>the entry number dialled, e.g. +4756100000</source>
        <translation>nummeret innringeren ringer, f.eks. +4756100000</translation>
    </message>
    <message>
        <source>check a ring pattern and list what is wrong or risky</source>
        <translation>sjekk et ringemønster og list opp hva som er feil eller risikabelt</translation>
    </message>
    <message>
        <source>follow one call through a ring pattern</source>
        <translation>følg en samtale gjennom et ringemønster</translation>
    </message>
    <message>
        <source>local date and time of the call</source>
        <translation>lokal dato og tid for samtalen</translation>
    </message>
    <message>
        <source>keys the caller presses, one per voice menu, comma-separated</source>
        <translation>tastene innringeren trykker, én per talemeny, skilt med komma</translation>
    </message>
    <message>
        <source>the member who answers (default: nobody answers)</source>
        <translation>medlemmet som svarer (standard: ingen svarer)</translation>
    </message>
    <message>
        <source>members who are away, comma-separated</source>
        <translation>medlemmer som er borte, skilt med komma</translation>
    </message>
    <message>
        <source>where unanswered calls end, hour by hour, over a period</source>
        <translation>hvor samtaler uten svar ender, time for time, over en periode</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD)</source>
        <translation>første dag (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>last day, included</source>
        <translation>siste dag, inkludert</translation>
    </message>
    <message>
        <source>compare two versions of a ring pattern</source>
        <translation>sammenlign to versjoner av et ringemønster</translation>
    </message>
    <message>
        <source>the older file</source>
        <translation>den eldre filen</translation>
    </message>
    <message>
        <source>the newer file</source>
        <translation>den nyere filen</translation>
    </message>
    <message>
        <source>Errors: {errors}, warnings: {warnings}, information: {info}</source>
        <translation>Feil: {errors}, advarsler: {warnings}, informasjon: {info}</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Ingen funn.</translation>
    </message>
    <message>
        <source>Call to {number} at {when}</source>
        <translation>Samtale til {number} ({when})</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunder</translation>
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
        <translation>Hva skjedde</translation>
    </message>
    <message>
        <source>{members} rang: {result}</source>
        <translation>Det ringte hos {members}: {result}</translation>
    </message>
    <message>
        <source>Answered by {member} after {seconds} s.</source>
        <translation>Besvart av {member} etter {seconds} s.</translation>
    </message>
    <message>
        <source>Forwarded to {number} after {seconds} s.</source>
        <translation>Viderekoblet til {number} etter {seconds} s.</translation>
    </message>
    <message>
        <source>Outcome: {outcome} after {seconds} s.</source>
        <translation>Utfall: {outcome} etter {seconds} s.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Rute</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>kalender</translation>
    </message>
    <message>
        <source>member</source>
        <translation>medlem</translation>
    </message>
    <message>
        <source>node</source>
        <translation>node</translation>
    </message>
    <message>
        <source>added</source>
        <translation>lagt til</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Etter</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>endret</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Ingen forskjeller.</translation>
    </message>
    <message>
        <source>Numbers affected: {numbers}</source>
        <translation>Berørte numre: {numbers}</translation>
    </message>
</context>
<context>
    <name>PatternErrors</name>
    <message>
        <source>The file is not JSON: {detail} (line {line}, column {column}).</source>
        <translation>Filen er ikke JSON: {detail} (linje {line}, kolonne {column}).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Filen er ikke UTF-8-tekst.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>Filen {file} finnes ikke.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {detail}.</source>
        <translation>Filen {file} kan ikke leses: {detail}.</translation>
    </message>
    <message>
        <source>This is not a ring pattern: the format is {found}, not {expected}.</source>
        <translation>Dette er ikke et ringemønster: formatet er {found}, ikke {expected}.</translation>
    </message>
    <message>
        <source>The ring pattern is of version {version}, made by a newer program; this one reads version {supported}.</source>
        <translation>Ringemønsteret er i versjon {version}, laget av et nyere program; dette programmet leser versjon {supported}.</translation>
    </message>
    <message>
        <source>The version {value} is not known.</source>
        <translation>Versjonen {value} er ukjent.</translation>
    </message>
    <message>
        <source>The key {key} is missing.</source>
        <translation>Nøkkelen {key} mangler.</translation>
    </message>
    <message>
        <source>An object ({{…}}) is expected here.</source>
        <translation>Her skal det stå et objekt ({{…}}).</translation>
    </message>
    <message>
        <source>A list ([…]) is expected here.</source>
        <translation>Her skal det stå en liste ([…]).</translation>
    </message>
    <message>
        <source>Text is expected here.</source>
        <translation>Her skal det stå tekst.</translation>
    </message>
    <message>
        <source>A node id or null is expected here.</source>
        <translation>Her skal det stå en node-id eller null.</translation>
    </message>
    <message>
        <source>A whole number of seconds (0 or more) is expected here, not {value}.</source>
        <translation>Her skal det stå et helt antall sekunder (0 eller mer), ikke {value}.</translation>
    </message>
    <message>
        <source>{value} is not allowed here; allowed: {allowed}.</source>
        <translation>{value} er ikke tillatt her; tillatte verdier: {allowed}.</translation>
    </message>
    <message>
        <source>{value} is not a time of day as HH:MM.</source>
        <translation>{value} er ikke et klokkeslett på formen TT:MM.</translation>
    </message>
    <message>
        <source>An interval is written as [&quot;HH:MM&quot;, &quot;HH:MM&quot;].</source>
        <translation>Et tidsrom skrives som [&quot;TT:MM&quot;, &quot;TT:MM&quot;].</translation>
    </message>
    <message>
        <source>The interval ends ({end}) before it starts ({start}).</source>
        <translation>Tidsrommet slutter ({end}) før det begynner ({start}).</translation>
    </message>
    <message>
        <source>{value} is not a date.</source>
        <translation>{value} er ikke en dato.</translation>
    </message>
    <message>
        <source>{value} is not a known time zone.</source>
        <translation>{value} er ikke en kjent tidssone.</translation>
    </message>
    <message>
        <source>{value} is not a country whose public holidays are known.</source>
        <translation>{value} er ikke et land med kjente helligdager.</translation>
    </message>
    <message>
        <source>A position is written as [x, y], two numbers.</source>
        <translation>En posisjon skrives som [x, y], to tall.</translation>
    </message>
    <message>
        <source>The pattern has no entry with the number {number}.</source>
        <translation>Ringemønsteret har ikke nummeret {number}.</translation>
    </message>
    <message>
        <source>The pattern has no member {member}.</source>
        <translation>Ringemønsteret har ikke noe medlem {member}.</translation>
    </message>
    <message>
        <source>{value} is not a key on a phone (0-9, * or #).</source>
        <translation>{value} er ikke en tast på telefonen (0-9, * eller #).</translation>
    </message>
    <message>
        <source>{file}, at {path}: {problem}</source>
        <translation>{file}, ved {path}: {problem}</translation>
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
        <translation>Utgangen {exit} fører til {target}, som ikke finnes.</translation>
    </message>
    <message>
        <source>The exit {exit} is missing: calls that take it go nowhere.</source>
        <translation>Utgangen {exit} mangler: samtaler som går den veien, ender ingen steder.</translation>
    </message>
    <message>
        <source>The member {member} is not among the pattern&apos;s members.</source>
        <translation>Medlemmet {member} er ikke blant medlemmene i ringemønsteret.</translation>
    </message>
    <message>
        <source>The calendar {calendar} does not exist.</source>
        <translation>Kalenderen {calendar} finnes ikke.</translation>
    </message>
    <message>
        <source>The group has no members: no phone rings.</source>
        <translation>Svargruppen har ingen medlemmer: ingen telefon ringer.</translation>
    </message>
    <message>
        <source>A caller who presses nothing goes round and round: {path}.</source>
        <translation>En innringer som ikke trykker noe, går rundt i ring: {path}.</translation>
    </message>
    <message>
        <source>{number} is not a valid phone number in international form.</source>
        <translation>{number} er ikke et gyldig telefonnummer på internasjonal form.</translation>
    </message>
    <message>
        <source>The number {number} is used by more than one entry.</source>
        <translation>Nummeret {number} er oppført mer enn én gang.</translation>
    </message>
    <message>
        <source>More than one node has this id.</source>
        <translation>Mer enn én node har denne id-en.</translation>
    </message>
    <message>
        <source>No number leads here.</source>
        <translation>Ikke noe nummer fører hit.</translation>
    </message>
    <message>
        <source>Only {member} is in the group: nobody covers for them.</source>
        <translation>Bare {member} er i svargruppen: ingen dekker opp for vedkommende.</translation>
    </message>
    <message>
        <source>A caller who presses nothing and whom nobody answers can ring and wait {seconds} s from here (more than {limit} s) before hearing a message.</source>
        <translation>En innringer som ikke trykker noe og ikke får svar, kan vente {seconds} s herfra (mer enn {limit} s) før det kommer en melding.</translation>
    </message>
    <message>
        <source>Calls to {entry} can be hung up without a message.</source>
        <translation>Samtaler til {entry} kan bli avsluttet uten at innringeren hører en melding.</translation>
    </message>
    <message>
        <source>The calendar {calendar} does not know the public holidays.</source>
        <translation>Kalenderen {calendar} kjenner ikke helligdagene.</translation>
    </message>
</context>
<context>
    <name>PatternStatus</name>
    <message>
        <source>the current set-up</source>
        <translation>det gjeldende oppsettet</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>et utkast</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>bestilt</translation>
    </message>
</context>
<context>
    <name>PatternWords</name>
    <message>
        <source>open</source>
        <translation>åpent</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stengt</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>helligdag</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>besvart</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>talepost</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>viderekoblet</translation>
    </message>
    <message>
        <source>hangs up</source>
        <translation>legger på</translation>
    </message>
    <message>
        <source>endless loop</source>
        <translation>evig løkke</translation>
    </message>
    <message>
        <source>dead end</source>
        <translation>blindvei</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>ikke svar</translation>
    </message>
    <message>
        <source>overflow</source>
        <translation>overløp</translation>
    </message>
    <message>
        <source>no key pressed</source>
        <translation>ingen tast trykket</translation>
    </message>
    <message>
        <source>invalid key</source>
        <translation>ugyldig tast</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>åpningstider</translation>
    </message>
    <message>
        <source>voice menu</source>
        <translation>talemeny</translation>
    </message>
    <message>
        <source>answer group</source>
        <translation>svargruppe</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>kø</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>innspilt melding</translation>
    </message>
    <message>
        <source>forwarding</source>
        <translation>viderekobling</translation>
    </message>
    <message>
        <source>error</source>
        <translation>feil</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advarsel</translation>
    </message>
    <message>
        <source>information</source>
        <translation>informasjon</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(ingen enhet)</translation>
    </message>
    <message>
        <source>No check has been run yet.</source>
        <translation>Ingen sjekk er kjørt ennå.</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln finding(s)</source>
        <translation>
            <numerusform>Viser {shown} av %Ln funn</numerusform>
            <numerusform>Viser {shown} av %Ln funn</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Ingen funn.</translation>
    </message>
    <message>
        <source>No findings match the filters.</source>
        <translation>Ingen funn passer til filtrene.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{file}&lt;/b&gt;: %Ln row(s) read, checked {date}.</source>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt;: %Ln rad lest, sjekket {date}.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt;: %Ln rader lest, sjekket {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked (no column or no input for them): {codes}</source>
        <translation>Ikke sjekket (mangler kolonne eller inndata): {codes}</translation>
    </message>
    <message>
        <source>Choose a finding to see the row of the export and what it was compared with.</source>
        <translation>Velg et funn for å se raden i eksporten og hva den ble sammenlignet med.</translation>
    </message>
    <message>
        <source>Row {row} of the export</source>
        <translation>Rad {row} i eksporten</translation>
    </message>
    <message>
        <source>In the number register</source>
        <translation>I nummerregisteret</translation>
    </message>
    <message>
        <source>In ring patterns</source>
        <translation>I ringemønstre</translation>
    </message>
    <message>
        <source>Findings by department</source>
        <translation>Funn per enhet</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Alvorsgrad:</translation>
    </message>
    <message>
        <source>Fi&amp;nding:</source>
        <translation>F&amp;unn:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>E&amp;nhet:</translation>
    </message>
    <message>
        <source>Search name, employee ID, value …</source>
        <translation>Søk etter navn, ansattnummer, verdi …</translation>
    </message>
    <message>
        <source>Search the findings</source>
        <translation>Søk i funnene</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Tøm filtrene</translation>
    </message>
    <message>
        <source>Show all findings again (Escape in the search field)</source>
        <translation>Vis alle funnene igjen (Escape i søkefeltet)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Tøm filtrene</translation>
    </message>
    <message>
        <source>Click a department, or press Enter on it, to show only its findings.</source>
        <translation>Klikk på en enhet, eller trykk Enter på den, for å se bare funnene dens.</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>run the reference receiver of IKTNH&apos;s API</source>
        <translation>kjør referansemottakeren for API-et til IKTNH</translation>
    </message>
    <message>
        <source>the port to listen on (default: 8421; 0: any free one)</source>
        <translation>porten det skal lyttes på (standard: 8421; 0: en ledig port)</translation>
    </message>
    <message>
        <source>the address to listen on (default: 127.0.0.1)</source>
        <translation>adressen det skal lyttes på (standard: 127.0.0.1)</translation>
    </message>
    <message>
        <source>the registered keys: a JWK Set, each key with &quot;kommune&quot;</source>
        <translation>de registrerte nøklene: et JWK Set, hver nøkkel med &quot;kommune&quot;</translation>
    </message>
    <message>
        <source>the folder the receiver keeps its requests in</source>
        <translation>mappen der mottakeren tar vare på bestillingene</translation>
    </message>
    <message>
        <source>the URL clients reach it by, when it sits behind a proxy</source>
        <translation>adressen klientene når den på, når den står bak en mellomtjener</translation>
    </message>
    <message>
        <source>The reference server needs werkzeug: pip install &apos;kontakt[server]&apos;.</source>
        <translation>Referansetjeneren trenger werkzeug: pip install &apos;kontakt[server]&apos;.</translation>
    </message>
    <message>
        <source>The key file cannot be used: {reason}</source>
        <translation>Nøkkelfilen kan ikke brukes: {reason}</translation>
    </message>
    <message>
        <source>Cannot start the server: {reason}</source>
        <translation>Får ikke startet tjeneren: {reason}</translation>
    </message>
    <message>
        <source>Reference receiver at {url} (Ctrl+C stops it)</source>
        <translation>Referansemottakeren er på {url} (Ctrl+C stopper den)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>e.g. alver.kommune.no, fedje.kommune.no</source>
        <translation>f.eks. alver.kommune.no, fedje.kommune.no</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>E-mail &amp;domains:</source>
        <translation>E-post&amp;domener:</translation>
    </message>
    <message>
        <source>IKTNH &amp;API address:</source>
        <translation>IKTNH-&amp;API-adresse:</translation>
    </message>
    <message>
        <source>ICT contact</source>
        <translation>IKT-kontakt</translation>
    </message>
    <message>
        <source>Municipality n&amp;umber:</source>
        <translation>&amp;Kommunenummer:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;vn:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <source>Kontakt shows the made-up municipality &quot;Demo kommune&quot;. Enter your own municipality&apos;s number and name to replace it, or remove the demo data.</source>
        <translation>Kontakt viser den oppdiktede kommunen «Demo kommune». Skriv inn nummeret og navnet på din egen kommune for å erstatte den, eller fjern demodata.</translation>
    </message>
    <message>
        <source>&amp;Remove demo data</source>
        <translation>&amp;Fjern demodata</translation>
    </message>
    <message>
        <source>Your municipality replaces the demo municipality, and the demo data is removed. Continue?</source>
        <translation>Kommunen din erstatter demokommunen, og demodata blir fjernet. Vil du fortsette?</translation>
    </message>
    <message>
        <source>Remove the demo municipality and all its demo data? It is not loaded again.</source>
        <translation>Vil du fjerne demokommunen med alle demodata? Den blir ikke lastet inn igjen.</translation>
    </message>
</context>
<context>
    <name>SettingsProblems</name>
    <message>
        <source>The municipality number must be four digits (e.g. 4631).</source>
        <translation>Kommunenummeret må ha fire sifre (f.eks. 4631).</translation>
    </message>
    <message>
        <source>The municipality needs a name.</source>
        <translation>Kommunen må ha et navn.</translation>
    </message>
    <message>
        <source>The ICT contact&apos;s e-mail address is not valid: {value}</source>
        <translation>E-postadressen til IKT-kontakten er ikke gyldig: {value}</translation>
    </message>
    <message>
        <source>The ICT contact&apos;s phone number is not valid: {value}</source>
        <translation>Telefonnummeret til IKT-kontakten er ikke gyldig: {value}</translation>
    </message>
    <message>
        <source>Not an e-mail domain: {value}</source>
        <translation>Ikke et e-postdomene: {value}</translation>
    </message>
    <message>
        <source>Another municipality in this database has the number {value}.</source>
        <translation>En annen kommune i denne databasen har kommunenummeret {value}.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (http:// only for this machine): {value}</source>
        <translation>API-adressen må begynne med https:// (http:// bare for denne datamaskinen): {value}</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasjon</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>Kontakt cannot write to its data folder {path}: {reason}. Choose another database with --db, or give your user write access to the folder.</source>
        <translation>Kontakt kan ikke skrive til datamappen sin {path}: {reason}. Velg en annen database med --db, eller gi brukeren din skrivetilgang til mappen.</translation>
    </message>
    <message>
        <source>The database {url} cannot be read: {reason}. Nothing was changed in it.</source>
        <translation>Databasen {url} kan ikke leses: {reason}. Ingenting er endret i databasen.</translation>
    </message>
    <message>
        <source>The database {url} is read-only for you, and Kontakt must be able to write to it. Nothing was changed in it. Give your user write access to the file, or choose another database with --db.</source>
        <translation>Databasen {url} er skrivebeskyttet for deg, og Kontakt må kunne skrive til den. Ingenting er endret i databasen. Gi brukeren din skrivetilgang til filen, eller velg en annen database med --db.</translation>
    </message>
    <message>
        <source>The file {url} is another program&apos;s database: it has tables, but no Kontakt schema version. Kontakt does not use it, and nothing was changed in it. Choose another file with --db.</source>
        <translation>Filen {url} er databasen til et annet program: den har tabeller, men ingen skjemaversjon fra Kontakt. Kontakt bruker den ikke, og ingenting er endret i den. Velg en annen fil med --db.</translation>
    </message>
    <message>
        <source>The file {url} is another program&apos;s database: its schema version {found} is not one of Kontakt&apos;s. Kontakt does not use it, and nothing was changed in it. Choose another file with --db.</source>
        <translation>Filen {url} er databasen til et annet program: skjemaversjonen {found} er ikke en av Kontakts. Kontakt bruker den ikke, og ingenting er endret i den. Velg en annen fil med --db.</translation>
    </message>
    <message>
        <source>The database {url} is marked as Kontakt&apos;s (schema {found}) but lacks its tables {tables}: it is damaged or another program&apos;s. Kontakt does not use it, and nothing was changed in it.</source>
        <translation>Databasen {url} er merket som Kontakts (skjema {found}), men mangler tabellene {tables}: den er skadet eller hører til et annet program. Kontakt bruker den ikke, og ingenting er endret i den.</translation>
    </message>
    <message>
        <source>Kontakt cannot open the database {url}: its driver ({driver}) is not installed. Install it in Kontakt&apos;s Python environment, or choose another database with --db.</source>
        <translation>Kontakt kan ikke åpne databasen {url}: driveren ({driver}) er ikke installert. Installer den i Python-miljøet til Kontakt, eller velg en annen database med --db.</translation>
    </message>
    <message>
        <source>The database {url} was made by a newer Kontakt (schema {found}; this version knows up to {known}). Update Kontakt. Nothing was changed in the database.</source>
        <translation>Databasen {url} er laget av en nyere versjon av Kontakt (skjema {found}; denne versjonen kjenner skjema til og med {known}). Oppdater Kontakt. Ingenting er endret i databasen.</translation>
    </message>
    <message>
        <source>Kontakt could not set up its tables in the new database {url}: {reason}. Nothing was kept in it; the next start tries again.</source>
        <translation>Kontakt kunne ikke lage tabellene sine i den nye databasen {url}: {reason}. Ingenting er tatt vare på i den; neste oppstart prøver på nytt.</translation>
    </message>
    <message>
        <source>The database {url} could not be brought up to date: {reason}. Nothing was changed in it, and a copy from before the attempt is in {backup}.</source>
        <translation>Databasen {url} kunne ikke oppdateres: {reason}. Ingenting er endret i databasen, og en kopi fra før forsøket ligger i {backup}.</translation>
    </message>
    <message>
        <source>The database {url} has no municipality with the number {number}. It has: {known}.</source>
        <translation>Databasen {url} har ingen kommune med kommunenummeret {number}. Den har: {known}.</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Ring patterns</source>
        <translation>Ringemønster</translation>
    </message>
    <message>
        <source>Contact check</source>
        <translation>Kontaktsjekk</translation>
    </message>
    <message>
        <source>Phone models</source>
        <translation>Telefonmodeller</translation>
    </message>
    <message>
        <source>Test checklist</source>
        <translation>Testsjekkliste</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Endringsbestillinger</translation>
    </message>
    <message>
        <source>Draw and change the municipality&apos;s ring patterns: opening hours, holidays, voice menus, answer groups and queues. See findings as you edit, simulate a call at any moment, and compare a draft with what IKTNH runs now.</source>
        <translation>Tegn og endre kommunens ringemønstre: åpningstider, helligdager, talemenyer, svargrupper og køer. Se funn mens du redigerer, simuler en oppringning når som helst, og sammenlign et utkast med det gjeldende oppsettet hos IKTNH.</translation>
    </message>
    <message>
        <source>Browse the phone models IKTNH has negotiated, compare them side by side, and order a phone for an employee.</source>
        <translation>Bla gjennom telefonmodellene IKTNH har forhandlet fram, sammenlign dem side om side, og bestill telefon til en ansatt.</translation>
    </message>
    <message>
        <source>After a change, get the test calls that prove it works, record each result, and report failures to IKTNH&apos;s service desk.</source>
        <translation>Etter en endring: få testoppringningene som viser at den virker, registrer hvert resultat, og meld feil til servicedesken hos IKTNH.</translation>
    </message>
    <message>
        <source>Approve change requests with your key and follow them until IKTNH has carried them out. Requests wait safely in the outbox while you are offline.</source>
        <translation>Godkjenn endringsbestillinger med nøkkelen din, og følg dem til IKTNH har gjennomført dem. Bestillingene venter trygt i utboksen når du ikke er på nett.</translation>
    </message>
    <message>
        <source>No ring patterns are stored yet.</source>
        <translation>Ingen ringemønstre er lagret ennå.</translation>
    </message>
    <message>
        <source>Ring patterns stored now:</source>
        <translation>Ringemønstre som er lagret nå:</translation>
    </message>
    <message>
        <source>• {name}: {versions} version(s), the newest is {status}; the check finds {errors} errors and {warnings} warnings in it.</source>
        <translation>• {name}: {versions} versjon(er), den nyeste er {status}; sjekken finner {errors} feil og {warnings} advarsler i den.</translation>
    </message>
    <message>
        <source>{count} phone models are stored.</source>
        <translation>{count} telefonmodeller er lagret.</translation>
    </message>
    <message>
        <source>{count} test runs are stored.</source>
        <translation>{count} testrunder er lagret.</translation>
    </message>
    <message>
        <source>{count} change requests are stored.</source>
        <translation>{count} endringsbestillinger er lagret.</translation>
    </message>
    <message>
        <source>This workspace is not ready yet. It comes in a later version of Kontakt.</source>
        <translation>Denne arbeidsflaten er ikke klar ennå. Den kommer i en senere versjon av Kontakt.</translation>
    </message>
</context>
</TS>
