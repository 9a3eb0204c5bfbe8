<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kontakt</source>
        <translation>Om Kontakt</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kontakt {version}&lt;/h2&gt;&lt;p&gt;For the ICT contacts of the municipalities served by IKT Nordhordland: ring patterns, contact checks, phone models, test checklists and change requests.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kontakt {version}&lt;/h2&gt;&lt;p&gt;For ikt-kontaktane i kommunane som får tenester frå IKT Nordhordland: ringemønster, kontaktsjekkar, telefonmodellar, testsjekklister og endringsbestillingar.&lt;/p&gt;</translation>
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
        <translation>Kontakt er bygd på desse biblioteka:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>No display was found, so the window cannot open. The commands work without one: see kontakt --help. To open the window without a screen anyway (for tests), set QT_QPA_PLATFORM=offscreen.</source>
        <translation>Fann ingen skjerm, så vindauget kan ikkje opnast. Kommandoane verkar utan skjerm: sjå kontakt --help. For å opne vindauget utan skjerm likevel (til testar), set QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>Something went wrong while opening the database: {problem}</source>
        <translation>Noko gjekk gale då databasen skulle opnast: {problem}</translation>
    </message>
    <message>
        <source>Kontakt cannot start</source>
        <translation>Kontakt kan ikkje starte</translation>
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
        <translation>Du signerer nøyaktig teksten nedanfor med nøkkelen din. IKTNH kan seinare prove at du godkjende han, og ingenting i han kan endrast etter godkjenninga: vil du endre noko, lagar du ei ny bestilling.</translation>
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
        <translation>Det som vert signert (kanonisk JSON, RFC 8785):</translation>
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
        <translation>desse argumenta må vere med: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldig val: %(value)r (vel mellom %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>ukjende argument: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>her skal det kome éin verdi</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>her kan det kome høgst éin verdi</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>her skal det kome minst éin verdi</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>fleirtydig val: %(option)s kan vere %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ugyldig verdi: %(value)r</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>verdien %r høyrer ikkje til her</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>kan ikkje brukast saman med %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eitt av desse argumenta må vere med: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>ukjend kommando %(parser_name)r (val: %(choices)s)</translation>
    </message>
    <message numerus="yes">
        <source>expected %s argument(s)</source>
        <translation>
            <numerusform>her skal det kome %s verdi</numerusform>
            <numerusform>her skal det kome %s verdiar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <source>Week</source>
        <translation>Veke</translation>
    </message>
    <message>
        <source>Closed days</source>
        <translation>Stengde dagar</translation>
    </message>
    <message>
        <source>Special hours</source>
        <translation>Særskilde opningstider</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Heilagdagar</translation>
    </message>
    <message>
        <source>New calendar for this schedule</source>
        <translation>Lag ein ny kalender for dette steget</translation>
    </message>
    <message>
        <source>Drag over the grid to make hours open (or closed, starting on an open half hour). Keyboard: arrows move, Shift+arrows extend, Space switches. Exact hours below, such as 08:00–15:30.</source>
        <translation>Dra over rutenettet for å gjere timar opne (eller stengde, når du byrjar på ein open halvtime). Tastatur: piltastane flyttar, Shift+piltastar utvidar, mellomrom skiftar. Nøyaktige tider under, til dømes 08.00–15.30.</translation>
    </message>
    <message>
        <source>Opening hours of the week, by half hour</source>
        <translation>Opningstidene i veka, per halvtime</translation>
    </message>
    <message>
        <source>Enter or double-click a holiday to give it special hours.</source>
        <translation>Trykk Enter eller dobbeltklikk på ein heilagdag for å gi han særskilde opningstider.</translation>
    </message>
    <message>
        <source>Closed dates (municipal closing days):</source>
        <translation>Stengde datoar (kommunale stengde dagar):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Closed every year (such as Christmas Eve):</source>
        <translation>Stengt kvart år (til dømes julaftan):</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Special hours: dates with their own opening hours, which count before public holidays and closed dates.</source>
        <translation>Særskilde opningstider: datoar med eigne opningstider, som gjeld framfor heilagdagar og stengde datoar.</translation>
    </message>
    <message>
        <source>The schedule has no calendar yet.</source>
        <translation>Steget har ingen kalender enno.</translation>
    </message>
    <message>
        <source>The calendar &quot;{name}&quot; does not exist.</source>
        <translation>Kalenderen «{name}» finst ikkje.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Calendar &quot;{name}&quot;&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kalender «{name}»&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s) use this calendar: a change here changes them all.</source>
        <translation>
            <numerusform>%n steg brukar denne kalenderen: ei endring her endrar alle.</numerusform>
            <numerusform>%n steg brukar denne kalenderen: ei endring her endrar alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed on Norway&apos;s public holidays</source>
        <translation>Stengt på norske heilagdagar</translation>
    </message>
    <message>
        <source>Closed on the public holidays of {country}</source>
        <translation>Stengt på heilagdagane i {country}</translation>
    </message>
    <message>
        <source>On these days calls take the schedule&apos;s closed-day exit, unless the day has special hours.</source>
        <translation>Desse dagane går samtalane til utgangen for fridag, med mindre dagen har særskilde opningstider.</translation>
    </message>
    <message>
        <source>This calendar does not follow the public holidays: it keeps its weekly hours on them.</source>
        <translation>Denne kalenderen følgjer ikkje heilagdagane: han har dei vanlege opningstidene på dei.</translation>
    </message>
    <message>
        <source>special hours: {hours}</source>
        <translation>særskilde opningstider: {hours}</translation>
    </message>
    <message>
        <source>weekly hours: {hours}</source>
        <translation>vanlege opningstider: {hours}</translation>
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
        <translation>Opne timar</translation>
    </message>
    <message>
        <source>Close hours</source>
        <translation>Stenge timar</translation>
    </message>
    <message>
        <source>{day}: {problem}</source>
        <translation>{day}: {problem}</translation>
    </message>
    <message>
        <source>Change the opening hours</source>
        <translation>Endre opningstidene</translation>
    </message>
    <message>
        <source>Follow the public holidays</source>
        <translation>Følgje heilagdagane</translation>
    </message>
    <message>
        <source>Ignore the public holidays</source>
        <translation>Sjå bort frå heilagdagane</translation>
    </message>
    <message>
        <source>Change the closed dates</source>
        <translation>Endre dei stengde datoane</translation>
    </message>
    <message>
        <source>Change the yearly closed days</source>
        <translation>Endre dei årlege stengde dagane</translation>
    </message>
    <message>
        <source>Change the special hours</source>
        <translation>Endre dei særskilde opningstidene</translation>
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
        <translation>Svart av</translation>
    </message>
    <message>
        <source>Calling number</source>
        <translation>A-nummer (innringar)</translation>
    </message>
</context>
<context>
    <name>CatalogueCommand</name>
    <message>
        <source>{value} is not an amount in kroner</source>
        <translation>{value} er ikkje eit beløp i kroner</translation>
    </message>
    <message>
        <source>IKTNH&apos;s phone models</source>
        <translation>IKTNH sine telefonmodellar</translation>
    </message>
    <message>
        <source>fetch the phone catalogue from IKTNH</source>
        <translation>hent telefonmodellane frå IKTNH</translation>
    </message>
    <message>
        <source>IKTNH&apos;s API, e.g. https://api.iktnh.example/v1</source>
        <translation>API-et til IKTNH, til dømes https://api.iktnh.example/v1</translation>
    </message>
    <message>
        <source>the stored phone models</source>
        <translation>dei lagra telefonmodellane</translation>
    </message>
    <message>
        <source>only this operating system</source>
        <translation>berre dette operativsystemet</translation>
    </message>
    <message>
        <source>only with 5G</source>
        <translation>berre med 5G</translation>
    </message>
    <message>
        <source>only with eSIM</source>
        <translation>berre med eSIM</translation>
    </message>
    <message>
        <source>only models with security updates until at least DATE</source>
        <translation>berre modellar med tryggleiksoppdateringar minst til DATE</translation>
    </message>
    <message>
        <source>only models that cost at most this (ex. VAT)</source>
        <translation>berre modellar som kostar høgst dette (eks. mva.)</translation>
    </message>
    <message>
        <source>write JSON</source>
        <translation>skriv JSON</translation>
    </message>
    <message>
        <source>compare two to four models in a workbook</source>
        <translation>samanlikn to til fire modellar i ei arbeidsbok</translation>
    </message>
    <message>
        <source>the workbook to write</source>
        <translation>arbeidsboka som skal skrivast</translation>
    </message>
    <message>
        <source>order from IKTNH</source>
        <translation>bestill frå IKTNH</translation>
    </message>
    <message>
        <source>order a phone for an employee (a draft)</source>
        <translation>bestill ein telefon til ein tilsett (eit utkast)</translation>
    </message>
    <message>
        <source>the employee number</source>
        <translation>tilsettnummeret</translation>
    </message>
    <message>
        <source>municipal e-mail on the phone (a licence cost the municipality pays)</source>
        <translation>e-post frå kommunen på telefonen (ein lisenskostnad kommunen betaler)</translation>
    </message>
    <message>
        <source>setup help from IKTNH</source>
        <translation>hjelp til oppsett frå IKTNH</translation>
    </message>
    <message>
        <source>also add the employee&apos;s mobile to this group or queue of a stored ring pattern (in its draft)</source>
        <translation>legg også mobilen til den tilsette i denne gruppa eller køen i eit lagra ringemønster (i utkastet)</translation>
    </message>
    <message>
        <source>The phone catalogue could not be fetched: {detail}</source>
        <translation>Telefonmodellane kunne ikkje hentast: {detail}</translation>
    </message>
    <message>
        <source>The phone catalogue has not changed.</source>
        <translation>Telefonmodellane er ikkje endra.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) added.</source>
        <translation>
            <numerusform>%n modell lagd til.</numerusform>
            <numerusform>%n modellar lagde til.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) changed.</source>
        <translation>
            <numerusform>%n modell endra.</numerusform>
            <numerusform>%n modellar endra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) removed.</source>
        <translation>
            <numerusform>%n modell fjerna.</numerusform>
            <numerusform>%n modellar fjerna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced from IKTNH (the demo catalogue).</source>
        <translation>Aldri henta frå IKTNH (demomodellane).</translation>
    </message>
    <message>
        <source>Last synced {when}.</source>
        <translation>Sist henta {when}.</translation>
    </message>
    <message>
        <source>The prices are examples, not IKTNH&apos;s agreement prices.</source>
        <translation>Prisane er døme, ikkje avtaleprisane til IKTNH.</translation>
    </message>
    <message>
        <source>Name two to four models to compare.</source>
        <translation>Oppgi to til fire modellar å samanlikne.</translation>
    </message>
    <message>
        <source>{path}: the workbook could not be written: {reason}</source>
        <translation>{path}: arbeidsboka kunne ikkje skrivast: {reason}</translation>
    </message>
    <message>
        <source>Comparison written to {path}.</source>
        <translation>Samanlikninga er skriven til {path}.</translation>
    </message>
    <message>
        <source>There is no phone model called “{model}” in the catalogue.</source>
        <translation>Det finst ingen telefonmodell som heiter «{model}» i modellutvalet.</translation>
    </message>
    <message>
        <source>--employee {id}: there is no employee with this number.</source>
        <translation>--employee {id}: det finst ingen tilsett med dette tilsettnummeret.</translation>
    </message>
    <message>
        <source>--group {group}: no stored ring pattern has this group or queue (write PATTERN/GROUP, the ids of the pattern and of its group).</source>
        <translation>--group {group}: ingen lagra ringemønster har denne gruppa eller køen (skriv MØNSTER/GRUPPE, id-ane til mønsteret og gruppa).</translation>
    </message>
    <message>
        <source>--group: employee {id} has no mobile number to add to the group.</source>
        <translation>--group: tilsett {id} har ikkje noko mobilnummer å leggje til i gruppa.</translation>
    </message>
    <message>
        <source>--colour {colour}: the model does not come in this colour (only {colours}).</source>
        <translation>--colour {colour}: modellen finst ikkje i denne fargen (berre {colours}).</translation>
    </message>
    <message>
        <source>There is no municipality to order for yet.</source>
        <translation>Det finst ingen kommune å bestille for enno.</translation>
    </message>
    <message>
        <source>Phone order {number} made as a draft for {name}.</source>
        <translation>Telefonbestilling {number} er laga som utkast for {name}.</translation>
    </message>
    <message>
        <source>Municipal e-mail on the phone costs the municipality {amount} a month in licences.</source>
        <translation>E-post frå kommunen på telefonen kostar kommunen {amount} i månaden i lisensar.</translation>
    </message>
    <message>
        <source>The mobile already rings in {group} in the ring pattern {key}.</source>
        <translation>Mobilen ringjer alt i {group} i ringemønsteret {key}.</translation>
    </message>
    <message>
        <source>The mobile now rings in {group} in the draft of the ring pattern {key} (version {version}).</source>
        <translation>Mobilen ringjer no i {group} i utkastet til ringemønsteret {key} (versjon {version}).</translation>
    </message>
</context>
<context>
    <name>CatalogueErrors</name>
    <message>
        <source>Line {line}, column {column}: the catalogue is not JSON: {reason}.</source>
        <translation>Linje {line}, kolonne {column}: katalogen er ikkje JSON: {reason}.</translation>
    </message>
    <message>
        <source>This is not a phone catalogue: the format is {found}, not {expected}.</source>
        <translation>Dette er ikkje ein telefonkatalog: formatet er {found}, ikkje {expected}.</translation>
    </message>
    <message>
        <source>The catalogue has version {found}; Kontakt reads version {expected}.</source>
        <translation>Katalogen har versjon {found}; Kontakt les versjon {expected}.</translation>
    </message>
    <message>
        <source>{path}: a list was expected.</source>
        <translation>{path}: her skal det vere ei liste.</translation>
    </message>
    <message>
        <source>{path}: an object was expected.</source>
        <translation>{path}: her skal det vere eit objekt.</translation>
    </message>
    <message>
        <source>{path}: this field is missing or empty.</source>
        <translation>{path}: feltet manglar eller er tomt.</translation>
    </message>
    <message>
        <source>{path}: {value} is not a date (YYYY-MM-DD).</source>
        <translation>{path}: {value} er ikkje ein dato (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>{path}: {value} is not an amount.</source>
        <translation>{path}: {value} er ikkje eit beløp.</translation>
    </message>
    <message>
        <source>{path}: {value} is a negative amount.</source>
        <translation>{path}: {value} er eit negativt beløp.</translation>
    </message>
    <message>
        <source>{path}: the picture is not an SVG, PNG or JPEG image in a data: URL.</source>
        <translation>{path}: biletet er ikkje eit SVG-, PNG- eller JPEG-bilete i ein data:-URL.</translation>
    </message>
    <message>
        <source>{path}: {value} is not a path on IKTNH&apos;s API (such as /catalogue/phones/pictures/a.png).</source>
        <translation>{path}: {value} er ikkje ein sti på API-et til IKTNH (slik som /catalogue/phones/pictures/a.png).</translation>
    </message>
    <message>
        <source>{path}: the picture is larger than {limit} KB.</source>
        <translation>{path}: biletet er større enn {limit} KB.</translation>
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
        <translation>Pr&amp;is frå:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>til:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>kva som helst</translation>
    </message>
    <message>
        <source> kr</source>
        <translation> kr</translation>
    </message>
    <message>
        <source>Price at most</source>
        <translation>Pris høgst</translation>
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
        <translation>Tr&amp;yggleiksoppdateringar minst til</translation>
    </message>
    <message>
        <source>Security updates until at least</source>
        <translation>Tryggleiksoppdateringar minst til</translation>
    </message>
    <message>
        <source>Phone models</source>
        <translation>Telefonmodellar</translation>
    </message>
    <message>
        <source>Phone models as cards</source>
        <translation>Telefonmodellar som kort</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Kort</translation>
    </message>
    <message>
        <source>Show the models as cards with pictures.</source>
        <translation>Vis modellane som kort med bilete.</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Show the models as a sortable list.</source>
        <translation>Vis modellane som ei liste du kan sortere.</translation>
    </message>
    <message>
        <source>About the model</source>
        <translation>Om modellen</translation>
    </message>
    <message>
        <source>&amp;Compare …</source>
        <translation>Sa&amp;manlikn …</translation>
    </message>
    <message>
        <source>Select two to four models to compare them.</source>
        <translation>Vel to til fire modellar for å samanlikne dei.</translation>
    </message>
    <message>
        <source>O&amp;rder …</source>
        <translation>&amp;Bestill …</translation>
    </message>
    <message>
        <source>Order the selected model for an employee.</source>
        <translation>Bestill den valde modellen til ein tilsett.</translation>
    </message>
    <message>
        <source>Fe&amp;tch from IKTNH</source>
        <translation>He&amp;nt frå IKTNH</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modellar</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestillingar</translation>
    </message>
    <message>
        <source>Phone orders</source>
        <translation>Telefonbestillingar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Not yet synced from IKTNH: the demo&apos;s models.</source>
        <translation>Ikkje henta frå IKTNH enno: modellane i demoen.</translation>
    </message>
    <message>
        <source>Last synced from IKTNH {when}.</source>
        <translation>Sist henta frå IKTNH {when}.</translation>
    </message>
    <message>
        <source>Select a model to see all about it.</source>
        <translation>Vel ein modell for å sjå alt om han.</translation>
    </message>
    <message>
        <source>Security updates for this model end within a year.</source>
        <translation>Tryggleiksoppdateringane for denne modellen tek slutt innan eit år.</translation>
    </message>
    <message>
        <source>{price} ex. VAT.</source>
        <translation>{price} eks. mva.</translation>
    </message>
    <message>
        <source>Picture of {model}</source>
        <translation>Bilete av {model}</translation>
    </message>
    <message>
        <source>Fetching the phone models from IKTNH …</source>
        <translation>Hentar telefonmodellane frå IKTNH …</translation>
    </message>
    <message>
        <source>The phone models have not changed since the last sync.</source>
        <translation>Telefonmodellane er ikkje endra sidan sist.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) added, </source>
        <translation>
            <numerusform>%n modell lagd til, </numerusform>
            <numerusform>%n modellar lagde til, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed, </source>
        <translation>
            <numerusform>%n endra, </numerusform>
            <numerusform>%n endra, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed.</source>
        <translation>
            <numerusform>%n fjerna.</numerusform>
            <numerusform>%n fjerna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kontakt cannot reach IKTNH yet: set the API address in Settings and make your signing key.</source>
        <translation>Kontakt når ikkje IKTNH enno: legg inn API-adressa under Innstillingar og lag signeringsnøkkelen din.</translation>
    </message>
    <message>
        <source>The phone models could not be fetched: {detail}</source>
        <translation>Telefonmodellane kunne ikkje hentast: {detail}</translation>
    </message>
    <message>
        <source>Something went wrong while fetching the phone models: {reason}</source>
        <translation>Noko gjekk gale då telefonmodellane skulle hentast: {reason}</translation>
    </message>
    <message>
        <source>Order a phone</source>
        <translation>Bestill telefon</translation>
    </message>
    <message>
        <source>Phone order {number} for {name} is a draft under Change requests: approve it there to send it to IKTNH.</source>
        <translation>Telefonbestilling {number} for {name} er eit utkast under Endringsbestillingar: godkjenn ho der for å sende ho til IKTNH.</translation>
    </message>
    <message>
        <source>The mobile already rings in {group} in the ring pattern {pattern}.</source>
        <translation>Mobilen ringjer alt i {group} i ringemønsteret {pattern}.</translation>
    </message>
    <message>
        <source>The mobile now rings in {group} in the draft of the ring pattern {pattern} (version {version}): check the draft under Ring patterns and order it.</source>
        <translation>Mobilen ringjer no i {group} i utkastet til ringemønsteret {pattern} (versjon {version}): sjå over utkastet under Ringemønster og bestill det.</translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>make and approve change requests for IKTNH</source>
        <translation>lag og godkjenn endringsbestillingar til IKTNH</translation>
    </message>
    <message>
        <source>a ring-pattern change from a document, against the current set-up</source>
        <translation>ei endring av ringemønster frå eit dokument, mot gjeldande oppsett</translation>
    </message>
    <message>
        <source>the new ring pattern (.ringpattern.json)</source>
        <translation>det nye ringemønsteret (.ringpattern.json)</translation>
    </message>
    <message>
        <source>approve and sign it with your key, and put it in the outbox</source>
        <translation>godkjenn og signer ho med nøkkelen din, og legg ho i utboksen</translation>
    </message>
    <message>
        <source>what IKTNH reads first (default: the pattern&apos;s name)</source>
        <translation>det IKTNH les først (standard: namnet på mønsteret)</translation>
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
        <translation>Godkjend med nøkkelen {key_id}; SHA-256 av det som vart signert: {digest}.</translation>
    </message>
</context>
<context>
    <name>ChangeDescriptions</name>
    <message numerus="yes">
        <source>Correction of contact details for %Ln employee(s)</source>
        <translation>
            <numerusform>Retting av kontaktinformasjon for %Ln tilsett</numerusform>
            <numerusform>Retting av kontaktinformasjon for %Ln tilsette</numerusform>
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
        <translation>Laga:</translation>
    </message>
    <message>
        <source>What it holds:</source>
        <translation>Innhald:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Samandrag:</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>Sist endra:</translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>Godkjend:</translation>
    </message>
    <message>
        <source>From the check of:</source>
        <translation>Frå sjekken av:</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n retting</numerusform>
            <numerusform>%n rettingar</numerusform>
        </translation>
    </message>
    <message>
        <source>As sent to IKTNH (JSON)</source>
        <translation>Slik IKTNH får han (JSON)</translation>
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
        <translation>Databasen har ingen kommune å lage endringsbestillingar for.</translation>
    </message>
    <message>
        <source>There is no change request {number} for this municipality.</source>
        <translation>Det finst inga endringsbestilling {number} for denne kommunen.</translation>
    </message>
    <message>
        <source>Change request {number} is no longer a draft ({state}): what it asks cannot change. Make a new request instead.</source>
        <translation>Endringsbestilling {number} er ikkje lenger eit utkast ({state}): det ho bed om, kan ikkje endrast. Lag ei ny bestilling i staden.</translation>
    </message>
    <message>
        <source>Your name, e-mail address and phone number go into the approval: fill in all three under Settings.</source>
        <translation>Namnet, e-postadressa og telefonnummeret ditt går inn i godkjenninga: fyll inn alle tre under Innstillingar.</translation>
    </message>
    <message>
        <source>Change request {number} changed after it was shown to you; nothing was signed. Look at it again and approve it then.</source>
        <translation>Endringsbestilling {number} vart endra etter at ho vart vist deg; ingenting vart signert. Sjå på ho att og godkjenn ho då.</translation>
    </message>
    <message>
        <source>Change request {number} holds a value that cannot be signed: {detail}</source>
        <translation>Endringsbestilling {number} inneheld ein verdi som ikkje kan signerast: {detail}</translation>
    </message>
    <message>
        <source>{file}: the municipality {kommune} has no current set-up of the ring pattern {pattern} to compare with. Import IKTNH&apos;s current set-up first.</source>
        <translation>{file}: kommune {kommune} har ikkje noko gjeldande oppsett av ringemønsteret {pattern} å samanlikne med. Importer det gjeldande oppsettet frå IKTNH først.</translation>
    </message>
    <message>
        <source>{file}: the ring pattern is the same as the current set-up; there is nothing to order.</source>
        <translation>{file}: ringemønsteret er det same som gjeldande oppsett; det er ingenting å bestille.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: the ring pattern has %n error(s); fix them before you order it (kontakt pattern validate shows them).</source>
        <translation>
            <numerusform>{file}: ringemønsteret har %n feil; rett han før du bestiller det (kontakt pattern validate viser han).</numerusform>
            <numerusform>{file}: ringemønsteret har %n feil; rett dei før du bestiller det (kontakt pattern validate viser dei).</numerusform>
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
        <translation>på veg</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>avbroten</translation>
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
        <translation>blir prøvd att</translation>
    </message>
    <message>
        <source>received</source>
        <translation>motteken</translation>
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
        <translation>Samanlikna med versjon {version} av gjeldande oppsett:</translation>
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
        <translation>Forventa: {expected}</translation>
    </message>
    <message>
        <source>Observed: {observed}</source>
        <translation>Observert: {observed}</translation>
    </message>
    <message>
        <source>A phone for {name}: number {number}</source>
        <translation>Ein telefon til {name}: nummer {number}</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>Modell: {model}</translation>
    </message>
    <message>
        <source>Municipal e-mail on the phone: the municipality pays {amount} a month for the licence</source>
        <translation>E-post frå kommunen på telefonen: kommunen betaler {amount} i månaden for lisensen</translation>
    </message>
    <message>
        <source>Municipal e-mail on the phone (a licence cost)</source>
        <translation>E-post frå kommunen på telefonen (ein lisenskostnad)</translation>
    </message>
    <message>
        <source>Set-up help from IKTNH</source>
        <translation>Hjelp til oppsett frå IKTNH</translation>
    </message>
    <message>
        <source>The mobile already rings in {group} in the ring pattern {pattern}</source>
        <translation>Mobilen ringjer alt i {group} i ringemønsteret {pattern}</translation>
    </message>
    <message>
        <source>The mobile rings in {group} in the draft of the ring pattern {pattern} (version {version})</source>
        <translation>Mobilen ringjer i {group} i utkastet til ringemønsteret {pattern} (versjon {version})</translation>
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
        <translation>Laga: {when}</translation>
    </message>
    <message>
        <source>Summary: {summary}</source>
        <translation>Samandrag: {summary}</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Kva det blir bede om</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Godkjenning</translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation>Ikkje godkjend enno.</translation>
    </message>
    <message>
        <source>The signature verifies against your key.</source>
        <translation>Signaturen stemmer med nøkkelen din.</translation>
    </message>
    <message>
        <source>The signature does NOT verify against the key.</source>
        <translation>Signaturen stemmer IKKJE med nøkkelen.</translation>
    </message>
    <message>
        <source>The approving key is not known to this database.</source>
        <translation>Nøkkelen som godkjende, er ukjend i denne databasen.</translation>
    </message>
    <message>
        <source>Approved by {name} ({email}, {phone}).</source>
        <translation>Godkjend av {name} ({email}, {phone}).</translation>
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
        <translation>Ikkje noko leveringsforsøk enno.</translation>
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
        <translation>IKTNH har ikkje fått ho enno.</translation>
    </message>
    <message>
        <source>IKTNH&apos;s case: {id}, status: {status}</source>
        <translation>Saka hos IKTNH: {id}, status: {status}</translation>
    </message>
    <message>
        <source>IKTNH&apos;s reason: {reason}</source>
        <translation>Grunngjeving frå IKTNH: {reason}</translation>
    </message>
    <message>
        <source>Comment from IKTNH ({when}): {text}</source>
        <translation>Merknad frå IKTNH ({when}): {text}</translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) wait in the outbox: IKTNH&apos;s API address is missing. Fill it in under Settings.</source>
        <translation>
            <numerusform>%n endringsbestilling ventar i utboksen: API-adressa til IKTNH manglar. Fyll ho inn under Innstillingar.</numerusform>
            <numerusform>%n endringsbestillingar ventar i utboksen: API-adressa til IKTNH manglar. Fyll ho inn under Innstillingar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) wait in the outbox: Kontakt sends only over HTTPS. Correct IKTNH&apos;s API address under Settings.</source>
        <translation>
            <numerusform>%n endringsbestilling ventar i utboksen: Kontakt sender berre over HTTPS. Rett API-adressa til IKTNH under Innstillingar.</numerusform>
            <numerusform>%n endringsbestillingar ventar i utboksen: Kontakt sender berre over HTTPS. Rett API-adressa til IKTNH under Innstillingar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) wait in the outbox: there is no signing key to send with. Open Signing key… to make one or to see what is wrong.</source>
        <translation>
            <numerusform>%n endringsbestilling ventar i utboksen: det finst ingen signeringsnøkkel å sende med. Opne Signeringsnøkkel … for å lage ein eller sjå kva som er gale.</numerusform>
            <numerusform>%n endringsbestillingar ventar i utboksen: det finst ingen signeringsnøkkel å sende med. Opne Signeringsnøkkel … for å lage ein eller sjå kva som er gale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) wait in the outbox: Kontakt cannot reach IKTNH (offline). They go by themselves when the connection is back.</source>
        <translation>
            <numerusform>%n endringsbestilling ventar i utboksen: Kontakt når ikkje IKTNH (fråkopla). Ho går av seg sjølv når sambandet er tilbake.</numerusform>
            <numerusform>%n endringsbestillingar ventar i utboksen: Kontakt når ikkje IKTNH (fråkopla). Dei går av seg sjølv når sambandet er tilbake.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) wait in the outbox for their next attempt.</source>
        <translation>
            <numerusform>%n endringsbestilling ventar i utboksen på neste forsøk.</numerusform>
            <numerusform>%n endringsbestillingar ventar i utboksen på neste forsøk.</numerusform>
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
        <translation>&amp;Opne …</translation>
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
        <translation>&amp;Nytt utkast frå denne</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Send no</translation>
    </message>
    <message>
        <source>Signing &amp;key…</source>
        <translation>Signeringsnø&amp;kkel …</translation>
    </message>
    <message>
        <source>No change requests are stored yet.</source>
        <translation>Ingen endringsbestillingar er lagra enno.</translation>
    </message>
    <message>
        <source>{requests}, {drafts}; {waiting}.</source>
        <translation>{requests}, {drafts}; {waiting}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) stored</source>
        <translation>
            <numerusform>%n endringsbestilling er lagra</numerusform>
            <numerusform>%n endringsbestillingar er lagra</numerusform>
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
        <translation>Slette utkastet {number} ({what})? Rediger ▸ Angre hentar det tilbake så lenge Kontakt er ope.</translation>
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
            <numerusform>%n endringsbestillingar levert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by IKTNH</source>
        <translation>
            <numerusform>%n avvist av IKTNH</numerusform>
            <numerusform>%n avviste av IKTNH</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) from IKTNH</source>
        <translation>
            <numerusform>%n driftsmelding frå IKTNH</numerusform>
            <numerusform>%n driftsmeldingar frå IKTNH</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting in the outbox</source>
        <translation>
            <numerusform>%n ventar i utboksen</numerusform>
            <numerusform>%n ventar i utboksen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a change request to see it whole.</source>
        <translation>Vel ei endringsbestilling for å sjå heile.</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Endringsbestillingar</translation>
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
        <translation>Godkjend</translation>
    </message>
    <message>
        <source>Waiting in the outbox</source>
        <translation>Ventar i utboksen</translation>
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
        <translation>medlemer</translation>
    </message>
    <message>
        <source>ringing order</source>
        <translation>ringjerekkjefølgje</translation>
    </message>
    <message>
        <source>ring time</source>
        <translation>ringjetid</translation>
    </message>
    <message>
        <source>longest ring time</source>
        <translation>lengste ringjetid</translation>
    </message>
    <message>
        <source>maximum queue time</source>
        <translation>maks køtid</translation>
    </message>
    <message>
        <source>queue length</source>
        <translation>kølengd</translation>
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
        <translation>kvar samtalen går utan tastetrykk</translation>
    </message>
    <message>
        <source>where a wrong key goes</source>
        <translation>kvar ein feil tast går</translation>
    </message>
    <message>
        <source>where it goes when nobody answers</source>
        <translation>kvar samtalen går når ingen svarer</translation>
    </message>
    <message>
        <source>overflow</source>
        <translation>overløp</translation>
    </message>
    <message>
        <source>where it goes next</source>
        <translation>kvar samtalen går vidare</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>opningstider</translation>
    </message>
    <message>
        <source>where it goes when open</source>
        <translation>kvar samtalen går når det er ope</translation>
    </message>
    <message>
        <source>where it goes when closed</source>
        <translation>kvar samtalen går når det er stengt</translation>
    </message>
    <message>
        <source>where it goes on closed days</source>
        <translation>kvar samtalen går på fridagar</translation>
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
        <translation>menyval</translation>
    </message>
    <message>
        <source>The number or phone of {members} changed.</source>
        <translation>Nummeret eller telefonen til {members} er endra.</translation>
    </message>
    <message>
        <source>{name}: {fields} changed.</source>
        <translation>{name}: {fields} er endra.</translation>
    </message>
    <message>
        <source>{name} is new in the ring pattern.</source>
        <translation>{name} er ny i ringemønsteret.</translation>
    </message>
    <message>
        <source>{name}: where a wrong key goes changed.</source>
        <translation>{name}: kvar ein feil tast går, er endra.</translation>
    </message>
    <message>
        <source>Key {key} in the voice menu {name} was removed.</source>
        <translation>Tast {key} i talemenyen {name} er fjerna.</translation>
    </message>
    <message>
        <source>Key {key} in the voice menu {name} is new.</source>
        <translation>Tast {key} i talemenyen {name} er ny.</translation>
    </message>
    <message>
        <source>Key {key} in the voice menu {name} now leads to {after} (before: {before}).</source>
        <translation>Tast {key} i talemenyen {name} går no til {after} (før: {before}).</translation>
    </message>
    <message>
        <source>The opening hours changed: at this time a call that presses nothing went to {before} and now goes to {after}.</source>
        <translation>Opningstidene er endra: på dette tidspunktet gjekk ein samtale utan tastetrykk til {before}, no går han til {after}.</translation>
    </message>
    <message>
        <source>A call that presses nothing went to {before} and now goes to {after}.</source>
        <translation>Ein samtale utan tastetrykk gjekk til {before}, no går han til {after}.</translation>
    </message>
    <message>
        <source>The number {number} is new.</source>
        <translation>Nummeret {number} er nytt.</translation>
    </message>
    <message>
        <source>Where calls to {number} start changed.</source>
        <translation>Kvar samtalar til {number} startar, er endra.</translation>
    </message>
    <message>
        <source>{reason} This time {name} answers in {group}.</source>
        <translation>{reason} Denne gongen svarer {name} i {group}.</translation>
    </message>
    <message>
        <source>The next closed day is {date}: call then, or ask IKTNH&apos;s service desk to set the calendar {calendar} to a closed day while you test.</source>
        <translation>Neste fridag er {date}: ring då, eller be servicedesken til IKTNH setje kalenderen {calendar} til fridag medan du testar.</translation>
    </message>
    <message>
        <source>Special hours hold on {date}: call then, or ask IKTNH&apos;s service desk to set the calendar {calendar} to these hours while you test.</source>
        <translation>Særskilde opningstider gjeld {date}: ring då, eller be servicedesken til IKTNH setje kalenderen {calendar} til desse tidene medan du testar.</translation>
    </message>
    <message>
        <source>A phone was ordered for {name}.</source>
        <translation>Det er bestilt telefon til {name}.</translation>
    </message>
    <message>
        <source>Call {number} from another phone.</source>
        <translation>Ring {number} frå ein annan telefon.</translation>
    </message>
    <message>
        <source>{phone} rings and the call can be answered.</source>
        <translation>{phone} ringjer, og samtalen kan svarast.</translation>
    </message>
    <message>
        <source>Send an e-mail to {email}.</source>
        <translation>Send ein e-post til {email}.</translation>
    </message>
    <message>
        <source>The e-mail arrives on the phone and a reply can be sent.</source>
        <translation>E-posten kjem fram på telefonen, og du kan sende svar.</translation>
    </message>
    <message>
        <source>Plug the desk phone into the network point at the desk.</source>
        <translation>Kople bordtelefonen til nettverkspunktet ved pulten.</translation>
    </message>
    <message>
        <source>The phone starts on power from the network (PoE), without a power supply, and gets network and its number.</source>
        <translation>Telefonen startar på straum frå nettverket (PoE), utan straumforsyning, og får nettverk og nummeret sitt.</translation>
    </message>
    <message>
        <source>Checked after every change.</source>
        <translation>Blir sjekka etter kvar endring.</translation>
    </message>
    <message>
        <source>Check that the network path of the phones (network points, switches, the link to the central data room) is on emergency power.</source>
        <translation>Sjekk at nettverksvegen til telefonane (nettverkspunkt, svitsjar, sambandet til det sentrale datarommet) har naudstraum.</translation>
    </message>
    <message>
        <source>In a power cut the desk phones and the wireless network keep working on emergency power.</source>
        <translation>Ved straumbrot verkar bordtelefonane og det trådlause nettet vidare på naudstraum.</translation>
    </message>
    <message>
        <source>Call IKTNH&apos;s service desk from one of the phones changed.</source>
        <translation>Ring servicedesken til IKTNH frå ein av telefonane som er endra.</translation>
    </message>
    <message>
        <source>The service desk number is reachable and the call is answered.</source>
        <translation>Du kjem fram på nummeret til servicedesken, og nokon svarer.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tysdag</translation>
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
        <translation>laurdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>sundag</translation>
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
        <translation>i opningstida</translation>
    </message>
    <message>
        <source>outside opening hours</source>
        <translation>utanfor opningstida</translation>
    </message>
    <message>
        <source>on a closed day</source>
        <translation>på ein fridag</translation>
    </message>
    <message>
        <source>in special hours</source>
        <translation>i særskilde opningstider</translation>
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
        <translation>ingen telefon ringjer i {group}</translation>
    </message>
    <message>
        <source>you wait in the queue {group} while {phones} ring</source>
        <translation>du ventar i køen {group} medan {phones} ringjer</translation>
    </message>
    <message>
        <source>you wait in the queue {group} while {phones} ring, for up to {seconds} s</source>
        <translation>du ventar i køen {group} medan {phones} ringjer, i opptil {seconds} s</translation>
    </message>
    <message>
        <source>{phones} rings</source>
        <translation>{phones} ringjer</translation>
    </message>
    <message>
        <source>{phones} rings for {seconds} s</source>
        <translation>{phones} ringjer i {seconds} s</translation>
    </message>
    <message>
        <source>{phones} ring together</source>
        <translation>{phones} ringjer samtidig</translation>
    </message>
    <message>
        <source>{phones} ring together for {seconds} s</source>
        <translation>{phones} ringjer samtidig i {seconds} s</translation>
    </message>
    <message>
        <source>{phones} ring in turn, {each} s each</source>
        <translation>{phones} ringjer etter tur, {each} s kvar</translation>
    </message>
    <message>
        <source>the voice menu {menu} plays and waits {seconds} s for a key</source>
        <translation>talemenyen {menu} blir spelt og ventar {seconds} s på tastetrykk</translation>
    </message>
    <message>
        <source>the voice menu {menu} plays</source>
        <translation>talemenyen {menu} blir spelt</translation>
    </message>
    <message>
        <source>{name} answers</source>
        <translation>{name} svarer</translation>
    </message>
    <message>
        <source>you hear the announcement {name}</source>
        <translation>du høyrer den innspelte meldinga {name}</translation>
    </message>
    <message>
        <source>the call goes to the voicemail {name} ({mailbox})</source>
        <translation>samtalen går til taleposten {name} ({mailbox})</translation>
    </message>
    <message>
        <source>the call is forwarded to {number} ({name})</source>
        <translation>samtalen blir vidarekopla til {number} ({name})</translation>
    </message>
    <message>
        <source>the call ends</source>
        <translation>samtalen blir avslutta</translation>
    </message>
    <message>
        <source>the call goes nowhere: the ring pattern has a dead end here</source>
        <translation>samtalen kjem ingen stad: ringemønsteret har ein blindveg her</translation>
    </message>
    <message>
        <source>the call goes round in a loop</source>
        <translation>samtalen går rundt i ei sløyfe</translation>
    </message>
    <message>
        <source>Call {number} ({label}) on {weekday} {date} at {time}, {situation}.</source>
        <translation>Ring {number} ({label}) {weekday} {date} klokka {time}, {situation}.</translation>
    </message>
    <message>
        <source>Press nothing at the voice menu {menu}.</source>
        <translation>Ikkje trykk noko i talemenyen {menu}.</translation>
    </message>
    <message>
        <source>Press {key} at the voice menu {menu}.</source>
        <translation>Trykk {key} i talemenyen {menu}.</translation>
    </message>
    <message>
        <source>Let it ring: nobody answers.</source>
        <translation>La det ringje: ingen svarer.</translation>
    </message>
    <message>
        <source>{name} answers when the phone rings.</source>
        <translation>{name} svarer når telefonen ringjer.</translation>
    </message>
</context>
<context>
    <name>ChecklistCommand</name>
    <message>
        <source>test checklists: the calls to make after a change</source>
        <translation>testsjekklister: oppringingane du skal gjere etter ei endring</translation>
    </message>
    <message>
        <source>list the test calls for a change from one ring pattern to another</source>
        <translation>list testoppringingane for ei endring frå eitt ringemønster til eit anna</translation>
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
        <translation>skriv JSON for andre program</translation>
    </message>
    <message>
        <source>also write the checklist as a test protocol (Excel)</source>
        <translation>skriv også sjekklista som testprotokoll (Excel)</translation>
    </message>
    <message>
        <source>{old} to {new}</source>
        <translation>{old} til {new}</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) to test:</source>
        <translation>
            <numerusform>%n test å køyre:</numerusform>
            <numerusform>%n testar å køyre:</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Forventa:</translation>
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
        <translation>Lagar sjekklista …</translation>
    </message>
    <message>
        <source>The checklist cannot be made: {reason}</source>
        <translation>Sjekklista kan ikkje lagast: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong while making the checklist: {reason}</source>
        <translation>Noko gjekk gale då sjekklista skulle lagast: {reason}</translation>
    </message>
    <message>
        <source>Test checklist</source>
        <translation>Testsjekkliste</translation>
    </message>
    <message>
        <source>Fault found in test {id}: {reason}</source>
        <translation>Feil funnen i test {id}: {reason}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Lagra: {path}</translation>
    </message>
    <message>
        <source>The protocol could not be saved: {reason}</source>
        <translation>Protokollen kunne ikkje lagrast: {reason}</translation>
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
        <translation>Feila</translation>
    </message>
    <message>
        <source>Cannot test</source>
        <translation>Kan ikkje testast</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Ikkje testa</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Choose the change to test</source>
        <translation>Vel endringa du skal teste</translation>
    </message>
    <message>
        <source>Go on with a test run you have started, or choose a change request or two versions of a ring pattern to make a new checklist for.</source>
        <translation>Hald fram med ei testrunde du har starta, eller vel ei endringsbestilling eller to versjonar av eit ringemønster for å lage ei ny sjekkliste.</translation>
    </message>
    <message>
        <source>Go on: {title} ({done} of {total} done)</source>
        <translation>Hald fram: {title} ({done} av {total} gjort)</translation>
    </message>
    <message>
        <source>New checklist: {title}</source>
        <translation>Ny sjekkliste: {title}</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>stadfesta</translation>
    </message>
    <message>
        <source>There is no change to test yet.</source>
        <translation>Det er inga endring å teste enno.</translation>
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
        <translation>argument</translation>
    </message>
    <message>
        <source>options</source>
        <translation>val</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>vis denne hjelpa og avslutt</translation>
    </message>
    <message>
        <source>Kontakt for the ICT contact: ring patterns, contacts and change requests. Without a subcommand, the main window opens.</source>
        <translation>Kontakt for ikt-kontakten: ringemønster, kontaktar og endringsbestillingar. Utan underkommando blir hovudvindauget opna.</translation>
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
        <translation>URL til databasen (SQLAlchemy-form); standard: miljøvariabelen KONTAKT_DB_URL, elles «Felles database» i innstillingane, elles ei fil i datamappa di</translation>
    </message>
    <message>
        <source>the municipality to work for, by its number, when the database holds several (default: the one last used)</source>
        <translation>kommunen du arbeider for, med kommunenummeret, når databasen har fleire (standard: den du brukte sist)</translation>
    </message>
    <message>
        <source>start with an empty database instead of loading the demo municipality</source>
        <translation>start med ein tom database i staden for å laste inn demokommunen</translation>
    </message>
    <message>
        <source>language of the texts (default: your setting, else the system&apos;s)</source>
        <translation>språket i tekstane (standard: innstillinga di, elles språket til systemet)</translation>
    </message>
    <message>
        <source>check without a screen that this Kontakt works (a temporary database, the demo data, an Excel file, the window) and exit</source>
        <translation>kontroller utan skjerm at denne Kontakt verkar (ein mellombels database, demodata, ei Excel-fil, vindauget), og avslutt</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>KOMMANDO</translation>
    </message>
    <message>
        <source>a municipality number is four digits (e.g. 4631): {value}</source>
        <translation>eit kommunenummer har fire siffer (t.d. 4631): {value}</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stoppa.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: {reason}.</source>
        <translation>Kan ikkje skrive til standard utdata: {reason}.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>{value} is not a date as YYYY-MM-DD.</source>
        <translation>{value} er ikkje ein dato på forma ÅÅÅÅ-MM-DD.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare phone models</source>
        <translation>Samanlikn telefonmodellar</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Samanlikning</translation>
    </message>
    <message>
        <source>The models differ here.</source>
        <translation>Modellane er ulike her.</translation>
    </message>
    <message>
        <source>&amp;Export to Excel …</source>
        <translation>&amp;Eksporter til Excel …</translation>
    </message>
    <message>
        <source>Coloured rows are where the models differ.</source>
        <translation>Farga rader viser kvar modellane er ulike.</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Eksporter samanlikninga</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>{path}: the workbook could not be written: {reason}</source>
        <translation>{path}: arbeidsboka kunne ikkje skrivast: {reason}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect “{step}”</source>
        <translation>Kople «{step}»</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>ingen stad enno</translation>
    </message>
    <message>
        <source>Type to filter the steps</source>
        <translation>Skriv for å filtrere stega</translation>
    </message>
    <message>
        <source>Filter the steps</source>
        <translation>Filtrer stega</translation>
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
        <translation>Sjekka {date}</translation>
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
        <translation>Tilsettnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Eining</translation>
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
        <translation>(inga eining)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samandrag</translation>
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
        <translation>Kjeldefil</translation>
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
        <translation>Lesne rader</translation>
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
        <translation>Ikkje sjekka (manglar kolonne eller inndata)</translation>
    </message>
</context>
<context>
    <name>ContactCodes</name>
    <message>
        <source>Missing mobile</source>
        <translation>Manglar mobilnummer</translation>
    </message>
    <message>
        <source>Missing e-mail</source>
        <translation>Manglar e-post</translation>
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
        <translation>Tilsettnummer på fleire rader</translation>
    </message>
    <message>
        <source>Missing employee number</source>
        <translation>Manglar tilsettnummer</translation>
    </message>
    <message>
        <source>E-mail address outside the municipality&apos;s domains</source>
        <translation>E-postadresse utanfor kommunen sine domene</translation>
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
        <translation>Uleseleg dato</translation>
    </message>
    <message>
        <source>Ended, still in a ring pattern</source>
        <translation>Slutta, framleis i ringemønster</translation>
    </message>
    <message>
        <source>Ended, still has a number</source>
        <translation>Slutta, har framleis nummer</translation>
    </message>
    <message>
        <source>Ring-pattern member not in HRM</source>
        <translation>Medlem i ringemønster manglar i HRM</translation>
    </message>
    <message>
        <source>Differs from the number register</source>
        <translation>Stemmer ikkje med nummerregisteret</translation>
    </message>
    <message>
        <source>Not in the number register</source>
        <translation>Ikkje i nummerregisteret</translation>
    </message>
</context>
<context>
    <name>ContactCommand</name>
    <message>
        <source>check an HRM export&apos;s contact details against the telephony directory and ring patterns</source>
        <translation>sjekk kontaktinformasjonen i ein HRM-eksport mot nummerregisteret og ringemønstera</translation>
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
        <translation>NAMN</translation>
    </message>
    <message>
        <source>the sheet of an XLSX file (default: the first)</source>
        <translation>arket i ei XLSX-fil (standard: det første)</translation>
    </message>
    <message>
        <source>FIELD=HEADER</source>
        <translation>FELT=OVERSKRIFT</translation>
    </message>
    <message>
        <source>read FIELD from the column HEADER (repeatable; FIELD= leaves the field out)</source>
        <translation>les FELT frå kolonnen OVERSKRIFT (kan gjentakast; FELT= tek feltet ut)</translation>
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
        <translation>ei ringemønsterfil (kan gjentakast)</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMENE</translation>
    </message>
    <message>
        <source>an e-mail domain of the municipality (repeatable)</source>
        <translation>eit e-postdomene til kommunen (kan gjentakast)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>the date that decides who has left (default: today)</source>
        <translation>datoen som avgjer kven som har slutta (standard: i dag)</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>STI</translation>
    </message>
    <message>
        <source>write the findings as JSON to PATH (- for standard output)</source>
        <translation>skriv funna som JSON til STI (- for standard utdata)</translation>
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
        <translation>avslutt med 1 når eit funn er minst så alvorleg</translation>
    </message>
    <message>
        <source>From the database of {municipality}: {what}</source>
        <translation>Frå databasen til {municipality}: {what}</translation>
    </message>
    <message numerus="yes">
        <source>number register (%Ln number(s))</source>
        <translation>
            <numerusform>nummerregister (%Ln nummer)</numerusform>
            <numerusform>nummerregister (%Ln nummer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ring pattern(s)</source>
        <translation>
            <numerusform>%Ln ringemønster</numerusform>
            <numerusform>%Ln ringemønster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln row(s) read.</source>
        <translation>
            <numerusform>{file}: %Ln rad lesen.</numerusform>
            <numerusform>{file}: %Ln rader lesne.</numerusform>
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
            <numerusform>%Ln åtvaring</numerusform>
            <numerusform>%Ln åtvaringar</numerusform>
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
        <translation>e-postdomene ({domains})</translation>
    </message>
    <message>
        <source>Not checked (no column or no input for them): {codes}</source>
        <translation>Ikkje sjekka (manglar kolonne eller inndata): {codes}</translation>
    </message>
</context>
<context>
    <name>ContactErrors</name>
    <message>
        <source>{file}: the file cannot be read ({reason}).</source>
        <translation>{file}: fila kan ikkje lesast ({reason}).</translation>
    </message>
    <message>
        <source>{file}: the file is empty.</source>
        <translation>{file}: fila er tom.</translation>
    </message>
    <message>
        <source>{file}: this is not a CSV or Excel (XLSX) file: it holds binary data.</source>
        <translation>{file}: dette er ikkje ei CSV- eller Excel-fil (XLSX): ho inneheld binære data.</translation>
    </message>
    <message>
        <source>{file}: the file has a header row but no data rows.</source>
        <translation>{file}: fila har ei overskriftsrad, men ingen datarader.</translation>
    </message>
    <message>
        <source>{file}, row {row}: the row has {cells} cells, more than the header row&apos;s columns ({columns}).</source>
        <translation>{file}, rad {row}: rada har {cells} celler, fleire enn kolonnane i overskriftsrada ({columns}).</translation>
    </message>
    <message>
        <source>{file}: the file mixes two encodings: line {utf8} is UTF-8, line {other} is Windows-1252. Each line was read in its own encoding; check the letters æ, ø and å.</source>
        <translation>{file}: fila blandar to teiknkodingar: linje {utf8} er UTF-8, linje {other} er Windows-1252. Kvar linje vart lesen i si eiga koding; sjå over bokstavane æ, ø og å.</translation>
    </message>
    <message>
        <source>{file}: this is a CSV file, which has no sheets; leave out the sheet &quot;{sheet}&quot;.</source>
        <translation>{file}: dette er ei CSV-fil, som ikkje har ark; ta vekk arket «{sheet}».</translation>
    </message>
    <message>
        <source>{file}, row {row}: the CSV cannot be read ({reason}).</source>
        <translation>{file}, rad {row}: CSV-fila kan ikkje lesast ({reason}).</translation>
    </message>
    <message>
        <source>{file}: refused: the workbook would unpack to {size} MB (member {member}, compressed {ratio} times); a real HRM export is far smaller.</source>
        <translation>{file}: avvist: arbeidsboka ville blitt pakka ut til {size} MB (fila {member}, komprimert {ratio} gonger); ein verkeleg HRM-eksport er mykje mindre.</translation>
    </message>
    <message>
        <source>{file}, sheet &quot;{sheet}&quot;: refused: the sheet reaches {rows} rows and {columns} columns, more than the {limit} million cells Kontakt reads; a real HRM export is far smaller.</source>
        <translation>{file}, ark «{sheet}»: avvist: arket når {rows} rader og {columns} kolonnar, meir enn dei {limit} millionar cellene Kontakt les; ein ekte HRM-eksport er langt mindre.</translation>
    </message>
    <message>
        <source>{file} is not a workbook Kontakt can read: it holds no XLSX, XLS or ODS sheets. Save it again from the spreadsheet program, or export it as CSV.</source>
        <translation>{file} er ikkje ei arbeidsbok Kontakt kan lese: ho har ingen ark i XLSX, XLS eller ODS. Lagre ho på nytt frå reknearkprogrammet, eller eksporter ho som CSV.</translation>
    </message>
    <message>
        <source>{file}: the workbook cannot be read ({reason}).</source>
        <translation>{file}: arbeidsboka kan ikkje lesast ({reason}).</translation>
    </message>
    <message>
        <source>its XML is damaged or holds what Kontakt does not read, such as a DOCTYPE or entities</source>
        <translation>XML-en er skadd eller har noko Kontakt ikkje les, til dømes DOCTYPE eller entitetar</translation>
    </message>
    <message>
        <source>{file}: there is no sheet &quot;{sheet}&quot;; the sheets are: {sheets}.</source>
        <translation>{file}: det finst ikkje noko ark «{sheet}»; arka er: {sheets}.</translation>
    </message>
    <message>
        <source>{file}: no column for the required field &quot;{field}&quot;; the headers found are: {headers}.</source>
        <translation>{file}: ingen kolonne for det obligatoriske feltet «{field}»; overskriftene i fila er: {headers}.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; is not a field Kontakt reads from this table; the fields are: {fields}.</source>
        <translation>«{field}» er ikkje eit felt Kontakt les frå denne tabellen; felta er: {fields}.</translation>
    </message>
    <message>
        <source>{file}: the field &quot;{field}&quot; is mapped to the column &quot;{header}&quot;, which is not in the file; the headers found are: {headers}.</source>
        <translation>{file}: feltet «{field}» er kopla til kolonnen «{header}», som ikkje finst i fila; overskriftene i fila er: {headers}.</translation>
    </message>
    <message>
        <source>&quot;{option}&quot; is not of the form FIELD=HEADER.</source>
        <translation>«{option}» er ikkje på forma FELT=OVERSKRIFT.</translation>
    </message>
    <message>
        <source>{file}: the telephony directory must have the header {expected}; it has {found}.</source>
        <translation>{file}: nummerregisteret må ha overskrifta {expected}; det har {found}.</translation>
    </message>
    <message>
        <source>{file}, row {row}, column type: &quot;{value}&quot; is not a number type (mobile, desk, softphone, function).</source>
        <translation>{file}, rad {row}, kolonnen type: «{value}» er ikkje ein nummertype (mobile, desk, softphone, function).</translation>
    </message>
    <message>
        <source>{file}, row {row}: the row has {cells} cells; the directory has 5 columns.</source>
        <translation>{file}, rad {row}: rada har {cells} celler; nummerregisteret har 5 kolonnar.</translation>
    </message>
    <message>
        <source>{file}: no row holds a usable number, so the number register was not changed.</source>
        <translation>{file}: ingen rad har eit nummer som kan brukast, så nummerregisteret er ikkje endra.</translation>
    </message>
    <message>
        <source>{file}: no row holds a number, so the number register was not changed.</source>
        <translation>{file}: ingen rad har eit nummer, så nummerregisteret er ikkje endra.</translation>
    </message>
    <message>
        <source>{file}, row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a call result Kontakt knows; map it to one of answered, abandoned, overflow, voicemail, forwarded or closed (--result VALUE=KIND).</source>
        <translation>{file}, rad {row}, kolonne «{column}»: «{value}» er ikkje eit samtaleresultat Kontakt kjenner; knyt det til eitt av answered, abandoned, overflow, voicemail, forwarded eller closed (--result VERDI=SLAG).</translation>
    </message>
    <message>
        <source>{file}, row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a time (write 2026-11-23T09:15:00 or 23.11.2026 09:15).</source>
        <translation>{file}, rad {row}, kolonne «{column}»: «{value}» er ikkje eit tidspunkt (skriv 2026-11-23T09:15:00 eller 23.11.2026 09:15).</translation>
    </message>
    <message>
        <source>{file}, row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a duration (seconds, or HH:MM:SS).</source>
        <translation>{file}, rad {row}, kolonne «{column}»: «{value}» er ikkje ei tidslengd (sekund, eller TT:MM:SS).</translation>
    </message>
    <message>
        <source>&quot;{option}&quot; is not of the form VALUE=KIND, where KIND is one of answered, abandoned, overflow, voicemail, forwarded or closed.</source>
        <translation>«{option}» er ikkje på forma VERDI=SLAG, der SLAG er eitt av answered, abandoned, overflow, voicemail, forwarded eller closed.</translation>
    </message>
    <message>
        <source>&quot;{option}&quot; is not of the form ENTRY_OR_NODE=PERCENT/SECONDS (such as Helse=80/20).</source>
        <translation>«{option}» er ikkje på forma NUMMER_ELLER_NODE=PROSENT/SEKUND (til dømes Helse=80/20).</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Employee number</source>
        <translation>Tilsettnummer</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Eining</translation>
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
        <translation>Tilsettnummeret {value} står på meir enn éi rad: radene {rows}.</translation>
    </message>
    <message>
        <source>The row has no employee number.</source>
        <translation>Rada har ikkje tilsettnummer.</translation>
    </message>
    <message>
        <source>An active employee has no mobile number.</source>
        <translation>Ein aktiv tilsett har ikkje mobilnummer.</translation>
    </message>
    <message>
        <source>An active employee has no e-mail address.</source>
        <translation>Ein aktiv tilsett har ikkje e-postadresse.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid phone number.</source>
        <translation>«{value}» er ikkje eit gyldig telefonnummer.</translation>
    </message>
    <message>
        <source>{value} is a landline number but is given as the mobile number.</source>
        <translation>{value} er eit fasttelefonnummer, men står oppført som mobilnummer.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>«{value}» er ikkje ei gyldig e-postadresse.</translation>
    </message>
    <message>
        <source>The e-mail domain {domain} is not one of the municipality&apos;s domains ({domains}).</source>
        <translation>E-postdomenet {domain} er ikkje eitt av domena til kommunen ({domains}).</translation>
    </message>
    <message>
        <source>{number} is also given for employee number {others}.</source>
        <translation>{number} står også på tilsettnummer {others}.</translation>
    </message>
    <message>
        <source>{value} is also the e-mail address of employee number {others}.</source>
        <translation>{value} står også som e-postadresse på tilsettnummer {others}.</translation>
    </message>
    <message>
        <source>The employment ended {ended}, but {member} is still a member of the ring pattern {pattern}.</source>
        <translation>Arbeidsforholdet tok slutt {ended}, men {member} er framleis medlem i ringemønsteret {pattern}.</translation>
    </message>
    <message>
        <source>The employment ended {ended}, but the number register still has {value} for the employee.</source>
        <translation>Arbeidsforholdet tok slutt {ended}, men nummerregisteret har framleis {value} på den tilsette.</translation>
    </message>
    <message>
        <source>{member}, member of the ring pattern {pattern}, has employee number {value}, which is not in the HRM export.</source>
        <translation>{member}, medlem i ringemønsteret {pattern}, har tilsettnummeret {value}, som ikkje finst i HRM-eksporten.</translation>
    </message>
    <message>
        <source>The HRM export has {value}; the number register has {directory} for this employee.</source>
        <translation>HRM-eksporten har {value}; nummerregisteret har {directory} for denne tilsette.</translation>
    </message>
    <message>
        <source>{value} is not in the number register.</source>
        <translation>{value} finst ikkje i nummerregisteret.</translation>
    </message>
    <message>
        <source>&quot;{id}&quot;</source>
        <translation>«{id}»</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date (write YYYY-MM-DD or DD.MM.YYYY); the employee is taken as active.</source>
        <translation>«{value}» er ikkje ein dato (skriv ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ); den tilsette blir rekna som aktiv.</translation>
    </message>
    <message>
        <source>{value} is a mobile number but is given as the work phone.</source>
        <translation>{value} er eit mobilnummer, men står oppført som arbeidstelefon.</translation>
    </message>
</context>
<context>
    <name>ContactsWorkspace</name>
    <message>
        <source>Check the municipality&apos;s HRM export: missing and invalid numbers and e-mail addresses, duplicates, and employees who have left but are still in ring patterns or the number register.</source>
        <translation>Sjekk HRM-eksporten til kommunen: manglande og ugyldige nummer og e-postadresser, dublettar, og tilsette som har slutta, men som framleis står i ringemønster eller i nummerregisteret.</translation>
    </message>
    <message>
        <source>&amp;Open HRM export…</source>
        <translation>&amp;Opne HRM-eksport…</translation>
    </message>
    <message>
        <source>&amp;Run check</source>
        <translation>&amp;Køyr sjekk</translation>
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
            <numerusform>%Ln nummer</numerusform>
        </translation>
    </message>
    <message>
        <source>Make &amp;correction request</source>
        <translation>Lag endrings&amp;bestilling (retting)</translation>
    </message>
    <message>
        <source>A change request (draft) to IKTNH for the chosen finding, or for all the shown findings IKTNH must act on: ended employees in ring patterns or with numbers, and register mismatches.</source>
        <translation>Ei endringsbestilling (utkast) til IKTNH for det valde funnet, eller for alle dei viste funna som IKTNH må følgje opp: tilsette som har slutta, men som står i ringemønster eller har nummer, og nummer som ikkje stemmer med nummerregisteret.</translation>
    </message>
    <message>
        <source>No export chosen. Open one, or drag a CSV or XLSX file here.</source>
        <translation>Ingen eksport er vald. Opne ein, eller dra ei CSV- eller XLSX-fil hit.</translation>
    </message>
    <message>
        <source>none stored (those checks are skipped)</source>
        <translation>ingen lagra (dei sjekkane blir hoppa over)</translation>
    </message>
    <message>
        <source>none set (see Settings)</source>
        <translation>ingen lagt inn (sjå Innstillingar)</translation>
    </message>
    <message>
        <source>Compared with: number register: {register} · ring patterns: {patterns} · e-mail domains: {domains}</source>
        <translation>Samanlikna med: nummerregister: {register} · ringemønster: {patterns} · e-postdomene: {domains}</translation>
    </message>
    <message>
        <source>Add to &amp;correction request {number}</source>
        <translation>Legg til i endrings&amp;bestilling {number}</translation>
    </message>
    <message>
        <source>This check already has a correction request (a draft): the chosen findings that it does not hold yet are added to it.</source>
        <translation>Denne sjekken har alt ei endringsbestilling (utkast): dei valde funna som ho ikkje har enno, blir lagde til i ho.</translation>
    </message>
    <message>
        <source>Correction request {number} made</source>
        <translation>Endringsbestilling {number} er laga</translation>
    </message>
    <message>
        <source>This check&apos;s correction request holds these findings. See it under Change requests.</source>
        <translation>Endringsbestillinga frå denne sjekken har desse funna. Du finn ho under Endringsbestillingar.</translation>
    </message>
    <message>
        <source>Open HRM export</source>
        <translation>Opne HRM-eksport</translation>
    </message>
    <message>
        <source>HRM exports (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>HRM-eksportar (*.csv *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading {file} …</source>
        <translation>Lastar inn {file} …</translation>
    </message>
    <message>
        <source>Choose sheet</source>
        <translation>Vel ark</translation>
    </message>
    <message>
        <source>{file} has several sheets. Which one lists the employees?</source>
        <translation>{file} har fleire ark. Kva for eit av dei listar dei tilsette?</translation>
    </message>
    <message>
        <source>The check was not run.</source>
        <translation>Sjekken vart ikkje køyrd.</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profilen vart ikkje lagra</translation>
    </message>
    <message>
        <source>Set up the municipality in Settings first: profiles are kept for it. The check runs with the columns you chose.</source>
        <translation>Set opp kommunen under Innstillingar først: profilane blir lagra for han. Sjekken køyrer med kolonnane du valde.</translation>
    </message>
    <message>
        <source>Checking {file} …</source>
        <translation>Sjekkar {file} …</translation>
    </message>
    <message>
        <source>Stopping …</source>
        <translation>Stoppar …</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was changed.</source>
        <translation>Sjekken vart avbroten. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The export cannot be used: {problem}</source>
        <translation>Eksporten kan ikkje brukast: {problem}</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation>Noko gjekk gale: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Draft change request {number} made with %n correction(s).</source>
        <translation>
            <numerusform>Utkast til endringsbestilling {number} er laga med %n retting.</numerusform>
            <numerusform>Utkast til endringsbestilling {number} er laga med %n rettingar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) added to the draft change request {number}.</source>
        <translation>
            <numerusform>%n retting er lagd til i utkastet til endringsbestilling {number}.</numerusform>
            <numerusform>%n rettingar er lagde til i utkastet til endringsbestilling {number}.</numerusform>
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
        <translation>Rapporten er lagra i {path}.</translation>
    </message>
    <message>
        <source>Writing {file} …</source>
        <translation>Lagrar {file} …</translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln row(s): {findings}.</source>
        <translation>
            <numerusform>Sjekka %Ln rad: {findings}.</numerusform>
            <numerusform>Sjekka %Ln rader: {findings}.</numerusform>
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
            <numerusform>Vil du lage eit utkast til endringsbestilling til IKTNH med %n retting? Du godkjenner og sender det under Endringsbestillingar.</numerusform>
            <numerusform>Vil du lage eit utkast til endringsbestilling til IKTNH med %n rettingar? Du godkjenner og sender det under Endringsbestillingar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n correction(s) to the draft change request {number}? You approve and send it under Change requests.</source>
        <translation>
            <numerusform>Vil du leggje %n retting til i utkastet til endringsbestilling {number}? Du godkjenner og sender det under Endringsbestillingar.</numerusform>
            <numerusform>Vil du leggje %n rettingar til i utkastet til endringsbestilling {number}? Du godkjenner og sender det under Endringsbestillingar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correction request</source>
        <translation>Endringsbestilling (retting)</translation>
    </message>
    <message>
        <source>Contact corrections from the check of {file}</source>
        <translation>Retting av kontaktinformasjon frå sjekken av {file}</translation>
    </message>
    <message>
        <source>Set up the municipality in Settings first: change requests are made for it.</source>
        <translation>Set opp kommunen under Innstillingar først: endringsbestillingar blir laga for han.</translation>
    </message>
</context>
<context>
    <name>CorrectionsModel</name>
    <message>
        <source>Employee number</source>
        <translation>Tilsettnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
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
        <translation>Opningstider</translation>
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
        <translation>Fjern dei valde</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>{day} is in the list already.</source>
        <translation>{day} står i lista frå før.</translation>
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
        <translation>{path} er ikkje ei vanleg fil (men ei mappe, ei eining eller ein røyrleidning); Kontakt skriv berre til filer. Vel eit anna namn.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason} (in {folder}). The old file is unchanged.</source>
        <translation>Kan ikkje skrive {path}: {reason} (i {folder}). Den gamle fila er uendra.</translation>
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
        <translation>Tilsettnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Eining</translation>
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
        <translation>{when}: ingen samtalar i opningstida</translation>
    </message>
    <message numerus="yes">
        <source>{when}: %n call(s), {level} % answered within {within} s (target {goal} %)</source>
        <translation>
            <numerusform>{when}: %n samtale, {level} % svara innan {within} s (mål {goal} %)</numerusform>
            <numerusform>{when}: %n samtalar, {level} % svara innan {within} s (mål {goal} %)</numerusform>
        </translation>
    </message>
    <message>
        <source>met</source>
        <translation>nådd</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>ikkje nådd</translation>
    </message>
    <message>
        <source>Erlang C recommends {agents}.</source>
        <translation>Erlang C tilrår {agents}.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import the number register or a ring pattern into the database, replacing what is stored</source>
        <translation>importer nummerregisteret eller eit ringemønster til databasen, i staden for det som er lagra</translation>
    </message>
    <message>
        <source>IKTNH&apos;s number register (CSV or XLSX)</source>
        <translation>nummerregisteret til IKTNH (CSV eller XLSX)</translation>
    </message>
    <message>
        <source>the number register file (CSV or XLSX)</source>
        <translation>fila med nummerregisteret (CSV eller XLSX)</translation>
    </message>
    <message>
        <source>the sheet of an XLSX file (default: the first)</source>
        <translation>arket i ei XLSX-fil (standard: det første)</translation>
    </message>
    <message>
        <source>use the saved column mapping NAME</source>
        <translation>bruk den lagra kolonnekoplinga NAME</translation>
    </message>
    <message>
        <source>read FIELD (number, type, employee_id, name, site) from the column HEADER (repeatable; FIELD= leaves the field out)</source>
        <translation>les FIELD (number, type, employee_id, name, site) frå kolonnen HEADER (kan gjentakast; FIELD= lèt feltet vere ute)</translation>
    </message>
    <message>
        <source>a ring-pattern document (JSON)</source>
        <translation>eit ringemønsterdokument (JSON)</translation>
    </message>
    <message>
        <source>ring-pattern file (.ringpattern.json)</source>
        <translation>ringemønsterfil (.ringpattern.json)</translation>
    </message>
    <message>
        <source>save only while version N is still the newest; otherwise keep the file as a new draft and exit with 3</source>
        <translation>lagre berre om versjon N framleis er den nyaste; elles ta vare på fila som eit nytt utkast og avslutte med 3</translation>
    </message>
    <message>
        <source>There is no municipality in the database to import for. Set it up in the window (File ▸ Settings) first.</source>
        <translation>Databasen har ingen kommune å importere for. Set opp kommunen i vindauget (Fil ▸ Innstillingar) først.</translation>
    </message>
    <message>
        <source>There is no saved column mapping &quot;{name}&quot; for number registers; the saved ones are: {names}</source>
        <translation>Det finst inga lagra kolonnekopling «{name}» for nummerregister; dei lagra er: {names}</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>The number register now holds %Ln number(s) from {file}.</source>
        <translation>
            <numerusform>Nummerregisteret har no %Ln nummer frå {file}.</numerusform>
            <numerusform>Nummerregisteret har no %Ln nummer frå {file}.</numerusform>
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
            <numerusform>Det kjem i staden for det %Ln nummeret som var lagra før.</numerusform>
            <numerusform>Det kjem i staden for dei %Ln nummera som var lagra før.</numerusform>
        </translation>
    </message>
    <message>
        <source>No number register was stored before.</source>
        <translation>Det var ikkje lagra noko nummerregister før.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) left out:</source>
        <translation>
            <numerusform>%Ln rad er utelaten:</numerusform>
            <numerusform>%Ln rader er utelatne:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every row was read (%Ln row(s)).</source>
        <translation>
            <numerusform>Alle radene er lesne (%Ln rad).</numerusform>
            <numerusform>Alle radene er lesne (%Ln rader).</numerusform>
        </translation>
    </message>
    <message>
        <source>The ring pattern &quot;{name}&quot; from {file} is now the current set-up (version {version}).</source>
        <translation>Ringemønsteret «{name}» frå {file} er no gjeldande oppsett (versjon {version}).</translation>
    </message>
    <message numerus="yes">
        <source>It replaces %n earlier version(s), kept as history.</source>
        <translation>
            <numerusform>Det kjem i staden for %n tidlegare versjon, som blir teken vare på som historikk.</numerusform>
            <numerusform>Det kjem i staden for %n tidlegare versjonar, som blir tekne vare på som historikk.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is a new ring pattern.</source>
        <translation>Det er eit nytt ringemønster.</translation>
    </message>
    <message>
        <source>Entry numbers: {numbers}</source>
        <translation>Nummer: {numbers}</translation>
    </message>
    <message>
        <source>The check finds {errors}, {warnings} and {infos}.</source>
        <translation>Sjekken finn {errors}, {warnings} og {infos}.</translation>
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
            <numerusform>%n åtvaring</numerusform>
            <numerusform>%n åtvaringar</numerusform>
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
        <translation>Set opp kommunen under Innstillingar først: nummerregisteret og ringemønstera blir lagra for han.</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation>Noko gjekk gale: {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ingenting vart importert</translation>
    </message>
    <message>
        <source>Import number register</source>
        <translation>Importer nummerregister</translation>
    </message>
    <message>
        <source>Number registers (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Nummerregister (*.csv *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose sheet</source>
        <translation>Vel ark</translation>
    </message>
    <message>
        <source>{file} has several sheets. Which one holds the number register?</source>
        <translation>{file} har fleire ark. Kva for eit har nummerregisteret?</translation>
    </message>
    <message>
        <source>The columns were not saved as the profile &quot;{name}&quot;: a profile for HRM exports has that name.</source>
        <translation>Kolonnane vart ikkje lagra som profilen «{name}»: ein profil for HRM-eksportar har det namnet.</translation>
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
        <translation>Ringemønster (*.json);;Alle filer (*)</translation>
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
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Kalender:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Medlemer:</translation>
    </message>
    <message>
        <source>&amp;Ringing:</source>
        <translation>&amp;Ringjing:</translation>
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
        <translation>Legg til ein person: skriv eit namn …</translation>
    </message>
    <message>
        <source>Remove the chosen member</source>
        <translation>Fjern det valde medlemet</translation>
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
        <translation>&lt;b&gt;Kvar utgangane fører&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a card to see and change its fields.</source>
        <translation>Vel eit kort for å sjå og endre felta på det.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; ({id})</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; ({id})</translation>
    </message>
    <message>
        <source>(nowhere)</source>
        <translation>(ingen stad)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Endre namn</translation>
    </message>
    <message>
        <source>Change a field</source>
        <translation>Endre eit felt</translation>
    </message>
    <message>
        <source>Choose a calendar</source>
        <translation>Vel kalender</translation>
    </message>
    <message>
        <source>Change the ringing</source>
        <translation>Endre ringjinga</translation>
    </message>
    <message>
        <source>Change the ring time</source>
        <translation>Endre ringetida</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Legg til eit medlem</translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation>Fjern eit medlem</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>Legg til ein tast</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kople til</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Kople frå</translation>
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
        <translation>Du har ingen signeringsnøkkel enno. Lag ein, eksporter den offentlege nøkkelen og registrer han hos IKTNH før du godkjenner endringsbestillingar.</translation>
    </message>
    <message>
        <source>Key id: {key_id}. The private key is in your system&apos;s keyring; register the public key below with IKTNH.</source>
        <translation>Nøkkel-id: {key_id}. Den private nøkkelen ligg i nøkkelringen til systemet; registrer den offentlege nøkkelen nedanfor hos IKTNH.</translation>
    </message>
    <message>
        <source>Rotate your key</source>
        <translation>Roter nøkkelen din</translation>
    </message>
    <message>
        <source>Make a new key in place of this one? What the old key signed stays verifiable, but IKTNH accepts new approvals only once you have registered the new public key.</source>
        <translation>Vil du lage ein ny nøkkel i staden for denne? Det den gamle nøkkelen signerte, kan framleis kontrollerast, men IKTNH godtek nye godkjenningar først når du har registrert den nye offentlege nøkkelen.</translation>
    </message>
    <message>
        <source>Export your public key</source>
        <translation>Eksporter den offentlege nøkkelen din</translation>
    </message>
    <message>
        <source>JSON Web Key (*.jwk *.json)</source>
        <translation>JSON Web Key (*.jwk *.json)</translation>
    </message>
    <message>
        <source>Wrote {jwk} and {pem}. Send them to IKTNH to register your key.</source>
        <translation>Skreiv {jwk} og {pem}. Send dei til IKTNH for å registrere nøkkelen din.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>No secure keyring is available to keep your private key (the keyring backend is {backend}). Kontakt keeps the key only in your system&apos;s keyring. On Linux, install and unlock GNOME Keyring or KWallet (the Secret Service); on Windows and macOS the system&apos;s own keyring is used. To use another keyring on purpose, name its backend in the environment variable PYTHON_KEYRING_BACKEND.</source>
        <translation>Det finst ingen sikker nøkkelring som kan ta vare på den private nøkkelen din (nøkkelringen keyring fann, er {backend}). Kontakt held nøkkelen berre i nøkkelringen til systemet. På Linux installerer og låser du opp GNOME Keyring eller KWallet (Secret Service); på Windows og macOS blir nøkkelringen til systemet brukt. Vil du med vilje bruke ein annan nøkkelring, namngjev du han i miljøvariabelen PYTHON_KEYRING_BACKEND.</translation>
    </message>
    <message>
        <source>The keyring ({backend}) did not answer: {detail}. Unlock it (or start it) and try again.</source>
        <translation>Nøkkelringen ({backend}) svarte ikkje: {detail}. Lås han opp (eller start han) og prøv att.</translation>
    </message>
    <message>
        <source>You have no signing key yet. Make one with Kontakt (kontakt keys create) and register its public key with IKTNH.</source>
        <translation>Du har ingen signeringsnøkkel enno. Lag ein med Kontakt (kontakt keys create) og registrer den offentlege nøkkelen hos IKTNH.</translation>
    </message>
    <message>
        <source>The signing key in the keyring ({backend}) is not an Ed25519 private key. Make a new one (kontakt keys rotate) and register it with IKTNH.</source>
        <translation>Signeringsnøkkelen i nøkkelringen ({backend}) er ikkje ein privat Ed25519-nøkkel. Lag ein ny (kontakt keys rotate) og registrer han hos IKTNH.</translation>
    </message>
    <message>
        <source>You have a signing key already (key id {key_id}). To replace it, rotate it (kontakt keys rotate).</source>
        <translation>Du har alt ein signeringsnøkkel (nøkkel-id {key_id}). Vil du byte han ut, roterer du han (kontakt keys rotate).</translation>
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
        <translation>vis den offentlege nøkkelen din og dei tidlegare</translation>
    </message>
    <message>
        <source>write JSON</source>
        <translation>skriv JSON</translation>
    </message>
    <message>
        <source>write your public key for registration with IKTNH</source>
        <translation>skriv den offentlege nøkkelen din for registrering hos IKTNH</translation>
    </message>
    <message>
        <source>the JWK file to write</source>
        <translation>JWK-fila som skal skrivast</translation>
    </message>
    <message>
        <source>a PEM file to write too</source>
        <translation>ei PEM-fil som skal skrivast i tillegg</translation>
    </message>
    <message>
        <source>replace your key with a new one (what the old one signed stays verifiable)</source>
        <translation>byt ut nøkkelen din med ein ny (det den gamle signerte, kan framleis kontrollerast)</translation>
    </message>
    <message>
        <source>Key id: {key_id}</source>
        <translation>Nøkkel-id: {key_id}</translation>
    </message>
    <message>
        <source>Your key pair is made; the private key is in your keyring. Register the public key with IKTNH (kontakt keys export --jwk FILE).</source>
        <translation>Nøkkelparet ditt er laga; den private nøkkelen ligg i nøkkelringen din. Registrer den offentlege nøkkelen hos IKTNH (kontakt keys export --jwk FIL).</translation>
    </message>
    <message>
        <source>You have no signing key yet (kontakt keys create).</source>
        <translation>Du har ingen signeringsnøkkel enno (kontakt keys create).</translation>
    </message>
    <message>
        <source>Earlier keys (kept to verify what they signed):</source>
        <translation>Tidlegare nøklar (tekne vare på for å kontrollere det dei signerte):</translation>
    </message>
    <message>
        <source>Wrote the public key {key_id} to {files}.</source>
        <translation>Skreiv den offentlege nøkkelen {key_id} til {files}.</translation>
    </message>
    <message>
        <source>The key {key_id} is retired; its public key is kept so that what it signed stays verifiable.</source>
        <translation>Nøkkelen {key_id} er teken ut av bruk; den offentlege nøkkelen blir teken vare på, så det han signerte, kan framleis kontrollerast.</translation>
    </message>
    <message>
        <source>Your new key is in your keyring. Register its public key with IKTNH (kontakt keys export --jwk FILE) before you approve with it.</source>
        <translation>Den nye nøkkelen din ligg i nøkkelringen. Registrer den offentlege nøkkelen hos IKTNH (kontakt keys export --jwk FIL) før du godkjenner med han.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading …</source>
        <translation>Lastar …</translation>
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
        <translation>&amp;Innstillingar…</translation>
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
        <translation>&amp;Gjer om</translation>
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
        <translation>Opnar databasen …</translation>
    </message>
    <message>
        <source>No municipality set up: open Settings</source>
        <translation>Ingen kommune er sett opp: opne Innstillingar</translation>
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
        <translation>Kolonnar i {file}</translation>
    </message>
    <message>
        <source>Kontakt has matched the columns of the call records to the fields it reads. Check the matches, and change any that are wrong.</source>
        <translation>Kontakt har knytt kolonnane i samtaleloggen til felta programmet les. Sjå over koplingane, og endre dei som er feil.</translation>
    </message>
    <message>
        <source>Kontakt has matched the columns of the number register to the fields it reads. Check the matches, and change any that are wrong.</source>
        <translation>Kontakt har kopla kolonnane i nummerregisteret til felta som blir lesne. Sjå over koplingane, og endre dei som er feil.</translation>
    </message>
    <message>
        <source>Kontakt has matched the columns of the export to the fields it checks. Check the matches, and change any that are wrong. Fields without a column are not checked.</source>
        <translation>Kontakt har kopla kolonnane i eksporten til felta som blir sjekka. Sjå over koplingane, og endre dei som er feil. Felt utan kolonne blir ikkje sjekka.</translation>
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
        <translation>(ikkje i eksporten)</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(ikkje i fila)</translation>
    </message>
    <message>
        <source>{field} (required)</source>
        <translation>{field} (obligatorisk)</translation>
    </message>
    <message>
        <source>e.g. Visma HRM</source>
        <translation>t.d. Visma HRM</translation>
    </message>
    <message>
        <source>e.g. IKTNH register</source>
        <translation>t.d. IKTNH-register</translation>
    </message>
    <message>
        <source>Save &amp;as profile:</source>
        <translation>&amp;Lagre som profil:</translation>
    </message>
    <message>
        <source>&amp;Run check</source>
        <translation>&amp;Køyr sjekk</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>Dei første radene i fila:</translation>
    </message>
    <message>
        <source>The first rows of the export:</source>
        <translation>Dei første radene i eksporten:</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}</source>
        <translation>Vel ein kolonne for: {fields}</translation>
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
        <translation>Frå {since} til {until}</translation>
    </message>
    <message>
        <source>Since {since}, until further notice</source>
        <translation>Sidan {since}, inntil vidare</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>ikkje oppgitt</translation>
    </message>
    <message>
        <source>{severity}: {title}. Affected: {services}. {period}. {detail}</source>
        <translation>{severity}: {title}. Gjeld: {services}. {period}. {detail}</translation>
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
        <translation>Søk på namn, tilsettnummer eller eining</translation>
    </message>
    <message>
        <source>Search for the employee</source>
        <translation>Søk etter den tilsette</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Tilsette</translation>
    </message>
    <message>
        <source>&amp;Municipal e-mail on the phone</source>
        <translation>E-post frå &amp;kommunen på telefonen</translation>
    </message>
    <message>
        <source>E-mail on the phone needs a licence: the municipality pays {amount} a month for it.</source>
        <translation>E-post på telefonen krev ein lisens: kommunen betaler {amount} i månaden for han.</translation>
    </message>
    <message>
        <source>E-mail on the phone needs a licence that the municipality pays for; the catalogue does not state the amount.</source>
        <translation>E-post på telefonen krev ein lisens som kommunen betaler for; modellutvalet oppgir ikkje beløpet.</translation>
    </message>
    <message>
        <source>&amp;Setup help from IKTNH</source>
        <translation>&amp;Hjelp til oppsett frå IKTNH</translation>
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
        <translation>&amp;Tilsett:</translation>
    </message>
    <message>
        <source>Add the mobile to a ring-pattern &amp;group:</source>
        <translation>Legg mobilen til i ei &amp;gruppe i ringemønsteret:</translation>
    </message>
    <message>
        <source>This employee has no mobile number yet, so it cannot be added to a group: order without a group, and add the number in the ring pattern when it is known.</source>
        <translation>Denne tilsette har ikkje mobilnummer enno, så det kan ikkje leggjast til i ei gruppe: bestill utan gruppe, og legg nummeret inn i ringemønsteret når du veit det.</translation>
    </message>
    <message>
        <source>The order also adds the mobile to {group} in the draft of the ring pattern {pattern}.</source>
        <translation>Bestillinga legg også mobilen til i {group} i utkastet til ringemønsteret {pattern}.</translation>
    </message>
    <message>
        <source>Current numbers: {numbers}</source>
        <translation>Noverande nummer: {numbers}</translation>
    </message>
    <message>
        <source>No numbers stored for this employee.</source>
        <translation>Ingen nummer er lagra for denne tilsette.</translation>
    </message>
    <message>
        <source>The order could not be made: {value} is no longer there (the data changed while the dialog was open). Close it and try again.</source>
        <translation>Bestillinga kunne ikkje lagast: {value} finst ikkje lenger (dataa vart endra medan dialogen var open). Lukk han og prøv igjen.</translation>
    </message>
    <message>
        <source>The order could not be made: choose the municipality in Settings.</source>
        <translation>Bestillinga kunne ikkje lagast: vel kommunen under Innstillingar.</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>deliver approved change requests to IKTNH</source>
        <translation>lever godkjende endringsbestillingar til IKTNH</translation>
    </message>
    <message>
        <source>one pass over the outbox: deliver what waits</source>
        <translation>gå gjennom utboksen ein gong: lever det som ventar</translation>
    </message>
    <message>
        <source>IKTNH&apos;s API, e.g. https://api.iktnh.example/v1</source>
        <translation>API-et til IKTNH, t.d. https://api.iktnh.example/v1</translation>
    </message>
    <message>
        <source>wait at most this long for retries within the pass (default: 60)</source>
        <translation>vent høgst så mange sekund på nye forsøk i same gjennomgang (standard: 60)</translation>
    </message>
    <message>
        <source>every change request in the outbox</source>
        <translation>alle endringsbestillingane i utboksen</translation>
    </message>
    <message>
        <source>write JSON</source>
        <translation>skriv JSON</translation>
    </message>
    <message>
        <source>IKTNH&apos;s current operating notices</source>
        <translation>driftsmeldingane frå IKTNH no</translation>
    </message>
    <message>
        <source>--api {url}: Kontakt sends only over HTTPS (plain HTTP only to this machine).</source>
        <translation>--api {url}: Kontakt sender berre over HTTPS (vanleg HTTP berre til denne maskina).</translation>
    </message>
    <message numerus="yes">
        <source>Delivered %n change request(s).</source>
        <translation>
            <numerusform>Leverte %n endringsbestilling.</numerusform>
            <numerusform>Leverte %n endringsbestillingar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change request {number} refused by IKTNH: {detail}</source>
        <translation>IKTNH avviste endringsbestilling {number}: {detail}</translation>
    </message>
    <message>
        <source>Change request {number} waits in the outbox (next try {when}): {detail}</source>
        <translation>Endringsbestilling {number} ventar i utboksen (neste forsøk {when}): {detail}</translation>
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
        <translation>Fekk ikkje lese driftsstatusen til IKTNH: {detail}</translation>
    </message>
    <message>
        <source>No notices from IKTNH: everything runs as normal.</source>
        <translation>Ingen driftsmeldingar frå IKTNH: alt går som normalt.</translation>
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
        <translation>ingen stad</translation>
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
        <translation>ingen naudstraum</translation>
    </message>
    <message numerus="yes">
        <source>Solid green border: emergency power reaches the target of %n min. Dashed orange: it falls short. Dotted red: no emergency power.</source>
        <translation>
            <numerusform>Heil grøn kant: naudstraumen held målet på %n min. Stipla oransje: han held ikkje målet. Prikka raud: ingen naudstraum.</numerusform>
            <numerusform>Heil grøn kant: naudstraumen held målet på %n min. Stipla oransje: han held ikkje målet. Prikka raud: ingen naudstraum.</numerusform>
        </translation>
    </message>
    <message>
        <source>No path given</source>
        <translation>Ingen veg er oppgitt</translation>
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
        <translation>i rekkjefølgje</translation>
    </message>
    <message>
        <source>rotating</source>
        <translation>rullerande</translation>
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
            <numerusform>%n medlemer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n val</numerusform>
            <numerusform>%n val</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatternCommand</name>
    <message>
        <source>{value} is not a date and time as YYYY-MM-DDTHH:MM.</source>
        <translation>{value} er ikkje ein dato med klokkeslett på forma ÅÅÅÅ-MM-DDTTT:MM (til dømes 2026-11-24T08:00).</translation>
    </message>
    <message>
        <source>ring patterns: check, simulate a call, coverage over time, compare</source>
        <translation>ringemønster: sjekk, simuler ei oppringing, tidsdekning, samanlikn</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>HANDLING</translation>
    </message>
    <message>
        <source>write JSON for other programs</source>
        <translation>skriv JSON for andre program</translation>
    </message>
    <message>
        <source>ring-pattern file (.ringpattern.json)</source>
        <translation>ringemønsterfil (.ringpattern.json)</translation>
    </message>
    <message>
        <source>the entry number dialled, e.g. +4756100000</source>
        <translation>nummeret innringaren ringjer, t.d. +4756100000</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>check a ring pattern and list what is wrong or risky</source>
        <translation>sjekk eit ringemønster og list opp kva som er feil eller risikabelt</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>follow one call through a ring pattern</source>
        <translation>følg ein samtale gjennom eit ringemønster</translation>
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
        <translation>tastane innringaren trykkjer, éin per talemeny, skilde med komma</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>MEDLEM</translation>
    </message>
    <message>
        <source>the member who answers (default: nobody answers)</source>
        <translation>medlemmet som svarar (standard: ingen svarar)</translation>
    </message>
    <message>
        <source>M1,M2</source>
        <translation>M1,M2</translation>
    </message>
    <message>
        <source>members who are away, comma-separated</source>
        <translation>medlemer som er borte, skilde med komma</translation>
    </message>
    <message>
        <source>where unanswered calls end, hour by hour, over a period</source>
        <translation>kvar samtalar utan svar endar, time for time, over ein periode</translation>
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
        <translation>siste dag, medrekna</translation>
    </message>
    <message>
        <source>compare two versions of a ring pattern</source>
        <translation>samanlikn to versjonar av eit ringemønster</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>GAMMAL</translation>
    </message>
    <message>
        <source>the older file</source>
        <translation>den eldre fila</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NY</translation>
    </message>
    <message>
        <source>the newer file</source>
        <translation>den nyare fila</translation>
    </message>
    <message>
        <source>first day of the year in which routes are compared (YYYY-MM-DD; default: today)</source>
        <translation>første dag i året som rutene blir samanlikna over (ÅÅÅÅ-MM-DD; standard: i dag)</translation>
    </message>
    <message>
        <source>trace back every way a call reaches a node or rings a member</source>
        <translation>spor tilbake kvar veg ein samtale kan ta til eit steg eller til eit medlem</translation>
    </message>
    <message>
        <source>the node (step) that calls reach, by id</source>
        <translation>steget (noden) samtalane kjem til, med id</translation>
    </message>
    <message>
        <source>the member who gets the calls, by id</source>
        <translation>medlemmet som får samtalane, med id</translation>
    </message>
    <message>
        <source>first day of the year in which an example time is looked for (YYYY-MM-DD; default: today)</source>
        <translation>første dag i året det blir leita etter eit døme på tidspunkt i (ÅÅÅÅ-MM-DD; standard: i dag)</translation>
    </message>
    <message>
        <source>each card&apos;s place on the canvas, laid out automatically where the pattern has none</source>
        <translation>plassen til kvart kort på teikneflata, lagd ut automatisk der ringemønsteret ikkje har nokon</translation>
    </message>
    <message numerus="yes">
        <source>Calls that reach {node}: %n way(s)</source>
        <translation>
            <numerusform>Samtalar som kjem til {node}: %n veg</numerusform>
            <numerusform>Samtalar som kjem til {node}: %n vegar</numerusform>
        </translation>
    </message>
    <message>
        <source>No call reaches {node}.</source>
        <translation>Ingen samtalar kjem til {node}.</translation>
    </message>
    <message numerus="yes">
        <source>Calls that ring {member}: %n way(s)</source>
        <translation>
            <numerusform>Samtalar som ringjer til {member}: %n veg</numerusform>
            <numerusform>Samtalar som ringjer til {member}: %n vegar</numerusform>
        </translation>
    </message>
    <message>
        <source>No call rings {member}.</source>
        <translation>Ingen samtalar ringjer til {member}.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tastar</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>Første gong</translation>
    </message>
    <message>
        <source>not in the coming year</source>
        <translation>ikkje det komande året</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breidd</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Høgd</translation>
    </message>
    <message>
        <source>Errors: {errors}, warnings: {warnings}, information: {info}</source>
        <translation>Feil: {errors}, åtvaringar: {warnings}, informasjon: {info}</translation>
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
        <translation>Sekund</translation>
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
        <translation>Kva skjedde</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frå</translation>
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
        <translation>teikn eit ringemønster slik redigeringa viser det (PNG, SVG eller PDF)</translation>
    </message>
    <message>
        <source>write an SVG drawing</source>
        <translation>skriv ei SVG-teikning</translation>
    </message>
    <message>
        <source>write a PNG picture</source>
        <translation>skriv eit PNG-bilete</translation>
    </message>
    <message>
        <source>write a PDF page</source>
        <translation>skriv ei PDF-side</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>fila som skal skrivast</translation>
    </message>
    <message>
        <source>Drawing written to {file}.</source>
        <translation>Teikninga er skriven til {file}.</translation>
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
        <translation>Fjerna nummer: {name}</translation>
    </message>
    <message>
        <source>Removed calendar: {name}</source>
        <translation>Fjerna kalender: {name}</translation>
    </message>
    <message>
        <source>Removed member: {name}</source>
        <translation>Fjerna medlem: {name}</translation>
    </message>
    <message>
        <source>Removed step: {name} ({type})</source>
        <translation>Fjerna steg: {name} ({type})</translation>
    </message>
    <message>
        <source>Changed number {name}:</source>
        <translation>Endra nummer {name}:</translation>
    </message>
    <message>
        <source>Changed calendar {name}:</source>
        <translation>Endra kalender {name}:</translation>
    </message>
    <message>
        <source>Changed member {name}:</source>
        <translation>Endra medlem {name}:</translation>
    </message>
    <message>
        <source>Changed step {name} ({type}):</source>
        <translation>Endra steg {name} ({type}):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
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
        <translation>Ringjemåte</translation>
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
        <translation>Tilsettnummer</translation>
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
        <translation>Heilagdagar</translation>
    </message>
    <message>
        <source>simultaneous</source>
        <translation>samtidig</translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>i rekkjefølgje</translation>
    </message>
    <message>
        <source>rotating</source>
        <translation>rullerande</translation>
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
        <translation>Måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tysdag</translation>
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
        <translation>Laurdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sundag</translation>
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
        <translation>samtalen blir avslutta</translation>
    </message>
    <message>
        <source>as when closed</source>
        <translation>som når det er stengt</translation>
    </message>
    <message>
        <source>the menu plays again</source>
        <translation>menyen blir spela av på nytt</translation>
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
        <translation>Fjerna tast {key} (førte til {old})</translation>
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
        <translation>Fjerna medlem frå {node}: {name}</translation>
    </message>
    <message>
        <source>Order of the members: {old} → {new}</source>
        <translation>Rekkjefølgja på medlemene: {old} → {new}</translation>
    </message>
    <message>
        <source>New closing day {day}</source>
        <translation>Ny stengd dag {day}</translation>
    </message>
    <message>
        <source>Removed closing day {day}</source>
        <translation>Fjerna stengd dag {day}</translation>
    </message>
    <message>
        <source>New yearly closing day {day}</source>
        <translation>Ny årleg stengd dag {day}</translation>
    </message>
    <message>
        <source>Removed yearly closing day {day}</source>
        <translation>Fjerna årleg stengd dag {day}</translation>
    </message>
    <message>
        <source>New special hours {day}: {new}</source>
        <translation>Nye særskilde opningstider {day}: {new}</translation>
    </message>
    <message>
        <source>Removed special hours {day} ({old})</source>
        <translation>Fjerna særskilde opningstider {day} ({old})</translation>
    </message>
    <message>
        <source>Special hours {day}: {old} → {new}</source>
        <translation>Særskilde opningstider {day}: {old} → {new}</translation>
    </message>
    <message>
        <source>Other field {field} changed</source>
        <translation>Anna felt {field} er endra</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Ingen skilnader.</translation>
    </message>
    <message>
        <source>Numbers affected: {numbers}</source>
        <translation>Påverka nummer: {numbers}</translation>
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
        <translation>&amp;Finn eit kort</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>&amp;Ny versjon</translation>
    </message>
    <message>
        <source>&amp;Order this change…</source>
        <translation>&amp;Bestill denne endringa …</translation>
    </message>
    <message>
        <source>Find a card (Ctrl+F)</source>
        <translation>Finn eit kort (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a card by its label or id</source>
        <translation>Finn eit kort etter namnet eller id-en</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Legg til eit steg</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Simulate a call</source>
        <translation>Simuler ei oppringing</translation>
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
        <translation>Versjonar</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Heile mønsteret</translation>
    </message>
    <message>
        <source>As opened</source>
        <translation>Slik det vart opna</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Eigenskapar</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Tilbake til lista</translation>
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
        <translation>Gjer om att</translation>
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
        <translation>&amp;Endre namn</translation>
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
        <translation>&amp;Tilpass vindauget</translation>
    </message>
    <message>
        <source>&amp;Lay out again</source>
        <translation>&amp;Plasser på nytt</translation>
    </message>
    <message>
        <source>&amp;Export drawing…</source>
        <translation>&amp;Eksporter teikninga …</translation>
    </message>
    <message>
        <source>&amp;Trace back</source>
        <translation>&amp;Spor tilbake</translation>
    </message>
    <message>
        <source>&amp;Connect an exit …</source>
        <translation>&amp;Kople ein utgang …</translation>
    </message>
    <message>
        <source>Restore the kept changes</source>
        <translation>Hent fram dei ulagra endringane</translation>
    </message>
    <message>
        <source>Unsaved changes were kept</source>
        <translation>Ulagra endringar er tekne vare på</translation>
    </message>
    <message>
        <source>Kontakt kept changes to {name} that were not saved (last kept {when}). Restore them? (Discard throws them away.)</source>
        <translation>Kontakt tok vare på ulagra endringar i {name} (sist {when}). Vil du hente dei fram? (Forkast kastar dei.)</translation>
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
        <translation>{name} – ulagra endringar</translation>
    </message>
    <message>
        <source>Saved as a new draft</source>
        <translation>Lagra som nytt utkast</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <source>{by} saved version {newest} of this ring pattern at {when}, after you opened it. Nothing was saved over it: your work is kept as the new draft version {kept}.</source>
        <translation>{by} lagra versjon {newest} av dette ringemønsteret {when}, etter at du opna det. Ingenting vart lagra over han: arbeidet ditt er teke vare på som det nye utkastet, versjon {kept}.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagra endringar</translation>
    </message>
    <message>
        <source>The ring pattern has changes that are not saved. Save them as a draft?</source>
        <translation>Ringemønsteret har endringar som ikkje er lagra. Vil du lagre dei som utkast?</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytt</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kople til</translation>
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
        <translation>Endre namn</translation>
    </message>
    <message>
        <source>Lay out again</source>
        <translation>Plasser på nytt</translation>
    </message>
    <message>
        <source>Export the drawing</source>
        <translation>Eksporter teikninga</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG (*.png)</translation>
    </message>
    <message>
        <source>The drawing was not written</source>
        <translation>Teikninga vart ikkje skriven</translation>
    </message>
</context>
<context>
    <name>PatternErrors</name>
    <message>
        <source>The file is not JSON: {detail} (line {line}, column {column}).</source>
        <translation>Fila er ikkje JSON: {detail} (linje {line}, kolonne {column}).</translation>
    </message>
    <message>
        <source>The JSON is nested too deeply to be read ({depth} levels, line {line}, column {column}).</source>
        <translation>JSON-en er for djupt nøsta til å kunne lesast ({depth} nivå, linje {line}, kolonne {column}).</translation>
    </message>
    <message>
        <source>A number of {digits} digits is too long to be read (line {line}, column {column}).</source>
        <translation>Eit tal med {digits} siffer er for langt til å kunne lesast (linje {line}, kolonne {column}).</translation>
    </message>
    <message>
        <source>The file is larger than {most} MB, the most a ring pattern may be.</source>
        <translation>Fila er større enn {most} MB, som er det meste eit ringemønster kan vere.</translation>
    </message>
    <message>
        <source>Too many here: {count}; a ring pattern may have at most {most}.</source>
        <translation>For mange her: {count}; eit ringemønster kan ha høgst {most}.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Fila er ikkje UTF-8-tekst.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>Fila {file} finst ikkje.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {detail}.</source>
        <translation>Fila {file} kan ikkje lesast: {detail}.</translation>
    </message>
    <message>
        <source>This is not a ring pattern: the format is {found}, not {expected}.</source>
        <translation>Dette er ikkje eit ringemønster: formatet er {found}, ikkje {expected}.</translation>
    </message>
    <message>
        <source>The ring pattern is of version {version}, made by a newer program; this one reads version {supported}.</source>
        <translation>Ringemønsteret er i versjon {version}, laga av eit nyare program; dette programmet les versjon {supported}.</translation>
    </message>
    <message>
        <source>The version {value} is not known.</source>
        <translation>Versjonen {value} er ukjend.</translation>
    </message>
    <message>
        <source>The version is written as the text &quot;{value}&quot;; it must be the number {version}, without quotes.</source>
        <translation>Versjonen er skriven som teksten &quot;{value}&quot;; han må vere talet {version}, utan hermeteikn.</translation>
    </message>
    <message>
        <source>The key {key} is missing.</source>
        <translation>Nøkkelen {key} manglar.</translation>
    </message>
    <message>
        <source>An object ({{…}}) is expected here.</source>
        <translation>Her skal det stå eit objekt ({{…}}).</translation>
    </message>
    <message>
        <source>A list ([…]) is expected here.</source>
        <translation>Her skal det stå ei liste ([…]).</translation>
    </message>
    <message>
        <source>Text is expected here.</source>
        <translation>Her skal det stå tekst.</translation>
    </message>
    <message>
        <source>A node id or null is expected here.</source>
        <translation>Her skal det stå ein node-id eller null.</translation>
    </message>
    <message>
        <source>{field} must be a whole number of seconds from 0 to {most}, not {value}.</source>
        <translation>{field} må vere eit heilt tal sekund frå 0 til {most}, ikkje {value}.</translation>
    </message>
    <message>
        <source>{field} must be a whole number from 0 to {most}, not {value}.</source>
        <translation>{field} må vere eit heilt tal frå 0 til {most}, ikkje {value}.</translation>
    </message>
    <message>
        <source>{value} is not allowed here; allowed: {allowed}.</source>
        <translation>{value} er ikkje tillate her; tillatne verdiar: {allowed}.</translation>
    </message>
    <message>
        <source>{value} is not a time of day as HH:MM.</source>
        <translation>{value} er ikkje eit klokkeslett på forma TT:MM.</translation>
    </message>
    <message>
        <source>An interval is written as [&quot;HH:MM&quot;, &quot;HH:MM&quot;].</source>
        <translation>Eit tidsrom blir skrive som [&quot;TT:MM&quot;, &quot;TT:MM&quot;].</translation>
    </message>
    <message>
        <source>The interval ends ({end}) before it starts ({start}).</source>
        <translation>Tidsrommet sluttar ({end}) før det byrjar ({start}).</translation>
    </message>
    <message>
        <source>{value} is not a date.</source>
        <translation>{value} er ikkje ein dato.</translation>
    </message>
    <message>
        <source>{value} is not a known time zone.</source>
        <translation>{value} er ikkje ei kjend tidssone.</translation>
    </message>
    <message>
        <source>The pattern has no node {node}.</source>
        <translation>Ringemønsteret har ikkje nokon node {node}.</translation>
    </message>
    <message>
        <source>More than {most} ways lead there, too many to list: trace a node further on.</source>
        <translation>Meir enn {most} vegar fører dit, for mange til å liste opp: spor tilbake frå ein node lenger fram.</translation>
    </message>
    <message>
        <source>{value} is not a country whose public holidays are known.</source>
        <translation>{value} er ikkje eit land med kjende heilagdagar.</translation>
    </message>
    <message>
        <source>A position is written as [x, y], two numbers.</source>
        <translation>Ein posisjon blir skriven som [x, y], to tal.</translation>
    </message>
    <message>
        <source>The pattern has no entry with the number {number}.</source>
        <translation>Ringemønsteret har ikkje nummeret {number}.</translation>
    </message>
    <message>
        <source>The pattern has no member {member}.</source>
        <translation>Ringemønsteret har ikkje noko medlem {member}.</translation>
    </message>
    <message>
        <source>{value} is not a key on a phone (0-9, * or #).</source>
        <translation>{value} er ikkje ein tast på telefonen (0-9, * eller #).</translation>
    </message>
    <message>
        <source>The date {value} is outside the dates calls can be followed on ({first} to {last}).</source>
        <translation>Datoen {value} er utanfor datoane samtalar kan følgjast på ({first} til {last}).</translation>
    </message>
    <message>
        <source>The call would still be going on after {last}, past the dates calls can be followed on: its ring and wait times add up to too much.</source>
        <translation>Samtalen ville framleis vare etter {last}, forbi datoane samtalar kan følgjast på: ringje- og ventetidene blir til saman for lange.</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>Perioden sluttar ({last}) før han byrjar ({first}).</translation>
    </message>
    <message>
        <source>The period from {first} to {last} is {days} days long; coverage takes at most {most} days (five years) at a time.</source>
        <translation>Perioden frå {first} til {last} er {days} dagar lang; tidsdekninga tek høgst {most} dagar (fem år) om gongen.</translation>
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
        <translation>Teikna {date}</translation>
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
        <translation>Ringjetid</translation>
    </message>
    <message>
        <source>Longest ring time</source>
        <translation>Lengste ringjetid</translation>
    </message>
    <message>
        <source>Maximum queue time</source>
        <translation>Maks køtid</translation>
    </message>
    <message>
        <source>Most callers in the queue</source>
        <translation>Flest innringarar i køen</translation>
    </message>
</context>
<context>
    <name>PatternFindings</name>
    <message>
        <source>The exit &quot;{exit}&quot; leads to &quot;{target}&quot;, which does not exist.</source>
        <translation>Utgangen «{exit}» fører til «{target}», som ikkje finst.</translation>
    </message>
    <message>
        <source>The exit &quot;{exit}&quot; is missing: calls that take it go nowhere.</source>
        <translation>Utgangen «{exit}» manglar: samtalar som går den vegen, endar ingen stad.</translation>
    </message>
    <message>
        <source>The member &quot;{member}&quot; is not among the pattern&apos;s members.</source>
        <translation>Medlemmet «{member}» er ikkje blant medlemene i ringemønsteret.</translation>
    </message>
    <message>
        <source>The calendar &quot;{calendar}&quot; does not exist.</source>
        <translation>Kalenderen «{calendar}» finst ikkje.</translation>
    </message>
    <message>
        <source>The group has no members: no phone rings.</source>
        <translation>Svargruppa har ingen medlemer: ingen telefon ringjer.</translation>
    </message>
    <message>
        <source>A caller who presses nothing goes round and round: {path}.</source>
        <translation>Ein innringar som ikkje trykkjer noko, går rundt i ring: {path}.</translation>
    </message>
    <message>
        <source>{number} is not a valid phone number in international form.</source>
        <translation>{number} er ikkje eit gyldig telefonnummer på internasjonal form.</translation>
    </message>
    <message>
        <source>The number {number} is used by more than one entry.</source>
        <translation>Nummeret {number} er oppført meir enn éin gong.</translation>
    </message>
    <message>
        <source>More than one node has this id.</source>
        <translation>Meir enn éin node har denne id-en.</translation>
    </message>
    <message>
        <source>No number leads here.</source>
        <translation>Ikkje noko nummer fører hit.</translation>
    </message>
    <message>
        <source>Only {member} is in the group: nobody covers for them.</source>
        <translation>Berre {member} er i svargruppa: ingen dekkjer opp for vedkommande.</translation>
    </message>
    <message>
        <source>A caller who presses nothing and whom nobody answers can ring and wait {seconds} s from here (more than {limit} s) before hearing a message.</source>
        <translation>Ein innringar som ikkje trykkjer noko og ikkje får svar, kan vente {seconds} s herifrå (meir enn {limit} s) før det kjem ei melding.</translation>
    </message>
    <message>
        <source>The calendar &quot;{calendar}&quot; does not know the public holidays.</source>
        <translation>Kalenderen «{calendar}» kjenner ikkje heilagdagane.</translation>
    </message>
    <message>
        <source>Calls to {entry} can be hung up without a message.</source>
        <translation>Samtalar til {entry} kan bli avslutta utan at innringaren høyrer ei melding.</translation>
    </message>
</context>
<context>
    <name>PatternOutcomes</name>
    <message>
        <source>answered</source>
        <translation>svara</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>talepost</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>vidarekopla</translation>
    </message>
    <message>
        <source>the call was ended</source>
        <translation>samtalen vart avslutta</translation>
    </message>
    <message>
        <source>endless loop</source>
        <translation>evig sløyfe</translation>
    </message>
    <message>
        <source>dead end</source>
        <translation>blindveg</translation>
    </message>
    <message>
        <source>{member} answered after {seconds} s.</source>
        <translation>{member} svarte etter {seconds} s.</translation>
    </message>
    <message>
        <source>The call went to voicemail after {seconds} s.</source>
        <translation>Samtalen gjekk til talepost etter {seconds} s.</translation>
    </message>
    <message>
        <source>The call was forwarded to {number} after {seconds} s.</source>
        <translation>Samtalen vart vidarekopla til {number} etter {seconds} s.</translation>
    </message>
    <message>
        <source>The call was ended after {seconds} s.</source>
        <translation>Samtalen vart avslutta etter {seconds} s.</translation>
    </message>
    <message>
        <source>The call went round in a loop and was stopped after {seconds} s.</source>
        <translation>Samtalen gjekk i ring og vart stoppa etter {seconds} s.</translation>
    </message>
    <message>
        <source>After {seconds} s the call came to an exit that leads nowhere.</source>
        <translation>Etter {seconds} s kom samtalen til ein utgang som ikkje fører nokon stad.</translation>
    </message>
</context>
<context>
    <name>PatternSteps</name>
    <message>
        <source>Rang for {members}; {member} answered.</source>
        <translation>Det ringde hos {members}; {member} svarte.</translation>
    </message>
    <message>
        <source>No member could take the call, so no phone rang.</source>
        <translation>Ingen medlemer kunne ta samtalen, så ingen telefon ringde.</translation>
    </message>
    <message>
        <source>Rang for {members} for {seconds} s; nobody answered.</source>
        <translation>Det ringde hos {members} i {seconds} s; ingen svarte.</translation>
    </message>
    <message>
        <source>Rang for {members}; nobody answered within {seconds} s, so the call went on as overflow.</source>
        <translation>Det ringde hos {members}; ingen svarte innan {seconds} s, så samtalen gjekk vidare til overløp.</translation>
    </message>
    <message>
        <source>No member could take the call; after {seconds} s in the queue it went on as overflow.</source>
        <translation>Ingen medlemer kunne ta samtalen; etter {seconds} s i køen gjekk han vidare til overløp.</translation>
    </message>
    <message>
        <source>The message is played.</source>
        <translation>Meldinga blir spela av.</translation>
    </message>
    <message>
        <source>The caller can leave a message ({mailbox}).</source>
        <translation>Innringaren kan leggje att ei melding ({mailbox}).</translation>
    </message>
    <message>
        <source>The call is forwarded to {number}.</source>
        <translation>Samtalen blir vidarekopla til {number}.</translation>
    </message>
    <message>
        <source>The call is ended.</source>
        <translation>Samtalen blir avslutta.</translation>
    </message>
    <message>
        <source>{member} answered.</source>
        <translation>{member} svarte.</translation>
    </message>
    <message>
        <source>The caller pressed {key}.</source>
        <translation>Innringaren trykte {key}.</translation>
    </message>
    <message>
        <source>The caller pressed no key.</source>
        <translation>Innringaren trykte ikkje på nokon tast.</translation>
    </message>
    <message>
        <source>The caller pressed a key the menu lacks.</source>
        <translation>Innringaren trykte ein tast som ikkje er i menyen.</translation>
    </message>
</context>
<context>
    <name>PatternWords</name>
    <message>
        <source>open</source>
        <translation>ope</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stengt</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>svara</translation>
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
        <translation>ikkje svar</translation>
    </message>
    <message>
        <source>overflow</source>
        <translation>overløp</translation>
    </message>
    <message>
        <source>no key pressed</source>
        <translation>ingen tast trykt</translation>
    </message>
    <message>
        <source>invalid key</source>
        <translation>ugyldig tast</translation>
    </message>
    <message>
        <source>after the message</source>
        <translation>etter meldinga</translation>
    </message>
    <message>
        <source>first step</source>
        <translation>første steg</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>opningstider</translation>
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
        <translation>innspelt melding</translation>
    </message>
    <message>
        <source>forwarding</source>
        <translation>vidarekopling</translation>
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
        <translation>åtvaring</translation>
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
        <translation>heilagdag: {holiday}</translation>
    </message>
    <message>
        <source>closing day</source>
        <translation>stengd dag</translation>
    </message>
    <message>
        <source>closed every year</source>
        <translation>stengd kvart år</translation>
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
        <translation>Gjeldande oppsett</translation>
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
        <translation>Erstatta</translation>
    </message>
    <message>
        <source>Ring pattern</source>
        <translation>Ringemønster</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versjonar</translation>
    </message>
    <message>
        <source>Newest version</source>
        <translation>Nyaste versjon</translation>
    </message>
    <message>
        <source>The check finds</source>
        <translation>Sjekken finn</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Lagra av</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n versjon</numerusform>
            <numerusform>%n versjonar</numerusform>
        </translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>The document cannot be read</source>
        <translation>Dokumentet kan ikkje lesast</translation>
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
            <numerusform>%n åtvaring</numerusform>
            <numerusform>%n åtvaringar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatternsWorkspace</name>
    <message>
        <source>&amp;Open in the editor</source>
        <translation>&amp;Opne i redigeringa</translation>
    </message>
    <message>
        <source>&amp;Import ring pattern…</source>
        <translation>&amp;Importer ringemønster …</translation>
    </message>
    <message>
        <source>Kontakt kept changes that were not saved to: {names}. Open the ring pattern to restore or discard them.</source>
        <translation>Kontakt tok vare på ulagra endringar i: {names}. Opne ringemønsteret for å hente dei fram eller forkaste dei.</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Importerer …</translation>
    </message>
    <message numerus="yes">
        <source>%n ring pattern(s) stored.</source>
        <translation>
            <numerusform>%n ringemønster er lagra.</numerusform>
            <numerusform>%n ringemønster er lagra.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ring patterns are stored yet.</source>
        <translation>Ingen ringemønster er lagra enno.</translation>
    </message>
    <message>
        <source>The ring pattern is no longer stored.</source>
        <translation>Ringemønsteret er ikkje lagra lenger.</translation>
    </message>
    <message>
        <source>The ring pattern cannot be opened</source>
        <translation>Ringemønsteret kan ikkje opnast</translation>
    </message>
</context>
<context>
    <name>PhoneCards</name>
    <message>
        <source>{price} ex. VAT (example)</source>
        <translation>{price} eks. mva. (døme)</translation>
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
        <translation>Tryggleiksoppdateringane tek slutt innan eit år</translation>
    </message>
</context>
<context>
    <name>PhoneComparison</name>
    <message>
        <source>not published</source>
        <translation>ikkje publisert</translation>
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
        <translation>Tryggleiksoppdateringar til</translation>
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
        <translation>Fargar</translation>
    </message>
    <message>
        <source>Price (ex. VAT)</source>
        <translation>Pris (eks. mva.)</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Månadskostnad</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>Tilbehøyr</translation>
    </message>
    <message>
        <source>Notes from IKTNH</source>
        <translation>Merknader frå IKTNH</translation>
    </message>
    <message>
        <source>Phone models compared</source>
        <translation>Telefonmodellar samanlikna</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Ulik</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Eigenskap</translation>
    </message>
    <message>
        <source>The prices are examples, not agreement prices.</source>
        <translation>Prisane er døme, ikkje avtaleprisar.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} av {pages}</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Samanlikning</translation>
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
        <translation>Tryggleiksoppdateringar til</translation>
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
        <translation>Prisane er døme, ikkje avtaleprisane til IKTNH.</translation>
    </message>
    <message>
        <source>Security updates end within a year.</source>
        <translation>Tryggleiksoppdateringane tek slutt innan eit år.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>ikkje oppgitt</translation>
    </message>
    <message>
        <source>{price} (example)</source>
        <translation>{price} (døme)</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>ikkje publisert</translation>
    </message>
    <message>
        <source>{date} (within a year)</source>
        <translation>{date} (innan eit år)</translation>
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
        <translation>Prisane er døme, ikkje avtaleprisane til IKTNH: IKTNH stadfestar prisen ved kvar bestilling.</translation>
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
        <translation>Tilsett</translation>
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
        <translation>Laga</translation>
    </message>
</context>
<context>
    <name>PreparednessCommand</name>
    <message>
        <source>preparedness: sites, emergency power, outages and the plan</source>
        <translation>beredskap: lokasjonar, naudstraum, bortfall og planen</translation>
    </message>
    <message>
        <source>find the weak points of sites, paths and patterns</source>
        <translation>finn dei svake punkta i lokasjonar, vegar og ringemønster</translation>
    </message>
    <message>
        <source>show what callers meet during an outage</source>
        <translation>vis kva innringarar møter under eit bortfall</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>the sites register (kontakt.sites JSON or XLSX; default: the database&apos;s)</source>
        <translation>lokasjonsregisteret (kontakt.sites-JSON eller XLSX; elles det i databasen)</translation>
    </message>
    <message>
        <source>ring patterns (default: the database&apos;s newest versions)</source>
        <translation>ringemønster (elles dei nyaste versjonane i databasen)</translation>
    </message>
    <message>
        <source>the number register as CSV (default: the database&apos;s)</source>
        <translation>nummerregisteret som CSV (elles det i databasen)</translation>
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
        <translation>avslutt med 1 når eit funn er minst så alvorleg</translation>
    </message>
    <message>
        <source>SITE:MINUTES</source>
        <translation>LOKASJON:MINUTT</translation>
    </message>
    <message>
        <source>a power cut at SITE lasting MINUTES</source>
        <translation>eit straumbrot på LOKASJON som varer MINUTT</translation>
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
        <translation>telefoniplattforma til IKTNH er nede</translation>
    </message>
    <message>
        <source>every site&apos;s power and network, and the three global outages</source>
        <translation>straum og nettverk på kvar lokasjon, og dei tre store bortfalla</translation>
    </message>
    <message>
        <source>without limit</source>
        <translation>utan grense</translation>
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
        <translation>Lokasjon {site}: naudstraum {autonomy}</translation>
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
        <translation>--power: «{value}» er ikkje på forma LOKASJON:MINUTT (til dømes radhuset:120).</translation>
    </message>
    <message>
        <source>{option}: the site &quot;{site}&quot; is not in the sites register (its sites: {known}).</source>
        <translation>{option}: lokasjonen «{site}» er ikkje i lokasjonsregisteret (lokasjonane der: {known}).</translation>
    </message>
    <message>
        <source>No ring pattern to run the scenario on: give --pattern FILE, or --db with a database that holds one.</source>
        <translation>Ingen ringemønster å køyre scenarioet på: gi --pattern FIL, eller --db med ein database som har eitt.</translation>
    </message>
    <message>
        <source>answerable</source>
        <translation>når fram</translation>
    </message>
    <message>
        <source>NOT answerable</source>
        <translation>NÅR IKKJE FRAM</translation>
    </message>
    <message numerus="yes">
        <source>Scenario {name}: %n member(s) lost</source>
        <translation>
            <numerusform>Scenario {name}: %n medlem borte</numerusform>
            <numerusform>Scenario {name}: %n medlemer borte</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost: {members}</source>
        <translation>Borte: {members}</translation>
    </message>
    <message>
        <source>{entry} ({state}, {at}): normally {normal}, during {during}: {verdict}</source>
        <translation>{entry} ({state}, {at}): vanlegvis {normal}, under bortfallet {during}: {verdict}</translation>
    </message>
</context>
<context>
    <name>PreparednessFindings</name>
    <message>
        <source>Site {site}: the hop &quot;{hop}&quot; on the path to the central data room has neither UPS nor generator, so the phones there stop at the first power cut.</source>
        <translation>Lokasjon {site}: leddet «{hop}» på vegen til sentralt datarom har verken UPS eller aggregat, så telefonane der stoppar ved første straumbrot.</translation>
    </message>
    <message>
        <source>Site {site}: emergency power lasts {minutes} min, less than the target of {target} min.</source>
        <translation>Lokasjon {site}: naudstraumen varer {minutes} min, mindre enn målet på {target} min.</translation>
    </message>
    <message>
        <source>The desk phone {who} at site {site} hangs on the access switch &quot;{hop}&quot;, which gives no PoE.</source>
        <translation>Bordtelefonen {who} på lokasjon {site} heng på tilgangssvitsjen «{hop}», som ikkje gir PoE.</translation>
    </message>
    <message>
        <source>Site {site} has desk phones or softphones but not enough network points (Wi-Fi does not make up for it).</source>
        <translation>Lokasjon {site} har bordtelefonar eller softphonar, men ikkje nok nettverkspunkt (trådlaust nett veg ikkje opp for det).</translation>
    </message>
    <message>
        <source>The mobile {member} sits at site {site}, which has no mobile coverage indoors.</source>
        <translation>Mobilen {member} er på lokasjon {site}, som ikkje har mobildekning innandørs.</translation>
    </message>
    <message>
        <source>One outage at site {site} silences &quot;{node}&quot;: all its members are desk phones or softphones there.</source>
        <translation>Eitt bortfall på lokasjon {site} stoggar «{node}»: alle medlemene er bordtelefonar eller softphonar der.</translation>
    </message>
    <message>
        <source>No route of {entry} in opening hours rings a mobile, whatever the caller presses.</source>
        <translation>Ingen veg for {entry} i opningstida ringjer ein mobil, kva innringaren enn trykkjer.</translation>
    </message>
    <message>
        <source>The site &quot;{site}&quot; is named by {who} but is not in the sites register.</source>
        <translation>Lokasjonen «{site}» er nemnd av {who}, men er ikkje i lokasjonsregisteret.</translation>
    </message>
    <message>
        <source>{entry} cannot be answered in opening hours during: {scenarios}.</source>
        <translation>Innringarar til {entry} når ingen i opningstida under: {scenarios}.</translation>
    </message>
    <message>
        <source>The preparedness plan was last reviewed on {date}; a review is due every 12 months.</source>
        <translation>Beredskapsplanen vart sist gjennomgått {date}; han skal gjennomgåast kvar 12. månad.</translation>
    </message>
    <message>
        <source>The preparedness plan has never been reviewed.</source>
        <translation>Beredskapsplanen har aldri vore gjennomgått.</translation>
    </message>
    <message>
        <source>The weakness &quot;{text}&quot; has no decided measure.</source>
        <translation>Svakheita «{text}» har ikkje noko avgjort tiltak.</translation>
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
        <translation>Alvorsgrad</translation>
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
        <translation>Be servicedesken til IKTNH om å vidarekople {entry} til ein mobil som framleis verkar.</translation>
    </message>
    <message>
        <source>The platform is down: ask IKTNH&apos;s service desk to set up what can run outside it.</source>
        <translation>Plattforma er nede: be servicedesken til IKTNH om å setje opp det som kan køyre utanfor ho.</translation>
    </message>
    <message>
        <source>Nothing: callers still reach someone.</source>
        <translation>Ingenting: innringarane når framleis nokon.</translation>
    </message>
    <message>
        <source>Nothing new: nobody answers at this time on a normal day either.</source>
        <translation>Ingenting nytt: ingen svarar på denne tida ein vanleg dag heller.</translation>
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
        <translation>ingen naudstraum</translation>
    </message>
    <message>
        <source>without limit</source>
        <translation>utan grense</translation>
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
        <translation>Mål for driftstid på naudstraum</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktar</translation>
    </message>
    <message>
        <source>IKTNH&apos;s service desk</source>
        <translation>Servicedesken til IKTNH</translation>
    </message>
    <message>
        <source>ICT contact</source>
        <translation>Ikt-kontakt</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Stedfortredar</translation>
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
        <translation>Neste gjennomgang innan</translation>
    </message>
    <message>
        <source>now</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Driftstid på naudstraum</translation>
    </message>
    <message>
        <source>Network points</source>
        <translation>Nettverkspunkt</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Trådlaust nett</translation>
    </message>
    <message>
        <source>Mobile coverage</source>
        <translation>Mobildekning</translation>
    </message>
    <message>
        <source>Path to the central data room</source>
        <translation>Vegen til sentralt datarom</translation>
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
        <translation>Vanlegvis</translation>
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
        <translation>Kva du gjer</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Svakheit</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Meldt</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Gjeld</translation>
    </message>
    <message>
        <source>Recommended measure</source>
        <translation>Tilrådd tiltak</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Avgjerd</translation>
    </message>
    <message>
        <source>Measure or reason</source>
        <translation>Tiltak eller grunngjeving</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>ikkje avgjort</translation>
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
        <source>Finding</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Lokasjonar</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Svakheiter</translation>
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
        <translation>Tiltaket mot «{text}» har frist {date} (ansvarleg: {owner}).</translation>
    </message>
    <message>
        <source>The preparedness plan is due for review: the last was on {date}.</source>
        <translation>Beredskapsplanen skal gjennomgåast: sist var {date}.</translation>
    </message>
    <message>
        <source>The preparedness plan has never been reviewed: mark it reviewed.</source>
        <translation>Beredskapsplanen har aldri vore gjennomgått: merk han som gjennomgått.</translation>
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
        <translation>WAN-samband</translation>
    </message>
    <message>
        <source>core switch</source>
        <translation>kjernesvitsj</translation>
    </message>
    <message>
        <source>Power cut at {site} for {minutes} min</source>
        <translation>Straumbrot på {site} i {minutes} min</translation>
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
        <translation>Telefoniplattforma nede</translation>
    </message>
</context>
<context>
    <name>PreparednessWorkspace</name>
    <message>
        <source>Sites</source>
        <translation>Lokasjonar</translation>
    </message>
    <message>
        <source>Outage scenarios</source>
        <translation>Bortfallsscenario</translation>
    </message>
    <message>
        <source>Weaknesses and measures</source>
        <translation>Svakheiter og tiltak</translation>
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
        <translation>Mål for driftstid på naudstraum</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Import sites …</source>
        <translation>Importer lokasjonar …</translation>
    </message>
    <message>
        <source>Export sites …</source>
        <translation>Eksporter lokasjonar …</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Køyr</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>&amp;Lokasjon</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Varigheit</translation>
    </message>
    <message>
        <source>Add weakness …</source>
        <translation>Legg til svakheit …</translation>
    </message>
    <message>
        <source>Decide measure …</source>
        <translation>Avgjer tiltak …</translation>
    </message>
    <message>
        <source>Register as weakness</source>
        <translation>Registrer som svakheit</translation>
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
        <translation>Stedfortredar for ikt-kontakten</translation>
    </message>
    <message>
        <source>When the platform is down</source>
        <translation>Når plattforma er nede</translation>
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
        <translation>Straumbrot på ein lokasjon</translation>
    </message>
    <message>
        <source>Network down at a site</source>
        <translation>Nettverket nede på ein lokasjon</translation>
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
        <translation>Telefoniplattforma nede</translation>
    </message>
    <message>
        <source>Sweep: every outage</source>
        <translation>Alle bortfall på ein gong</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Sjekkar …</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Noko gjekk gale: {error}</translation>
    </message>
    <message>
        <source>The plan has never been reviewed.</source>
        <translation>Planen har aldri vore gjennomgått.</translation>
    </message>
    <message>
        <source>Last reviewed {date} by {who}. The next review is due {due}.</source>
        <translation>Sist gjennomgått {date} av {who}. Neste gjennomgang skal skje innan {due}.</translation>
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
        <translation>{name}, {address}. Nettverkspunkt: {points}. Trådlaust nett: {wifi}. Mobildekning innandørs: {coverage}.</translation>
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
        <translation>Simulerer oppringingar …</translation>
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
        <translation>Vegen vanlegvis: {normal}
Vegen under bortfallet: {during}</translation>
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
        <translation>Ikkje lagra</translation>
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
        <translation>Lagra {path}</translation>
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
        <translation>fila eller mappa finst ikkje</translation>
    </message>
    <message>
        <source>you do not have permission</source>
        <translation>du har ikkje løyve</translation>
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
        <translation>fila er for stor</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disken kan berre lesast</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>det er ei mappe</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>ein del av stien er ikkje ei mappe</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>namnet er for langt</translation>
    </message>
    <message>
        <source>the symbolic links go round in a loop</source>
        <translation>dei symbolske lenkjene går i ring</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>disken melde ein inn/ut-feil</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>fila er i bruk</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>for mange filer er opne</translation>
    </message>
    <message>
        <source>the device is not there</source>
        <translation>eininga er ikkje der</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>det finst frå før</translation>
    </message>
    <message>
        <source>the file cannot be moved to another disk</source>
        <translation>fila kan ikkje flyttast til ein annan disk</translation>
    </message>
    <message>
        <source>the operating system refused ({code})</source>
        <translation>operativsystemet sa nei ({code})</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>ein verdi manglar</translation>
    </message>
    <message>
        <source>a comma is missing</source>
        <translation>eit komma manglar</translation>
    </message>
    <message>
        <source>a colon is missing</source>
        <translation>eit kolon manglar</translation>
    </message>
    <message>
        <source>a name in double quotes is missing</source>
        <translation>eit namn i doble hermeteikn manglar</translation>
    </message>
    <message>
        <source>more text follows the end of the document</source>
        <translation>det kjem meir tekst etter slutten av dokumentet</translation>
    </message>
    <message>
        <source>a text in quotes is not closed</source>
        <translation>ein tekst i hermeteikn er ikkje avslutta</translation>
    </message>
    <message>
        <source>a text in quotes holds a control character</source>
        <translation>ein tekst i hermeteikn har eit kontrollteikn</translation>
    </message>
    <message>
        <source>a \u escape is not valid</source>
        <translation>ein \u-kode er ikkje gyldig</translation>
    </message>
    <message>
        <source>a backslash escape is not valid</source>
        <translation>ein kode med omvend skråstrek er ikkje gyldig</translation>
    </message>
    <message>
        <source>the JSON is not valid here</source>
        <translation>JSON-en er ikkje gyldig her</translation>
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
        <translation>Rad {row}, kolonne «{column}»: «{value}» er ikkje ein nummertype (mobil, bordtelefon, softphone eller felles funksjonsnummer).</translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a valid phone number.</source>
        <translation>Rad {row}, kolonne «{column}»: «{value}» er ikkje eit gyldig telefonnummer.</translation>
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
        <translation>Innhald</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Testa</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>stadfesta</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Laga</translation>
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
        <translation>(inga eining)</translation>
    </message>
    <message>
        <source>No check has been run yet.</source>
        <translation>Ingen sjekk er køyrd enno.</translation>
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
        <translation>Ingen funn passar til filtera.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{file}&lt;/b&gt;: %Ln row(s) read, checked {date}.</source>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt;: %Ln rad lesen, sjekka {date}.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt;: %Ln rader lesne, sjekka {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked (no column or no input for them): {codes}</source>
        <translation>Ikkje sjekka (manglar kolonne eller inndata): {codes}</translation>
    </message>
    <message>
        <source>Choose a finding to see the row of the export and what it was compared with.</source>
        <translation>Vel eit funn for å sjå rada i eksporten og kva ho vart samanlikna med.</translation>
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
        <translation>I ringemønster</translation>
    </message>
    <message>
        <source>Findings by department</source>
        <translation>Funn per eining</translation>
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
        <translation>E&amp;ining:</translation>
    </message>
    <message>
        <source>Search name, employee ID, value …</source>
        <translation>Søk etter namn, tilsettnummer, verdi …</translation>
    </message>
    <message>
        <source>Search the findings</source>
        <translation>Søk i funna</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Tøm filtera</translation>
    </message>
    <message>
        <source>Show all findings again (Escape in the search field)</source>
        <translation>Vis alle funna igjen (Escape i søkjefeltet)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Tøm filtera</translation>
    </message>
    <message>
        <source>Click a department, or press Enter on it, to show only its findings.</source>
        <translation>Klikk på ei eining, eller trykk Enter på ho, for å sjå berre funna hennar.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check the cases</source>
        <translation>Sjå over testane</translation>
    </message>
    <message>
        <source>Remove what does not apply and add your own cases, then start the test.</source>
        <translation>Fjern det som ikkje gjeld, og legg til eigne testar. Start så testen.</translation>
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
        <translation>Eigen test: kva du skal &amp;gjere</translation>
    </message>
    <message>
        <source>e&amp;xpected</source>
        <translation>f&amp;orventa</translation>
    </message>
    <message>
        <source>What is tested</source>
        <translation>Kva som blir testa</translation>
    </message>
    <message>
        <source>How to test</source>
        <translation>Slik testar du</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Forventa resultat</translation>
    </message>
    <message>
        <source>Added by the tester.</source>
        <translation>Lagt til av testaren.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Run the tests</source>
        <translation>Køyr testane</translation>
    </message>
    <message>
        <source>What is tested</source>
        <translation>Kva som blir testa</translation>
    </message>
    <message>
        <source>How to test</source>
        <translation>Slik testar du</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Forventa resultat</translation>
    </message>
    <message>
        <source>N&amp;ote (what you observed)</source>
        <translation>Merkna&amp;d (kva du såg)</translation>
    </message>
    <message>
        <source>&amp;Passed</source>
        <translation>&amp;Godkjent</translation>
    </message>
    <message>
        <source>F&amp;ailed</source>
        <translation>F&amp;eila</translation>
    </message>
    <message>
        <source>&amp;Cannot test</source>
        <translation>&amp;Kan ikkje testast</translation>
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
        <translation>Ikkje testa enno.</translation>
    </message>
    <message>
        <source>{verdict}, recorded {when} by {tester}.</source>
        <translation>{verdict}, registrert {when} av {tester}.</translation>
    </message>
    <message>
        <source>Fault report {number} is made: approve and send it under Change requests.</source>
        <translation>Feilmelding {number} er laga: godkjenn og send ho under Endringsbestillingar.</translation>
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
        <translation>Vanlegvis</translation>
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
        <translation>omsetjingane for nn, nb og en ligg i {folder}</translation>
    </message>
    <message>
        <source>the {language} catalogue is missing or does not translate (in {folder})</source>
        <translation>omsetjinga for {language} manglar eller omset ikkje (i {folder})</translation>
    </message>
    <message>
        <source>Kontakt {version}: self-test</source>
        <translation>Kontakt {version}: sjølvtest</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>omsetjingar</translation>
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
        <translation>hovudvindauge</translation>
    </message>
    <message>
        <source>ok      {check}: {detail}</source>
        <translation>ok      {check}: {detail}</translation>
    </message>
    <message>
        <source>FAILED  {check}: {problem}</source>
        <translation>FEILA   {check}: {problem}</translation>
    </message>
    <message>
        <source>Self-test failed at the check “{check}”.</source>
        <translation>Sjølvtesten feila ved kontrollen «{check}».</translation>
    </message>
    <message numerus="yes">
        <source>Self-test passed: %n check(s).</source>
        <translation>
            <numerusform>Sjølvtesten er godkjend: %n kontroll.</numerusform>
            <numerusform>Sjølvtesten er godkjend: %n kontrollar.</numerusform>
        </translation>
    </message>
    <message>
        <source>a new database in {folder}, migrated to schema version {revision}</source>
        <translation>ein ny database i {folder}, migrert til skjemaversjon {revision}</translation>
    </message>
    <message>
        <source>no employees</source>
        <translation>ingen tilsette</translation>
    </message>
    <message>
        <source>no number register</source>
        <translation>ikkje noko nummerregister</translation>
    </message>
    <message>
        <source>no ring pattern</source>
        <translation>ikkje noko ringemønster</translation>
    </message>
    <message>
        <source>no phone models</source>
        <translation>ingen telefonmodellar</translation>
    </message>
    <message>
        <source>the demo data is incomplete: {missing}</source>
        <translation>demodata er ikkje fullstendige: {missing}</translation>
    </message>
    <message numerus="yes">
        <source>{name} loaded, %n employee(s)</source>
        <translation>
            <numerusform>{name} er lasta, %n tilsett</numerusform>
            <numerusform>{name} er lasta, %n tilsette</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: the check finds %n error(s), the first: {first}</source>
        <translation>
            <numerusform>{name}: kontrollen finn %n feil: {first}</numerusform>
            <numerusform>{name}: kontrollen finn %n feil, den første: {first}</numerusform>
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
        <translation>{file} vart lesen inn annleis enn det som vart skrive</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {file} and read back</source>
        <translation>
            <numerusform>%n rad skriven til {file} og lesen inn att</numerusform>
            <numerusform>%n rader skrivne til {file} og lesne inn att</numerusform>
        </translation>
    </message>
    <message>
        <source>the demo data holds no call records</source>
        <translation>demodata har ingen samtalelogg</translation>
    </message>
    <message>
        <source>no target has calls on {day}</source>
        <translation>ingen mål har samtalar {day}</translation>
    </message>
    <message numerus="yes">
        <source>{target}: %n demo call(s) on {day}, {level} % answered within {within} s</source>
        <translation>
            <numerusform>{target}: %n samtale i demoen {day}, {level} % svara innan {within} s</numerusform>
            <numerusform>{target}: %n samtalar i demoen {day}, {level} % svara innan {within} s</numerusform>
        </translation>
    </message>
    <message>
        <source>the demo data holds no sites register or no ring pattern</source>
        <translation>demodata manglar lokasjonsregisteret eller ringemønsteret</translation>
    </message>
    <message>
        <source>the outage scenarios try no number of the ring pattern</source>
        <translation>bortfallsscenarioa prøver ikkje noko nummer i ringemønsteret</translation>
    </message>
    <message numerus="yes">
        <source>%n outage scenario(s) run over the demo&apos;s sites, {lost} of them leaving a number unanswered in opening hours</source>
        <translation>
            <numerusform>%n bortfallsscenario er køyrt over lokasjonane i demoen, {lost} av dei gjer at eit nummer ikkje blir svara i opningstida</numerusform>
            <numerusform>%n bortfallsscenario er køyrde over lokasjonane i demoen, {lost} av dei gjer at eit nummer ikkje blir svara i opningstida</numerusform>
        </translation>
    </message>
    <message>
        <source>the main window did not open</source>
        <translation>hovudvindauget opna seg ikkje</translation>
    </message>
    <message>
        <source>the application icon cannot be drawn</source>
        <translation>programikonet kan ikkje teiknast</translation>
    </message>
    <message>
        <source>Qt&apos;s platform plugin {plugin} is missing in {folder}</source>
        <translation>plattformtillegget {plugin} til Qt manglar i {folder}</translation>
    </message>
    <message>
        <source>Qt&apos;s platform plugin {plugin} cannot be loaded: {reason}</source>
        <translation>plattformtillegget {plugin} til Qt kan ikkje lastast: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>the main window opens with %n workspace(s); the icon and {plugin} are there</source>
        <translation>
            <numerusform>hovudvindauget opnar seg med %n arbeidsflate; ikonet og {plugin} er der</numerusform>
            <numerusform>hovudvindauget opnar seg med %n arbeidsflater; ikonet og {plugin} er der</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>run the reference receiver of IKTNH&apos;s API</source>
        <translation>køyr referansemottakaren for API-et til IKTNH</translation>
    </message>
    <message>
        <source>the port to listen on (default: 8421; 0: any free one)</source>
        <translation>porten det skal lyttast på (standard: 8421; 0: ein ledig port)</translation>
    </message>
    <message>
        <source>the address to listen on (default: 127.0.0.1)</source>
        <translation>adressa det skal lyttast på (standard: 127.0.0.1)</translation>
    </message>
    <message>
        <source>the registered keys: a JWK Set, each key with &quot;kommune&quot;</source>
        <translation>dei registrerte nøklane: eit JWK Set, kvar nøkkel med &quot;kommune&quot;</translation>
    </message>
    <message>
        <source>the folder the receiver keeps its requests in</source>
        <translation>mappa der mottakaren tek vare på bestillingane</translation>
    </message>
    <message>
        <source>the URL clients reach it by, when it sits behind a proxy</source>
        <translation>adressa klientane når han på, når han står bak ein mellomtenar</translation>
    </message>
    <message>
        <source>The reference server needs werkzeug: pip install &apos;kontakt[server]&apos;.</source>
        <translation>Referansetenaren treng werkzeug: pip install &apos;kontakt[server]&apos;.</translation>
    </message>
    <message>
        <source>The key file cannot be used: {reason}</source>
        <translation>Nøkkelfila kan ikkje brukast: {reason}</translation>
    </message>
    <message>
        <source>Cannot start the server: {reason}</source>
        <translation>Får ikkje starte tenaren: {reason}</translation>
    </message>
    <message>
        <source>Reference receiver at {url} (Ctrl+C stops it)</source>
        <translation>Referansemottakaren er på {url} (Ctrl+C stoppar han)</translation>
    </message>
</context>
<context>
    <name>ServiceLevel</name>
    <message>
        <source>Monday</source>
        <translation>Måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tysdag</translation>
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
        <translation>Laurdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sundag</translation>
    </message>
    <message>
        <source>monday</source>
        <translation>måndag</translation>
    </message>
    <message>
        <source>tuesday</source>
        <translation>tysdag</translation>
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
        <translation>laurdag</translation>
    </message>
    <message>
        <source>sunday</source>
        <translation>sundag</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>svara</translation>
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
        <translation>vidarekopla</translation>
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
        <translation>i rekkjefølgje</translation>
    </message>
    <message>
        <source>in turn</source>
        <translation>rullerande</translation>
    </message>
    <message>
        <source>{target}, {weekday} {start}–{end}:</source>
        <translation>{target}, {weekday} {start}–{end}:</translation>
    </message>
    <message>
        <source>{level} % answered within {within} s (target {goal} %).</source>
        <translation>{level} % svara innan {within} s (mål {goal} %).</translation>
    </message>
    <message>
        <source>{rate} % hung up while waiting (at most {goal} %).</source>
        <translation>{rate} % la på medan dei venta (høgst {goal} %).</translation>
    </message>
    <message>
        <source>{rate} % were answered (at least {goal} %).</source>
        <translation>{rate} % vart svara (minst {goal} %).</translation>
    </message>
    <message>
        <source>{members}; Erlang C recommends {agents}.</source>
        <translation>{members}; Erlang C tilrår {agents}.</translation>
    </message>
    <message>
        <source>{members}.</source>
        <translation>{members}.</translation>
    </message>
    <message>
        <source>It rings them {strategy}, {ring} s at a time; a caller waits at most {wait} s, then goes to {overflow}.</source>
        <translation>Han ringjer dei {strategy}, {ring} s om gongen; ein innringar ventar høgst {wait} s og går så til {overflow}.</translation>
    </message>
    <message>
        <source>It rings them {strategy}, {ring} s at a time; with no answer the call goes to {next}.</source>
        <translation>Ho ringjer dei {strategy}, {ring} s om gongen; utan svar går samtalen til {next}.</translation>
    </message>
    <message>
        <source>{members}, of whom {ringing} can ring ({absent} marked absent)</source>
        <translation>{members}, av dei kan {ringing} ringjast til ({absent} merkte som borte)</translation>
    </message>
    <message>
        <source>&quot;{name}&quot;</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>nowhere (the call is ended)</source>
        <translation>ingen stad (samtalen vert avslutta)</translation>
    </message>
    <message>
        <source>The ring pattern has no queue or group by this name.</source>
        <translation>Ringemønsteret har ingen kø eller gruppe med dette namnet.</translation>
    </message>
    <message>
        <source>Erlang C ignores callers who hang up while waiting, so it overstates how many are needed.</source>
        <translation>Erlang C ser bort frå innringarar som legg på medan dei ventar, så han overdriv kor mange som trengst.</translation>
    </message>
    <message numerus="yes">
        <source>The queue has %n member(s)</source>
        <translation>
            <numerusform>Køen har %n medlem</numerusform>
            <numerusform>Køen har %n medlemer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The group has %n member(s)</source>
        <translation>
            <numerusform>Gruppa har %n medlem</numerusform>
            <numerusform>Gruppa har %n medlemer</numerusform>
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
            <numerusform>%n samtale kom {weekday} {start}–{end} medan det var stengt.</numerusform>
            <numerusform>%n samtalar kom {weekday} {start}–{end} medan det var stengt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening hours then: {state}.</source>
        <translation>Opningstider då: {state}.</translation>
    </message>
</context>
<context>
    <name>ServiceLevelCommand</name>
    <message>
        <source>measure call records against the service-level targets</source>
        <translation>mål samtaleloggen mot måltala for servicegrad</translation>
    </message>
    <message>
        <source>the call records (CSV or XLSX)</source>
        <translation>samtaleloggen (CSV eller XLSX)</translation>
    </message>
    <message>
        <source>the sheet of an XLSX file (default: the first)</source>
        <translation>arket i ei XLSX-fil (standard: det første)</translation>
    </message>
    <message>
        <source>read FIELD (start, entry, target, wait_s, talk_s, result, answered_by, caller) from the column HEADER (repeatable)</source>
        <translation>les FELT (start, entry, target, wait_s, talk_s, result, answered_by, caller) frå kolonnen OVERSKRIFT (kan gjentakast)</translation>
    </message>
    <message>
        <source>read the result VALUE as KIND: answered, abandoned, overflow, voicemail, forwarded or closed (repeatable)</source>
        <translation>les resultatet VERDI som SLAG: answered, abandoned, overflow, voicemail, forwarded eller closed (kan gjentakast)</translation>
    </message>
    <message>
        <source>the ring pattern: calendars, queues and groups by name</source>
        <translation>ringemønsteret: kalendrar, køar og grupper etter namn</translation>
    </message>
    <message>
        <source>the target of an entry number or a queue or group, such as Helse=80/20 (repeatable; default 80/20)</source>
        <translation>måltalet for eit nummer eller ein kø eller ei gruppe, til dømes Helse=80/20 (kan gjentakast; standard 80/20)</translation>
    </message>
    <message>
        <source>callers who hang up sooner are left out of the rates (default 5)</source>
        <translation>innringarar som legg på før dette, vert haldne utanfor delane (standard 5)</translation>
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
        <translation>skriv tala som JSON til STIG (- for standard ut)</translation>
    </message>
    <message>
        <source>write the Excel report to PATH</source>
        <translation>skriv Excel-rapporten til STIG</translation>
    </message>
    <message>
        <source>exit with 1 when a target is missed</source>
        <translation>avslutt med 1 når eit måltal ikkje er nådd</translation>
    </message>
    <message>
        <source>--to {last} is before --from {first}.</source>
        <translation>--to {last} er før --from {first}.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln call(s) from {first} to {last}.</source>
        <translation>
            <numerusform>{file}: %Ln samtale frå {first} til {last}.</numerusform>
            <numerusform>{file}: %Ln samtalar frå {first} til {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>target met</source>
        <translation>måltalet er nådd</translation>
    </message>
    <message>
        <source>target MISSED</source>
        <translation>måltalet er IKKJE nådd</translation>
    </message>
    <message>
        <source>  {target}: {offered} offered, {level} answered within {within} s (target {goal} %), {answered} answered, {abandoned} abandoned, average wait {asa}: {met}.</source>
        <translation>  {target}: {offered} tilbode, {level} svara innan {within} s (mål {goal} %), {answered} svara, {abandoned} tapte, snitt ventetid {asa}: {met}.</translation>
    </message>
    <message>
        <source>Where targets are missed:</source>
        <translation>Der måltala ikkje er nådde:</translation>
    </message>
    <message>
        <source>Calls in closed time:</source>
        <translation>Samtalar i stengd tid:</translation>
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
        <translation>✘ Ikkje nådd</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Tilbode</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicegrad</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Måltal</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Svara</translation>
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
        <translation>{percent} % innan {within} s</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Vekedag</translation>
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
        <translation>Trong for svarpersonar</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemer</translation>
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
        <translation>Svart av</translation>
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
        <translation>✘ Ikkje nådd</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Tilbode</translation>
    </message>
    <message>
        <source>Answered within {within} s</source>
        <translation>Svara innan {within} s</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>{percent} % within {within} s</source>
        <translation>{percent} % innan {within} s</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>Svardel</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Del tapte</translation>
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
        <translation>Samtalar i perioden</translation>
    </message>
    <message>
        <source>Calls in closed time</source>
        <translation>Samtalar i stengd tid</translation>
    </message>
    <message>
        <source>Service level (%) by target</source>
        <translation>Servicegrad (%) per mål</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samandrag</translation>
    </message>
    <message>
        <source>Service level (%)</source>
        <translation>Servicegrad (%)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Måltal</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicegrad</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Måltal</translation>
    </message>
    <message>
        <source>Within (s)</source>
        <translation>Innan (s)</translation>
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
        <translation>✘ merkjer ein time under målet. Farge: raud ved 0 %, gul ved målet, grøn ved 100 %. Ei tom celle hadde ingen samtalar i opningstida.</translation>
    </message>
    <message>
        <source>Misses</source>
        <translation>Ikkje nådd</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Vekedag</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timar</translation>
    </message>
    <message>
        <source>What the ring pattern does</source>
        <translation>Kva ringemønsteret gjer</translation>
    </message>
    <message>
        <source>Closed time</source>
        <translation>Stengd tid</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Samtalar</translation>
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
        <translation>Trong for svarpersonar (Erlang C)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemer</translation>
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
        <translation>Telje innringarar som ringjer fleire gonger (sjølve telefonnummera blir aldri lagra)</translation>
    </message>
    <message>
        <source>To count callers who ring more than once, Kontakt keeps a code made from each calling number with a key only this database has; the number cannot be read back from it. Untick to keep nothing about the callers.</source>
        <translation>For å telje innringarar som ringjer fleire gonger, lagrar Kontakt ein kode laga av kvart telefonnummer med ein nøkkel som berre denne databasen har; nummeret kan ikkje lesast ut att av koden. Fjern haken for å ikkje lagre noko om innringarane.</translation>
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
        <translation>Samandrag</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Varmekart</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Veke for veke</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Bemanning</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Måltal</translation>
    </message>
    <message>
        <source>Green: the target is met. Red, with a cross: missed (darker is further off). Grey: no calls in open time. Click an hour to see its calls.</source>
        <translation>Grøn: måltalet er nådd. Raud, med kryss: ikkje nådd (mørkare er lenger unna). Grå: ingen samtalar i opningstida. Klikk på ein time for å sjå samtalane.</translation>
    </message>
    <message>
        <source>Share answered within the target time, per ISO week (%).</source>
        <translation>Del svara innan måltida, per ISO-veke (%).</translation>
    </message>
    <message>
        <source>Members &amp;marked absent (they cannot ring):</source>
        <translation>Medlemer &amp;merkte som borte (dei kan ikkje ringjast til):</translation>
    </message>
    <message>
        <source>Number or queue/group</source>
        <translation>Nummer eller kø/gruppe</translation>
    </message>
    <message>
        <source>Answered within (%)</source>
        <translation>Svara innan (%)</translation>
    </message>
    <message>
        <source>Within (s)</source>
        <translation>Innan (s)</translation>
    </message>
    <message>
        <source>Highest abandon rate (%)</source>
        <translation>Høgste del tapte (%)</translation>
    </message>
    <message>
        <source>Lowest answer rate (%)</source>
        <translation>Lågaste svardel (%)</translation>
    </message>
    <message>
        <source>A target applies to calls in open time. Name an entry number or a queue or group (its id or label in the ring pattern). Targets not listed get the defaults: 80 % within 20 s, at most 5 % abandoned, at least 90 % answered.</source>
        <translation>Eit måltal gjeld samtalar i opningstida. Skriv eit nummer eller ein kø eller ei gruppe (id-en eller namnet i ringemønsteret). Mål som ikkje står her, får standardverdiane: 80 % innan 20 s, høgst 5 % tapte, minst 90 % svara.</translation>
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
        <translation>Lagre måltal</translation>
    </message>
    <message>
        <source>No call records are imported yet.</source>
        <translation>Ingen samtalelogg er importert enno.</translation>
    </message>
    <message>
        <source>Open call records</source>
        <translation>Opne samtalelogg</translation>
    </message>
    <message>
        <source>Call records (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Samtaleloggar (*.csv *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Importing {file} …</source>
        <translation>Importerer {file} …</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Importen vart avbroten. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The call records cannot be used: {problem}</source>
        <translation>Samtaleloggen kan ikkje brukast: {problem}</translation>
    </message>
    <message>
        <source>There is no municipality to import for. Set it up first (File ▸ Settings).</source>
        <translation>Det finst ingen kommune å importere for. Set han opp først (Fil ▸ Innstillingar).</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation>Noko gjekk gale: {problem}</translation>
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
        <translation>Lagra {file}.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln call(s) from {first} to {last}.</source>
        <translation>
            <numerusform>{file}: %Ln samtale frå {first} til {last}.</numerusform>
            <numerusform>{file}: %Ln samtalar frå {first} til {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where targets are missed:</source>
        <translation>Der måltala ikkje er nådde:</translation>
    </message>
    <message>
        <source>Calls in closed time:</source>
        <translation>Samtalar i stengd tid:</translation>
    </message>
    <message>
        <source>Week {week} {year}</source>
        <translation>Veke {week} {year}</translation>
    </message>
    <message>
        <source>What the ring pattern did then: {text}</source>
        <translation>Kva ringemønsteret gjorde då: {text}</translation>
    </message>
    <message>
        <source>No ring pattern to compare with.</source>
        <translation>Ikkje noko ringemønster å samanlikne med.</translation>
    </message>
    <message>
        <source>Row {row} of the targets: write the figures as numbers.</source>
        <translation>Rad {row} av måltala: skriv tala som tal.</translation>
    </message>
    <message>
        <source>Row {row} of the targets: a percentage is between 0 and 100.</source>
        <translation>Rad {row} av måltala: ein prosentdel er mellom 0 og 100.</translation>
    </message>
    <message>
        <source>The targets are saved.</source>
        <translation>Måltala er lagra.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>e.g. alver.kommune.no, fedje.kommune.no</source>
        <translation>t.d. alver.kommune.no, fedje.kommune.no</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>E-mail &amp;domains:</source>
        <translation>E-post&amp;domene:</translation>
    </message>
    <message>
        <source>IKTNH &amp;API address:</source>
        <translation>IKTNH-&amp;API-adresse:</translation>
    </message>
    <message>
        <source>ICT contact</source>
        <translation>Ikt-kontakt</translation>
    </message>
    <message>
        <source>Municipality n&amp;umber:</source>
        <translation>&amp;Kommunenummer:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;mn:</translation>
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
        <translation>Ein felles database på ein PostgreSQL-tenar, brukt frå neste start. Tom: den eigne databasen på denne maskina. Eit passord du skriv her, vert teke vare på i nøkkelringen, aldri i innstillingane.</translation>
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
        <translation>Kontakt viser den oppdikta kommunen «Demo kommune». Skriv inn nummeret og namnet på din eigen kommune for å byte han ut, eller fjern demodata.</translation>
    </message>
    <message>
        <source>&amp;Remove demo data</source>
        <translation>&amp;Fjern demodata</translation>
    </message>
    <message>
        <source>Your municipality replaces the demo municipality, and the demo data is removed. Continue?</source>
        <translation>Kommunen din erstattar demokommunen, og demodata blir fjerna. Vil du halde fram?</translation>
    </message>
    <message>
        <source>There is no keyring to keep the database password in. Leave it out of the address and put it in the file .pgpass in your home folder.</source>
        <translation>Det finst ingen nøkkelring å ta vare på databasepassordet i. Ta det ut av adressa og skriv det i fila .pgpass i heimemappa di.</translation>
    </message>
    <message>
        <source>Remove the demo municipality and all its demo data? It is not loaded again.</source>
        <translation>Vil du fjerne demokommunen med alle demodata? Han blir ikkje lasta inn igjen.</translation>
    </message>
</context>
<context>
    <name>SettingsProblems</name>
    <message>
        <source>The municipality number must be four digits (e.g. 4631).</source>
        <translation>Kommunenummeret må ha fire siffer (t.d. 4631).</translation>
    </message>
    <message>
        <source>The municipality needs a name.</source>
        <translation>Kommunen må ha eit namn.</translation>
    </message>
    <message>
        <source>The ICT contact&apos;s e-mail address is not valid: {value}</source>
        <translation>E-postadressa til ikt-kontakten er ikkje gyldig: {value}</translation>
    </message>
    <message>
        <source>The ICT contact&apos;s phone number is not valid: {value}</source>
        <translation>Telefonnummeret til ikt-kontakten er ikkje gyldig: {value}</translation>
    </message>
    <message>
        <source>Not an e-mail domain: {value}</source>
        <translation>Ikkje eit e-postdomene: {value}</translation>
    </message>
    <message>
        <source>Another municipality in this database has the number {value}.</source>
        <translation>Ein annan kommune i denne databasen har kommunenummeret {value}.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (http:// only for this machine): {value}</source>
        <translation>API-adressa må byrje med https:// (http:// berre for denne datamaskina): {value}</translation>
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
        <translation>Åtvaring</translation>
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
        <translation>&amp;Nummer som vert ringt:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Dato og tid:</translation>
    </message>
    <message>
        <source>&amp;Keys pressed:</source>
        <translation>&amp;Tastar som vert trykte:</translation>
    </message>
    <message>
        <source>for example 1 or 2*</source>
        <translation>til dømes 1 eller 2*</translation>
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
        <translation>Nok nettverkspunkt</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Trådlaust nett</translation>
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
        <translation>Namn</translation>
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
        <translation>Mobildekning innandørs</translation>
    </message>
    <message>
        <source>Path to the central data room</source>
        <translation>Vegen til sentralt datarom</translation>
    </message>
</context>
<context>
    <name>SitesErrors</name>
    <message>
        <source>{file}: this is not JSON ({reason}).</source>
        <translation>{file}: dette er ikkje JSON ({reason}).</translation>
    </message>
    <message>
        <source>{file}: this is not a sites register (the &quot;format&quot; is not &quot;kontakt.sites&quot;).</source>
        <translation>{file}: dette er ikkje eit lokasjonsregister («format» er ikkje «kontakt.sites»).</translation>
    </message>
    <message>
        <source>{file}: version {value} of the sites register is not known (1 is).</source>
        <translation>{file}: versjon {value} av lokasjonsregisteret er ukjend (1 er kjend).</translation>
    </message>
    <message>
        <source>{file}, {field}: {expected}, not {value}.</source>
        <translation>{file}, {field}: {expected}, ikkje {value}.</translation>
    </message>
    <message>
        <source>{file}, {field}: missing ({expected}).</source>
        <translation>{file}, {field}: manglar ({expected}).</translation>
    </message>
    <message>
        <source>{file}, {field}: the site id &quot;{value}&quot; is given twice.</source>
        <translation>{file}, {field}: lokasjons-id-en «{value}» er gitt to gonger.</translation>
    </message>
    <message>
        <source>{file}: the file is larger than {limit} MB; a sites register is far smaller.</source>
        <translation>{file}: fila er større enn {limit} MB; eit lokasjonsregister er langt mindre.</translation>
    </message>
    <message>
        <source>{file}: the file cannot be read ({reason}).</source>
        <translation>{file}: fila kan ikkje lesast ({reason}).</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>venta ein tekst</translation>
    </message>
    <message>
        <source>expected a site id (a text that is not empty)</source>
        <translation>venta ein lokasjons-id (ein tekst som ikkje er tom)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>venta true eller false</translation>
    </message>
    <message>
        <source>expected whole minutes from 0 to 100 000</source>
        <translation>venta heile minutt frå 0 til 100 000</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>venta ei liste</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>venta eit objekt</translation>
    </message>
    <message>
        <source>expected good, weak or none</source>
        <translation>venta good, weak eller none</translation>
    </message>
    <message>
        <source>{file}: no column for the site id (such as &quot;site&quot; or &quot;lokasjon&quot;).</source>
        <translation>{file}: ingen kolonne for lokasjons-id-en (til dømes «site» eller «lokasjon»).</translation>
    </message>
    <message>
        <source>{file}: the sheet has no rows with a site id.</source>
        <translation>{file}: arket har ingen rader med lokasjons-id.</translation>
    </message>
    <message>
        <source>{file}, row {row}, column &quot;{column}&quot;: {expected}, not &quot;{value}&quot;.</source>
        <translation>{file}, rad {row}, kolonne «{column}»: {expected}, ikkje «{value}».</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <source>Emergency power</source>
        <translation>Naudstraum</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>without limit</source>
        <translation>utan grense</translation>
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
        <translation>Kontakt kan ikkje skrive til datamappa si {path}: {reason}. Vel ein annan database med --db, eller gi brukaren din skrivetilgang til mappa.</translation>
    </message>
    <message>
        <source>The database {url} cannot be read: {reason}. Nothing was changed in it.</source>
        <translation>Databasen {url} kan ikkje lesast: {reason}. Ingenting er endra i databasen.</translation>
    </message>
    <message>
        <source>The database {url} is read-only for you, and Kontakt must be able to write to it. Nothing was changed in it. Give your user write access to the file, or choose another database with --db.</source>
        <translation>Databasen {url} er skriveverna for deg, og Kontakt må kunne skrive til han. Ingenting er endra i databasen. Gi brukaren din skrivetilgang til fila, eller vel ein annan database med --db.</translation>
    </message>
    <message>
        <source>The file {url} is another program&apos;s database: it has tables, but no Kontakt schema version. Kontakt does not use it, and nothing was changed in it. Choose another file with --db.</source>
        <translation>Fila {url} er databasen til eit anna program: ho har tabellar, men ingen skjemaversjon frå Kontakt. Kontakt brukar ho ikkje, og ingenting er endra i ho. Vel ei anna fil med --db.</translation>
    </message>
    <message>
        <source>The file {url} is another program&apos;s database: its schema version {found} is not one of Kontakt&apos;s. Kontakt does not use it, and nothing was changed in it. Choose another file with --db.</source>
        <translation>Fila {url} er databasen til eit anna program: skjemaversjonen {found} er ikkje ein av Kontakt sine. Kontakt brukar ho ikkje, og ingenting er endra i ho. Vel ei anna fil med --db.</translation>
    </message>
    <message>
        <source>The database {url} is marked as Kontakt&apos;s (schema {found}) but lacks its tables {tables}: it is damaged or another program&apos;s. Kontakt does not use it, and nothing was changed in it.</source>
        <translation>Databasen {url} er merkt som Kontakt sin (skjema {found}), men manglar tabellane {tables}: han er skadd eller høyrer til eit anna program. Kontakt brukar han ikkje, og ingenting er endra i han.</translation>
    </message>
    <message>
        <source>Kontakt cannot open the database {url}: its driver ({driver}) is not installed. Install it in Kontakt&apos;s Python environment, or choose another database with --db.</source>
        <translation>Kontakt kan ikkje opne databasen {url}: drivaren ({driver}) er ikkje installert. Installer han i Python-miljøet til Kontakt, eller vel ein annan database med --db.</translation>
    </message>
    <message>
        <source>The database {url} was made by a newer Kontakt (schema {found}; this version knows up to {known}). Update Kontakt. Nothing was changed in the database.</source>
        <translation>Databasen {url} er laga av ein nyare versjon av Kontakt (skjema {found}; denne versjonen kjenner skjema til og med {known}). Oppdater Kontakt. Ingenting er endra i databasen.</translation>
    </message>
    <message>
        <source>Kontakt could not set up its tables in the new database {url}: {reason}. Nothing was kept in it; the next start tries again.</source>
        <translation>Kontakt kunne ikkje lage tabellane sine i den nye databasen {url}: {reason}. Ingenting er teke vare på i han; neste oppstart prøver på nytt.</translation>
    </message>
    <message>
        <source>The database {url} could not be brought up to date: {reason}. Nothing was changed in it, and a copy from before the attempt is in {backup}.</source>
        <translation>Databasen {url} kunne ikkje oppdaterast: {reason}. Ingenting er endra i databasen, og ein kopi frå før forsøket ligg i {backup}.</translation>
    </message>
    <message>
        <source>You ({user}) are not set up for municipality {number} in this database. Its ICT contact can set you up: kontakt users add {user} --role deputy --kommune {number}</source>
        <translation>Du ({user}) er ikkje sett opp for kommune {number} i denne databasen. Ikt-kontakten der kan setje deg opp: kontakt users add {user} --role deputy --kommune {number}</translation>
    </message>
    <message>
        <source>You ({user}) are set up as {role} for municipality {number}: a {role} may read, but not change or approve. Nothing was changed.</source>
        <translation>Du ({user}) er sett opp som {role} for kommune {number}: ein {role} kan lese, men ikkje endre eller godkjenne. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>You ({user}) are set up as {role} for municipality {number}: only its ICT contact may set up users. Nothing was changed.</source>
        <translation>Du ({user}) er sett opp som {role} for kommune {number}: berre ikt-kontakten kan setje opp brukarar. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The connection to the database {url} was lost while saving: {reason}. Nothing of this save was kept. Try again.</source>
        <translation>Sambandet til databasen {url} vart brote under lagringa: {reason}. Ingenting av denne lagringa vart teke vare på. Prøv igjen.</translation>
    </message>
    <message>
        <source>The database {url} has no municipality with the number {number}. It has: {known}.</source>
        <translation>Databasen {url} har ingen kommune med kommunenummeret {number}. Han har: {known}.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Samandrag</translation>
    </message>
    <message>
        <source>&amp;Close the run</source>
        <translation>&amp;Avslutt testrunda</translation>
    </message>
    <message>
        <source>E&amp;xport the test protocol…</source>
        <translation>&amp;Eksporter testprotokollen …</translation>
    </message>
    <message>
        <source>{title}, tested by {tester}.</source>
        <translation>{title}, testa av {tester}.</translation>
    </message>
    <message>
        <source>Every case passed: the change is verified.</source>
        <translation>Alle testane er godkjende: endringa er stadfesta.</translation>
    </message>
    <message>
        <source>Some cases failed: report them to IKTNH&apos;s service desk.</source>
        <translation>Nokre testar feila: meld dei til servicedesken til IKTNH.</translation>
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
        <translation>Stadfesta: alle testane er godkjende.</translation>
    </message>
    <message>
        <source>Not verified: some cases failed.</source>
        <translation>Ikkje stadfesta: nokre testar feila.</translation>
    </message>
    <message>
        <source>Not verified yet: some cases are not passed.</source>
        <translation>Ikkje stadfesta enno: nokre testar er ikkje godkjende.</translation>
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
        <translation>Testa av</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Starta</translation>
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
        <translation>Samandrag</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Testar</translation>
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
        <translation>Stad og dato</translation>
    </message>
    <message>
        <source>Signature of the tester</source>
        <translation>Underskrift frå testaren</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>What is tested</source>
        <translation>Kva som blir testa</translation>
    </message>
    <message>
        <source>How to test</source>
        <translation>Slik testar du</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Forventa resultat</translation>
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
        <translation>Spor tilbake det &amp;valde kortet</translation>
    </message>
    <message>
        <source>Trace back the &amp;member</source>
        <translation>Spor tilbake &amp;medlemmen</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Frå:</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>Neste gong</translation>
    </message>
    <message>
        <source>Choose one card on the canvas to trace back.</source>
        <translation>Vel eitt kort på teikneflata for å spore tilbake.</translation>
    </message>
    <message>
        <source>Tracing …</source>
        <translation>Sporar tilbake …</translation>
    </message>
    <message>
        <source>The trace failed: {error}</source>
        <translation>Sporinga tilbake feila: {error}</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>who may work on which municipality, as what</source>
        <translation>kven som kan arbeide med kva kommune, og som kva</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>HANDLING</translation>
    </message>
    <message>
        <source>set a user up for a municipality (only its ICT contact may)</source>
        <translation>setje opp ein brukar for ein kommune (berre ikt-kontakten kan)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>the user&apos;s login name on their computer</source>
        <translation>brukarnamnet personen loggar inn med på datamaskina si</translation>
    </message>
    <message>
        <source>the municipality (default: the one in use)</source>
        <translation>kommunen (standard: den du arbeider med)</translation>
    </message>
    <message>
        <source>the users of the municipalities you may read</source>
        <translation>brukarane av kommunane du kan lese</translation>
    </message>
    <message>
        <source>write JSON</source>
        <translation>skrive JSON</translation>
    </message>
    <message>
        <source>the stored versions of a ring pattern: who saved when</source>
        <translation>dei lagra versjonane av eit ringemønster: kven lagra når</translation>
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
        <translation>Det finst ikkje noko ringemønster {key}.</translation>
    </message>
    <message>
        <source>{by} saved version {newest} of {key} at {when}, after the version you started from. Nothing was saved over it: your file is kept as the new draft version {kept}.</source>
        <translation>{by} lagra versjon {newest} av {key} {when}, etter versjonen du tok utgangspunkt i. Ingenting vart lagra over han: fila di er teken vare på som det nye utkastet, versjon {kept}.</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>&amp;Compare with the current set-up</source>
        <translation>&amp;Samanlikn med gjeldande oppsett</translation>
    </message>
    <message>
        <source>&amp;Order this change…</source>
        <translation>&amp;Bestill denne endringa …</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>&amp;Ny versjon</translation>
    </message>
    <message>
        <source>Store the pattern as a new draft version; later saves update that one.</source>
        <translation>Lagre ringemønsteret som ein ny utkastversjon; seinare lagringar oppdaterer den.</translation>
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
        <translation>Lagra</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>Bestilt med</translation>
    </message>
    <message>
        <source>Changes from the current set-up</source>
        <translation>Endringar frå gjeldande oppsett</translation>
    </message>
    <message>
        <source>Change request {number} ({state})</source>
        <translation>Endringsbestilling {number} ({state})</translation>
    </message>
    <message>
        <source>{status} (open here)</source>
        <translation>{status} (ope her)</translation>
    </message>
    <message>
        <source>The comparison failed: {error}</source>
        <translation>Samanlikninga feila: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the current set-up:</source>
        <translation>
            <numerusform>%n endring frå gjeldande oppsett:</numerusform>
            <numerusform>%n endringar frå gjeldande oppsett:</numerusform>
        </translation>
    </message>
    <message>
        <source>The same as the current set-up.</source>
        <translation>Det same som gjeldande oppsett.</translation>
    </message>
    <message>
        <source>Nothing to order</source>
        <translation>Ingenting å bestille</translation>
    </message>
    <message>
        <source>There is no draft to order: change the ring pattern first.</source>
        <translation>Det finst ikkje noko utkast å bestille: endre ringemønsteret først.</translation>
    </message>
    <message>
        <source>The change cannot be ordered</source>
        <translation>Endringa kan ikkje bestillast</translation>
    </message>
    <message>
        <source>Change ordered</source>
        <translation>Endringa er bestilt</translation>
    </message>
    <message>
        <source>Change request {number} is made as a draft: approve it under Change requests to send it to IKTNH. Further edits go into a new draft version.</source>
        <translation>Endringsbestilling {number} er laga som utkast: godkjenn ho under Endringsbestillingar for å sende ho til IKTNH. Vidare endringar går inn i ein ny utkastversjon.</translation>
    </message>
</context>
<context>
    <name>WeaknessDialog</name>
    <message>
        <source>Weakness and measure</source>
        <translation>Svakheit og tiltak</translation>
    </message>
    <message>
        <source>site ids or entry numbers, with commas</source>
        <translation>lokasjons-id-ar eller nummer, skilde med komma</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>ikkje avgjort</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Svakheit</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Gjeld</translation>
    </message>
    <message>
        <source>Recommended measure</source>
        <translation>Tilrådd tiltak</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Avgjerd</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Reason (risk accepted)</source>
        <translation>Grunngjeving (risiko akseptert)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarleg</translation>
    </message>
</context>
<context>
    <name>WeaknessModel</name>
    <message>
        <source>Weakness</source>
        <translation>Svakheit</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Gjeld</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Avgjerd</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>ikkje avgjort</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>partly open: {periods}</source>
        <translation>delvis ope: {periods}</translation>
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
        <translation>Telefonmodellar</translation>
    </message>
    <message>
        <source>Test checklist</source>
        <translation>Testsjekkliste</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Endringsbestillingar</translation>
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
        <translation>Teikn og endre ringemønstera til kommunen: opningstider, heilagdagar, talemenyar, svargrupper og køar. Sjå funn medan du endrar, simuler ei oppringing når som helst, og samanlikn eit utkast med det gjeldande oppsettet hos IKTNH.</translation>
    </message>
    <message>
        <source>Browse the phone models IKTNH has negotiated, compare them side by side, and order a phone for an employee.</source>
        <translation>Bla gjennom telefonmodellane IKTNH har forhandla fram, samanlikn dei side om side, og bestill telefon til ein tilsett.</translation>
    </message>
    <message>
        <source>Measure how quickly calls are answered against the municipality&apos;s target figures, from the call records the telephony platform exports: when the targets are missed, what the ring pattern does then, and how many people it would take to meet them.</source>
        <translation>Mål kor raskt samtalane blir svara, mot måltala til kommunen, ut frå samtaleloggen som telefoniplattforma eksporterer: når måla ikkje blir nådde, kva ringemønsteret gjer då, og kor mange som skal til for å nå dei.</translation>
    </message>
    <message>
        <source>Approve change requests with your key and follow them until IKTNH has carried them out. Requests wait safely in the outbox while you are offline.</source>
        <translation>Godkjenn endringsbestillingar med nøkkelen din, og følg dei til IKTNH har gjennomført dei. Bestillingane ventar trygt i utboksen når du ikkje er på nett.</translation>
    </message>
    <message>
        <source>This workspace is not ready yet. It comes in a later version of Kontakt.</source>
        <translation>Denne arbeidsflata er ikkje klar enno. Ho kjem i ein seinare versjon av Kontakt.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone model(s) are stored.</source>
        <translation>
            <numerusform>%n telefonmodell er lagra.</numerusform>
            <numerusform>%n telefonmodellar er lagra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test run(s) are stored.</source>
        <translation>
            <numerusform>%n testrunde er lagra.</numerusform>
            <numerusform>%n testrundar er lagra.</numerusform>
        </translation>
    </message>
</context>
</TS>
