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
    <name>ApproveDialog</name>
    <message>
        <source>Approve and sign change request {number}</source>
        <translation>Godkjenn og signer endringsbestilling {number}</translation>
    </message>
    <message>
        <source>You sign exactly the text below with your key. IKTNH can prove later that you approved it, and nothing in it can change after approval: to change it, make a new request.</source>
        <translation>Du signerer nøyaktig teksten nedenfor med nøkkelen din. IKTNH kan senere bevise at du godkjente den, og ingenting i den kan endres etter godkjenningen: vil du endre noe, lager du en ny bestilling.</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signert av:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>Nøkkel-id:</translation>
    </message>
    <message>
        <source>&amp;Approve and sign</source>
        <translation>&amp;Godkjenn og signer</translation>
    </message>
    <message>
        <source>What is signed (canonical JSON, RFC 8785):</source>
        <translation>Det som blir signert (kanonisk JSON, RFC 8785):</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: feil: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>disse argumentene må være med: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldig valg: %(value)r (velg mellom %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>ukjente argumenter: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>her skal det komme én verdi</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>her kan det komme høyst én verdi</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>her skal det komme minst én verdi</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>flertydig valg: %(option)s kan være %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ugyldig verdi: %(value)r</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>verdien %r hører ikke til her</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>kan ikke brukes sammen med %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>ett av disse argumentene må være med: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>ukjent kommando %(parser_name)r (valg: %(choices)s)</translation>
    </message>
    <message numerus="yes">
        <source>expected %s argument(s)</source>
        <translation>
            <numerusform>her skal det komme %s verdi</numerusform>
            <numerusform>her skal det komme %s verdier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <source>Closed days</source>
        <translation>Stengte dager</translation>
    </message>
    <message>
        <source>Special hours</source>
        <translation>Særskilte åpningstider</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Helligdager</translation>
    </message>
    <message>
        <source>New calendar for this schedule</source>
        <translation>Lag en ny kalender for dette steget</translation>
    </message>
    <message>
        <source>Drag over the grid to make hours open (or closed, starting on an open half hour). Keyboard: arrows move, Shift+arrows extend, Space switches. Exact hours below, such as 08:00–15:30.</source>
        <translation>Dra over rutenettet for å gjøre timer åpne (eller stengte, når du begynner på en åpen halvtime). Tastatur: piltastene flytter, Shift+piltaster utvider, mellomrom bytter. Nøyaktige tider under, for eksempel 08.00–15.30.</translation>
    </message>
    <message>
        <source>Opening hours of the week, by half hour</source>
        <translation>Åpningstidene i uken, per halvtime</translation>
    </message>
    <message>
        <source>Enter or double-click a holiday to give it special hours.</source>
        <translation>Trykk Enter eller dobbeltklikk på en helligdag for å gi den særskilte åpningstider.</translation>
    </message>
    <message>
        <source>Closed dates (municipal closing days):</source>
        <translation>Stengte datoer (kommunale stengte dager):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Closed every year (such as Christmas Eve):</source>
        <translation>Stengt hvert år (for eksempel julaften):</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Special hours: dates with their own opening hours, which count before public holidays and closed dates.</source>
        <translation>Særskilte åpningstider: datoer med egne åpningstider, som gjelder foran helligdager og stengte datoer.</translation>
    </message>
    <message>
        <source>The schedule has no calendar yet.</source>
        <translation>Steget har ingen kalender ennå.</translation>
    </message>
    <message>
        <source>The calendar &quot;{name}&quot; does not exist.</source>
        <translation>Kalenderen «{name}» finnes ikke.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Calendar &quot;{name}&quot;&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kalender «{name}»&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s) use this calendar: a change here changes them all.</source>
        <translation>
            <numerusform>%n steg bruker denne kalenderen: en endring her endrer alle.</numerusform>
            <numerusform>%n steg bruker denne kalenderen: en endring her endrer alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed on Norway&apos;s public holidays</source>
        <translation>Stengt på norske helligdager</translation>
    </message>
    <message>
        <source>Closed on the public holidays of {country}</source>
        <translation>Stengt på helligdagene i {country}</translation>
    </message>
    <message>
        <source>On these days calls take the schedule&apos;s closed-day exit, unless the day has special hours.</source>
        <translation>Disse dagene går samtalene til utgangen for fridag, med mindre dagen har særskilte åpningstider.</translation>
    </message>
    <message>
        <source>This calendar does not follow the public holidays: it keeps its weekly hours on them.</source>
        <translation>Denne kalenderen følger ikke helligdagene: den har de vanlige åpningstidene på dem.</translation>
    </message>
    <message>
        <source>special hours: {hours}</source>
        <translation>særskilte åpningstider: {hours}</translation>
    </message>
    <message>
        <source>weekly hours: {hours}</source>
        <translation>vanlige åpningstider: {hours}</translation>
    </message>
    <message>
        <source>{date} {name}: {state}</source>
        <translation>{date} {name}: {state}</translation>
    </message>
    <message>
        <source>New calendar</source>
        <translation>Ny kalender</translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation>Åpne timer</translation>
    </message>
    <message>
        <source>Close hours</source>
        <translation>Stenge timer</translation>
    </message>
    <message>
        <source>{day}: {problem}</source>
        <translation>{day}: {problem}</translation>
    </message>
    <message>
        <source>Change the opening hours</source>
        <translation>Endre åpningstidene</translation>
    </message>
    <message>
        <source>Follow the public holidays</source>
        <translation>Følge helligdagene</translation>
    </message>
    <message>
        <source>Ignore the public holidays</source>
        <translation>Se bort fra helligdagene</translation>
    </message>
    <message>
        <source>Change the closed dates</source>
        <translation>Endre de stengte datoene</translation>
    </message>
    <message>
        <source>Change the yearly closed days</source>
        <translation>Endre de årlige stengte dagene</translation>
    </message>
    <message>
        <source>Change the special hours</source>
        <translation>Endre de særskilte åpningstidene</translation>
    </message>
</context>
<context>
    <name>CallFields</name>
    <message>
        <source>Start</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>Number dialled</source>
        <translation>Oppringt nummer</translation>
    </message>
    <message>
        <source>Queue or group</source>
        <translation>Kø eller gruppe</translation>
    </message>
    <message>
        <source>Wait time</source>
        <translation>Ventetid</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Samtaletid</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Besvart av</translation>
    </message>
    <message>
        <source>Calling number</source>
        <translation>A-nummer (innringer)</translation>
    </message>
</context>
<context>
    <name>CatalogueCommand</name>
    <message>
        <source>{value} is not an amount in kroner</source>
        <translation>{value} er ikke et beløp i kroner</translation>
    </message>
    <message>
        <source>IKTNH&apos;s phone models</source>
        <translation>IKTNHs telefonmodeller</translation>
    </message>
    <message>
        <source>fetch the phone catalogue from IKTNH</source>
        <translation>hent telefonmodellene fra IKTNH</translation>
    </message>
    <message>
        <source>IKTNH&apos;s API, e.g. https://api.iktnh.example/v1</source>
        <translation>API-et til IKTNH, for eksempel https://api.iktnh.example/v1</translation>
    </message>
    <message>
        <source>the stored phone models</source>
        <translation>de lagrede telefonmodellene</translation>
    </message>
    <message>
        <source>only this operating system</source>
        <translation>bare dette operativsystemet</translation>
    </message>
    <message>
        <source>only with 5G</source>
        <translation>bare med 5G</translation>
    </message>
    <message>
        <source>only with eSIM</source>
        <translation>bare med eSIM</translation>
    </message>
    <message>
        <source>only models with security updates until at least DATE</source>
        <translation>bare modeller med sikkerhetsoppdateringer minst til DATE</translation>
    </message>
    <message>
        <source>only models that cost at most this (ex. VAT)</source>
        <translation>bare modeller som koster høyst dette (eks. mva.)</translation>
    </message>
    <message>
        <source>write JSON</source>
        <translation>skriv JSON</translation>
    </message>
    <message>
        <source>compare two to four models in a workbook</source>
        <translation>sammenlign to til fire modeller i en arbeidsbok</translation>
    </message>
    <message>
        <source>the workbook to write</source>
        <translation>arbeidsboken som skal skrives</translation>
    </message>
    <message>
        <source>order from IKTNH</source>
        <translation>bestill fra IKTNH</translation>
    </message>
    <message>
        <source>order a phone for an employee (a draft)</source>
        <translation>bestill en telefon til en ansatt (et utkast)</translation>
    </message>
    <message>
        <source>the employee number</source>
        <translation>ansattnummeret</translation>
    </message>
    <message>
        <source>municipal e-mail on the phone (a licence cost the municipality pays)</source>
        <translation>e-post fra kommunen på telefonen (en lisenskostnad kommunen betaler)</translation>
    </message>
    <message>
        <source>setup help from IKTNH</source>
        <translation>hjelp til oppsett fra IKTNH</translation>
    </message>
    <message>
        <source>also add the employee&apos;s mobile to this group or queue of a stored ring pattern (in its draft)</source>
        <translation>legg også mobilen til den ansatte i denne gruppen eller køen i et lagret ringemønster (i utkastet)</translation>
    </message>
    <message>
        <source>The phone catalogue could not be fetched: {detail}</source>
        <translation>Telefonmodellene kunne ikke hentes: {detail}</translation>
    </message>
    <message>
        <source>The phone catalogue has not changed.</source>
        <translation>Telefonmodellene er ikke endret.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) added.</source>
        <translation>
            <numerusform>%n modell lagt til.</numerusform>
            <numerusform>%n modeller lagt til.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) changed.</source>
        <translation>
            <numerusform>%n modell endret.</numerusform>
            <numerusform>%n modeller endret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) removed.</source>
        <translation>
            <numerusform>%n modell fjernet.</numerusform>
            <numerusform>%n modeller fjernet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced from IKTNH (the demo catalogue).</source>
        <translation>Aldri hentet fra IKTNH (demomodellene).</translation>
    </message>
    <message>
        <source>Last synced {when}.</source>
        <translation>Sist hentet {when}.</translation>
    </message>
    <message>
        <source>The prices are examples, not IKTNH&apos;s agreement prices.</source>
        <translation>Prisene er eksempler, ikke avtaleprisene til IKTNH.</translation>
    </message>
    <message>
        <source>Name two to four models to compare.</source>
        <translation>Oppgi to til fire modeller å sammenligne.</translation>
    </message>
    <message>
        <source>{path}: the workbook could not be written: {reason}</source>
        <translation>{path}: arbeidsboken kunne ikke skrives: {reason}</translation>
    </message>
    <message>
        <source>Comparison written to {path}.</source>
        <translation>Sammenligningen er skrevet til {path}.</translation>
    </message>
    <message>
        <source>There is no phone model called “{model}” in the catalogue.</source>
        <translation>Det finnes ingen telefonmodell som heter «{model}» i modellutvalget.</translation>
    </message>
    <message>
        <source>--employee {id}: there is no employee with this number.</source>
        <translation>--employee {id}: det finnes ingen ansatt med dette ansattnummeret.</translation>
    </message>
    <message>
        <source>--group {group}: no stored ring pattern has this group or queue (write PATTERN/GROUP, the ids of the pattern and of its group).</source>
        <translation>--group {group}: ingen lagrede ringemønstre har denne gruppen eller køen (skriv MØNSTER/GRUPPE, id-ene til mønsteret og gruppen).</translation>
    </message>
    <message>
        <source>--group: employee {id} has no mobile number to add to the group.</source>
        <translation>--group: ansatt {id} har ikke noe mobilnummer å legge til i gruppen.</translation>
    </message>
    <message>
        <source>--colour {colour}: the model does not come in this colour (only {colours}).</source>
        <translation>--colour {colour}: modellen finnes ikke i denne fargen (bare {colours}).</translation>
    </message>
    <message>
        <source>There is no municipality to order for yet.</source>
        <translation>Det finnes ingen kommune å bestille for ennå.</translation>
    </message>
    <message>
        <source>Phone order {number} made as a draft for {name}.</source>
        <translation>Telefonbestilling {number} er laget som utkast for {name}.</translation>
    </message>
    <message>
        <source>Municipal e-mail on the phone costs the municipality {amount} a month in licences.</source>
        <translation>E-post fra kommunen på telefonen koster kommunen {amount} i måneden i lisenser.</translation>
    </message>
    <message>
        <source>The mobile already rings in {group} in the ring pattern {key}.</source>
        <translation>Mobilen ringer allerede i {group} i ringemønsteret {key}.</translation>
    </message>
    <message>
        <source>The mobile now rings in {group} in the draft of the ring pattern {key} (version {version}).</source>
        <translation>Mobilen ringer nå i {group} i utkastet til ringemønsteret {key} (versjon {version}).</translation>
    </message>
</context>
<context>
    <name>CatalogueErrors</name>
    <message>
        <source>Line {line}, column {column}: the catalogue is not JSON: {reason}.</source>
        <translation>Linje {line}, kolonne {column}: katalogen er ikke JSON: {reason}.</translation>
    </message>
    <message>
        <source>This is not a phone catalogue: the format is {found}, not {expected}.</source>
        <translation>Dette er ikke en telefonkatalog: formatet er {found}, ikke {expected}.</translation>
    </message>
    <message>
        <source>The catalogue has version {found}; Kontakt reads version {expected}.</source>
        <translation>Katalogen har versjon {found}; Kontakt leser versjon {expected}.</translation>
    </message>
    <message>
        <source>{path}: a list was expected.</source>
        <translation>{path}: her skal det være en liste.</translation>
    </message>
    <message>
        <source>{path}: an object was expected.</source>
        <translation>{path}: her skal det være et objekt.</translation>
    </message>
    <message>
        <source>{path}: this field is missing or empty.</source>
        <translation>{path}: feltet mangler eller er tomt.</translation>
    </message>
    <message>
        <source>{path}: {value} is not a date (YYYY-MM-DD).</source>
        <translation>{path}: {value} er ikke en dato (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>{path}: {value} is not an amount.</source>
        <translation>{path}: {value} er ikke et beløp.</translation>
    </message>
    <message>
        <source>{path}: {value} is a negative amount.</source>
        <translation>{path}: {value} er et negativt beløp.</translation>
    </message>
    <message>
        <source>{path}: the picture is not an SVG, PNG or JPEG image in a data: URL.</source>
        <translation>{path}: bildet er ikke et SVG-, PNG- eller JPEG-bilde i en data:-URL.</translation>
    </message>
    <message>
        <source>{path}: {value} is not a path on IKTNH&apos;s API (such as /catalogue/phones/pictures/a.png).</source>
        <translation>{path}: {value} er ikke en sti på API-et til IKTNH (slik som /catalogue/phones/pictures/a.png).</translation>
    </message>
    <message>
        <source>{path}: the picture is larger than {limit} KB.</source>
        <translation>{path}: bildet er større enn {limit} KB.</translation>
    </message>
</context>
<context>
    <name>CatalogueWorkspace</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Model, manufacturer or note</source>
        <translation>Modell, produsent eller merknad</translation>
    </message>
    <message>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Produsent:</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>&amp;Operativsystem:</translation>
    </message>
    <message>
        <source>&amp;Price from:</source>
        <translation>Pr&amp;is fra:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>til:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>hva som helst</translation>
    </message>
    <message>
        <source> kr</source>
        <translation> kr</translation>
    </message>
    <message>
        <source>Price at most</source>
        <translation>Pris høyst</translation>
    </message>
    <message>
        <source>&amp;5G</source>
        <translation>&amp;5G</translation>
    </message>
    <message>
        <source>eS&amp;IM</source>
        <translation>&amp;eSIM</translation>
    </message>
    <message>
        <source>Security &amp;updates until at least</source>
        <translation>Si&amp;kkerhetsoppdateringer minst til</translation>
    </message>
    <message>
        <source>Security updates until at least</source>
        <translation>Sikkerhetsoppdateringer minst til</translation>
    </message>
    <message>
        <source>Phone models</source>
        <translation>Telefonmodeller</translation>
    </message>
    <message>
        <source>Phone models as cards</source>
        <translation>Telefonmodeller som kort</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Kort</translation>
    </message>
    <message>
        <source>Show the models as cards with pictures.</source>
        <translation>Vis modellene som kort med bilder.</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Show the models as a sortable list.</source>
        <translation>Vis modellene som en liste du kan sortere.</translation>
    </message>
    <message>
        <source>About the model</source>
        <translation>Om modellen</translation>
    </message>
    <message>
        <source>&amp;Compare …</source>
        <translation>Sa&amp;mmenlign …</translation>
    </message>
    <message>
        <source>Select two to four models to compare them.</source>
        <translation>Velg to til fire modeller for å sammenligne dem.</translation>
    </message>
    <message>
        <source>O&amp;rder …</source>
        <translation>&amp;Bestill …</translation>
    </message>
    <message>
        <source>Order the selected model for an employee.</source>
        <translation>Bestill den valgte modellen til en ansatt.</translation>
    </message>
    <message>
        <source>Fe&amp;tch from IKTNH</source>
        <translation>He&amp;nt fra IKTNH</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modeller</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestillinger</translation>
    </message>
    <message>
        <source>Phone orders</source>
        <translation>Telefonbestillinger</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Not yet synced from IKTNH: the demo&apos;s models.</source>
        <translation>Ikke hentet fra IKTNH ennå: modellene i demoen.</translation>
    </message>
    <message>
        <source>Last synced from IKTNH {when}.</source>
        <translation>Sist hentet fra IKTNH {when}.</translation>
    </message>
    <message>
        <source>Select a model to see all about it.</source>
        <translation>Velg en modell for å se alt om den.</translation>
    </message>
    <message>
        <source>Security updates for this model end within a year.</source>
        <translation>Sikkerhetsoppdateringene for denne modellen tar slutt innen et år.</translation>
    </message>
    <message>
        <source>{price} ex. VAT.</source>
        <translation>{price} eks. mva.</translation>
    </message>
    <message>
        <source>Picture of {model}</source>
        <translation>Bilde av {model}</translation>
    </message>
    <message>
        <source>Fetching the phone models from IKTNH …</source>
        <translation>Henter telefonmodellene fra IKTNH …</translation>
    </message>
    <message>
        <source>The phone models have not changed since the last sync.</source>
        <translation>Telefonmodellene er ikke endret siden sist.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) added, </source>
        <translation>
            <numerusform>%n modell lagt til, </numerusform>
            <numerusform>%n modeller lagt til, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed, </source>
        <translation>
            <numerusform>%n endret, </numerusform>
            <numerusform>%n endret, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed.</source>
        <translation>
            <numerusform>%n fjernet.</numerusform>
            <numerusform>%n fjernet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kontakt cannot reach IKTNH yet: set the API address in Settings and make your signing key.</source>
        <translation>Kontakt når ikke IKTNH ennå: legg inn API-adressen under Innstillinger og lag signeringsnøkkelen din.</translation>
    </message>
    <message>
        <source>The phone models could not be fetched: {detail}</source>
        <translation>Telefonmodellene kunne ikke hentes: {detail}</translation>
    </message>
    <message>
        <source>Something went wrong while fetching the phone models: {reason}</source>
        <translation>Noe gikk galt da telefonmodellene skulle hentes: {reason}</translation>
    </message>
    <message>
        <source>Order a phone</source>
        <translation>Bestill telefon</translation>
    </message>
    <message>
        <source>Phone order {number} for {name} is a draft under Change requests: approve it there to send it to IKTNH.</source>
        <translation>Telefonbestilling {number} for {name} er et utkast under Endringsbestillinger: godkjenn den der for å sende den til IKTNH.</translation>
    </message>
    <message>
        <source>The mobile already rings in {group} in the ring pattern {pattern}.</source>
        <translation>Mobilen ringer allerede i {group} i ringemønsteret {pattern}.</translation>
    </message>
    <message>
        <source>The mobile now rings in {group} in the draft of the ring pattern {pattern} (version {version}): check the draft under Ring patterns and order it.</source>
        <translation>Mobilen ringer nå i {group} i utkastet til ringemønsteret {pattern} (versjon {version}): se over utkastet under Ringemønster og bestill det.</translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>make and approve change requests for IKTNH</source>
        <translation>lag og godkjenn endringsbestillinger til IKTNH</translation>
    </message>
    <message>
        <source>a ring-pattern change from a document, against the current set-up</source>
        <translation>en endring av ringemønster fra et dokument, mot gjeldende oppsett</translation>
    </message>
    <message>
        <source>the new ring pattern (.ringpattern.json)</source>
        <translation>det nye ringemønsteret (.ringpattern.json)</translation>
    </message>
    <message>
        <source>approve and sign it with your key, and put it in the outbox</source>
        <translation>godkjenn og signer den med nøkkelen din, og legg den i utboksen</translation>
    </message>
    <message>
        <source>what IKTNH reads first (default: the pattern&apos;s name)</source>
        <translation>det IKTNH leser først (standard: navnet på mønsteret)</translation>
    </message>
    <message>
        <source>write JSON</source>
        <translation>skriv JSON</translation>
    </message>
    <message>
        <source>Change request {number}: {summary} ({state}).</source>
        <translation>Endringsbestilling {number}: {summary} ({state}).</translation>
    </message>
    <message>
        <source>Approved with the key {key_id}; SHA-256 of what was signed: {digest}.</source>
        <translation>Godkjent med nøkkelen {key_id}; SHA-256 av det som ble signert: {digest}.</translation>
    </message>
</context>
<context>
    <name>ChangeDescriptions</name>
    <message numerus="yes">
        <source>Correction of contact details for %Ln employee(s)</source>
        <translation>
            <numerusform>Retting av kontaktinformasjon for %Ln ansatt</numerusform>
            <numerusform>Retting av kontaktinformasjon for %Ln ansatte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>Change request {number} – {kind}</source>
        <translation>Endringsbestilling {number} – {kind}</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Laget:</translation>
    </message>
    <message>
        <source>What it holds:</source>
        <translation>Innhold:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Sammendrag:</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>Sist endret:</translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>Godkjent:</translation>
    </message>
    <message>
        <source>From the check of:</source>
        <translation>Fra sjekken av:</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n rettelse</numerusform>
            <numerusform>%n rettelser</numerusform>
        </translation>
    </message>
    <message>
        <source>As sent to IKTNH (JSON)</source>
        <translation>Slik IKTNH får den (JSON)</translation>
    </message>
</context>
<context>
    <name>ChangeKinds</name>
    <message>
        <source>Contact correction</source>
        <translation>Retting av kontaktinformasjon</translation>
    </message>
    <message>
        <source>Ring-pattern change</source>
        <translation>Endring av ringemønster</translation>
    </message>
    <message>
        <source>Phone order</source>
        <translation>Bestilling av telefon</translation>
    </message>
    <message>
        <source>Fault report</source>
        <translation>Feilmelding</translation>
    </message>
</context>
<context>
    <name>ChangeRequests</name>
    <message>
        <source>The database has no municipality to make change requests for.</source>
        <translation>Databasen har ingen kommune å lage endringsbestillinger for.</translation>
    </message>
    <message>
        <source>There is no change request {number} for this municipality.</source>
        <translation>Det finnes ingen endringsbestilling {number} for denne kommunen.</translation>
    </message>
    <message>
        <source>Change request {number} is no longer a draft ({state}): what it asks cannot change. Make a new request instead.</source>
        <translation>Endringsbestilling {number} er ikke lenger et utkast ({state}): det den ber om, kan ikke endres. Lag en ny bestilling i stedet.</translation>
    </message>
    <message>
        <source>Your name, e-mail address and phone number go into the approval: fill in all three under Settings.</source>
        <translation>Navnet, e-postadressen og telefonnummeret ditt går inn i godkjenningen: fyll inn alle tre under Innstillinger.</translation>
    </message>
    <message>
        <source>Change request {number} changed after it was shown to you; nothing was signed. Look at it again and approve it then.</source>
        <translation>Endringsbestilling {number} ble endret etter at den ble vist deg; ingenting ble signert. Se på den igjen og godkjenn den da.</translation>
    </message>
    <message>
        <source>Change request {number} holds a value that cannot be signed: {detail}</source>
        <translation>Endringsbestilling {number} inneholder en verdi som ikke kan signeres: {detail}</translation>
    </message>
    <message>
        <source>{file}: the municipality {kommune} has no current set-up of the ring pattern {pattern} to compare with. Import IKTNH&apos;s current set-up first.</source>
        <translation>{file}: kommune {kommune} har ikke noe gjeldende oppsett av ringemønsteret {pattern} å sammenligne med. Importer det gjeldende oppsettet fra IKTNH først.</translation>
    </message>
    <message>
        <source>{file}: the ring pattern is the same as the current set-up; there is nothing to order.</source>
        <translation>{file}: ringemønsteret er det samme som gjeldende oppsett; det er ingenting å bestille.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: the ring pattern has %n error(s); fix them before you order it (kontakt pattern validate shows them).</source>
        <translation>
            <numerusform>{file}: ringemønsteret har %n feil; rett den før du bestiller det (kontakt pattern validate viser den).</numerusform>
            <numerusform>{file}: ringemønsteret har %n feil; rett dem før du bestiller det (kontakt pattern validate viser dem).</numerusform>
        </translation>
    </message>
    <message>
        <source>Change of the ring pattern {name}</source>
        <translation>Endring av ringemønsteret {name}</translation>
    </message>
</context>
<context>
    <name>ChangeRequestsPage</name>
    <message>
        <source>%Y-%m-%d %H:%M</source>
        <translation>%d.%m.%Y %H.%M</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>%Y-%m-%d</source>
        <translation>%d.%m.%Y</translation>
    </message>
    <message>
        <source>on its way</source>
        <translation>på vei</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>levert</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avvist</translation>
    </message>
    <message>
        <source>to be tried again</source>
        <translation>blir prøvd igjen</translation>
    </message>
    <message>
        <source>received</source>
        <translation>mottatt</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>under arbeid</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>utført</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avvist</translation>
    </message>
    <message>
        <source>Compared with version {version} of the current set-up:</source>
        <translation>Sammenlignet med versjon {version} av gjeldende oppsett:</translation>
    </message>
    <message>
        <source>{name} ({employee}): {finding} – {field} {value}</source>
        <translation>{name} ({employee}): {finding} – {field} {value}</translation>
    </message>
    <message>
        <source>Test case: {title}</source>
        <translation>Test: {title}</translation>
    </message>
    <message>
        <source>Expected: {expected}</source>
        <translation>Forventet: {expected}</translation>
    </message>
    <message>
        <source>Observed: {observed}</source>
        <translation>Observert: {observed}</translation>
    </message>
    <message>
        <source>A phone for {name}: number {number}</source>
        <translation>En telefon til {name}: nummer {number}</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>Modell: {model}</translation>
    </message>
    <message>
        <source>Municipal e-mail on the phone: the municipality pays {amount} a month for the licence</source>
        <translation>E-post fra kommunen på telefonen: kommunen betaler {amount} i måneden for lisensen</translation>
    </message>
    <message>
        <source>Municipal e-mail on the phone (a licence cost)</source>
        <translation>E-post fra kommunen på telefonen (en lisenskostnad)</translation>
    </message>
    <message>
        <source>Set-up help from IKTNH</source>
        <translation>Hjelp til oppsett fra IKTNH</translation>
    </message>
    <message>
        <source>The mobile already rings in {group} in the ring pattern {pattern}</source>
        <translation>Mobilen ringer allerede i {group} i ringemønsteret {pattern}</translation>
    </message>
    <message>
        <source>The mobile rings in {group} in the draft of the ring pattern {pattern} (version {version})</source>
        <translation>Mobilen ringer i {group} i utkastet til ringemønsteret {pattern} (versjon {version})</translation>
    </message>
    <message>
        <source>Change request {number} – {kind}</source>
        <translation>Endringsbestilling {number} – {kind}</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Status: {state}</translation>
    </message>
    <message>
        <source>Made: {when}</source>
        <translation>Laget: {when}</translation>
    </message>
    <message>
        <source>Summary: {summary}</source>
        <translation>Sammendrag: {summary}</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Hva det bes om</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Godkjenning</translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation>Ikke godkjent ennå.</translation>
    </message>
    <message>
        <source>The signature verifies against your key.</source>
        <translation>Signaturen stemmer med nøkkelen din.</translation>
    </message>
    <message>
        <source>The signature does NOT verify against the key.</source>
        <translation>Signaturen stemmer IKKE med nøkkelen.</translation>
    </message>
    <message>
        <source>The approving key is not known to this database.</source>
        <translation>Nøkkelen som godkjente, er ukjent i denne databasen.</translation>
    </message>
    <message>
        <source>Approved by {name} ({email}, {phone}).</source>
        <translation>Godkjent av {name} ({email}, {phone}).</translation>
    </message>
    <message>
        <source>Signed: {when}</source>
        <translation>Signert: {when}</translation>
    </message>
    <message>
        <source>Key id: {key_id}</source>
        <translation>Nøkkel-id: {key_id}</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Idempotency key: {key}</source>
        <translation>Idempotensnøkkel: {key}</translation>
    </message>
    <message>
        <source>No delivery attempt yet.</source>
        <translation>Ikke noe leveringsforsøk ennå.</translation>
    </message>
    <message>
        <source>{when}: {outcome} (HTTP {status}) {detail}</source>
        <translation>{when}: {outcome} (HTTP {status}) {detail}</translation>
    </message>
    <message>
        <source>At IKTNH</source>
        <translation>Hos IKTNH</translation>
    </message>
    <message>
        <source>IKTNH has not received it yet.</source>
        <translation>IKTNH har ikke fått den ennå.</translation>
    </message>
    <message>
        <source>IKTNH&apos;s case: {id}, status: {status}</source>
        <translation>Saken hos IKTNH: {id}, status: {status}</translation>
    </message>
    <message>
        <source>IKTNH&apos;s reason: {reason}</source>
        <translation>Begrunnelse fra IKTNH: {reason}</translation>
    </message>
    <message>
        <source>Comment from IKTNH ({when}): {text}</source>
        <translation>Merknad fra IKTNH ({when}): {text}</translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) wait in the outbox: IKTNH&apos;s API address is missing. Fill it in under Settings.</source>
        <translation>
            <numerusform>%n endringsbestilling venter i utboksen: API-adressen til IKTNH mangler. Fyll den inn under Innstillinger.</numerusform>
            <numerusform>%n endringsbestillinger venter i utboksen: API-adressen til IKTNH mangler. Fyll den inn under Innstillinger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) wait in the outbox: Kontakt sends only over HTTPS. Correct IKTNH&apos;s API address under Settings.</source>
        <translation>
            <numerusform>%n endringsbestilling venter i utboksen: Kontakt sender bare over HTTPS. Rett API-adressen til IKTNH under Innstillinger.</numerusform>
            <numerusform>%n endringsbestillinger venter i utboksen: Kontakt sender bare over HTTPS. Rett API-adressen til IKTNH under Innstillinger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) wait in the outbox: there is no signing key to send with. Open Signing key… to make one or to see what is wrong.</source>
        <translation>
            <numerusform>%n endringsbestilling venter i utboksen: det finnes ingen signeringsnøkkel å sende med. Åpne Signeringsnøkkel … for å lage en eller se hva som er galt.</numerusform>
            <numerusform>%n endringsbestillinger venter i utboksen: det finnes ingen signeringsnøkkel å sende med. Åpne Signeringsnøkkel … for å lage en eller se hva som er galt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) wait in the outbox: Kontakt cannot reach IKTNH (offline). They go by themselves when the connection is back.</source>
        <translation>
            <numerusform>%n endringsbestilling venter i utboksen: Kontakt når ikke IKTNH (frakoblet). Den går av seg selv når forbindelsen er tilbake.</numerusform>
            <numerusform>%n endringsbestillinger venter i utboksen: Kontakt når ikke IKTNH (frakoblet). De går av seg selv når forbindelsen er tilbake.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) wait in the outbox for their next attempt.</source>
        <translation>
            <numerusform>%n endringsbestilling venter i utboksen på neste forsøk.</numerusform>
            <numerusform>%n endringsbestillinger venter i utboksen på neste forsøk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete draft {number}</source>
        <translation>Slette utkast {number}</translation>
    </message>
</context>
<context>
    <name>ChangeRequestsWorkspace</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne …</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Slett utkast …</translation>
    </message>
    <message>
        <source>&amp;Approve and sign…</source>
        <translation>&amp;Godkjenn og signer …</translation>
    </message>
    <message>
        <source>&amp;New draft from this</source>
        <translation>&amp;Nytt utkast fra denne</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Send nå</translation>
    </message>
    <message>
        <source>Signing &amp;key…</source>
        <translation>Signeringsnø&amp;kkel …</translation>
    </message>
    <message>
        <source>No change requests are stored yet.</source>
        <translation>Ingen endringsbestillinger er lagret ennå.</translation>
    </message>
    <message>
        <source>{requests}, {drafts}; {waiting}.</source>
        <translation>{requests}, {drafts}; {waiting}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) stored</source>
        <translation>
            <numerusform>%n endringsbestilling er lagret</numerusform>
            <numerusform>%n endringsbestillinger er lagret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n utkast</numerusform>
            <numerusform>%n utkast</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Slett utkast</translation>
    </message>
    <message>
        <source>Delete the draft {number} ({what})? Edit ▸ Undo brings it back while Kontakt is open.</source>
        <translation>Slette utkastet {number} ({what})? Rediger ▸ Angre henter det tilbake så lenge Kontakt er åpent.</translation>
    </message>
    <message>
        <source>Sending the outbox to IKTNH…</source>
        <translation>Sender utboksen til IKTNH …</translation>
    </message>
    <message>
        <source>{delivered}; {refused}.</source>
        <translation>{delivered}; {refused}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) delivered</source>
        <translation>
            <numerusform>%n endringsbestilling levert</numerusform>
            <numerusform>%n endringsbestillinger levert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by IKTNH</source>
        <translation>
            <numerusform>%n avvist av IKTNH</numerusform>
            <numerusform>%n avvist av IKTNH</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) from IKTNH</source>
        <translation>
            <numerusform>%n driftsmelding fra IKTNH</numerusform>
            <numerusform>%n driftsmeldinger fra IKTNH</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting in the outbox</source>
        <translation>
            <numerusform>%n venter i utboksen</numerusform>
            <numerusform>%n venter i utboksen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a change request to see it whole.</source>
        <translation>Velg en endringsbestilling for å se hele.</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Endringsbestillinger</translation>
    </message>
</context>
<context>
    <name>ChangeStates</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Waiting in the outbox</source>
        <translation>Venter i utboksen</translation>
    </message>
    <message>
        <source>In progress at IKTNH</source>
        <translation>Under arbeid hos IKTNH</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Rejected by IKTNH</source>
        <translation>Avvist av IKTNH</translation>
    </message>
    <message>
        <source>Refused on delivery</source>
        <translation>Avvist ved levering</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>members</source>
        <translation>medlemmer</translation>
    </message>
    <message>
        <source>ringing order</source>
        <translation>ringerekkefølge</translation>
    </message>
    <message>
        <source>ring time</source>
        <translation>ringetid</translation>
    </message>
    <message>
        <source>longest ring time</source>
        <translation>lengste ringetid</translation>
    </message>
    <message>
        <source>maximum queue time</source>
        <translation>maks køtid</translation>
    </message>
    <message>
        <source>queue length</source>
        <translation>kølengde</translation>
    </message>
    <message>
        <source>announcement text</source>
        <translation>meldingstekst</translation>
    </message>
    <message>
        <source>waiting time for a key</source>
        <translation>ventetid på tastetrykk</translation>
    </message>
    <message>
        <source>where it goes without a key</source>
        <translation>hvor samtalen går uten tastetrykk</translation>
    </message>
    <message>
        <source>where a wrong key goes</source>
        <translation>hvor en feil tast går</translation>
    </message>
    <message>
        <source>where it goes when nobody answers</source>
        <translation>hvor samtalen går når ingen svarer</translation>
    </message>
    <message>
        <source>overflow</source>
        <translation>overløp</translation>
    </message>
    <message>
        <source>where it goes next</source>
        <translation>hvor samtalen går videre</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>åpningstider</translation>
    </message>
    <message>
        <source>where it goes when open</source>
        <translation>hvor samtalen går når det er åpent</translation>
    </message>
    <message>
        <source>where it goes when closed</source>
        <translation>hvor samtalen går når det er stengt</translation>
    </message>
    <message>
        <source>where it goes on closed days</source>
        <translation>hvor samtalen går på fridager</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>postkasse</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>phone type</source>
        <translation>telefontype</translation>
    </message>
    <message>
        <source>menu options</source>
        <translation>menyvalg</translation>
    </message>
    <message>
        <source>The number or phone of {members} changed.</source>
        <translation>Nummeret eller telefonen til {members} er endret.</translation>
    </message>
    <message>
        <source>{name}: {fields} changed.</source>
        <translation>{name}: {fields} er endret.</translation>
    </message>
    <message>
        <source>{name} is new in the ring pattern.</source>
        <translation>{name} er ny i ringemønsteret.</translation>
    </message>
    <message>
        <source>{name}: where a wrong key goes changed.</source>
        <translation>{name}: hvor en feil tast går, er endret.</translation>
    </message>
    <message>
        <source>Key {key} in the voice menu {name} was removed.</source>
        <translation>Tast {key} i talemenyen {name} er fjernet.</translation>
    </message>
    <message>
        <source>Key {key} in the voice menu {name} is new.</source>
        <translation>Tast {key} i talemenyen {name} er ny.</translation>
    </message>
    <message>
        <source>Key {key} in the voice menu {name} now leads to {after} (before: {before}).</source>
        <translation>Tast {key} i talemenyen {name} går nå til {after} (før: {before}).</translation>
    </message>
    <message>
        <source>The opening hours changed: at this time a call that presses nothing went to {before} and now goes to {after}.</source>
        <translation>Åpningstidene er endret: på dette tidspunktet gikk en samtale uten tastetrykk til {before}, nå går den til {after}.</translation>
    </message>
    <message>
        <source>A call that presses nothing went to {before} and now goes to {after}.</source>
        <translation>En samtale uten tastetrykk gikk til {before}, nå går den til {after}.</translation>
    </message>
    <message>
        <source>The number {number} is new.</source>
        <translation>Nummeret {number} er nytt.</translation>
    </message>
    <message>
        <source>Where calls to {number} start changed.</source>
        <translation>Hvor samtaler til {number} starter, er endret.</translation>
    </message>
    <message>
        <source>{reason} This time {name} answers in {group}.</source>
        <translation>{reason} Denne gangen svarer {name} i {group}.</translation>
    </message>
    <message>
        <source>The next closed day is {date}: call then, or ask IKTNH&apos;s service desk to set the calendar {calendar} to a closed day while you test.</source>
        <translation>Neste fridag er {date}: ring da, eller be servicedesken til IKTNH sette kalenderen {calendar} til fridag mens du tester.</translation>
    </message>
    <message>
        <source>Special hours hold on {date}: call then, or ask IKTNH&apos;s service desk to set the calendar {calendar} to these hours while you test.</source>
        <translation>Særskilte åpningstider gjelder {date}: ring da, eller be servicedesken til IKTNH sette kalenderen {calendar} til disse tidene mens du tester.</translation>
    </message>
    <message>
        <source>A phone was ordered for {name}.</source>
        <translation>Det er bestilt telefon til {name}.</translation>
    </message>
    <message>
        <source>Call {number} from another phone.</source>
        <translation>Ring {number} fra en annen telefon.</translation>
    </message>
    <message>
        <source>{phone} rings and the call can be answered.</source>
        <translation>{phone} ringer, og samtalen kan besvares.</translation>
    </message>
    <message>
        <source>Send an e-mail to {email}.</source>
        <translation>Send en e-post til {email}.</translation>
    </message>
    <message>
        <source>The e-mail arrives on the phone and a reply can be sent.</source>
        <translation>E-posten kommer frem på telefonen, og du kan sende svar.</translation>
    </message>
    <message>
        <source>Plug the desk phone into the network point at the desk.</source>
        <translation>Koble bordtelefonen til nettverkspunktet ved pulten.</translation>
    </message>
    <message>
        <source>The phone starts on power from the network (PoE), without a power supply, and gets network and its number.</source>
        <translation>Telefonen starter på strøm fra nettverket (PoE), uten strømforsyning, og får nettverk og nummeret sitt.</translation>
    </message>
    <message>
        <source>Checked after every change.</source>
        <translation>Sjekkes etter hver endring.</translation>
    </message>
    <message>
        <source>Check that the network path of the phones (network points, switches, the link to the central data room) is on emergency power.</source>
        <translation>Sjekk at nettverksveien til telefonene (nettverkspunkt, svitsjer, forbindelsen til det sentrale datarommet) har nødstrøm.</translation>
    </message>
    <message>
        <source>In a power cut the desk phones and the wireless network keep working on emergency power.</source>
        <translation>Ved strømbrudd virker bordtelefonene og det trådløse nettet videre på nødstrøm.</translation>
    </message>
    <message>
        <source>Call IKTNH&apos;s service desk from one of the phones changed.</source>
        <translation>Ring servicedesken til IKTNH fra en av telefonene som er endret.</translation>
    </message>
    <message>
        <source>The service desk number is reachable and the call is answered.</source>
        <translation>Du kommer frem på nummeret til servicedesken, og noen svarer.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>mandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tirsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lørdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>søndag</translation>
    </message>
    <message>
        <source>{name}&apos;s desk phone</source>
        <translation>bordtelefonen til {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s mobile</source>
        <translation>mobilen til {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s softphone</source>
        <translation>softphonen til {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s phone</source>
        <translation>telefonen til {name}</translation>
    </message>
    <message>
        <source>in opening hours</source>
        <translation>i åpningstiden</translation>
    </message>
    <message>
        <source>outside opening hours</source>
        <translation>utenfor åpningstiden</translation>
    </message>
    <message>
        <source>on a closed day</source>
        <translation>på en fridag</translation>
    </message>
    <message>
        <source>in special hours</source>
        <translation>i særskilte åpningstider</translation>
    </message>
    <message>
        <source>at any time</source>
        <translation>når som helst</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} og {last}</translation>
    </message>
    <message>
        <source>no phone rings in {group}</source>
        <translation>ingen telefon ringer i {group}</translation>
    </message>
    <message>
        <source>you wait in the queue {group} while {phones} ring</source>
        <translation>du venter i køen {group} mens {phones} ringer</translation>
    </message>
    <message>
        <source>you wait in the queue {group} while {phones} ring, for up to {seconds} s</source>
        <translation>du venter i køen {group} mens {phones} ringer, i opptil {seconds} s</translation>
    </message>
    <message>
        <source>{phones} rings</source>
        <translation>{phones} ringer</translation>
    </message>
    <message>
        <source>{phones} rings for {seconds} s</source>
        <translation>{phones} ringer i {seconds} s</translation>
    </message>
    <message>
        <source>{phones} ring together</source>
        <translation>{phones} ringer samtidig</translation>
    </message>
    <message>
        <source>{phones} ring together for {seconds} s</source>
        <translation>{phones} ringer samtidig i {seconds} s</translation>
    </message>
    <message>
        <source>{phones} ring in turn, {each} s each</source>
        <translation>{phones} ringer etter tur, {each} s hver</translation>
    </message>
    <message>
        <source>the voice menu {menu} plays and waits {seconds} s for a key</source>
        <translation>talemenyen {menu} spilles og venter {seconds} s på tastetrykk</translation>
    </message>
    <message>
        <source>the voice menu {menu} plays</source>
        <translation>talemenyen {menu} spilles</translation>
    </message>
    <message>
        <source>{name} answers</source>
        <translation>{name} svarer</translation>
    </message>
    <message>
        <source>you hear the announcement {name}</source>
        <translation>du hører den innspilte meldingen {name}</translation>
    </message>
    <message>
        <source>the call goes to the voicemail {name} ({mailbox})</source>
        <translation>samtalen går til taleposten {name} ({mailbox})</translation>
    </message>
    <message>
        <source>the call is forwarded to {number} ({name})</source>
        <translation>samtalen blir viderekoblet til {number} ({name})</translation>
    </message>
    <message>
        <source>the call ends</source>
        <translation>samtalen blir avsluttet</translation>
    </message>
    <message>
        <source>the call goes nowhere: the ring pattern has a dead end here</source>
        <translation>samtalen kommer ingen steder: ringemønsteret har en blindvei her</translation>
    </message>
    <message>
        <source>the call goes round in a loop</source>
        <translation>samtalen går rundt i en sløyfe</translation>
    </message>
    <message>
        <source>Call {number} ({label}) on {weekday} {date} at {time}, {situation}.</source>
        <translation>Ring {number} ({label}) {weekday} {date} klokken {time}, {situation}.</translation>
    </message>
    <message>
        <source>Press nothing at the voice menu {menu}.</source>
        <translation>Ikke trykk noe i talemenyen {menu}.</translation>
    </message>
    <message>
        <source>Press {key} at the voice menu {menu}.</source>
        <translation>Trykk {key} i talemenyen {menu}.</translation>
    </message>
    <message>
        <source>Let it ring: nobody answers.</source>
        <translation>La det ringe: ingen svarer.</translation>
    </message>
    <message>
        <source>{name} answers when the phone rings.</source>
        <translation>{name} svarer når telefonen ringer.</translation>
    </message>
</context>
<context>
    <name>ChecklistCommand</name>
    <message>
        <source>test checklists: the calls to make after a change</source>
        <translation>testsjekklister: oppringningene du skal gjøre etter en endring</translation>
    </message>
    <message>
        <source>list the test calls for a change from one ring pattern to another</source>
        <translation>list testoppringningene for en endring fra ett ringemønster til et annet</translation>
    </message>
    <message>
        <source>the ring pattern before</source>
        <translation>ringemønsteret før</translation>
    </message>
    <message>
        <source>the ring pattern after</source>
        <translation>ringemønsteret etter</translation>
    </message>
    <message>
        <source>write JSON for other programs</source>
        <translation>skriv JSON for andre programmer</translation>
    </message>
    <message>
        <source>also write the checklist as a test protocol (Excel)</source>
        <translation>skriv også sjekklisten som testprotokoll (Excel)</translation>
    </message>
    <message>
        <source>{old} to {new}</source>
        <translation>{old} til {new}</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) to test:</source>
        <translation>
            <numerusform>%n test å kjøre:</numerusform>
            <numerusform>%n tester å kjøre:</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Forventet:</translation>
    </message>
</context>
<context>
    <name>ChecklistSources</name>
    <message>
        <source>Change request {number}: {summary}</source>
        <translation>Endringsbestilling {number}: {summary}</translation>
    </message>
    <message>
        <source>{pattern}, version {old} → {new}</source>
        <translation>{pattern}, versjon {old} → {new}</translation>
    </message>
</context>
<context>
    <name>ChecklistWizard</name>
    <message>
        <source>Making the checklist …</source>
        <translation>Lager sjekklisten …</translation>
    </message>
    <message>
        <source>The checklist cannot be made: {reason}</source>
        <translation>Sjekklisten kan ikke lages: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong while making the checklist: {reason}</source>
        <translation>Noe gikk galt da sjekklisten skulle lages: {reason}</translation>
    </message>
    <message>
        <source>Test checklist</source>
        <translation>Testsjekkliste</translation>
    </message>
    <message>
        <source>Fault found in test {id}: {reason}</source>
        <translation>Feil funnet i test {id}: {reason}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Lagret: {path}</translation>
    </message>
    <message>
        <source>The protocol could not be saved: {reason}</source>
        <translation>Protokollen kunne ikke lagres: {reason}</translation>
    </message>
    <message>
        <source>Export the test protocol</source>
        <translation>Eksporter testprotokollen</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ChecklistWords</name>
    <message>
        <source>Passed</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Feilet</translation>
    </message>
    <message>
        <source>Cannot test</source>
        <translation>Kan ikke testes</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Ikke testet</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Choose the change to test</source>
        <translation>Velg endringen du skal teste</translation>
    </message>
    <message>
        <source>Go on with a test run you have started, or choose a change request or two versions of a ring pattern to make a new checklist for.</source>
        <translation>Fortsett med en testrunde du har startet, eller velg en endringsbestilling eller to versjoner av et ringemønster for å lage en ny sjekkliste.</translation>
    </message>
    <message>
        <source>Go on: {title} ({done} of {total} done)</source>
        <translation>Fortsett: {title} ({done} av {total} gjort)</translation>
    </message>
    <message>
        <source>New checklist: {title}</source>
        <translation>Ny sjekkliste: {title}</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>bekreftet</translation>
    </message>
    <message>
        <source>There is no change to test yet.</source>
        <translation>Det er ingen endring å teste ennå.</translation>
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
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>database URL (SQLAlchemy form); default: the environment variable KONTAKT_DB_URL, else the team database in the settings, else a file in your user data folder</source>
        <translation>URL til databasen (SQLAlchemy-form); standard: miljøvariabelen KONTAKT_DB_URL, ellers «Felles database» i innstillingene, ellers en fil i datamappen din</translation>
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
        <source>check without a screen that this Kontakt works (a temporary database, the demo data, an Excel file, the window) and exit</source>
        <translation>kontroller uten skjerm at denne Kontakt virker (en midlertidig database, demodata, en Excel-fil, vinduet), og avslutt</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>KOMMANDO</translation>
    </message>
    <message>
        <source>a municipality number is four digits (e.g. 4631): {value}</source>
        <translation>et kommunenummer har fire sifre (f.eks. 4631): {value}</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stoppet.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: {reason}.</source>
        <translation>Kan ikke skrive til standard utdata: {reason}.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>{value} is not a date as YYYY-MM-DD.</source>
        <translation>{value} er ikke en dato på formen ÅÅÅÅ-MM-DD.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare phone models</source>
        <translation>Sammenlign telefonmodeller</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Sammenligning</translation>
    </message>
    <message>
        <source>The models differ here.</source>
        <translation>Modellene er ulike her.</translation>
    </message>
    <message>
        <source>&amp;Export to Excel …</source>
        <translation>&amp;Eksporter til Excel …</translation>
    </message>
    <message>
        <source>Coloured rows are where the models differ.</source>
        <translation>Fargede rader viser hvor modellene er ulike.</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Eksporter sammenligningen</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>{path}: the workbook could not be written: {reason}</source>
        <translation>{path}: arbeidsboken kunne ikke skrives: {reason}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect “{step}”</source>
        <translation>Koble «{step}»</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>ingen steder ennå</translation>
    </message>
    <message>
        <source>Type to filter the steps</source>
        <translation>Skriv for å filtrere trinnene</translation>
    </message>
    <message>
        <source>Filter the steps</source>
        <translation>Filtrer trinnene</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Fører til</translation>
    </message>
    <message>
        <source>&amp;Exit:</source>
        <translation>&amp;Utgang:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Finn:</translation>
    </message>
    <message>
        <source>Leads &amp;to:</source>
        <translation>Fører &amp;til:</translation>
    </message>
</context>
<context>
    <name>ContactAudit</name>
    <message>
        <source>Contact check for {municipality}</source>
        <translation>Kontaktsjekk for {municipality}</translation>
    </message>
    <message>
        <source>Contact check of {file}</source>
        <translation>Kontaktsjekk av {file}</translation>
    </message>
    <message>
        <source>Checked {date}</source>
        <translation>Sjekket {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} av {pages}</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorsgrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Employee number</source>
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
        <source>Duplicate employee number</source>
        <translation>Ansattnummer på flere rader</translation>
    </message>
    <message>
        <source>Missing employee number</source>
        <translation>Mangler ansattnummer</translation>
    </message>
    <message>
        <source>E-mail address outside the municipality&apos;s domains</source>
        <translation>E-postadresse utenfor kommunens domener</translation>
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
        <source>Differs from the number register</source>
        <translation>Stemmer ikke med nummerregisteret</translation>
    </message>
    <message>
        <source>Not in the number register</source>
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
        <source>HRM_FILE</source>
        <translation>HRM_FIL</translation>
    </message>
    <message>
        <source>the HRM export (CSV or XLSX)</source>
        <translation>HRM-eksporten (CSV eller XLSX)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>the sheet of an XLSX file (default: the first)</source>
        <translation>arket i en XLSX-fil (standard: det første)</translation>
    </message>
    <message>
        <source>FIELD=HEADER</source>
        <translation>FELT=OVERSKRIFT</translation>
    </message>
    <message>
        <source>read FIELD from the column HEADER (repeatable; FIELD= leaves the field out)</source>
        <translation>les FELT fra kolonnen OVERSKRIFT (kan gjentas; FELT= utelater feltet)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
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
        <source>DOMAIN</source>
        <translation>DOMENE</translation>
    </message>
    <message>
        <source>an e-mail domain of the municipality (repeatable)</source>
        <translation>et e-postdomene til kommunen (kan gjentas)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>the date that decides who has left (default: today)</source>
        <translation>datoen som avgjør hvem som har sluttet (standard: i dag)</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>STI</translation>
    </message>
    <message>
        <source>write the findings as JSON to PATH (- for standard output)</source>
        <translation>skriv funnene som JSON til STI (- for standard utdata)</translation>
    </message>
    <message>
        <source>write the Excel audit to PATH</source>
        <translation>skriv Excel-rapporten til STI</translation>
    </message>
    <message>
        <source>the municipality the Excel audit is titled with (default: the database&apos;s)</source>
        <translation>kommunen som står i tittelen på Excel-rapporten (standard: den i databasen)</translation>
    </message>
    <message>
        <source>exit with 1 when a finding is at least this serious</source>
        <translation>avslutt med 1 når et funn er minst så alvorlig</translation>
    </message>
    <message>
        <source>From the database of {municipality}: {what}</source>
        <translation>Fra databasen til {municipality}: {what}</translation>
    </message>
    <message numerus="yes">
        <source>number register (%Ln number(s))</source>
        <translation>
            <numerusform>nummerregister (%Ln nummer)</numerusform>
            <numerusform>nummerregister (%Ln numre)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ring pattern(s)</source>
        <translation>
            <numerusform>%Ln ringemønster</numerusform>
            <numerusform>%Ln ringemønstre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln row(s) read.</source>
        <translation>
            <numerusform>{file}: %Ln rad lest.</numerusform>
            <numerusform>{file}: %Ln rader lest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings: {errors}, {warnings}, {infos}.</source>
        <translation>Funn: {errors}, {warnings}, {infos}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln feil</numerusform>
            <numerusform>%Ln feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln advarsel</numerusform>
            <numerusform>%Ln advarsler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln for information</source>
        <translation>
            <numerusform>%Ln til informasjon</numerusform>
            <numerusform>%Ln til informasjon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln funn</numerusform>
            <numerusform>%Ln funn</numerusform>
        </translation>
    </message>
    <message>
        <source>e-mail domains ({domains})</source>
        <translation>e-postdomener ({domains})</translation>
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
        <source>{file}, row {row}: the row has {cells} cells, more than the header row&apos;s columns ({columns}).</source>
        <translation>{file}, rad {row}: raden har {cells} celler, flere enn kolonnene i overskriftsraden ({columns}).</translation>
    </message>
    <message>
        <source>{file}: the file mixes two encodings: line {utf8} is UTF-8, line {other} is Windows-1252. Each line was read in its own encoding; check the letters æ, ø and å.</source>
        <translation>{file}: filen blander to tegnkodinger: linje {utf8} er UTF-8, linje {other} er Windows-1252. Hver linje ble lest i sin egen koding; se over bokstavene æ, ø og å.</translation>
    </message>
    <message>
        <source>{file}: this is a CSV file, which has no sheets; leave out the sheet &quot;{sheet}&quot;.</source>
        <translation>{file}: dette er en CSV-fil, som ikke har ark; fjern arket «{sheet}».</translation>
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
        <source>{file}, sheet &quot;{sheet}&quot;: refused: the sheet reaches {rows} rows and {columns} columns, more than the {limit} million cells Kontakt reads; a real HRM export is far smaller.</source>
        <translation>{file}, ark «{sheet}»: avvist: arket når {rows} rader og {columns} kolonner, mer enn de {limit} millioner cellene Kontakt leser; en ekte HRM-eksport er langt mindre.</translation>
    </message>
    <message>
        <source>{file} is not a workbook Kontakt can read: it holds no XLSX, XLS or ODS sheets. Save it again from the spreadsheet program, or export it as CSV.</source>
        <translation>{file} er ikke en arbeidsbok Kontakt kan lese: den har ingen ark i XLSX, XLS eller ODS. Lagre den på nytt fra regnearkprogrammet, eller eksporter den som CSV.</translation>
    </message>
    <message>
        <source>{file}: the workbook cannot be read ({reason}).</source>
        <translation>{file}: arbeidsboken kan ikke leses ({reason}).</translation>
    </message>
    <message>
        <source>its XML is damaged or holds what Kontakt does not read, such as a DOCTYPE or entities</source>
        <translation>XML-en er skadet eller har noe Kontakt ikke leser, for eksempel DOCTYPE eller entiteter</translation>
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
        <source>&quot;{field}&quot; is not a field Kontakt reads from this table; the fields are: {fields}.</source>
        <translation>«{field}» er ikke et felt Kontakt leser fra denne tabellen; feltene er: {fields}.</translation>
    </message>
    <message>
        <source>{file}: the field &quot;{field}&quot; is mapped to the column &quot;{header}&quot;, which is not in the file; the headers found are: {headers}.</source>
        <translation>{file}: feltet «{field}» er koblet til kolonnen «{header}», som ikke finnes i filen; overskriftene i filen er: {headers}.</translation>
    </message>
    <message>
        <source>&quot;{option}&quot; is not of the form FIELD=HEADER.</source>
        <translation>«{option}» er ikke på formen FELT=OVERSKRIFT.</translation>
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
    <message>
        <source>{file}: no row holds a usable number, so the number register was not changed.</source>
        <translation>{file}: ingen rad har et nummer som kan brukes, så nummerregisteret er ikke endret.</translation>
    </message>
    <message>
        <source>{file}: no row holds a number, so the number register was not changed.</source>
        <translation>{file}: ingen rad har et nummer, så nummerregisteret er ikke endret.</translation>
    </message>
    <message>
        <source>{file}, row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a call result Kontakt knows; map it to one of answered, abandoned, overflow, voicemail, forwarded or closed (--result VALUE=KIND).</source>
        <translation>{file}, rad {row}, kolonne «{column}»: «{value}» er ikke et samtaleresultat Kontakt kjenner; knytt det til ett av answered, abandoned, overflow, voicemail, forwarded eller closed (--result VERDI=TYPE).</translation>
    </message>
    <message>
        <source>{file}, row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a time (write 2026-11-23T09:15:00 or 23.11.2026 09:15).</source>
        <translation>{file}, rad {row}, kolonne «{column}»: «{value}» er ikke et tidspunkt (skriv 2026-11-23T09:15:00 eller 23.11.2026 09:15).</translation>
    </message>
    <message>
        <source>{file}, row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a duration (seconds, or HH:MM:SS).</source>
        <translation>{file}, rad {row}, kolonne «{column}»: «{value}» er ikke en varighet (sekunder, eller TT:MM:SS).</translation>
    </message>
    <message>
        <source>&quot;{option}&quot; is not of the form VALUE=KIND, where KIND is one of answered, abandoned, overflow, voicemail, forwarded or closed.</source>
        <translation>«{option}» er ikke på formen VERDI=TYPE, der TYPE er en av answered, abandoned, overflow, voicemail, forwarded eller closed.</translation>
    </message>
    <message>
        <source>&quot;{option}&quot; is not of the form ENTRY_OR_NODE=PERCENT/SECONDS (such as Helse=80/20).</source>
        <translation>«{option}» er ikke på formen NUMMER_ELLER_NODE=PROSENT/SEKUNDER (for eksempel Helse=80/20).</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Employee number</source>
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
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Number type</source>
        <translation>Nummertype</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasjon</translation>
    </message>
</context>
<context>
    <name>ContactFindings</name>
    <message>
        <source>Employee number {value} is on more than one row: rows {rows}.</source>
        <translation>Ansattnummeret {value} står på mer enn én rad: radene {rows}.</translation>
    </message>
    <message>
        <source>The row has no employee number.</source>
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
        <source>{number} is also given for employee number {others}.</source>
        <translation>{number} står også på ansattnummer {others}.</translation>
    </message>
    <message>
        <source>{value} is also the e-mail address of employee number {others}.</source>
        <translation>{value} står også som e-postadresse på ansattnummer {others}.</translation>
    </message>
    <message>
        <source>The employment ended {ended}, but {member} is still a member of the ring pattern {pattern}.</source>
        <translation>Arbeidsforholdet tok slutt {ended}, men {member} er fortsatt medlem i ringemønsteret {pattern}.</translation>
    </message>
    <message>
        <source>The employment ended {ended}, but the number register still has {value} for the employee.</source>
        <translation>Arbeidsforholdet tok slutt {ended}, men nummerregisteret har fortsatt {value} på den ansatte.</translation>
    </message>
    <message>
        <source>{member}, member of the ring pattern {pattern}, has employee number {value}, which is not in the HRM export.</source>
        <translation>{member}, medlem i ringemønsteret {pattern}, har ansattnummeret {value}, som ikke finnes i HRM-eksporten.</translation>
    </message>
    <message>
        <source>The HRM export has {value}; the number register has {directory} for this employee.</source>
        <translation>HRM-eksporten har {value}; nummerregisteret har {directory} for denne ansatte.</translation>
    </message>
    <message>
        <source>{value} is not in the number register.</source>
        <translation>{value} finnes ikke i nummerregisteret.</translation>
    </message>
    <message>
        <source>&quot;{id}&quot;</source>
        <translation>«{id}»</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date (write YYYY-MM-DD or DD.MM.YYYY); the employee is taken as active.</source>
        <translation>«{value}» er ikke en dato (skriv ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ); den ansatte regnes som aktiv.</translation>
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
    <name>CorrectionsModel</name>
    <message>
        <source>Employee number</source>
        <translation>Ansattnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Funn</translation>
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
        <source>End date</source>
        <translation>Sluttdato</translation>
    </message>
</context>
<context>
    <name>DatedRows</name>
    <message>
        <source>Hours</source>
        <translation>Åpningstider</translation>
    </message>
    <message>
        <source>New: {column}</source>
        <translation>Ny: {column}</translation>
    </message>
    <message>
        <source>08:00–12:00, or empty for closed</source>
        <translation>08.00–12.00, eller tomt for stengt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Remove the chosen</source>
        <translation>Fjern de valgte</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>{day} is in the list already.</source>
        <translation>{day} står allerede i listen.</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {problem}</source>
        <translation>Rad {row}, {column}: {problem}</translation>
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
    <name>FileErrors</name>
    <message>
        <source>{path} is not a regular file (it is a folder, a device or a pipe); Kontakt writes only to files. Choose another name.</source>
        <translation>{path} er ikke en vanlig fil (men en mappe, en enhet eller en rørledning); Kontakt skriver bare til filer. Velg et annet navn.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason} (in {folder}). The old file is unchanged.</source>
        <translation>Kan ikke skrive {path}: {reason} (i {folder}). Den gamle filen er uendret.</translation>
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
    <name>HeatMap</name>
    <message>
        <source>{when}: no calls in open time</source>
        <translation>{when}: ingen samtaler i åpningstiden</translation>
    </message>
    <message numerus="yes">
        <source>{when}: %n call(s), {level} % answered within {within} s (target {goal} %)</source>
        <translation>
            <numerusform>{when}: %n samtale, {level} % besvart innen {within} s (mål {goal} %)</numerusform>
            <numerusform>{when}: %n samtaler, {level} % besvart innen {within} s (mål {goal} %)</numerusform>
        </translation>
    </message>
    <message>
        <source>met</source>
        <translation>nådd</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>ikke nådd</translation>
    </message>
    <message>
        <source>Erlang C recommends {agents}.</source>
        <translation>Erlang C anbefaler {agents}.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import the number register or a ring pattern into the database, replacing what is stored</source>
        <translation>importer nummerregisteret eller et ringemønster til databasen, i stedet for det som er lagret</translation>
    </message>
    <message>
        <source>IKTNH&apos;s number register (CSV or XLSX)</source>
        <translation>nummerregisteret til IKTNH (CSV eller XLSX)</translation>
    </message>
    <message>
        <source>the number register file (CSV or XLSX)</source>
        <translation>filen med nummerregisteret (CSV eller XLSX)</translation>
    </message>
    <message>
        <source>the sheet of an XLSX file (default: the first)</source>
        <translation>arket i en XLSX-fil (standard: det første)</translation>
    </message>
    <message>
        <source>use the saved column mapping NAME</source>
        <translation>bruk den lagrede kolonnekoblingen NAME</translation>
    </message>
    <message>
        <source>read FIELD (number, type, employee_id, name, site) from the column HEADER (repeatable; FIELD= leaves the field out)</source>
        <translation>les FIELD (number, type, employee_id, name, site) fra kolonnen HEADER (kan gjentas; FIELD= utelater feltet)</translation>
    </message>
    <message>
        <source>a ring-pattern document (JSON)</source>
        <translation>et ringemønsterdokument (JSON)</translation>
    </message>
    <message>
        <source>ring-pattern file (.ringpattern.json)</source>
        <translation>ringemønsterfil (.ringpattern.json)</translation>
    </message>
    <message>
        <source>save only while version N is still the newest; otherwise keep the file as a new draft and exit with 3</source>
        <translation>lagre bare hvis versjon N fortsatt er den nyeste; ellers ta vare på filen som et nytt utkast og avslutte med 3</translation>
    </message>
    <message>
        <source>There is no municipality in the database to import for. Set it up in the window (File ▸ Settings) first.</source>
        <translation>Databasen har ingen kommune å importere for. Sett opp kommunen i vinduet (Fil ▸ Innstillinger) først.</translation>
    </message>
    <message>
        <source>There is no saved column mapping &quot;{name}&quot; for number registers; the saved ones are: {names}</source>
        <translation>Det finnes ingen lagret kolonnekobling «{name}» for nummerregistre; de lagrede er: {names}</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>The number register now holds %Ln number(s) from {file}.</source>
        <translation>
            <numerusform>Nummerregisteret har nå %Ln nummer fra {file}.</numerusform>
            <numerusform>Nummerregisteret har nå %Ln numre fra {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{type}: %Ln</source>
        <translation>
            <numerusform>{type}: %Ln</numerusform>
            <numerusform>{type}: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It replaces the %Ln number(s) stored before.</source>
        <translation>
            <numerusform>Det erstatter det %Ln nummeret som var lagret før.</numerusform>
            <numerusform>Det erstatter de %Ln numrene som var lagret før.</numerusform>
        </translation>
    </message>
    <message>
        <source>No number register was stored before.</source>
        <translation>Det var ikke lagret noe nummerregister før.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) left out:</source>
        <translation>
            <numerusform>%Ln rad er utelatt:</numerusform>
            <numerusform>%Ln rader er utelatt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every row was read (%Ln row(s)).</source>
        <translation>
            <numerusform>Alle radene er lest (%Ln rad).</numerusform>
            <numerusform>Alle radene er lest (%Ln rader).</numerusform>
        </translation>
    </message>
    <message>
        <source>The ring pattern &quot;{name}&quot; from {file} is now the current set-up (version {version}).</source>
        <translation>Ringemønsteret «{name}» fra {file} er nå gjeldende oppsett (versjon {version}).</translation>
    </message>
    <message numerus="yes">
        <source>It replaces %n earlier version(s), kept as history.</source>
        <translation>
            <numerusform>Det erstatter %n tidligere versjon, som tas vare på som historikk.</numerusform>
            <numerusform>Det erstatter %n tidligere versjoner, som tas vare på som historikk.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is a new ring pattern.</source>
        <translation>Det er et nytt ringemønster.</translation>
    </message>
    <message>
        <source>Entry numbers: {numbers}</source>
        <translation>Nummer: {numbers}</translation>
    </message>
    <message>
        <source>The check finds {errors}, {warnings} and {infos}.</source>
        <translation>Sjekken finner {errors}, {warnings} og {infos}.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) for information</source>
        <translation>
            <numerusform>%n funn til informasjon</numerusform>
            <numerusform>%n funn til informasjon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>Set up the municipality in Settings first: the number register and the ring patterns are kept for it.</source>
        <translation>Sett opp kommunen under Innstillinger først: nummerregisteret og ringemønstrene lagres for den.</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation>Noe gikk galt: {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ingenting ble importert</translation>
    </message>
    <message>
        <source>Import number register</source>
        <translation>Importer nummerregister</translation>
    </message>
    <message>
        <source>Number registers (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Nummerregistre (*.csv *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose sheet</source>
        <translation>Velg ark</translation>
    </message>
    <message>
        <source>{file} has several sheets. Which one holds the number register?</source>
        <translation>{file} har flere ark. Hvilket har nummerregisteret?</translation>
    </message>
    <message>
        <source>The columns were not saved as the profile &quot;{name}&quot;: a profile for HRM exports has that name.</source>
        <translation>Kolonnene ble ikke lagret som profilen «{name}»: en profil for HRM-eksporter har det navnet.</translation>
    </message>
    <message>
        <source>Number register imported</source>
        <translation>Nummerregisteret er importert</translation>
    </message>
    <message>
        <source>Import ring pattern</source>
        <translation>Importer ringemønster</translation>
    </message>
    <message>
        <source>Ring patterns (*.json);;All files (*)</source>
        <translation>Ringemønstre (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Ring pattern imported</source>
        <translation>Ringemønsteret er importert</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Kalender:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Medlemmer:</translation>
    </message>
    <message>
        <source>&amp;Ringing:</source>
        <translation>&amp;Ringing:</translation>
    </message>
    <message>
        <source>Ring &amp;time:</source>
        <translation>Ring&amp;etid:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Melding:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>&amp;Postkasse:</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>Ny &amp;tast:</translation>
    </message>
    <message>
        <source>Add a person: type a name…</source>
        <translation>Legg til en person: skriv et navn …</translation>
    </message>
    <message>
        <source>Remove the chosen member</source>
        <translation>Fjern det valgte medlemmet</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where the exits lead&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hvor utgangene fører&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a card to see and change its fields.</source>
        <translation>Velg et kort for å se og endre feltene på det.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; ({id})</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; ({id})</translation>
    </message>
    <message>
        <source>(nowhere)</source>
        <translation>(ingen steder)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Endre navn</translation>
    </message>
    <message>
        <source>Change a field</source>
        <translation>Endre et felt</translation>
    </message>
    <message>
        <source>Choose a calendar</source>
        <translation>Velg kalender</translation>
    </message>
    <message>
        <source>Change the ringing</source>
        <translation>Endre ringingen</translation>
    </message>
    <message>
        <source>Change the ring time</source>
        <translation>Endre ringetiden</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Legg til et medlem</translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation>Fjern et medlem</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>Legg til en tast</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Koble til</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Koble fra</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Your signing key</source>
        <translation>Signeringsnøkkelen din</translation>
    </message>
    <message>
        <source>&amp;Make key</source>
        <translation>&amp;Lag nøkkel</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter …</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Roter …</translation>
    </message>
    <message>
        <source>You have no signing key yet. Make one, then export its public key and register it with IKTNH before you approve change requests.</source>
        <translation>Du har ingen signeringsnøkkel ennå. Lag en, eksporter den offentlige nøkkelen og registrer den hos IKTNH før du godkjenner endringsbestillinger.</translation>
    </message>
    <message>
        <source>Key id: {key_id}. The private key is in your system&apos;s keyring; register the public key below with IKTNH.</source>
        <translation>Nøkkel-id: {key_id}. Den private nøkkelen ligger i nøkkelringen til systemet; registrer den offentlige nøkkelen nedenfor hos IKTNH.</translation>
    </message>
    <message>
        <source>Rotate your key</source>
        <translation>Roter nøkkelen din</translation>
    </message>
    <message>
        <source>Make a new key in place of this one? What the old key signed stays verifiable, but IKTNH accepts new approvals only once you have registered the new public key.</source>
        <translation>Vil du lage en ny nøkkel i stedet for denne? Det den gamle nøkkelen signerte, kan fortsatt kontrolleres, men IKTNH godtar nye godkjenninger først når du har registrert den nye offentlige nøkkelen.</translation>
    </message>
    <message>
        <source>Export your public key</source>
        <translation>Eksporter den offentlige nøkkelen din</translation>
    </message>
    <message>
        <source>JSON Web Key (*.jwk *.json)</source>
        <translation>JSON Web Key (*.jwk *.json)</translation>
    </message>
    <message>
        <source>Wrote {jwk} and {pem}. Send them to IKTNH to register your key.</source>
        <translation>Skrev {jwk} og {pem}. Send dem til IKTNH for å registrere nøkkelen din.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>No secure keyring is available to keep your private key (the keyring backend is {backend}). Kontakt keeps the key only in your system&apos;s keyring. On Linux, install and unlock GNOME Keyring or KWallet (the Secret Service); on Windows and macOS the system&apos;s own keyring is used. To use another keyring on purpose, name its backend in the environment variable PYTHON_KEYRING_BACKEND.</source>
        <translation>Det finnes ingen sikker nøkkelring som kan ta vare på den private nøkkelen din (nøkkelringen keyring fant, er {backend}). Kontakt holder nøkkelen bare i nøkkelringen til systemet. På Linux installerer og låser du opp GNOME Keyring eller KWallet (Secret Service); på Windows og macOS brukes nøkkelringen til systemet. Vil du med vilje bruke en annen nøkkelring, navngir du den i miljøvariabelen PYTHON_KEYRING_BACKEND.</translation>
    </message>
    <message>
        <source>The keyring ({backend}) did not answer: {detail}. Unlock it (or start it) and try again.</source>
        <translation>Nøkkelringen ({backend}) svarte ikke: {detail}. Lås den opp (eller start den) og prøv igjen.</translation>
    </message>
    <message>
        <source>You have no signing key yet. Make one with Kontakt (kontakt keys create) and register its public key with IKTNH.</source>
        <translation>Du har ingen signeringsnøkkel ennå. Lag en med Kontakt (kontakt keys create) og registrer den offentlige nøkkelen hos IKTNH.</translation>
    </message>
    <message>
        <source>The signing key in the keyring ({backend}) is not an Ed25519 private key. Make a new one (kontakt keys rotate) and register it with IKTNH.</source>
        <translation>Signeringsnøkkelen i nøkkelringen ({backend}) er ikke en privat Ed25519-nøkkel. Lag en ny (kontakt keys rotate) og registrer den hos IKTNH.</translation>
    </message>
    <message>
        <source>You have a signing key already (key id {key_id}). To replace it, rotate it (kontakt keys rotate).</source>
        <translation>Du har allerede en signeringsnøkkel (nøkkel-id {key_id}). Vil du bytte den ut, roterer du den (kontakt keys rotate).</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>your signing key: make, show, export, rotate</source>
        <translation>signeringsnøkkelen din: lag, vis, eksporter, roter</translation>
    </message>
    <message>
        <source>make your key pair (the private key goes into the keyring)</source>
        <translation>lag nøkkelparet ditt (den private nøkkelen går inn i nøkkelringen)</translation>
    </message>
    <message>
        <source>show your public key and the earlier ones</source>
        <translation>vis den offentlige nøkkelen din og de tidligere</translation>
    </message>
    <message>
        <source>write JSON</source>
        <translation>skriv JSON</translation>
    </message>
    <message>
        <source>write your public key for registration with IKTNH</source>
        <translation>skriv den offentlige nøkkelen din for registrering hos IKTNH</translation>
    </message>
    <message>
        <source>the JWK file to write</source>
        <translation>JWK-filen som skal skrives</translation>
    </message>
    <message>
        <source>a PEM file to write too</source>
        <translation>en PEM-fil som skal skrives i tillegg</translation>
    </message>
    <message>
        <source>replace your key with a new one (what the old one signed stays verifiable)</source>
        <translation>bytt ut nøkkelen din med en ny (det den gamle signerte, kan fortsatt kontrolleres)</translation>
    </message>
    <message>
        <source>Key id: {key_id}</source>
        <translation>Nøkkel-id: {key_id}</translation>
    </message>
    <message>
        <source>Your key pair is made; the private key is in your keyring. Register the public key with IKTNH (kontakt keys export --jwk FILE).</source>
        <translation>Nøkkelparet ditt er laget; den private nøkkelen ligger i nøkkelringen din. Registrer den offentlige nøkkelen hos IKTNH (kontakt keys export --jwk FIL).</translation>
    </message>
    <message>
        <source>You have no signing key yet (kontakt keys create).</source>
        <translation>Du har ingen signeringsnøkkel ennå (kontakt keys create).</translation>
    </message>
    <message>
        <source>Earlier keys (kept to verify what they signed):</source>
        <translation>Tidligere nøkler (tatt vare på for å kontrollere det de signerte):</translation>
    </message>
    <message>
        <source>Wrote the public key {key_id} to {files}.</source>
        <translation>Skrev den offentlige nøkkelen {key_id} til {files}.</translation>
    </message>
    <message>
        <source>The key {key_id} is retired; its public key is kept so that what it signed stays verifiable.</source>
        <translation>Nøkkelen {key_id} er tatt ut av bruk; den offentlige nøkkelen blir tatt vare på, så det den signerte, kan fortsatt kontrolleres.</translation>
    </message>
    <message>
        <source>Your new key is in your keyring. Register its public key with IKTNH (kontakt keys export --jwk FILE) before you approve with it.</source>
        <translation>Den nye nøkkelen din ligger i nøkkelringen. Registrer den offentlige nøkkelen hos IKTNH (kontakt keys export --jwk FIL) før du godkjenner med den.</translation>
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
        <source>Import &amp;number register…</source>
        <translation>Importer &amp;nummerregister …</translation>
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
        <source>Kontakt has matched the columns of the call records to the fields it reads. Check the matches, and change any that are wrong.</source>
        <translation>Kontakt har knyttet kolonnene i samtaleloggen til feltene programmet leser. Se over koblingene, og endre dem som er feil.</translation>
    </message>
    <message>
        <source>Kontakt has matched the columns of the number register to the fields it reads. Check the matches, and change any that are wrong.</source>
        <translation>Kontakt har koblet kolonnene i nummerregisteret til feltene som leses. Se over koblingene, og endre dem som er feil.</translation>
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
        <source>(not in the file)</source>
        <translation>(ikke i filen)</translation>
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
        <source>e.g. IKTNH register</source>
        <translation>f.eks. IKTNH-register</translation>
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
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>De første radene i filen:</translation>
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
    <name>OperatingNotices</name>
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
        <source>telephony</source>
        <translation>telefoni</translation>
    </message>
    <message>
        <source>switchboard</source>
        <translation>sentralbord</translation>
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
        <source>not stated</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <source>{severity}: {title}. Affected: {services}. {period}. {detail}</source>
        <translation>{severity}: {title}. Gjelder: {services}. {period}. {detail}</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Order a phone</source>
        <translation>Bestill telefon</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farge</translation>
    </message>
    <message>
        <source>Search by name, employee number or department</source>
        <translation>Søk på navn, ansattnummer eller enhet</translation>
    </message>
    <message>
        <source>Search for the employee</source>
        <translation>Søk etter den ansatte</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>&amp;Municipal e-mail on the phone</source>
        <translation>E-post fra &amp;kommunen på telefonen</translation>
    </message>
    <message>
        <source>E-mail on the phone needs a licence: the municipality pays {amount} a month for it.</source>
        <translation>E-post på telefonen krever en lisens: kommunen betaler {amount} i måneden for den.</translation>
    </message>
    <message>
        <source>E-mail on the phone needs a licence that the municipality pays for; the catalogue does not state the amount.</source>
        <translation>E-post på telefonen krever en lisens som kommunen betaler for; modellutvalget oppgir ikke beløpet.</translation>
    </message>
    <message>
        <source>&amp;Setup help from IKTNH</source>
        <translation>&amp;Hjelp til oppsett fra IKTNH</translation>
    </message>
    <message>
        <source>Ring-pattern group for the mobile</source>
        <translation>Gruppe i ringemønsteret for mobilen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>Be&amp;still</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>{price} ex. VAT</source>
        <translation>{price} eks. mva.</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Pris:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farge:</translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation>A&amp;nsatt:</translation>
    </message>
    <message>
        <source>Add the mobile to a ring-pattern &amp;group:</source>
        <translation>Legg mobilen til i en &amp;gruppe i ringemønsteret:</translation>
    </message>
    <message>
        <source>This employee has no mobile number yet, so it cannot be added to a group: order without a group, and add the number in the ring pattern when it is known.</source>
        <translation>Denne ansatte har ikke mobilnummer ennå, så det kan ikke legges til i en gruppe: bestill uten gruppe, og legg nummeret inn i ringemønsteret når du vet det.</translation>
    </message>
    <message>
        <source>The order also adds the mobile to {group} in the draft of the ring pattern {pattern}.</source>
        <translation>Bestillingen legger også mobilen til i {group} i utkastet til ringemønsteret {pattern}.</translation>
    </message>
    <message>
        <source>Current numbers: {numbers}</source>
        <translation>Nåværende numre: {numbers}</translation>
    </message>
    <message>
        <source>No numbers stored for this employee.</source>
        <translation>Ingen numre er lagret for denne ansatte.</translation>
    </message>
    <message>
        <source>The order could not be made: {value} is no longer there (the data changed while the dialog was open). Close it and try again.</source>
        <translation>Bestillingen kunne ikke lages: {value} finnes ikke lenger (dataene ble endret mens dialogen var åpen). Lukk den og prøv igjen.</translation>
    </message>
    <message>
        <source>The order could not be made: choose the municipality in Settings.</source>
        <translation>Bestillingen kunne ikke lages: velg kommunen under Innstillinger.</translation>
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
        <source>IKTNH&apos;s status could not be read: {detail}</source>
        <translation>Fikk ikke lest driftsstatusen til IKTNH: {detail}</translation>
    </message>
    <message>
        <source>No notices from IKTNH: everything runs as normal.</source>
        <translation>Ingen driftsmeldinger fra IKTNH: alt går som normalt.</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>Number {number} ({label}) → {start}</source>
        <translation>Nummer {number} ({label}) → {start}</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>ingen steder</translation>
    </message>
</context>
<context>
    <name>PathView</name>
    <message>
        <source>generator</source>
        <translation>aggregat</translation>
    </message>
    <message numerus="yes">
        <source>UPS %n min</source>
        <translation>
            <numerusform>UPS %n min</numerusform>
            <numerusform>UPS %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>no emergency power</source>
        <translation>ingen nødstrøm</translation>
    </message>
    <message numerus="yes">
        <source>Solid green border: emergency power reaches the target of %n min. Dashed orange: it falls short. Dotted red: no emergency power.</source>
        <translation>
            <numerusform>Hel grønn kant: nødstrømmen holder målet på %n min. Stiplet oransje: den holder ikke målet. Prikket rød: ingen nødstrøm.</numerusform>
            <numerusform>Hel grønn kant: nødstrømmen holder målet på %n min. Stiplet oransje: den holder ikke målet. Prikket rød: ingen nødstrøm.</numerusform>
        </translation>
    </message>
    <message>
        <source>No path given</source>
        <translation>Ingen vei er oppgitt</translation>
    </message>
    <message>
        <source>PoE</source>
        <translation>PoE</translation>
    </message>
    <message>
        <source>no PoE</source>
        <translation>ingen PoE</translation>
    </message>
</context>
<context>
    <name>PatternCard</name>
    <message>
        <source>simultaneous</source>
        <translation>samtidig</translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>i rekkefølge</translation>
    </message>
    <message>
        <source>rotating</source>
        <translation>rullerende</translation>
    </message>
    <message>
        <source>{members}, {strategy}</source>
        <translation>{members}, {strategy}</translation>
    </message>
    <message>
        <source>Calendar: {calendar}</source>
        <translation>Kalender: {calendar}</translation>
    </message>
    <message>
        <source>key {key}</source>
        <translation>tast {key}</translation>
    </message>
    <message>
        <source>No calendar</source>
        <translation>Ingen kalender</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n medlem</numerusform>
            <numerusform>%n medlemmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n valg</numerusform>
            <numerusform>%n valg</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatternCommand</name>
    <message>
        <source>{value} is not a date and time as YYYY-MM-DDTHH:MM.</source>
        <translation>{value} er ikke en dato med klokkeslett på formen ÅÅÅÅ-MM-DDTTT:MM (for eksempel 2026-11-24T08:00).</translation>
    </message>
    <message>
        <source>ring patterns: check, simulate a call, coverage over time, compare</source>
        <translation>ringemønstre: sjekk, simuler en oppringning, tidsdekning, sammenlign</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>HANDLING</translation>
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
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>check a ring pattern and list what is wrong or risky</source>
        <translation>sjekk et ringemønster og list opp hva som er feil eller risikabelt</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>follow one call through a ring pattern</source>
        <translation>følg en samtale gjennom et ringemønster</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM</source>
        <translation>ÅÅÅÅ-MM-DDTTT:MM</translation>
    </message>
    <message>
        <source>local date and time of the call</source>
        <translation>lokal dato og tid for samtalen</translation>
    </message>
    <message>
        <source>1,2</source>
        <translation>1,2</translation>
    </message>
    <message>
        <source>keys the caller presses, one per voice menu, comma-separated</source>
        <translation>tastene innringeren trykker, én per talemeny, skilt med komma</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>MEDLEM</translation>
    </message>
    <message>
        <source>the member who answers (default: nobody answers)</source>
        <translation>medlemmet som svarer (standard: ingen svarer)</translation>
    </message>
    <message>
        <source>M1,M2</source>
        <translation>M1,M2</translation>
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
        <source>DATE</source>
        <translation>DATO</translation>
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
        <source>OLD</source>
        <translation>GAMMEL</translation>
    </message>
    <message>
        <source>the older file</source>
        <translation>den eldre filen</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NY</translation>
    </message>
    <message>
        <source>the newer file</source>
        <translation>den nyere filen</translation>
    </message>
    <message>
        <source>first day of the year in which routes are compared (YYYY-MM-DD; default: today)</source>
        <translation>første dag i året rutene sammenlignes over (ÅÅÅÅ-MM-DD; standard: i dag)</translation>
    </message>
    <message>
        <source>trace back every way a call reaches a node or rings a member</source>
        <translation>spor tilbake hver vei en samtale kan ta til et steg eller til et medlem</translation>
    </message>
    <message>
        <source>the node (step) that calls reach, by id</source>
        <translation>steget (noden) samtalene kommer til, med id</translation>
    </message>
    <message>
        <source>the member who gets the calls, by id</source>
        <translation>medlemmet som får samtalene, med id</translation>
    </message>
    <message>
        <source>first day of the year in which an example time is looked for (YYYY-MM-DD; default: today)</source>
        <translation>første dag i året det letes etter et eksempel på tidspunkt i (ÅÅÅÅ-MM-DD; standard: i dag)</translation>
    </message>
    <message>
        <source>each card&apos;s place on the canvas, laid out automatically where the pattern has none</source>
        <translation>plassen til hvert kort på tegneflaten, lagt ut automatisk der ringemønsteret ikke har noen</translation>
    </message>
    <message numerus="yes">
        <source>Calls that reach {node}: %n way(s)</source>
        <translation>
            <numerusform>Samtaler som kommer til {node}: %n vei</numerusform>
            <numerusform>Samtaler som kommer til {node}: %n veier</numerusform>
        </translation>
    </message>
    <message>
        <source>No call reaches {node}.</source>
        <translation>Ingen samtaler kommer til {node}.</translation>
    </message>
    <message numerus="yes">
        <source>Calls that ring {member}: %n way(s)</source>
        <translation>
            <numerusform>Samtaler som ringer til {member}: %n vei</numerusform>
            <numerusform>Samtaler som ringer til {member}: %n veier</numerusform>
        </translation>
    </message>
    <message>
        <source>No call rings {member}.</source>
        <translation>Ingen samtaler ringer til {member}.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>Første gang</translation>
    </message>
    <message>
        <source>not in the coming year</source>
        <translation>ikke det kommende året</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Høyde</translation>
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
        <source>Step</source>
        <translation>Steg</translation>
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
        <source>draw a ring pattern as the editor shows it (PNG, SVG or PDF)</source>
        <translation>tegn et ringemønster slik redigeringen viser det (PNG, SVG eller PDF)</translation>
    </message>
    <message>
        <source>write an SVG drawing</source>
        <translation>skriv en SVG-tegning</translation>
    </message>
    <message>
        <source>write a PNG picture</source>
        <translation>skriv et PNG-bilde</translation>
    </message>
    <message>
        <source>write a PDF page</source>
        <translation>skriv en PDF-side</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>filen som skal skrives</translation>
    </message>
    <message>
        <source>Drawing written to {file}.</source>
        <translation>Tegningen er skrevet til {file}.</translation>
    </message>
</context>
<context>
    <name>PatternDiff</name>
    <message>
        <source>New number: {name}</source>
        <translation>Nytt nummer: {name}</translation>
    </message>
    <message>
        <source>New calendar: {name}</source>
        <translation>Ny kalender: {name}</translation>
    </message>
    <message>
        <source>New member: {name}</source>
        <translation>Nytt medlem: {name}</translation>
    </message>
    <message>
        <source>New step: {name} ({type})</source>
        <translation>Nytt steg: {name} ({type})</translation>
    </message>
    <message>
        <source>Removed number: {name}</source>
        <translation>Fjernet nummer: {name}</translation>
    </message>
    <message>
        <source>Removed calendar: {name}</source>
        <translation>Fjernet kalender: {name}</translation>
    </message>
    <message>
        <source>Removed member: {name}</source>
        <translation>Fjernet medlem: {name}</translation>
    </message>
    <message>
        <source>Removed step: {name} ({type})</source>
        <translation>Fjernet steg: {name} ({type})</translation>
    </message>
    <message>
        <source>Changed number {name}:</source>
        <translation>Endret nummer {name}:</translation>
    </message>
    <message>
        <source>Changed calendar {name}:</source>
        <translation>Endret kalender {name}:</translation>
    </message>
    <message>
        <source>Changed member {name}:</source>
        <translation>Endret medlem {name}:</translation>
    </message>
    <message>
        <source>Changed step {name} ({type}):</source>
        <translation>Endret steg {name} ({type}):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Første steg</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Ringemåte</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postkasse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Ansattnummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Helligdager</translation>
    </message>
    <message>
        <source>simultaneous</source>
        <translation>samtidig</translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>i rekkefølge</translation>
    </message>
    <message>
        <source>rotating</source>
        <translation>rullerende</translation>
    </message>
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
        <source>Monday</source>
        <translation>Mandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tirsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Lørdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Søndag</translation>
    </message>
    <message>
        <source>{label}: {old} → {new}</source>
        <translation>{label}: {old} → {new}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stengt</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>the call is ended</source>
        <translation>samtalen avsluttes</translation>
    </message>
    <message>
        <source>as when closed</source>
        <translation>som når det er stengt</translation>
    </message>
    <message>
        <source>the menu plays again</source>
        <translation>menyen spilles av på nytt</translation>
    </message>
    <message>
        <source>Exit &quot;{exit}&quot;: {old} → {new}</source>
        <translation>Utgangen «{exit}»: {old} → {new}</translation>
    </message>
    <message>
        <source>New key {key}: leads to {new}</source>
        <translation>Ny tast {key}: fører til {new}</translation>
    </message>
    <message>
        <source>Removed key {key} (it led to {old})</source>
        <translation>Fjernet tast {key} (førte til {old})</translation>
    </message>
    <message>
        <source>Key {key}: {old} → {new}</source>
        <translation>Tast {key}: {old} → {new}</translation>
    </message>
    <message>
        <source>New member in {node}: {name}</source>
        <translation>Nytt medlem i {node}: {name}</translation>
    </message>
    <message>
        <source>Removed member from {node}: {name}</source>
        <translation>Fjernet medlem fra {node}: {name}</translation>
    </message>
    <message>
        <source>Order of the members: {old} → {new}</source>
        <translation>Rekkefølgen på medlemmene: {old} → {new}</translation>
    </message>
    <message>
        <source>New closing day {day}</source>
        <translation>Ny stengt dag {day}</translation>
    </message>
    <message>
        <source>Removed closing day {day}</source>
        <translation>Fjernet stengt dag {day}</translation>
    </message>
    <message>
        <source>New yearly closing day {day}</source>
        <translation>Ny årlig stengt dag {day}</translation>
    </message>
    <message>
        <source>Removed yearly closing day {day}</source>
        <translation>Fjernet årlig stengt dag {day}</translation>
    </message>
    <message>
        <source>New special hours {day}: {new}</source>
        <translation>Nye særskilte åpningstider {day}: {new}</translation>
    </message>
    <message>
        <source>Removed special hours {day} ({old})</source>
        <translation>Fjernet særskilte åpningstider {day} ({old})</translation>
    </message>
    <message>
        <source>Special hours {day}: {old} → {new}</source>
        <translation>Særskilte åpningstider {day}: {old} → {new}</translation>
    </message>
    <message>
        <source>Other field {field} changed</source>
        <translation>Annet felt {field} er endret</translation>
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
    <name>PatternEditor</name>
    <message>
        <source>&amp;Ring pattern</source>
        <translation>&amp;Ringemønster</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Kort</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Find a card</source>
        <translation>&amp;Finn et kort</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>&amp;Ny versjon</translation>
    </message>
    <message>
        <source>&amp;Order this change…</source>
        <translation>&amp;Bestill denne endringen …</translation>
    </message>
    <message>
        <source>Find a card (Ctrl+F)</source>
        <translation>Finn et kort (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a card by its label or id</source>
        <translation>Finn et kort etter navnet eller id-en</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Legg til et steg</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Simulate a call</source>
        <translation>Simuler en oppringning</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>Trace back</source>
        <translation>Spor tilbake</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versjoner</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Hele mønsteret</translation>
    </message>
    <message>
        <source>As opened</source>
        <translation>Slik det ble åpnet</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Tilbake til listen</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Lagre utkast</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliser</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Endre navn</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;inn</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Tilpass vinduet</translation>
    </message>
    <message>
        <source>&amp;Lay out again</source>
        <translation>&amp;Plasser på nytt</translation>
    </message>
    <message>
        <source>&amp;Export drawing…</source>
        <translation>&amp;Eksporter tegningen …</translation>
    </message>
    <message>
        <source>&amp;Trace back</source>
        <translation>&amp;Spor tilbake</translation>
    </message>
    <message>
        <source>&amp;Connect an exit …</source>
        <translation>&amp;Koble en utgang …</translation>
    </message>
    <message>
        <source>Restore the kept changes</source>
        <translation>Hent fram de ulagrede endringene</translation>
    </message>
    <message>
        <source>Unsaved changes were kept</source>
        <translation>Ulagrede endringer er tatt vare på</translation>
    </message>
    <message>
        <source>Kontakt kept changes to {name} that were not saved (last kept {when}). Restore them? (Discard throws them away.)</source>
        <translation>Kontakt tok vare på ulagrede endringer i {name} (sist {when}). Vil du hente dem fram? (Forkast kaster dem.)</translation>
    </message>
    <message>
        <source>{sign} {severity}: {place}: {message}</source>
        <translation>{sign} {severity}: {place}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n)</source>
        <translation>
            <numerusform>Funn (%n)</numerusform>
            <numerusform>Funn (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Ingen funn</translation>
    </message>
    <message>
        <source>{name} – changed, not saved</source>
        <translation>{name} – ulagrede endringer</translation>
    </message>
    <message>
        <source>Saved as a new draft</source>
        <translation>Lagret som nytt utkast</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>{by} saved version {newest} of this ring pattern at {when}, after you opened it. Nothing was saved over it: your work is kept as the new draft version {kept}.</source>
        <translation>{by} lagret versjon {newest} av dette ringemønsteret {when}, etter at du åpnet det. Ingenting ble lagret over den: arbeidet ditt er tatt vare på som det nye utkastet, versjon {kept}.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>The ring pattern has changes that are not saved. Save them as a draft?</source>
        <translation>Ringemønsteret har endringer som ikke er lagret. Vil du lagre dem som utkast?</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytt</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Koble til</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Lim inn</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Endre navn</translation>
    </message>
    <message>
        <source>Lay out again</source>
        <translation>Plasser på nytt</translation>
    </message>
    <message>
        <source>Export the drawing</source>
        <translation>Eksporter tegningen</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG (*.png)</translation>
    </message>
    <message>
        <source>The drawing was not written</source>
        <translation>Tegningen ble ikke skrevet</translation>
    </message>
</context>
<context>
    <name>PatternErrors</name>
    <message>
        <source>The file is not JSON: {detail} (line {line}, column {column}).</source>
        <translation>Filen er ikke JSON: {detail} (linje {line}, kolonne {column}).</translation>
    </message>
    <message>
        <source>The JSON is nested too deeply to be read ({depth} levels, line {line}, column {column}).</source>
        <translation>JSON-en er for dypt nøstet til å kunne leses ({depth} nivåer, linje {line}, kolonne {column}).</translation>
    </message>
    <message>
        <source>A number of {digits} digits is too long to be read (line {line}, column {column}).</source>
        <translation>Et tall med {digits} sifre er for langt til å kunne leses (linje {line}, kolonne {column}).</translation>
    </message>
    <message>
        <source>The file is larger than {most} MB, the most a ring pattern may be.</source>
        <translation>Filen er større enn {most} MB, som er det meste et ringemønster kan være.</translation>
    </message>
    <message>
        <source>Too many here: {count}; a ring pattern may have at most {most}.</source>
        <translation>For mange her: {count}; et ringemønster kan ha høyst {most}.</translation>
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
        <source>The version is written as the text &quot;{value}&quot;; it must be the number {version}, without quotes.</source>
        <translation>Versjonen er skrevet som teksten &quot;{value}&quot;; den må være tallet {version}, uten anførselstegn.</translation>
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
        <source>{field} must be a whole number of seconds from 0 to {most}, not {value}.</source>
        <translation>{field} må være et helt antall sekunder fra 0 til {most}, ikke {value}.</translation>
    </message>
    <message>
        <source>{field} must be a whole number from 0 to {most}, not {value}.</source>
        <translation>{field} må være et helt tall fra 0 til {most}, ikke {value}.</translation>
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
        <source>The pattern has no node {node}.</source>
        <translation>Ringemønsteret har ikkje nokon node {node}.</translation>
    </message>
    <message>
        <source>More than {most} ways lead there, too many to list: trace a node further on.</source>
        <translation>Mer enn {most} veier fører dit, for mange til å liste opp: spor tilbake fra en node lenger frem.</translation>
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
        <source>The date {value} is outside the dates calls can be followed on ({first} to {last}).</source>
        <translation>Datoen {value} er utenfor datoene samtaler kan følges på ({first} til {last}).</translation>
    </message>
    <message>
        <source>The call would still be going on after {last}, past the dates calls can be followed on: its ring and wait times add up to too much.</source>
        <translation>Samtalen ville fortsatt vare etter {last}, forbi datoene samtaler kan følges på: ringe- og ventetidene blir til sammen for lange.</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>Perioden slutter ({last}) før den begynner ({first}).</translation>
    </message>
    <message>
        <source>The period from {first} to {last} is {days} days long; coverage takes at most {most} days (five years) at a time.</source>
        <translation>Perioden fra {first} til {last} er {days} dager lang; tidsdekningen tar høyst {most} dager (fem år) om gangen.</translation>
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
    <name>PatternExport</name>
    <message>
        <source>Drawn {date}</source>
        <translation>Tegnet {date}</translation>
    </message>
    <message>
        <source>%d.%m.%Y</source>
        <translation>%d.%m.%Y</translation>
    </message>
</context>
<context>
    <name>PatternFields</name>
    <message>
        <source>Time-out</source>
        <translation>Ventetid på tastetrykk</translation>
    </message>
    <message>
        <source>Ring time</source>
        <translation>Ringetid</translation>
    </message>
    <message>
        <source>Longest ring time</source>
        <translation>Lengste ringetid</translation>
    </message>
    <message>
        <source>Maximum queue time</source>
        <translation>Maks køtid</translation>
    </message>
    <message>
        <source>Most callers in the queue</source>
        <translation>Flest innringere i køen</translation>
    </message>
</context>
<context>
    <name>PatternFindings</name>
    <message>
        <source>The exit &quot;{exit}&quot; leads to &quot;{target}&quot;, which does not exist.</source>
        <translation>Utgangen «{exit}» fører til «{target}», som ikke finnes.</translation>
    </message>
    <message>
        <source>The exit &quot;{exit}&quot; is missing: calls that take it go nowhere.</source>
        <translation>Utgangen «{exit}» mangler: samtaler som går den veien, ender ingen steder.</translation>
    </message>
    <message>
        <source>The member &quot;{member}&quot; is not among the pattern&apos;s members.</source>
        <translation>Medlemmet «{member}» er ikke blant medlemmene i ringemønsteret.</translation>
    </message>
    <message>
        <source>The calendar &quot;{calendar}&quot; does not exist.</source>
        <translation>Kalenderen «{calendar}» finnes ikke.</translation>
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
        <source>The calendar &quot;{calendar}&quot; does not know the public holidays.</source>
        <translation>Kalenderen «{calendar}» kjenner ikke helligdagene.</translation>
    </message>
    <message>
        <source>Calls to {entry} can be hung up without a message.</source>
        <translation>Samtaler til {entry} kan bli avsluttet uten at innringeren hører en melding.</translation>
    </message>
</context>
<context>
    <name>PatternOutcomes</name>
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
        <source>the call was ended</source>
        <translation>samtalen ble avsluttet</translation>
    </message>
    <message>
        <source>endless loop</source>
        <translation>evig sløyfe</translation>
    </message>
    <message>
        <source>dead end</source>
        <translation>blindvei</translation>
    </message>
    <message>
        <source>{member} answered after {seconds} s.</source>
        <translation>{member} svarte etter {seconds} s.</translation>
    </message>
    <message>
        <source>The call went to voicemail after {seconds} s.</source>
        <translation>Samtalen gikk til talepost etter {seconds} s.</translation>
    </message>
    <message>
        <source>The call was forwarded to {number} after {seconds} s.</source>
        <translation>Samtalen ble viderekoblet til {number} etter {seconds} s.</translation>
    </message>
    <message>
        <source>The call was ended after {seconds} s.</source>
        <translation>Samtalen ble avsluttet etter {seconds} s.</translation>
    </message>
    <message>
        <source>The call went round in a loop and was stopped after {seconds} s.</source>
        <translation>Samtalen gikk i ring og ble stoppet etter {seconds} s.</translation>
    </message>
    <message>
        <source>After {seconds} s the call came to an exit that leads nowhere.</source>
        <translation>Etter {seconds} s kom samtalen til en utgang som ikke fører noe sted.</translation>
    </message>
</context>
<context>
    <name>PatternSteps</name>
    <message>
        <source>Rang for {members}; {member} answered.</source>
        <translation>Det ringte hos {members}; {member} svarte.</translation>
    </message>
    <message>
        <source>No member could take the call, so no phone rang.</source>
        <translation>Ingen medlemmer kunne ta samtalen, så ingen telefon ringte.</translation>
    </message>
    <message>
        <source>Rang for {members} for {seconds} s; nobody answered.</source>
        <translation>Det ringte hos {members} i {seconds} s; ingen svarte.</translation>
    </message>
    <message>
        <source>Rang for {members}; nobody answered within {seconds} s, so the call went on as overflow.</source>
        <translation>Det ringte hos {members}; ingen svarte innen {seconds} s, så samtalen gikk videre til overløp.</translation>
    </message>
    <message>
        <source>No member could take the call; after {seconds} s in the queue it went on as overflow.</source>
        <translation>Ingen medlemmer kunne ta samtalen; etter {seconds} s i køen gikk den videre til overløp.</translation>
    </message>
    <message>
        <source>The message is played.</source>
        <translation>Meldingen spilles av.</translation>
    </message>
    <message>
        <source>The caller can leave a message ({mailbox}).</source>
        <translation>Innringeren kan legge igjen en melding ({mailbox}).</translation>
    </message>
    <message>
        <source>The call is forwarded to {number}.</source>
        <translation>Samtalen viderekobles til {number}.</translation>
    </message>
    <message>
        <source>The call is ended.</source>
        <translation>Samtalen avsluttes.</translation>
    </message>
    <message>
        <source>{member} answered.</source>
        <translation>{member} svarte.</translation>
    </message>
    <message>
        <source>The caller pressed {key}.</source>
        <translation>Innringeren trykket {key}.</translation>
    </message>
    <message>
        <source>The caller pressed no key.</source>
        <translation>Innringeren trykket ikke på noen tast.</translation>
    </message>
    <message>
        <source>The caller pressed a key the menu lacks.</source>
        <translation>Innringeren trykket en tast som ikke er i menyen.</translation>
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
        <source>answered</source>
        <translation>besvart</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>talepost</translation>
    </message>
    <message>
        <source>closed day</source>
        <translation>fridag</translation>
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
        <source>after the message</source>
        <translation>etter meldingen</translation>
    </message>
    <message>
        <source>first step</source>
        <translation>første steg</translation>
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
        <source>hang up</source>
        <translation>legg på</translation>
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
    <message>
        <source>key {key}</source>
        <translation>tast {key}</translation>
    </message>
    <message>
        <source>&quot;{name}&quot;</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} og {last}</translation>
    </message>
    <message>
        <source>%Y-%m-%d</source>
        <translation>%d.%m.%Y</translation>
    </message>
    <message>
        <source>%H:%M</source>
        <translation>%H.%M</translation>
    </message>
    <message>
        <source>%m-%d</source>
        <translation>%d.%m.</translation>
    </message>
    <message>
        <source>public holiday: {holiday}</source>
        <translation>helligdag: {holiday}</translation>
    </message>
    <message>
        <source>closing day</source>
        <translation>stengt dag</translation>
    </message>
    <message>
        <source>closed every year</source>
        <translation>stengt hvert år</translation>
    </message>
    <message>
        <source>closed day ({reasons})</source>
        <translation>fridag ({reasons})</translation>
    </message>
    <message>
        <source>{day}: {reason}</source>
        <translation>{day}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln</source>
        <translation>
            <numerusform>%Ln</numerusform>
            <numerusform>%Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatternsModel</name>
    <message>
        <source>Current set-up</source>
        <translation>Gjeldende oppsett</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestilt</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Ring pattern</source>
        <translation>Ringemønster</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versjoner</translation>
    </message>
    <message>
        <source>Newest version</source>
        <translation>Nyeste versjon</translation>
    </message>
    <message>
        <source>The check finds</source>
        <translation>Sjekken finner</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Lagret av</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n versjon</numerusform>
            <numerusform>%n versjoner</numerusform>
        </translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>The document cannot be read</source>
        <translation>Dokumentet kan ikke leses</translation>
    </message>
    <message>
        <source>{errors}, {warnings}</source>
        <translation>{errors}, {warnings}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatternsWorkspace</name>
    <message>
        <source>&amp;Open in the editor</source>
        <translation>&amp;Åpne i redigeringen</translation>
    </message>
    <message>
        <source>&amp;Import ring pattern…</source>
        <translation>&amp;Importer ringemønster …</translation>
    </message>
    <message>
        <source>Kontakt kept changes that were not saved to: {names}. Open the ring pattern to restore or discard them.</source>
        <translation>Kontakt tok vare på ulagrede endringer i: {names}. Åpne ringemønsteret for å hente dem fram eller forkaste dem.</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Importerer …</translation>
    </message>
    <message numerus="yes">
        <source>%n ring pattern(s) stored.</source>
        <translation>
            <numerusform>%n ringemønster er lagret.</numerusform>
            <numerusform>%n ringemønstre er lagret.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ring patterns are stored yet.</source>
        <translation>Ingen ringemønstre er lagret ennå.</translation>
    </message>
    <message>
        <source>The ring pattern is no longer stored.</source>
        <translation>Ringemønsteret er ikke lagret lenger.</translation>
    </message>
    <message>
        <source>The ring pattern cannot be opened</source>
        <translation>Ringemønsteret kan ikke åpnes</translation>
    </message>
</context>
<context>
    <name>PhoneCards</name>
    <message>
        <source>{price} ex. VAT (example)</source>
        <translation>{price} eks. mva. (eksempel)</translation>
    </message>
    <message>
        <source>{price} ex. VAT</source>
        <translation>{price} eks. mva.</translation>
    </message>
    <message>
        <source>5G</source>
        <translation>5G</translation>
    </message>
    <message>
        <source>eSIM</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <source>Security updates end within a year</source>
        <translation>Sikkerhetsoppdateringene tar slutt innen et år</translation>
    </message>
</context>
<context>
    <name>PhoneComparison</name>
    <message>
        <source>not published</source>
        <translation>ikke publisert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Produsent</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operativsystem</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Lanseringsdato</translation>
    </message>
    <message>
        <source>Security updates until</source>
        <translation>Sikkerhetsoppdateringer til</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Skjerm</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <source>5G</source>
        <translation>5G</translation>
    </message>
    <message>
        <source>eSIM</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <source>Dual SIM</source>
        <translation>To SIM-kort</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farger</translation>
    </message>
    <message>
        <source>Price (ex. VAT)</source>
        <translation>Pris (eks. mva.)</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Månedskostnad</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>Tilbehør</translation>
    </message>
    <message>
        <source>Notes from IKTNH</source>
        <translation>Merknader fra IKTNH</translation>
    </message>
    <message>
        <source>Phone models compared</source>
        <translation>Telefonmodeller sammenlignet</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Ulik</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Egenskap</translation>
    </message>
    <message>
        <source>The prices are examples, not agreement prices.</source>
        <translation>Prisene er eksempler, ikke avtalepriser.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} av {pages}</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Sammenligning</translation>
    </message>
</context>
<context>
    <name>PhoneModels</name>
    <message>
        <source>Manufacturer</source>
        <translation>Produsent</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operativsystem</translation>
    </message>
    <message>
        <source>Price (ex. VAT)</source>
        <translation>Pris (eks. mva.)</translation>
    </message>
    <message>
        <source>Security updates until</source>
        <translation>Sikkerhetsoppdateringer til</translation>
    </message>
    <message>
        <source>5G</source>
        <translation>5G</translation>
    </message>
    <message>
        <source>eSIM</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <source>The prices are examples, not IKTNH&apos;s agreement prices.</source>
        <translation>Prisene er eksempler, ikke avtaleprisene til IKTNH.</translation>
    </message>
    <message>
        <source>Security updates end within a year.</source>
        <translation>Sikkerhetsoppdateringene tar slutt innen et år.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <source>{price} (example)</source>
        <translation>{price} (eksempel)</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>ikke publisert</translation>
    </message>
    <message>
        <source>{date} (within a year)</source>
        <translation>{date} (innen et år)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>The prices are examples, not IKTNH&apos;s agreement prices: IKTNH confirms the price with each order.</source>
        <translation>Prisene er eksempler, ikke avtaleprisene til IKTNH: IKTNH bekrefter prisen ved hver bestilling.</translation>
    </message>
</context>
<context>
    <name>PhoneOrders</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Laget</translation>
    </message>
</context>
<context>
    <name>PreparednessCommand</name>
    <message>
        <source>preparedness: sites, emergency power, outages and the plan</source>
        <translation>beredskap: lokasjoner, nødstrøm, bortfall og planen</translation>
    </message>
    <message>
        <source>find the weak points of sites, paths and patterns</source>
        <translation>finn de svake punktene i lokasjoner, veier og ringemønstre</translation>
    </message>
    <message>
        <source>show what callers meet during an outage</source>
        <translation>vis hva innringere møter under et bortfall</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>the sites register (kontakt.sites JSON or XLSX; default: the database&apos;s)</source>
        <translation>lokasjonsregisteret (kontakt.sites-JSON eller XLSX; ellers det i databasen)</translation>
    </message>
    <message>
        <source>ring patterns (default: the database&apos;s newest versions)</source>
        <translation>ringemønstre (ellers de nyeste versjonene i databasen)</translation>
    </message>
    <message>
        <source>the number register as CSV (default: the database&apos;s)</source>
        <translation>nummerregisteret som CSV (ellers det i databasen)</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>STI</translation>
    </message>
    <message>
        <source>write JSON to PATH (- for standard output)</source>
        <translation>skriv JSON til STI (- for standard ut)</translation>
    </message>
    <message>
        <source>write the preparedness plan (Excel) to PATH</source>
        <translation>skriv beredskapsplanen (Excel) til STI</translation>
    </message>
    <message>
        <source>exit with 1 when a finding is at least this serious</source>
        <translation>avslutt med 1 når et funn er minst så alvorlig</translation>
    </message>
    <message>
        <source>SITE:MINUTES</source>
        <translation>LOKASJON:MINUTTER</translation>
    </message>
    <message>
        <source>a power cut at SITE lasting MINUTES</source>
        <translation>et strømbrudd på LOKASJON som varer MINUTTER</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>LOKASJON</translation>
    </message>
    <message>
        <source>the network at SITE is down</source>
        <translation>nettverket på LOKASJON er nede</translation>
    </message>
    <message>
        <source>the central data room is down</source>
        <translation>sentralt datarom er nede</translation>
    </message>
    <message>
        <source>the mobile network is down</source>
        <translation>mobilnettet er nede</translation>
    </message>
    <message>
        <source>IKTNH&apos;s telephony platform is down</source>
        <translation>telefoniplattformen til IKTNH er nede</translation>
    </message>
    <message>
        <source>every site&apos;s power and network, and the three global outages</source>
        <translation>strøm og nettverk på hver lokasjon, og de tre store bortfallene</translation>
    </message>
    <message>
        <source>without limit</source>
        <translation>uten grense</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Site {site}: emergency power {autonomy}</source>
        <translation>Lokasjon {site}: nødstrøm {autonomy}</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Ingen funn.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s):</source>
        <translation>
            <numerusform>%n funn:</numerusform>
            <numerusform>%n funn:</numerusform>
        </translation>
    </message>
    <message>
        <source>--power: &quot;{value}&quot; is not of the form SITE:MINUTES (such as radhuset:120).</source>
        <translation>--power: «{value}» er ikke på formen LOKASJON:MINUTTER (for eksempel radhuset:120).</translation>
    </message>
    <message>
        <source>{option}: the site &quot;{site}&quot; is not in the sites register (its sites: {known}).</source>
        <translation>{option}: lokasjonen «{site}» er ikke i lokasjonsregisteret (lokasjonene der: {known}).</translation>
    </message>
    <message>
        <source>No ring pattern to run the scenario on: give --pattern FILE, or --db with a database that holds one.</source>
        <translation>Ingen ringemønstre å kjøre scenarioet på: gi --pattern FIL, eller --db med en database som har ett.</translation>
    </message>
    <message>
        <source>answerable</source>
        <translation>når fram</translation>
    </message>
    <message>
        <source>NOT answerable</source>
        <translation>NÅR IKKE FRAM</translation>
    </message>
    <message numerus="yes">
        <source>Scenario {name}: %n member(s) lost</source>
        <translation>
            <numerusform>Scenario {name}: %n medlem borte</numerusform>
            <numerusform>Scenario {name}: %n medlemmer borte</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost: {members}</source>
        <translation>Borte: {members}</translation>
    </message>
    <message>
        <source>{entry} ({state}, {at}): normally {normal}, during {during}: {verdict}</source>
        <translation>{entry} ({state}, {at}): vanligvis {normal}, under bortfallet {during}: {verdict}</translation>
    </message>
</context>
<context>
    <name>PreparednessFindings</name>
    <message>
        <source>Site {site}: the hop &quot;{hop}&quot; on the path to the central data room has neither UPS nor generator, so the phones there stop at the first power cut.</source>
        <translation>Lokasjon {site}: leddet «{hop}» på veien til sentralt datarom har verken UPS eller aggregat, så telefonene der stopper ved første strømbrudd.</translation>
    </message>
    <message>
        <source>Site {site}: emergency power lasts {minutes} min, less than the target of {target} min.</source>
        <translation>Lokasjon {site}: nødstrømmen varer {minutes} min, mindre enn målet på {target} min.</translation>
    </message>
    <message>
        <source>The desk phone {who} at site {site} hangs on the access switch &quot;{hop}&quot;, which gives no PoE.</source>
        <translation>Bordtelefonen {who} på lokasjon {site} henger på tilgangssvitsjen «{hop}», som ikke gir PoE.</translation>
    </message>
    <message>
        <source>Site {site} has desk phones or softphones but not enough network points (Wi-Fi does not make up for it).</source>
        <translation>Lokasjon {site} har bordtelefoner eller softphoner, men ikke nok nettverkspunkter (trådløst nett veier ikke opp for det).</translation>
    </message>
    <message>
        <source>The mobile {member} sits at site {site}, which has no mobile coverage indoors.</source>
        <translation>Mobilen {member} er på lokasjon {site}, som ikke har mobildekning innendørs.</translation>
    </message>
    <message>
        <source>One outage at site {site} silences &quot;{node}&quot;: all its members are desk phones or softphones there.</source>
        <translation>Ett bortfall på lokasjon {site} stanser «{node}»: alle medlemmene er bordtelefoner eller softphoner der.</translation>
    </message>
    <message>
        <source>No route of {entry} in opening hours rings a mobile, whatever the caller presses.</source>
        <translation>Ingen vei for {entry} i åpningstiden ringer en mobil, uansett hva innringeren trykker.</translation>
    </message>
    <message>
        <source>The site &quot;{site}&quot; is named by {who} but is not in the sites register.</source>
        <translation>Lokasjonen «{site}» er nevnt av {who}, men er ikke i lokasjonsregisteret.</translation>
    </message>
    <message>
        <source>{entry} cannot be answered in opening hours during: {scenarios}.</source>
        <translation>Innringere til {entry} når ingen i åpningstiden under: {scenarios}.</translation>
    </message>
    <message>
        <source>The preparedness plan was last reviewed on {date}; a review is due every 12 months.</source>
        <translation>Beredskapsplanen ble sist gjennomgått {date}; den skal gjennomgås hver 12. måned.</translation>
    </message>
    <message>
        <source>The preparedness plan has never been reviewed.</source>
        <translation>Beredskapsplanen har aldri vært gjennomgått.</translation>
    </message>
    <message>
        <source>The weakness &quot;{text}&quot; has no decided measure.</source>
        <translation>Svakheten «{text}» har ikke noe besluttet tiltak.</translation>
    </message>
    <message>
        <source>The measure against &quot;{text}&quot; was due on {date}.</source>
        <translation>Tiltaket mot «{text}» hadde frist {date}.</translation>
    </message>
</context>
<context>
    <name>PreparednessFindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Alvorlighetsgrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Funn</translation>
    </message>
</context>
<context>
    <name>PreparednessPlan</name>
    <message>
        <source>Preparedness plan for telephony</source>
        <translation>Beredskapsplan for telefoni</translation>
    </message>
    <message>
        <source>Ask IKTNH&apos;s service desk to forward {entry} to a mobile that still works.</source>
        <translation>Be servicedesken til IKTNH om å viderekoble {entry} til en mobil som fortsatt virker.</translation>
    </message>
    <message>
        <source>The platform is down: ask IKTNH&apos;s service desk to set up what can run outside it.</source>
        <translation>Plattformen er nede: be servicedesken til IKTNH om å sette opp det som kan kjøre utenfor den.</translation>
    </message>
    <message>
        <source>Nothing: callers still reach someone.</source>
        <translation>Ingenting: innringerne når fortsatt noen.</translation>
    </message>
    <message>
        <source>Nothing new: nobody answers at this time on a normal day either.</source>
        <translation>Ingenting nytt: ingen svarer på denne tiden en vanlig dag heller.</translation>
    </message>
    <message>
        <source>generator</source>
        <translation>aggregat</translation>
    </message>
    <message numerus="yes">
        <source>UPS %n min</source>
        <translation>
            <numerusform>UPS %n min</numerusform>
            <numerusform>UPS %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>no emergency power</source>
        <translation>ingen nødstrøm</translation>
    </message>
    <message>
        <source>without limit</source>
        <translation>uten grense</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>good</source>
        <translation>god</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>svak</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <source>Autonomy target</source>
        <translation>Mål for driftstid på nødstrøm</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>IKTNH&apos;s service desk</source>
        <translation>Servicedesken til IKTNH</translation>
    </message>
    <message>
        <source>ICT contact</source>
        <translation>IKT-kontakt</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Stedfortreder</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Gjennomgang</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Sist gjennomgått</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Gjennomgått av</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Neste gjennomgang innen</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nå</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Driftstid på nødstrøm</translation>
    </message>
    <message>
        <source>Network points</source>
        <translation>Nettverkspunkter</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Trådløst nett</translation>
    </message>
    <message>
        <source>Mobile coverage</source>
        <translation>Mobildekning</translation>
    </message>
    <message>
        <source>Path to the central data room</source>
        <translation>Veien til sentralt datarom</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Normally</source>
        <translation>Vanligvis</translation>
    </message>
    <message>
        <source>During the outage</source>
        <translation>Under bortfallet</translation>
    </message>
    <message>
        <source>Answerable</source>
        <translation>Når fram</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Hva du gjør</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Svakhet</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Meldt</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>Recommended measure</source>
        <translation>Anbefalt tiltak</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Measure or reason</source>
        <translation>Tiltak eller begrunnelse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>ikke avgjort</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighetsgrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Lokasjoner</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarioer</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Svakheter</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
</context>
<context>
    <name>PreparednessReminders</name>
    <message>
        <source>The measure against &quot;{text}&quot; is due on {date} (owner: {owner}).</source>
        <translation>Tiltaket mot «{text}» har frist {date} (ansvarlig: {owner}).</translation>
    </message>
    <message>
        <source>The preparedness plan is due for review: the last was on {date}.</source>
        <translation>Beredskapsplanen skal gjennomgås: sist var {date}.</translation>
    </message>
    <message>
        <source>The preparedness plan has never been reviewed: mark it reviewed.</source>
        <translation>Beredskapsplanen har aldri vært gjennomgått: merk den som gjennomgått.</translation>
    </message>
</context>
<context>
    <name>PreparednessWords</name>
    <message>
        <source>measure planned</source>
        <translation>tiltak planlagt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gjennomført</translation>
    </message>
    <message>
        <source>risk accepted</source>
        <translation>risiko akseptert</translation>
    </message>
    <message>
        <source>access switch</source>
        <translation>tilgangssvitsj</translation>
    </message>
    <message>
        <source>distribution switch</source>
        <translation>distribusjonssvitsj</translation>
    </message>
    <message>
        <source>router</source>
        <translation>ruter</translation>
    </message>
    <message>
        <source>firewall</source>
        <translation>brannmur</translation>
    </message>
    <message>
        <source>WAN link</source>
        <translation>WAN-forbindelse</translation>
    </message>
    <message>
        <source>core switch</source>
        <translation>kjernesvitsj</translation>
    </message>
    <message>
        <source>Power cut at {site} for {minutes} min</source>
        <translation>Strømbrudd på {site} i {minutes} min</translation>
    </message>
    <message>
        <source>Network down at {site}</source>
        <translation>Nettverket nede på {site}</translation>
    </message>
    <message>
        <source>Central data room down</source>
        <translation>Sentralt datarom nede</translation>
    </message>
    <message>
        <source>Mobile network down</source>
        <translation>Mobilnettet nede</translation>
    </message>
    <message>
        <source>Telephony platform down</source>
        <translation>Telefoniplattformen nede</translation>
    </message>
</context>
<context>
    <name>PreparednessWorkspace</name>
    <message>
        <source>Sites</source>
        <translation>Lokasjoner</translation>
    </message>
    <message>
        <source>Outage scenarios</source>
        <translation>Bortfallsscenarioer</translation>
    </message>
    <message>
        <source>Weaknesses and measures</source>
        <translation>Svakheter og tiltak</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Preparedness plan</source>
        <translation>Beredskapsplan</translation>
    </message>
    <message>
        <source>Add site …</source>
        <translation>Legg til lokasjon …</translation>
    </message>
    <message>
        <source>Edit site …</source>
        <translation>Endre lokasjon …</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Fjern lokasjon</translation>
    </message>
    <message>
        <source>Autonomy target</source>
        <translation>Mål for driftstid på nødstrøm</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Import sites …</source>
        <translation>Importer lokasjoner …</translation>
    </message>
    <message>
        <source>Export sites …</source>
        <translation>Eksporter lokasjoner …</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Kjør</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>&amp;Lokasjon</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Varighet</translation>
    </message>
    <message>
        <source>Add weakness …</source>
        <translation>Legg til svakhet …</translation>
    </message>
    <message>
        <source>Decide measure …</source>
        <translation>Bestem tiltak …</translation>
    </message>
    <message>
        <source>Register as weakness</source>
        <translation>Registrer som svakhet</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Merk som gjennomgått</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>IKTNH&apos;s service desk</source>
        <translation>Servicedesken til IKTNH</translation>
    </message>
    <message>
        <source>Deputy ICT contact</source>
        <translation>Stedfortreder for IKT-kontakten</translation>
    </message>
    <message>
        <source>When the platform is down</source>
        <translation>Når plattformen er nede</translation>
    </message>
    <message>
        <source>Export plan (Excel) …</source>
        <translation>Eksporter planen (Excel) …</translation>
    </message>
    <message>
        <source>Export plan (PDF) …</source>
        <translation>Eksporter planen (PDF) …</translation>
    </message>
    <message>
        <source>Power cut at a site</source>
        <translation>Strømbrudd på en lokasjon</translation>
    </message>
    <message>
        <source>Network down at a site</source>
        <translation>Nettverket nede på en lokasjon</translation>
    </message>
    <message>
        <source>Central data room down</source>
        <translation>Sentralt datarom nede</translation>
    </message>
    <message>
        <source>Mobile network down</source>
        <translation>Mobilnettet nede</translation>
    </message>
    <message>
        <source>Telephony platform down</source>
        <translation>Telefoniplattformen nede</translation>
    </message>
    <message>
        <source>Sweep: every outage</source>
        <translation>Alle bortfall på en gang</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Sjekker …</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Noe gikk galt: {error}</translation>
    </message>
    <message>
        <source>The plan has never been reviewed.</source>
        <translation>Planen har aldri vært gjennomgått.</translation>
    </message>
    <message>
        <source>Last reviewed {date} by {who}. The next review is due {due}.</source>
        <translation>Sist gjennomgått {date} av {who}. Neste gjennomgang skal skje innen {due}.</translation>
    </message>
    <message>
        <source>good</source>
        <translation>god</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>svak</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>{name}, {address}. Network points: {points}. Wi-Fi: {wifi}. Mobile coverage indoors: {coverage}.</source>
        <translation>{name}, {address}. Nettverkspunkter: {points}. Trådløst nett: {wifi}. Mobildekning innendørs: {coverage}.</translation>
    </message>
    <message>
        <source>enough</source>
        <translation>nok</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>for få</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Ingen funn.</translation>
    </message>
    <message>
        <source>Simulating calls …</source>
        <translation>Simulerer oppringninger …</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n entry number(s) lost</source>
        <translation>
            <numerusform>{name}: %n nummer når ingen</numerusform>
            <numerusform>{name}: %n nummer når ingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost: {members}</source>
        <translation>Borte: {members}</translation>
    </message>
    <message>
        <source>Route normally: {normal}
Route during the outage: {during}</source>
        <translation>Veien vanligvis: {normal}
Veien under bortfallet: {during}</translation>
    </message>
    <message>
        <source>Sites register (*.json *.xlsx)</source>
        <translation>Lokasjonsregister (*.json *.xlsx)</translation>
    </message>
    <message>
        <source>Sites register (*.json)</source>
        <translation>Lokasjonsregister (*.json)</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Gjennomgått av</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Lagret {path}</translation>
    </message>
</context>
<context>
    <name>PublicHolidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>1. nyttårsdag</translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation>skjærtorsdag</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>langfredag</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>1. påskedag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>2. påskedag</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>1. mai</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>grunnlovsdagen</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Kristi himmelfartsdag</translation>
    </message>
    <message>
        <source>Pentecost</source>
        <translation>1. pinsedag</translation>
    </message>
    <message>
        <source>Pentecost Monday</source>
        <translation>2. pinsedag</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>1. juledag</translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <translation>2. juledag</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>there is no such file or folder</source>
        <translation>filen eller mappen finnes ikke</translation>
    </message>
    <message>
        <source>you do not have permission</source>
        <translation>du har ikke tillatelse</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>diskkvoten din er brukt opp</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>filen er for stor</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disken kan bare leses</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>en del av stien er ikke en mappe</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>navnet er for langt</translation>
    </message>
    <message>
        <source>the symbolic links go round in a loop</source>
        <translation>de symbolske lenkene går i ring</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>disken meldte en inn/ut-feil</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>filen er i bruk</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>for mange filer er åpne</translation>
    </message>
    <message>
        <source>the device is not there</source>
        <translation>enheten er ikke der</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>det finnes fra før</translation>
    </message>
    <message>
        <source>the file cannot be moved to another disk</source>
        <translation>filen kan ikke flyttes til en annen disk</translation>
    </message>
    <message>
        <source>the operating system refused ({code})</source>
        <translation>operativsystemet sa nei ({code})</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>en verdi mangler</translation>
    </message>
    <message>
        <source>a comma is missing</source>
        <translation>et komma mangler</translation>
    </message>
    <message>
        <source>a colon is missing</source>
        <translation>et kolon mangler</translation>
    </message>
    <message>
        <source>a name in double quotes is missing</source>
        <translation>et navn i doble anførselstegn mangler</translation>
    </message>
    <message>
        <source>more text follows the end of the document</source>
        <translation>det kommer mer tekst etter slutten av dokumentet</translation>
    </message>
    <message>
        <source>a text in quotes is not closed</source>
        <translation>en tekst i anførselstegn er ikke avsluttet</translation>
    </message>
    <message>
        <source>a text in quotes holds a control character</source>
        <translation>en tekst i anførselstegn har et kontrolltegn</translation>
    </message>
    <message>
        <source>a \u escape is not valid</source>
        <translation>en \u-kode er ikke gyldig</translation>
    </message>
    <message>
        <source>a backslash escape is not valid</source>
        <translation>en kode med omvendt skråstrek er ikke gyldig</translation>
    </message>
    <message>
        <source>the JSON is not valid here</source>
        <translation>JSON-en er ikke gyldig her</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>Row {row}: the number is empty.</source>
        <translation>Rad {row}: nummeret er tomt.</translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a number type (mobile, desk phone, softphone or shared function number).</source>
        <translation>Rad {row}, kolonne «{column}»: «{value}» er ikke en nummertype (mobil, bordtelefon, softphone eller felles funksjonsnummer).</translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a valid phone number.</source>
        <translation>Rad {row}, kolonne «{column}»: «{value}» er ikke et gyldig telefonnummer.</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Testet</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>bekreftet</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Laget</translation>
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
    <name>ReviewPage</name>
    <message>
        <source>Check the cases</source>
        <translation>Se over testene</translation>
    </message>
    <message>
        <source>Remove what does not apply and add your own cases, then start the test.</source>
        <translation>Fjern det som ikke gjelder, og legg til egne tester. Start så testen.</translation>
    </message>
    <message>
        <source>&amp;Start the test</source>
        <translation>&amp;Start testen</translation>
    </message>
    <message>
        <source>&amp;Remove the case</source>
        <translation>Fj&amp;ern testen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>Own case: &amp;what to do</source>
        <translation>Egen test: hva du skal &amp;gjøre</translation>
    </message>
    <message>
        <source>e&amp;xpected</source>
        <translation>f&amp;orventet</translation>
    </message>
    <message>
        <source>What is tested</source>
        <translation>Hva som testes</translation>
    </message>
    <message>
        <source>How to test</source>
        <translation>Slik tester du</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Forventet resultat</translation>
    </message>
    <message>
        <source>Added by the tester.</source>
        <translation>Lagt til av testeren.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Run the tests</source>
        <translation>Kjør testene</translation>
    </message>
    <message>
        <source>What is tested</source>
        <translation>Hva som testes</translation>
    </message>
    <message>
        <source>How to test</source>
        <translation>Slik tester du</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Forventet resultat</translation>
    </message>
    <message>
        <source>N&amp;ote (what you observed)</source>
        <translation>Merkna&amp;d (hva du så)</translation>
    </message>
    <message>
        <source>&amp;Passed</source>
        <translation>&amp;Godkjent</translation>
    </message>
    <message>
        <source>F&amp;ailed</source>
        <translation>F&amp;eilet</translation>
    </message>
    <message>
        <source>&amp;Cannot test</source>
        <translation>&amp;Kan ikke testes</translation>
    </message>
    <message>
        <source>Previo&amp;us case</source>
        <translation>F&amp;orrige test</translation>
    </message>
    <message>
        <source>Ne&amp;xt case</source>
        <translation>Ne&amp;ste test</translation>
    </message>
    <message>
        <source>&amp;Report to IKTNH&apos;s service desk</source>
        <translation>&amp;Meld feil til servicedesken til IKTNH</translation>
    </message>
    <message>
        <source>Case {number} of {total}: {id}</source>
        <translation>Test {number} av {total}: {id}</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>Ikke testet ennå.</translation>
    </message>
    <message>
        <source>{verdict}, recorded {when} by {tester}.</source>
        <translation>{verdict}, registrert {when} av {tester}.</translation>
    </message>
    <message>
        <source>Fault report {number} is made: approve and send it under Change requests.</source>
        <translation>Feilmelding {number} er laget: godkjenn og send den under Endringsbestillinger.</translation>
    </message>
</context>
<context>
    <name>ScenarioModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Normally</source>
        <translation>Vanligvis</translation>
    </message>
    <message>
        <source>During the outage</source>
        <translation>Under bortfallet</translation>
    </message>
    <message>
        <source>Answerable</source>
        <translation>Når fram</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>the catalogues for nn, nb and en are in {folder}</source>
        <translation>oversettelsene for nn, nb og en ligger i {folder}</translation>
    </message>
    <message>
        <source>the {language} catalogue is missing or does not translate (in {folder})</source>
        <translation>oversettelsen for {language} mangler eller oversetter ikke (i {folder})</translation>
    </message>
    <message>
        <source>Kontakt {version}: self-test</source>
        <translation>Kontakt {version}: selvtest</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>oversettelser</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>demodata</translation>
    </message>
    <message>
        <source>demo ring pattern</source>
        <translation>ringemønsteret i demoen</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>service level</source>
        <translation>servicegrad</translation>
    </message>
    <message>
        <source>preparedness</source>
        <translation>beredskap</translation>
    </message>
    <message>
        <source>main window</source>
        <translation>hovedvindu</translation>
    </message>
    <message>
        <source>ok      {check}: {detail}</source>
        <translation>ok      {check}: {detail}</translation>
    </message>
    <message>
        <source>FAILED  {check}: {problem}</source>
        <translation>FEILET  {check}: {problem}</translation>
    </message>
    <message>
        <source>Self-test failed at the check “{check}”.</source>
        <translation>Selvtesten feilet ved kontrollen «{check}».</translation>
    </message>
    <message numerus="yes">
        <source>Self-test passed: %n check(s).</source>
        <translation>
            <numerusform>Selvtesten er godkjent: %n kontroll.</numerusform>
            <numerusform>Selvtesten er godkjent: %n kontroller.</numerusform>
        </translation>
    </message>
    <message>
        <source>a new database in {folder}, migrated to schema version {revision}</source>
        <translation>en ny database i {folder}, migrert til skjemaversjon {revision}</translation>
    </message>
    <message>
        <source>no employees</source>
        <translation>ingen ansatte</translation>
    </message>
    <message>
        <source>no number register</source>
        <translation>ikke noe nummerregister</translation>
    </message>
    <message>
        <source>no ring pattern</source>
        <translation>ikke noe ringemønster</translation>
    </message>
    <message>
        <source>no phone models</source>
        <translation>ingen telefonmodeller</translation>
    </message>
    <message>
        <source>the demo data is incomplete: {missing}</source>
        <translation>demodata er ikke fullstendige: {missing}</translation>
    </message>
    <message numerus="yes">
        <source>{name} loaded, %n employee(s)</source>
        <translation>
            <numerusform>{name} er lastet, %n ansatt</numerusform>
            <numerusform>{name} er lastet, %n ansatte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: the check finds %n error(s), the first: {first}</source>
        <translation>
            <numerusform>{name}: kontrollen finner %n feil: {first}</numerusform>
            <numerusform>{name}: kontrollen finner %n feil, den første: {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} validated and laid out: %n step(s), no errors</source>
        <translation>
            <numerusform>{name} er kontrollert og plassert: %n steg, ingen feil</numerusform>
            <numerusform>{name} er kontrollert og plassert: %n steg, ingen feil</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} reads back other than it was written</source>
        <translation>{file} ble lest inn annerledes enn det som ble skrevet</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {file} and read back</source>
        <translation>
            <numerusform>%n rad skrevet til {file} og lest inn igjen</numerusform>
            <numerusform>%n rader skrevet til {file} og lest inn igjen</numerusform>
        </translation>
    </message>
    <message>
        <source>the demo data holds no call records</source>
        <translation>demodataene har ingen samtalelogg</translation>
    </message>
    <message>
        <source>no target has calls on {day}</source>
        <translation>ingen mål har samtaler {day}</translation>
    </message>
    <message numerus="yes">
        <source>{target}: %n demo call(s) on {day}, {level} % answered within {within} s</source>
        <translation>
            <numerusform>{target}: %n samtale i demoen {day}, {level} % besvart innen {within} s</numerusform>
            <numerusform>{target}: %n samtaler i demoen {day}, {level} % besvart innen {within} s</numerusform>
        </translation>
    </message>
    <message>
        <source>the demo data holds no sites register or no ring pattern</source>
        <translation>demodataene mangler lokasjonsregisteret eller ringemønsteret</translation>
    </message>
    <message>
        <source>the outage scenarios try no number of the ring pattern</source>
        <translation>bortfallsscenarioene prøver ikke noe nummer i ringemønsteret</translation>
    </message>
    <message numerus="yes">
        <source>%n outage scenario(s) run over the demo&apos;s sites, {lost} of them leaving a number unanswered in opening hours</source>
        <translation>
            <numerusform>%n bortfallsscenario er kjørt over lokasjonene i demoen, {lost} av dem gjør at et nummer ikke blir besvart i åpningstiden</numerusform>
            <numerusform>%n bortfallsscenarioer er kjørt over lokasjonene i demoen, {lost} av dem gjør at et nummer ikke blir besvart i åpningstiden</numerusform>
        </translation>
    </message>
    <message>
        <source>the main window did not open</source>
        <translation>hovedvinduet åpnet seg ikke</translation>
    </message>
    <message>
        <source>the application icon cannot be drawn</source>
        <translation>programikonet kan ikke tegnes</translation>
    </message>
    <message>
        <source>Qt&apos;s platform plugin {plugin} is missing in {folder}</source>
        <translation>plattformtillegget {plugin} til Qt mangler i {folder}</translation>
    </message>
    <message>
        <source>Qt&apos;s platform plugin {plugin} cannot be loaded: {reason}</source>
        <translation>plattformtillegget {plugin} til Qt kan ikke lastes: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>the main window opens with %n workspace(s); the icon and {plugin} are there</source>
        <translation>
            <numerusform>hovedvinduet åpner seg med %n arbeidsflate; ikonet og {plugin} er der</numerusform>
            <numerusform>hovedvinduet åpner seg med %n arbeidsflater; ikonet og {plugin} er der</numerusform>
        </translation>
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
    <name>ServiceLevel</name>
    <message>
        <source>Monday</source>
        <translation>Mandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tirsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Lørdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Søndag</translation>
    </message>
    <message>
        <source>monday</source>
        <translation>mandag</translation>
    </message>
    <message>
        <source>tuesday</source>
        <translation>tirsdag</translation>
    </message>
    <message>
        <source>wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>saturday</source>
        <translation>lørdag</translation>
    </message>
    <message>
        <source>sunday</source>
        <translation>søndag</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>besvart</translation>
    </message>
    <message>
        <source>hung up</source>
        <translation>lagt på</translation>
    </message>
    <message>
        <source>overflow</source>
        <translation>overløp</translation>
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
        <source>closed</source>
        <translation>stengt</translation>
    </message>
    <message>
        <source>all at once</source>
        <translation>samtidig</translation>
    </message>
    <message>
        <source>one after another</source>
        <translation>i rekkefølge</translation>
    </message>
    <message>
        <source>in turn</source>
        <translation>rullerende</translation>
    </message>
    <message>
        <source>{target}, {weekday} {start}–{end}:</source>
        <translation>{target}, {weekday} {start}–{end}:</translation>
    </message>
    <message>
        <source>{level} % answered within {within} s (target {goal} %).</source>
        <translation>{level} % besvart innen {within} s (mål {goal} %).</translation>
    </message>
    <message>
        <source>{rate} % hung up while waiting (at most {goal} %).</source>
        <translation>{rate} % la på mens de ventet (høyst {goal} %).</translation>
    </message>
    <message>
        <source>{rate} % were answered (at least {goal} %).</source>
        <translation>{rate} % ble besvart (minst {goal} %).</translation>
    </message>
    <message>
        <source>{members}; Erlang C recommends {agents}.</source>
        <translation>{members}; Erlang C anbefaler {agents}.</translation>
    </message>
    <message>
        <source>{members}.</source>
        <translation>{members}.</translation>
    </message>
    <message>
        <source>It rings them {strategy}, {ring} s at a time; a caller waits at most {wait} s, then goes to {overflow}.</source>
        <translation>Den ringer dem {strategy}, {ring} s om gangen; en innringer venter høyst {wait} s og går så til {overflow}.</translation>
    </message>
    <message>
        <source>It rings them {strategy}, {ring} s at a time; with no answer the call goes to {next}.</source>
        <translation>Den ringer dem {strategy}, {ring} s om gangen; uten svar går samtalen til {next}.</translation>
    </message>
    <message>
        <source>{members}, of whom {ringing} can ring ({absent} marked absent)</source>
        <translation>{members}, av dem kan {ringing} ringes til ({absent} merket som borte)</translation>
    </message>
    <message>
        <source>&quot;{name}&quot;</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>nowhere (the call is ended)</source>
        <translation>ingen steder (samtalen avsluttes)</translation>
    </message>
    <message>
        <source>The ring pattern has no queue or group by this name.</source>
        <translation>Ringemønsteret har ingen kø eller gruppe med dette navnet.</translation>
    </message>
    <message>
        <source>Erlang C ignores callers who hang up while waiting, so it overstates how many are needed.</source>
        <translation>Erlang C ser bort fra innringere som legger på mens de venter, så den overdriver hvor mange som trengs.</translation>
    </message>
    <message numerus="yes">
        <source>The queue has %n member(s)</source>
        <translation>
            <numerusform>Køen har %n medlem</numerusform>
            <numerusform>Køen har %n medlemmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The group has %n member(s)</source>
        <translation>
            <numerusform>Gruppen har %n medlem</numerusform>
            <numerusform>Gruppen har %n medlemmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln</source>
        <translation>
            <numerusform>%Ln</numerusform>
            <numerusform>%Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) came on {weekday} {start}–{end} while it was closed.</source>
        <translation>
            <numerusform>%n samtale kom {weekday} {start}–{end} mens det var stengt.</numerusform>
            <numerusform>%n samtaler kom {weekday} {start}–{end} mens det var stengt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening hours then: {state}.</source>
        <translation>Åpningstider da: {state}.</translation>
    </message>
</context>
<context>
    <name>ServiceLevelCommand</name>
    <message>
        <source>measure call records against the service-level targets</source>
        <translation>mål samtaleloggen mot måltallene for servicegrad</translation>
    </message>
    <message>
        <source>the call records (CSV or XLSX)</source>
        <translation>samtaleloggen (CSV eller XLSX)</translation>
    </message>
    <message>
        <source>the sheet of an XLSX file (default: the first)</source>
        <translation>arket i en XLSX-fil (standard: det første)</translation>
    </message>
    <message>
        <source>read FIELD (start, entry, target, wait_s, talk_s, result, answered_by, caller) from the column HEADER (repeatable)</source>
        <translation>les FELT (start, entry, target, wait_s, talk_s, result, answered_by, caller) fra kolonnen OVERSKRIFT (kan gjentas)</translation>
    </message>
    <message>
        <source>read the result VALUE as KIND: answered, abandoned, overflow, voicemail, forwarded or closed (repeatable)</source>
        <translation>les resultatet VERDI som TYPE: answered, abandoned, overflow, voicemail, forwarded eller closed (kan gjentas)</translation>
    </message>
    <message>
        <source>the ring pattern: calendars, queues and groups by name</source>
        <translation>ringemønsteret: kalendere, køer og grupper etter navn</translation>
    </message>
    <message>
        <source>the target of an entry number or a queue or group, such as Helse=80/20 (repeatable; default 80/20)</source>
        <translation>måltallet for et nummer eller en kø eller gruppe, for eksempel Helse=80/20 (kan gjentas; standard 80/20)</translation>
    </message>
    <message>
        <source>callers who hang up sooner are left out of the rates (default 5)</source>
        <translation>innringere som legger på før dette, holdes utenfor andelene (standard 5)</translation>
    </message>
    <message>
        <source>the first date (default: the first call&apos;s)</source>
        <translation>første dato (standard: datoen for første samtale)</translation>
    </message>
    <message>
        <source>the last date (default: the last call&apos;s)</source>
        <translation>siste dato (standard: datoen for siste samtale)</translation>
    </message>
    <message>
        <source>write the figures as JSON to PATH (- for standard output)</source>
        <translation>skriv tallene som JSON til STI (- for standard ut)</translation>
    </message>
    <message>
        <source>write the Excel report to PATH</source>
        <translation>skriv Excel-rapporten til STI</translation>
    </message>
    <message>
        <source>exit with 1 when a target is missed</source>
        <translation>avslutt med 1 når et måltall ikke er nådd</translation>
    </message>
    <message>
        <source>--to {last} is before --from {first}.</source>
        <translation>--to {last} er før --from {first}.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln call(s) from {first} to {last}.</source>
        <translation>
            <numerusform>{file}: %Ln samtale fra {first} til {last}.</numerusform>
            <numerusform>{file}: %Ln samtaler fra {first} til {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>target met</source>
        <translation>måltallet er nådd</translation>
    </message>
    <message>
        <source>target MISSED</source>
        <translation>måltallet er IKKE nådd</translation>
    </message>
    <message>
        <source>  {target}: {offered} offered, {level} answered within {within} s (target {goal} %), {answered} answered, {abandoned} abandoned, average wait {asa}: {met}.</source>
        <translation>  {target}: {offered} tilbudt, {level} besvart innen {within} s (mål {goal} %), {answered} besvart, {abandoned} tapte, snitt ventetid {asa}: {met}.</translation>
    </message>
    <message>
        <source>Where targets are missed:</source>
        <translation>Der måltallene ikke er nådd:</translation>
    </message>
    <message>
        <source>Calls in closed time:</source>
        <translation>Samtaler i stengt tid:</translation>
    </message>
</context>
<context>
    <name>ServiceLevelModels</name>
    <message>
        <source>✔ Met</source>
        <translation>✔ Nådd</translation>
    </message>
    <message>
        <source>✘ Missed</source>
        <translation>✘ Ikke nådd</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Tilbudt</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicegrad</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Måltall</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Tapte</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Snitt ventetid</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>{percent} % within {within} s</source>
        <translation>{percent} % innen {within} s</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Ukedag</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Traffic (Erlang)</source>
        <translation>Trafikk (Erlang)</translation>
    </message>
    <message>
        <source>Agents needed</source>
        <translation>Behov for svarpersoner</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Queue or group</source>
        <translation>Kø eller gruppe</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Ventetid</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Samtaletid</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Besvart av</translation>
    </message>
</context>
<context>
    <name>ServiceLevelReport</name>
    <message>
        <source>✔ Met</source>
        <translation>✔ Nådd</translation>
    </message>
    <message>
        <source>✘ Missed</source>
        <translation>✘ Ikke nådd</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Tilbudt</translation>
    </message>
    <message>
        <source>Answered within {within} s</source>
        <translation>Besvart innen {within} s</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>{percent} % within {within} s</source>
        <translation>{percent} % innen {within} s</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>Svarandel</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Andel tapte</translation>
    </message>
    <message>
        <source>Short abandons</source>
        <translation>Korte tapte</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Service level {period}</source>
        <translation>Servicegrad {period}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Calls in the period</source>
        <translation>Samtaler i perioden</translation>
    </message>
    <message>
        <source>Calls in closed time</source>
        <translation>Samtaler i stengt tid</translation>
    </message>
    <message>
        <source>Service level (%) by target</source>
        <translation>Servicegrad (%) per mål</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Service level (%)</source>
        <translation>Servicegrad (%)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Måltall</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicegrad</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Måltall</translation>
    </message>
    <message>
        <source>Within (s)</source>
        <translation>Innen (s)</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Snitt ventetid</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Lengste ventetid</translation>
    </message>
    <message>
        <source>90th percentile wait</source>
        <translation>90-persentil ventetid</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Samtaletid</translation>
    </message>
    <message>
        <source>Heat map {target}</source>
        <translation>Varmekart {target}</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>{target}: service level by hour, target {goal}</source>
        <translation>{target}: servicegrad per time, mål {goal}</translation>
    </message>
    <message>
        <source>✘ marks an hour under the target. Colour: red at 0 %, yellow at the target, green at 100 %. An empty cell had no calls in open time.</source>
        <translation>✘ markerer en time under målet. Farge: rød ved 0 %, gul ved målet, grønn ved 100 %. En tom celle hadde ingen samtaler i åpningstiden.</translation>
    </message>
    <message>
        <source>Misses</source>
        <translation>Ikke nådd</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Ukedag</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>What the ring pattern does</source>
        <translation>Hva ringemønsteret gjør</translation>
    </message>
    <message>
        <source>Closed time</source>
        <translation>Stengt tid</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Bemanning</translation>
    </message>
    <message>
        <source>Traffic (Erlang)</source>
        <translation>Trafikk (Erlang)</translation>
    </message>
    <message>
        <source>Agents needed (Erlang C)</source>
        <translation>Behov for svarpersoner (Erlang C)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>closed day</source>
        <translation>fridag</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stengt</translation>
    </message>
</context>
<context>
    <name>ServiceLevelWorkspace</name>
    <message>
        <source>&amp;Import call records …</source>
        <translation>&amp;Importer samtalelogg …</translation>
    </message>
    <message>
        <source>Count repeat callers (the numbers themselves are never stored)</source>
        <translation>Telle innringere som ringer flere ganger (selve telefonnumrene lagres aldri)</translation>
    </message>
    <message>
        <source>To count callers who ring more than once, Kontakt keeps a code made from each calling number with a key only this database has; the number cannot be read back from it. Untick to keep nothing about the callers.</source>
        <translation>For å telle innringere som ringer flere ganger, lagrer Kontakt en kode laget av hvert telefonnummer med en nøkkel som bare denne databasen har; nummeret kan ikke leses ut igjen av koden. Fjern haken for ikke å lagre noe om innringerne.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Export to Excel …</source>
        <translation>&amp;Eksporter til Excel …</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Varmekart</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Uke for uke</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Bemanning</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Måltall</translation>
    </message>
    <message>
        <source>Green: the target is met. Red, with a cross: missed (darker is further off). Grey: no calls in open time. Click an hour to see its calls.</source>
        <translation>Grønn: måltallet er nådd. Rød, med kryss: ikke nådd (mørkere er lenger unna). Grå: ingen samtaler i åpningstiden. Klikk på en time for å se samtalene.</translation>
    </message>
    <message>
        <source>Share answered within the target time, per ISO week (%).</source>
        <translation>Andel besvart innen måltiden, per ISO-uke (%).</translation>
    </message>
    <message>
        <source>Members &amp;marked absent (they cannot ring):</source>
        <translation>Medlemmer &amp;merket som borte (de kan ikke ringes til):</translation>
    </message>
    <message>
        <source>Number or queue/group</source>
        <translation>Nummer eller kø/gruppe</translation>
    </message>
    <message>
        <source>Answered within (%)</source>
        <translation>Besvart innen (%)</translation>
    </message>
    <message>
        <source>Within (s)</source>
        <translation>Innen (s)</translation>
    </message>
    <message>
        <source>Highest abandon rate (%)</source>
        <translation>Høyeste andel tapte (%)</translation>
    </message>
    <message>
        <source>Lowest answer rate (%)</source>
        <translation>Laveste svarandel (%)</translation>
    </message>
    <message>
        <source>A target applies to calls in open time. Name an entry number or a queue or group (its id or label in the ring pattern). Targets not listed get the defaults: 80 % within 20 s, at most 5 % abandoned, at least 90 % answered.</source>
        <translation>Et måltall gjelder samtaler i åpningstiden. Skriv et nummer eller en kø eller gruppe (id-en eller navnet i ringemønsteret). Mål som ikke står her, får standardverdiene: 80 % innen 20 s, høyst 5 % tapte, minst 90 % besvart.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Save targets</source>
        <translation>Lagre måltall</translation>
    </message>
    <message>
        <source>No call records are imported yet.</source>
        <translation>Ingen samtalelogg er importert ennå.</translation>
    </message>
    <message>
        <source>Open call records</source>
        <translation>Åpne samtalelogg</translation>
    </message>
    <message>
        <source>Call records (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Samtalelogger (*.csv *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Importing {file} …</source>
        <translation>Importerer {file} …</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Importen ble avbrutt. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The call records cannot be used: {problem}</source>
        <translation>Samtaleloggen kan ikke brukes: {problem}</translation>
    </message>
    <message>
        <source>There is no municipality to import for. Set it up first (File ▸ Settings).</source>
        <translation>Det finnes ingen kommune å importere for. Sett den opp først (Fil ▸ Innstillinger).</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation>Noe gikk galt: {problem}</translation>
    </message>
    <message>
        <source>Export the service level</source>
        <translation>Eksporter servicegraden</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>Eksporterer …</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Lagret {file}.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln call(s) from {first} to {last}.</source>
        <translation>
            <numerusform>{file}: %Ln samtale fra {first} til {last}.</numerusform>
            <numerusform>{file}: %Ln samtaler fra {first} til {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where targets are missed:</source>
        <translation>Der måltallene ikke er nådd:</translation>
    </message>
    <message>
        <source>Calls in closed time:</source>
        <translation>Samtaler i stengt tid:</translation>
    </message>
    <message>
        <source>Week {week} {year}</source>
        <translation>Uke {week} {year}</translation>
    </message>
    <message>
        <source>What the ring pattern did then: {text}</source>
        <translation>Hva ringemønsteret gjorde da: {text}</translation>
    </message>
    <message>
        <source>No ring pattern to compare with.</source>
        <translation>Ikke noe ringemønster å sammenligne med.</translation>
    </message>
    <message>
        <source>Row {row} of the targets: write the figures as numbers.</source>
        <translation>Rad {row} av måltallene: skriv tallene som tall.</translation>
    </message>
    <message>
        <source>Row {row} of the targets: a percentage is between 0 and 100.</source>
        <translation>Rad {row} av måltallene: en prosentandel er mellom 0 og 100.</translation>
    </message>
    <message>
        <source>The targets are saved.</source>
        <translation>Måltallene er lagret.</translation>
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
        <source>A team database on a PostgreSQL server, used from the next start. Empty: this computer&apos;s own database. A password given here is kept in the keyring, never in the settings.</source>
        <translation>En felles database på en PostgreSQL-server, brukt fra neste start. Tom: den egne databasen på denne maskinen. Et passord du skriver her, tas vare på i nøkkelringen, aldri i innstillingene.</translation>
    </message>
    <message>
        <source>Team data&amp;base:</source>
        <translation>Felles data&amp;base:</translation>
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
        <source>There is no keyring to keep the database password in. Leave it out of the address and put it in the file .pgpass in your home folder.</source>
        <translation>Det finnes ingen nøkkelring å ta vare på databasepassordet i. Ta det ut av adressen og skriv det i filen .pgpass i hjemmemappen din.</translation>
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
    <name>SimulationPanel</name>
    <message>
        <source>&amp;Number called:</source>
        <translation>&amp;Nummer som ringes:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Dato og tid:</translation>
    </message>
    <message>
        <source>&amp;Keys pressed:</source>
        <translation>&amp;Taster som trykkes:</translation>
    </message>
    <message>
        <source>for example 1 or 2*</source>
        <translation>for eksempel 1 eller 2*</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simuler</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Tøm</translation>
    </message>
    <message>
        <source>{seconds} s – {node}: {what}</source>
        <translation>{seconds} s – {node}: {what}</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Site</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Enough network points</source>
        <translation>Nok nettverkspunkter</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Trådløst nett</translation>
    </message>
    <message>
        <source>good</source>
        <translation>god</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>svak</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>UPS (min)</source>
        <translation>UPS (min)</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Aggregat</translation>
    </message>
    <message>
        <source>PoE</source>
        <translation>PoE</translation>
    </message>
    <message>
        <source>Add hop</source>
        <translation>Legg til ledd</translation>
    </message>
    <message>
        <source>Remove hop</source>
        <translation>Fjern ledd</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>Lokasjons-id</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Mobile coverage indoors</source>
        <translation>Mobildekning innendørs</translation>
    </message>
    <message>
        <source>Path to the central data room</source>
        <translation>Veien til sentralt datarom</translation>
    </message>
</context>
<context>
    <name>SitesErrors</name>
    <message>
        <source>{file}: this is not JSON ({reason}).</source>
        <translation>{file}: dette er ikke JSON ({reason}).</translation>
    </message>
    <message>
        <source>{file}: this is not a sites register (the &quot;format&quot; is not &quot;kontakt.sites&quot;).</source>
        <translation>{file}: dette er ikke et lokasjonsregister («format» er ikke «kontakt.sites»).</translation>
    </message>
    <message>
        <source>{file}: version {value} of the sites register is not known (1 is).</source>
        <translation>{file}: versjon {value} av lokasjonsregisteret er ukjent (1 er kjent).</translation>
    </message>
    <message>
        <source>{file}, {field}: {expected}, not {value}.</source>
        <translation>{file}, {field}: {expected}, ikke {value}.</translation>
    </message>
    <message>
        <source>{file}, {field}: missing ({expected}).</source>
        <translation>{file}, {field}: mangler ({expected}).</translation>
    </message>
    <message>
        <source>{file}, {field}: the site id &quot;{value}&quot; is given twice.</source>
        <translation>{file}, {field}: lokasjons-id-en «{value}» er gitt to ganger.</translation>
    </message>
    <message>
        <source>{file}: the file is larger than {limit} MB; a sites register is far smaller.</source>
        <translation>{file}: filen er større enn {limit} MB; et lokasjonsregister er langt mindre.</translation>
    </message>
    <message>
        <source>{file}: the file cannot be read ({reason}).</source>
        <translation>{file}: filen kan ikke leses ({reason}).</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>ventet en tekst</translation>
    </message>
    <message>
        <source>expected a site id (a text that is not empty)</source>
        <translation>ventet en lokasjons-id (en tekst som ikke er tom)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>ventet true eller false</translation>
    </message>
    <message>
        <source>expected whole minutes from 0 to 100 000</source>
        <translation>ventet hele minutter fra 0 til 100 000</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>ventet en liste</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ventet et objekt</translation>
    </message>
    <message>
        <source>expected good, weak or none</source>
        <translation>ventet good, weak eller none</translation>
    </message>
    <message>
        <source>{file}: no column for the site id (such as &quot;site&quot; or &quot;lokasjon&quot;).</source>
        <translation>{file}: ingen kolonne for lokasjons-id-en (for eksempel «site» eller «lokasjon»).</translation>
    </message>
    <message>
        <source>{file}: the sheet has no rows with a site id.</source>
        <translation>{file}: arket har ingen rader med lokasjons-id.</translation>
    </message>
    <message>
        <source>{file}, row {row}, column &quot;{column}&quot;: {expected}, not &quot;{value}&quot;.</source>
        <translation>{file}, rad {row}, kolonne «{column}»: {expected}, ikke «{value}».</translation>
    </message>
</context>
<context>
    <name>SitesModel</name>
    <message>
        <source>Site</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Emergency power</source>
        <translation>Nødstrøm</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>without limit</source>
        <translation>uten grense</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
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
        <source>You ({user}) are not set up for municipality {number} in this database. Its ICT contact can set you up: kontakt users add {user} --role deputy --kommune {number}</source>
        <translation>Du ({user}) er ikke satt opp for kommune {number} i denne databasen. IKT-kontakten der kan sette deg opp: kontakt users add {user} --role deputy --kommune {number}</translation>
    </message>
    <message>
        <source>You ({user}) are set up as {role} for municipality {number}: a {role} may read, but not change or approve. Nothing was changed.</source>
        <translation>Du ({user}) er satt opp som {role} for kommune {number}: en {role} kan lese, men ikke endre eller godkjenne. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>You ({user}) are set up as {role} for municipality {number}: only its ICT contact may set up users. Nothing was changed.</source>
        <translation>Du ({user}) er satt opp som {role} for kommune {number}: bare IKT-kontakten kan sette opp brukere. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The connection to the database {url} was lost while saving: {reason}. Nothing of this save was kept. Try again.</source>
        <translation>Forbindelsen til databasen {url} ble brutt under lagringen: {reason}. Ingenting av denne lagringen ble tatt vare på. Prøv igjen.</translation>
    </message>
    <message>
        <source>The database {url} has no municipality with the number {number}. It has: {known}.</source>
        <translation>Databasen {url} har ingen kommune med kommunenummeret {number}. Den har: {known}.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>&amp;Close the run</source>
        <translation>&amp;Avslutt testrunden</translation>
    </message>
    <message>
        <source>E&amp;xport the test protocol…</source>
        <translation>&amp;Eksporter testprotokollen …</translation>
    </message>
    <message>
        <source>{title}, tested by {tester}.</source>
        <translation>{title}, testet av {tester}.</translation>
    </message>
    <message>
        <source>Every case passed: the change is verified.</source>
        <translation>Alle testene er godkjent: endringen er bekreftet.</translation>
    </message>
    <message>
        <source>Some cases failed: report them to IKTNH&apos;s service desk.</source>
        <translation>Noen tester feilet: meld dem til servicedesken til IKTNH.</translation>
    </message>
</context>
<context>
    <name>TestProtocol</name>
    <message>
        <source>Test protocol: {title}</source>
        <translation>Testprotokoll: {title}</translation>
    </message>
    <message>
        <source>Verified: every case passed.</source>
        <translation>Bekreftet: alle testene er godkjent.</translation>
    </message>
    <message>
        <source>Not verified: some cases failed.</source>
        <translation>Ikke bekreftet: noen tester feilet.</translation>
    </message>
    <message>
        <source>Not verified yet: some cases are not passed.</source>
        <translation>Ikke bekreftet ennå: noen tester er ikke godkjent.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Tested by</source>
        <translation>Testet av</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Sted og dato</translation>
    </message>
    <message>
        <source>Signature of the tester</source>
        <translation>Underskrift fra testeren</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>What is tested</source>
        <translation>Hva som testes</translation>
    </message>
    <message>
        <source>How to test</source>
        <translation>Slik tester du</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Forventet resultat</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrert</translation>
    </message>
</context>
<context>
    <name>TracePanel</name>
    <message>
        <source>Trace back the &amp;chosen card</source>
        <translation>Spor tilbake det &amp;valgte kortet</translation>
    </message>
    <message>
        <source>Trace back the &amp;member</source>
        <translation>Spor tilbake &amp;medlemmet</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>Neste gang</translation>
    </message>
    <message>
        <source>Choose one card on the canvas to trace back.</source>
        <translation>Velg ett kort på tegneflaten for å spore tilbake.</translation>
    </message>
    <message>
        <source>Tracing …</source>
        <translation>Sporer tilbake …</translation>
    </message>
    <message>
        <source>The trace failed: {error}</source>
        <translation>Sporingen tilbake feilet: {error}</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>who may work on which municipality, as what</source>
        <translation>hvem som kan arbeide med hvilken kommune, og som hva</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>HANDLING</translation>
    </message>
    <message>
        <source>set a user up for a municipality (only its ICT contact may)</source>
        <translation>sette opp en bruker for en kommune (bare IKT-kontakten kan)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>the user&apos;s login name on their computer</source>
        <translation>brukernavnet personen logger inn med på datamaskinen sin</translation>
    </message>
    <message>
        <source>the municipality (default: the one in use)</source>
        <translation>kommunen (standard: den du arbeider med)</translation>
    </message>
    <message>
        <source>the users of the municipalities you may read</source>
        <translation>brukerne av kommunene du kan lese</translation>
    </message>
    <message>
        <source>write JSON</source>
        <translation>skrive JSON</translation>
    </message>
    <message>
        <source>the stored versions of a ring pattern: who saved when</source>
        <translation>de lagrede versjonene av et ringemønster: hvem lagret når</translation>
    </message>
    <message>
        <source>the ring pattern&apos;s id</source>
        <translation>id-en til ringemønsteret</translation>
    </message>
    <message>
        <source>There is no municipality in the database.</source>
        <translation>Det er ingen kommune i databasen.</translation>
    </message>
    <message>
        <source>{user} is {role} for municipality {number}.</source>
        <translation>{user} er {role} for kommune {number}.</translation>
    </message>
    <message>
        <source>There is no ring pattern {key}.</source>
        <translation>Det finnes ikke noe ringemønster {key}.</translation>
    </message>
    <message>
        <source>{by} saved version {newest} of {key} at {when}, after the version you started from. Nothing was saved over it: your file is kept as the new draft version {kept}.</source>
        <translation>{by} lagret versjon {newest} av {key} {when}, etter versjonen du tok utgangspunkt i. Ingenting ble lagret over den: filen din er tatt vare på som det nye utkastet, versjon {kept}.</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>&amp;Compare with the current set-up</source>
        <translation>&amp;Sammenlign med gjeldende oppsett</translation>
    </message>
    <message>
        <source>&amp;Order this change…</source>
        <translation>&amp;Bestill denne endringen …</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>&amp;Ny versjon</translation>
    </message>
    <message>
        <source>Store the pattern as a new draft version; later saves update that one.</source>
        <translation>Lagre ringemønsteret som en ny utkastversjon; senere lagringer oppdaterer den.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>Bestilt med</translation>
    </message>
    <message>
        <source>Changes from the current set-up</source>
        <translation>Endringer fra gjeldende oppsett</translation>
    </message>
    <message>
        <source>Change request {number} ({state})</source>
        <translation>Endringsbestilling {number} ({state})</translation>
    </message>
    <message>
        <source>{status} (open here)</source>
        <translation>{status} (åpen her)</translation>
    </message>
    <message>
        <source>The comparison failed: {error}</source>
        <translation>Sammenligningen feilet: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the current set-up:</source>
        <translation>
            <numerusform>%n endring fra gjeldende oppsett:</numerusform>
            <numerusform>%n endringer fra gjeldende oppsett:</numerusform>
        </translation>
    </message>
    <message>
        <source>The same as the current set-up.</source>
        <translation>Det samme som gjeldende oppsett.</translation>
    </message>
    <message>
        <source>Nothing to order</source>
        <translation>Ingenting å bestille</translation>
    </message>
    <message>
        <source>There is no draft to order: change the ring pattern first.</source>
        <translation>Det finnes ikke noe utkast å bestille: endre ringemønsteret først.</translation>
    </message>
    <message>
        <source>The change cannot be ordered</source>
        <translation>Endringen kan ikke bestilles</translation>
    </message>
    <message>
        <source>Change ordered</source>
        <translation>Endringen er bestilt</translation>
    </message>
    <message>
        <source>Change request {number} is made as a draft: approve it under Change requests to send it to IKTNH. Further edits go into a new draft version.</source>
        <translation>Endringsbestilling {number} er laget som utkast: godkjenn den under Endringsbestillinger for å sende den til IKTNH. Videre endringer går inn i en ny utkastversjon.</translation>
    </message>
</context>
<context>
    <name>WeaknessDialog</name>
    <message>
        <source>Weakness and measure</source>
        <translation>Svakhet og tiltak</translation>
    </message>
    <message>
        <source>site ids or entry numbers, with commas</source>
        <translation>lokasjons-id-er eller nummer, skilt med komma</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>ikke avgjort</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Svakhet</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>Recommended measure</source>
        <translation>Anbefalt tiltak</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Reason (risk accepted)</source>
        <translation>Begrunnelse (risiko akseptert)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
</context>
<context>
    <name>WeaknessModel</name>
    <message>
        <source>Weakness</source>
        <translation>Svakhet</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>ikke avgjort</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>partly open: {periods}</source>
        <translation>delvis åpent: {periods}</translation>
    </message>
    <message>
        <source>{day} {period}, {state}</source>
        <translation>{day} {period}, {state}</translation>
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
        <source>Service level</source>
        <translation>Servicegrad</translation>
    </message>
    <message>
        <source>Preparedness</source>
        <translation>Beredskap</translation>
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
        <source>Measure how quickly calls are answered against the municipality&apos;s target figures, from the call records the telephony platform exports: when the targets are missed, what the ring pattern does then, and how many people it would take to meet them.</source>
        <translation>Mål hvor raskt samtalene blir besvart, mot kommunens måltall, ut fra samtaleloggen som telefoniplattformen eksporterer: når målene ikke nås, hva ringemønsteret gjør da, og hvor mange som skal til for å nå dem.</translation>
    </message>
    <message>
        <source>Approve change requests with your key and follow them until IKTNH has carried them out. Requests wait safely in the outbox while you are offline.</source>
        <translation>Godkjenn endringsbestillinger med nøkkelen din, og følg dem til IKTNH har gjennomført dem. Bestillingene venter trygt i utboksen når du ikke er på nett.</translation>
    </message>
    <message>
        <source>This workspace is not ready yet. It comes in a later version of Kontakt.</source>
        <translation>Denne arbeidsflaten er ikke klar ennå. Den kommer i en senere versjon av Kontakt.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone model(s) are stored.</source>
        <translation>
            <numerusform>%n telefonmodell er lagret.</numerusform>
            <numerusform>%n telefonmodeller er lagret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test run(s) are stored.</source>
        <translation>
            <numerusform>%n testrunde er lagret.</numerusform>
            <numerusform>%n testrunder er lagret.</numerusform>
        </translation>
    </message>
</context>
</TS>
