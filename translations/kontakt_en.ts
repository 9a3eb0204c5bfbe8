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
    <name>ApproveDialog</name>
    <message>
        <source>Approve and sign change request {number}</source>
        <translation>Approve and sign change request {number}</translation>
    </message>
    <message>
        <source>You sign exactly the text below with your key. IKTNH can prove later that you approved it, and nothing in it can change after approval: to change it, make a new request.</source>
        <translation>You sign exactly the text below with your key. IKTNH can prove later that you approved it, and nothing in it can change after approval: to change it, make a new request.</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>Key id:</translation>
    </message>
    <message>
        <source>&amp;Approve and sign</source>
        <translation>&amp;Approve and sign</translation>
    </message>
    <message>
        <source>What is signed (canonical JSON, RFC 8785):</source>
        <translation>What is signed (canonical JSON, RFC 8785):</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: error: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message numerus="yes">
        <source>expected %s argument(s)</source>
        <translation>
            <numerusform>expected %s argument</numerusform>
            <numerusform>expected %s arguments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Closed days</source>
        <translation>Closed days</translation>
    </message>
    <message>
        <source>Special hours</source>
        <translation>Special hours</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <source>New calendar for this schedule</source>
        <translation>New calendar for this schedule</translation>
    </message>
    <message>
        <source>Drag over the grid to make hours open (or closed, starting on an open half hour). Keyboard: arrows move, Shift+arrows extend, Space switches. Exact hours below, such as 08:00–15:30.</source>
        <translation>Drag over the grid to make hours open (or closed, starting on an open half hour). Keyboard: arrows move, Shift+arrows extend, Space switches. Exact hours below, such as 08:00–15:30.</translation>
    </message>
    <message>
        <source>Opening hours of the week, by half hour</source>
        <translation>Opening hours of the week, by half hour</translation>
    </message>
    <message>
        <source>Enter or double-click a holiday to give it special hours.</source>
        <translation>Enter or double-click a holiday to give it special hours.</translation>
    </message>
    <message>
        <source>Closed dates (municipal closing days):</source>
        <translation>Closed dates (municipal closing days):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Closed every year (such as Christmas Eve):</source>
        <translation>Closed every year (such as Christmas Eve):</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Special hours: dates with their own opening hours, which count before public holidays and closed dates.</source>
        <translation>Special hours: dates with their own opening hours, which count before public holidays and closed dates.</translation>
    </message>
    <message>
        <source>The schedule has no calendar yet.</source>
        <translation>The schedule has no calendar yet.</translation>
    </message>
    <message>
        <source>The calendar &quot;{name}&quot; does not exist.</source>
        <translation>The calendar &quot;{name}&quot; does not exist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Calendar &quot;{name}&quot;&lt;/b&gt;</source>
        <translation>&lt;b&gt;Calendar &quot;{name}&quot;&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s) use this calendar: a change here changes them all.</source>
        <translation>
            <numerusform>%n schedule uses this calendar: a change here changes it for all.</numerusform>
            <numerusform>%n schedules use this calendar: a change here changes them all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed on Norway&apos;s public holidays</source>
        <translation>Closed on Norway&apos;s public holidays</translation>
    </message>
    <message>
        <source>Closed on the public holidays of {country}</source>
        <translation>Closed on the public holidays of {country}</translation>
    </message>
    <message>
        <source>On these days calls take the schedule&apos;s closed-day exit, unless the day has special hours.</source>
        <translation>On these days calls take the schedule&apos;s closed-day exit, unless the day has special hours.</translation>
    </message>
    <message>
        <source>This calendar does not follow the public holidays: it keeps its weekly hours on them.</source>
        <translation>This calendar does not follow the public holidays: it keeps its weekly hours on them.</translation>
    </message>
    <message>
        <source>special hours: {hours}</source>
        <translation>special hours: {hours}</translation>
    </message>
    <message>
        <source>weekly hours: {hours}</source>
        <translation>weekly hours: {hours}</translation>
    </message>
    <message>
        <source>{date} {name}: {state}</source>
        <translation>{date} {name}: {state}</translation>
    </message>
    <message>
        <source>New calendar</source>
        <translation>New calendar</translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation>Open hours</translation>
    </message>
    <message>
        <source>Close hours</source>
        <translation>Close hours</translation>
    </message>
    <message>
        <source>{day}: {problem}</source>
        <translation>{day}: {problem}</translation>
    </message>
    <message>
        <source>Change the opening hours</source>
        <translation>Change the opening hours</translation>
    </message>
    <message>
        <source>Follow the public holidays</source>
        <translation>Follow the public holidays</translation>
    </message>
    <message>
        <source>Ignore the public holidays</source>
        <translation>Ignore the public holidays</translation>
    </message>
    <message>
        <source>Change the closed dates</source>
        <translation>Change the closed dates</translation>
    </message>
    <message>
        <source>Change the yearly closed days</source>
        <translation>Change the yearly closed days</translation>
    </message>
    <message>
        <source>Change the special hours</source>
        <translation>Change the special hours</translation>
    </message>
</context>
<context>
    <name>CallFields</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Number dialled</source>
        <translation>Number dialled</translation>
    </message>
    <message>
        <source>Queue or group</source>
        <translation>Queue or group</translation>
    </message>
    <message>
        <source>Wait time</source>
        <translation>Wait time</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Talk time</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <source>Calling number</source>
        <translation>Calling number</translation>
    </message>
</context>
<context>
    <name>CatalogueCommand</name>
    <message>
        <source>{value} is not an amount in kroner</source>
        <translation>{value} is not an amount in kroner</translation>
    </message>
    <message>
        <source>IKTNH&apos;s phone models</source>
        <translation>IKTNH&apos;s phone models</translation>
    </message>
    <message>
        <source>fetch the phone catalogue from IKTNH</source>
        <translation>fetch the phone catalogue from IKTNH</translation>
    </message>
    <message>
        <source>IKTNH&apos;s API, e.g. https://api.iktnh.example/v1</source>
        <translation>IKTNH&apos;s API, e.g. https://api.iktnh.example/v1</translation>
    </message>
    <message>
        <source>the stored phone models</source>
        <translation>the stored phone models</translation>
    </message>
    <message>
        <source>only this operating system</source>
        <translation>only this operating system</translation>
    </message>
    <message>
        <source>only with 5G</source>
        <translation>only with 5G</translation>
    </message>
    <message>
        <source>only with eSIM</source>
        <translation>only with eSIM</translation>
    </message>
    <message>
        <source>only models with security updates until at least DATE</source>
        <translation>only models with security updates until at least DATE</translation>
    </message>
    <message>
        <source>only models that cost at most this (ex. VAT)</source>
        <translation>only models that cost at most this (ex. VAT)</translation>
    </message>
    <message>
        <source>write JSON</source>
        <translation>write JSON</translation>
    </message>
    <message>
        <source>compare two to four models in a workbook</source>
        <translation>compare two to four models in a workbook</translation>
    </message>
    <message>
        <source>the workbook to write</source>
        <translation>the workbook to write</translation>
    </message>
    <message>
        <source>order from IKTNH</source>
        <translation>order from IKTNH</translation>
    </message>
    <message>
        <source>order a phone for an employee (a draft)</source>
        <translation>order a phone for an employee (a draft)</translation>
    </message>
    <message>
        <source>the employee number</source>
        <translation>the employee number</translation>
    </message>
    <message>
        <source>municipal e-mail on the phone (a licence cost the municipality pays)</source>
        <translation>municipal e-mail on the phone (a licence cost the municipality pays)</translation>
    </message>
    <message>
        <source>setup help from IKTNH</source>
        <translation>setup help from IKTNH</translation>
    </message>
    <message>
        <source>also add the employee&apos;s mobile to this group or queue of a stored ring pattern (in its draft)</source>
        <translation>also add the employee&apos;s mobile to this group or queue of a stored ring pattern (in its draft)</translation>
    </message>
    <message>
        <source>The phone catalogue could not be fetched: {detail}</source>
        <translation>The phone catalogue could not be fetched: {detail}</translation>
    </message>
    <message>
        <source>The phone catalogue has not changed.</source>
        <translation>The phone catalogue has not changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) added.</source>
        <translation>
            <numerusform>%n model added.</numerusform>
            <numerusform>%n models added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) changed.</source>
        <translation>
            <numerusform>%n model changed.</numerusform>
            <numerusform>%n models changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) removed.</source>
        <translation>
            <numerusform>%n model removed.</numerusform>
            <numerusform>%n models removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced from IKTNH (the demo catalogue).</source>
        <translation>Never synced from IKTNH (the demo catalogue).</translation>
    </message>
    <message>
        <source>Last synced {when}.</source>
        <translation>Last synced {when}.</translation>
    </message>
    <message>
        <source>The prices are examples, not IKTNH&apos;s agreement prices.</source>
        <translation>The prices are examples, not IKTNH&apos;s agreement prices.</translation>
    </message>
    <message>
        <source>Name two to four models to compare.</source>
        <translation>Name two to four models to compare.</translation>
    </message>
    <message>
        <source>{path}: the workbook could not be written: {reason}</source>
        <translation>{path}: the workbook could not be written: {reason}</translation>
    </message>
    <message>
        <source>Comparison written to {path}.</source>
        <translation>Comparison written to {path}.</translation>
    </message>
    <message>
        <source>There is no phone model called “{model}” in the catalogue.</source>
        <translation>There is no phone model called “{model}” in the catalogue.</translation>
    </message>
    <message>
        <source>--employee {id}: there is no employee with this number.</source>
        <translation>--employee {id}: there is no employee with this number.</translation>
    </message>
    <message>
        <source>--group {group}: no stored ring pattern has this group or queue (write PATTERN/GROUP, the ids of the pattern and of its group).</source>
        <translation>--group {group}: no stored ring pattern has this group or queue (write PATTERN/GROUP, the ids of the pattern and of its group).</translation>
    </message>
    <message>
        <source>--group: employee {id} has no mobile number to add to the group.</source>
        <translation>--group: employee {id} has no mobile number to add to the group.</translation>
    </message>
    <message>
        <source>--colour {colour}: the model does not come in this colour (only {colours}).</source>
        <translation>--colour {colour}: the model does not come in this colour (only {colours}).</translation>
    </message>
    <message>
        <source>There is no municipality to order for yet.</source>
        <translation>There is no municipality to order for yet.</translation>
    </message>
    <message>
        <source>Phone order {number} made as a draft for {name}.</source>
        <translation>Phone order {number} made as a draft for {name}.</translation>
    </message>
    <message>
        <source>Municipal e-mail on the phone costs the municipality {amount} a month in licences.</source>
        <translation>Municipal e-mail on the phone costs the municipality {amount} a month in licences.</translation>
    </message>
    <message>
        <source>The mobile already rings in {group} in the ring pattern {key}.</source>
        <translation>The mobile already rings in {group} in the ring pattern {key}.</translation>
    </message>
    <message>
        <source>The mobile now rings in {group} in the draft of the ring pattern {key} (version {version}).</source>
        <translation>The mobile now rings in {group} in the draft of the ring pattern {key} (version {version}).</translation>
    </message>
</context>
<context>
    <name>CatalogueErrors</name>
    <message>
        <source>Line {line}, column {column}: the catalogue is not JSON: {reason}.</source>
        <translation>Line {line}, column {column}: the catalogue is not JSON: {reason}.</translation>
    </message>
    <message>
        <source>This is not a phone catalogue: the format is {found}, not {expected}.</source>
        <translation>This is not a phone catalogue: the format is {found}, not {expected}.</translation>
    </message>
    <message>
        <source>The catalogue has version {found}; Kontakt reads version {expected}.</source>
        <translation>The catalogue has version {found}; Kontakt reads version {expected}.</translation>
    </message>
    <message>
        <source>{path}: a list was expected.</source>
        <translation>{path}: a list was expected.</translation>
    </message>
    <message>
        <source>{path}: an object was expected.</source>
        <translation>{path}: an object was expected.</translation>
    </message>
    <message>
        <source>{path}: this field is missing or empty.</source>
        <translation>{path}: this field is missing or empty.</translation>
    </message>
    <message>
        <source>{path}: {value} is not a date (YYYY-MM-DD).</source>
        <translation>{path}: {value} is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{path}: {value} is not an amount.</source>
        <translation>{path}: {value} is not an amount.</translation>
    </message>
    <message>
        <source>{path}: {value} is a negative amount.</source>
        <translation>{path}: {value} is a negative amount.</translation>
    </message>
    <message>
        <source>{path}: the picture is not an SVG, PNG or JPEG image in a data: URL.</source>
        <translation>{path}: the picture is not an SVG, PNG or JPEG image in a data: URL.</translation>
    </message>
    <message>
        <source>{path}: {value} is not a path on IKTNH&apos;s API (such as /catalogue/phones/pictures/a.png).</source>
        <translation>{path}: {value} is not a path on IKTNH&apos;s API (such as /catalogue/phones/pictures/a.png).</translation>
    </message>
    <message>
        <source>{path}: the picture is larger than {limit} KB.</source>
        <translation>{path}: the picture is larger than {limit} KB.</translation>
    </message>
</context>
<context>
    <name>CatalogueWorkspace</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Model, manufacturer or note</source>
        <translation>Model, manufacturer or note</translation>
    </message>
    <message>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Manufacturer:</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>&amp;Operating system:</translation>
    </message>
    <message>
        <source>&amp;Price from:</source>
        <translation>&amp;Price from:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source> kr</source>
        <translation> kr</translation>
    </message>
    <message>
        <source>Price at most</source>
        <translation>Price at most</translation>
    </message>
    <message>
        <source>&amp;5G</source>
        <translation>&amp;5G</translation>
    </message>
    <message>
        <source>eS&amp;IM</source>
        <translation>eS&amp;IM</translation>
    </message>
    <message>
        <source>Security &amp;updates until at least</source>
        <translation>Security &amp;updates until at least</translation>
    </message>
    <message>
        <source>Security updates until at least</source>
        <translation>Security updates until at least</translation>
    </message>
    <message>
        <source>Phone models</source>
        <translation>Phone models</translation>
    </message>
    <message>
        <source>Phone models as cards</source>
        <translation>Phone models as cards</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Grid</translation>
    </message>
    <message>
        <source>Show the models as cards with pictures.</source>
        <translation>Show the models as cards with pictures.</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>Show the models as a sortable list.</source>
        <translation>Show the models as a sortable list.</translation>
    </message>
    <message>
        <source>About the model</source>
        <translation>About the model</translation>
    </message>
    <message>
        <source>&amp;Compare …</source>
        <translation>&amp;Compare …</translation>
    </message>
    <message>
        <source>Select two to four models to compare them.</source>
        <translation>Select two to four models to compare them.</translation>
    </message>
    <message>
        <source>O&amp;rder …</source>
        <translation>O&amp;rder …</translation>
    </message>
    <message>
        <source>Order the selected model for an employee.</source>
        <translation>Order the selected model for an employee.</translation>
    </message>
    <message>
        <source>Fe&amp;tch from IKTNH</source>
        <translation>Fe&amp;tch from IKTNH</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Phone orders</source>
        <translation>Phone orders</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Not yet synced from IKTNH: the demo&apos;s models.</source>
        <translation>Not yet synced from IKTNH: the demo&apos;s models.</translation>
    </message>
    <message>
        <source>Last synced from IKTNH {when}.</source>
        <translation>Last synced from IKTNH {when}.</translation>
    </message>
    <message>
        <source>Select a model to see all about it.</source>
        <translation>Select a model to see all about it.</translation>
    </message>
    <message>
        <source>Security updates for this model end within a year.</source>
        <translation>Security updates for this model end within a year.</translation>
    </message>
    <message>
        <source>{price} ex. VAT.</source>
        <translation>{price} ex. VAT.</translation>
    </message>
    <message>
        <source>Picture of {model}</source>
        <translation>Picture of {model}</translation>
    </message>
    <message>
        <source>Fetching the phone models from IKTNH …</source>
        <translation>Fetching the phone models from IKTNH …</translation>
    </message>
    <message>
        <source>The phone models have not changed since the last sync.</source>
        <translation>The phone models have not changed since the last sync.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) added, </source>
        <translation>
            <numerusform>%n model added, </numerusform>
            <numerusform>%n models added, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed, </source>
        <translation>
            <numerusform>%n changed, </numerusform>
            <numerusform>%n changed, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed.</source>
        <translation>
            <numerusform>%n removed.</numerusform>
            <numerusform>%n removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kontakt cannot reach IKTNH yet: set the API address in Settings and make your signing key.</source>
        <translation>Kontakt cannot reach IKTNH yet: set the API address in Settings and make your signing key.</translation>
    </message>
    <message>
        <source>The phone models could not be fetched: {detail}</source>
        <translation>The phone models could not be fetched: {detail}</translation>
    </message>
    <message>
        <source>Something went wrong while fetching the phone models: {reason}</source>
        <translation>Something went wrong while fetching the phone models: {reason}</translation>
    </message>
    <message>
        <source>Order a phone</source>
        <translation>Order a phone</translation>
    </message>
    <message>
        <source>Phone order {number} for {name} is a draft under Change requests: approve it there to send it to IKTNH.</source>
        <translation>Phone order {number} for {name} is a draft under Change requests: approve it there to send it to IKTNH.</translation>
    </message>
    <message>
        <source>The mobile already rings in {group} in the ring pattern {pattern}.</source>
        <translation>The mobile already rings in {group} in the ring pattern {pattern}.</translation>
    </message>
    <message>
        <source>The mobile now rings in {group} in the draft of the ring pattern {pattern} (version {version}): check the draft under Ring patterns and order it.</source>
        <translation>The mobile now rings in {group} in the draft of the ring pattern {pattern} (version {version}): check the draft under Ring patterns and order it.</translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>make and approve change requests for IKTNH</source>
        <translation>make and approve change requests for IKTNH</translation>
    </message>
    <message>
        <source>a ring-pattern change from a document, against the current set-up</source>
        <translation>a ring-pattern change from a document, against the current set-up</translation>
    </message>
    <message>
        <source>the new ring pattern (.ringpattern.json)</source>
        <translation>the new ring pattern (.ringpattern.json)</translation>
    </message>
    <message>
        <source>approve and sign it with your key, and put it in the outbox</source>
        <translation>approve and sign it with your key, and put it in the outbox</translation>
    </message>
    <message>
        <source>what IKTNH reads first (default: the pattern&apos;s name)</source>
        <translation>what IKTNH reads first (default: the pattern&apos;s name)</translation>
    </message>
    <message>
        <source>write JSON</source>
        <translation>write JSON</translation>
    </message>
    <message>
        <source>Change request {number}: {summary} ({state}).</source>
        <translation>Change request {number}: {summary} ({state}).</translation>
    </message>
    <message>
        <source>Approved with the key {key_id}; SHA-256 of what was signed: {digest}.</source>
        <translation>Approved with the key {key_id}; SHA-256 of what was signed: {digest}.</translation>
    </message>
</context>
<context>
    <name>ChangeDescriptions</name>
    <message numerus="yes">
        <source>Correction of contact details for %Ln employee(s)</source>
        <translation>
            <numerusform>Correction of contact details for %Ln employee</numerusform>
            <numerusform>Correction of contact details for %Ln employees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>Change request {number} – {kind}</source>
        <translation>Change request {number} – {kind}</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Made:</translation>
    </message>
    <message>
        <source>What it holds:</source>
        <translation>What it holds:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>Last changed:</translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>Approved:</translation>
    </message>
    <message>
        <source>From the check of:</source>
        <translation>From the check of:</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
    <message>
        <source>As sent to IKTNH (JSON)</source>
        <translation>As sent to IKTNH (JSON)</translation>
    </message>
</context>
<context>
    <name>ChangeKinds</name>
    <message>
        <source>Contact correction</source>
        <translation>Contact correction</translation>
    </message>
    <message>
        <source>Ring-pattern change</source>
        <translation>Ring-pattern change</translation>
    </message>
    <message>
        <source>Phone order</source>
        <translation>Phone order</translation>
    </message>
    <message>
        <source>Fault report</source>
        <translation>Fault report</translation>
    </message>
</context>
<context>
    <name>ChangeRequests</name>
    <message>
        <source>The database has no municipality to make change requests for.</source>
        <translation>The database has no municipality to make change requests for.</translation>
    </message>
    <message>
        <source>There is no change request {number} for this municipality.</source>
        <translation>There is no change request {number} for this municipality.</translation>
    </message>
    <message>
        <source>Change request {number} is no longer a draft ({state}): what it asks cannot change. Make a new request instead.</source>
        <translation>Change request {number} is no longer a draft ({state}): what it asks cannot change. Make a new request instead.</translation>
    </message>
    <message>
        <source>Your name, e-mail address and phone number go into the approval: fill in all three under Settings.</source>
        <translation>Your name, e-mail address and phone number go into the approval: fill in all three under Settings.</translation>
    </message>
    <message>
        <source>Change request {number} changed after it was shown to you; nothing was signed. Look at it again and approve it then.</source>
        <translation>Change request {number} changed after it was shown to you; nothing was signed. Look at it again and approve it then.</translation>
    </message>
    <message>
        <source>Change request {number} holds a value that cannot be signed: {detail}</source>
        <translation>Change request {number} holds a value that cannot be signed: {detail}</translation>
    </message>
    <message>
        <source>{file}: the municipality {kommune} has no current set-up of the ring pattern {pattern} to compare with. Import IKTNH&apos;s current set-up first.</source>
        <translation>{file}: the municipality {kommune} has no current set-up of the ring pattern {pattern} to compare with. Import IKTNH&apos;s current set-up first.</translation>
    </message>
    <message>
        <source>{file}: the ring pattern is the same as the current set-up; there is nothing to order.</source>
        <translation>{file}: the ring pattern is the same as the current set-up; there is nothing to order.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: the ring pattern has %n error(s); fix them before you order it (kontakt pattern validate shows them).</source>
        <translation>
            <numerusform>{file}: the ring pattern has %n error; fix it before you order it (kontakt pattern validate shows it).</numerusform>
            <numerusform>{file}: the ring pattern has %n errors; fix them before you order it (kontakt pattern validate shows them).</numerusform>
        </translation>
    </message>
    <message>
        <source>Change of the ring pattern {name}</source>
        <translation>Change of the ring pattern {name}</translation>
    </message>
</context>
<context>
    <name>ChangeRequestsPage</name>
    <message>
        <source>%Y-%m-%d %H:%M</source>
        <translation>%Y-%m-%d %H:%M</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>%Y-%m-%d</source>
        <translation>%Y-%m-%d</translation>
    </message>
    <message>
        <source>on its way</source>
        <translation>on its way</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>to be tried again</source>
        <translation>to be tried again</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>Compared with version {version} of the current set-up:</source>
        <translation>Compared with version {version} of the current set-up:</translation>
    </message>
    <message>
        <source>{name} ({employee}): {finding} – {field} {value}</source>
        <translation>{name} ({employee}): {finding} – {field} {value}</translation>
    </message>
    <message>
        <source>Test case: {title}</source>
        <translation>Test case: {title}</translation>
    </message>
    <message>
        <source>Expected: {expected}</source>
        <translation>Expected: {expected}</translation>
    </message>
    <message>
        <source>Observed: {observed}</source>
        <translation>Observed: {observed}</translation>
    </message>
    <message>
        <source>A phone for {name}: number {number}</source>
        <translation>A phone for {name}: number {number}</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>Model: {model}</translation>
    </message>
    <message>
        <source>Municipal e-mail on the phone: the municipality pays {amount} a month for the licence</source>
        <translation>Municipal e-mail on the phone: the municipality pays {amount} a month for the licence</translation>
    </message>
    <message>
        <source>Municipal e-mail on the phone (a licence cost)</source>
        <translation>Municipal e-mail on the phone (a licence cost)</translation>
    </message>
    <message>
        <source>Set-up help from IKTNH</source>
        <translation>Set-up help from IKTNH</translation>
    </message>
    <message>
        <source>The mobile already rings in {group} in the ring pattern {pattern}</source>
        <translation>The mobile already rings in {group} in the ring pattern {pattern}</translation>
    </message>
    <message>
        <source>The mobile rings in {group} in the draft of the ring pattern {pattern} (version {version})</source>
        <translation>The mobile rings in {group} in the draft of the ring pattern {pattern} (version {version})</translation>
    </message>
    <message>
        <source>Change request {number} – {kind}</source>
        <translation>Change request {number} – {kind}</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>State: {state}</translation>
    </message>
    <message>
        <source>Made: {when}</source>
        <translation>Made: {when}</translation>
    </message>
    <message>
        <source>Summary: {summary}</source>
        <translation>Summary: {summary}</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>What is asked</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation>Not approved yet.</translation>
    </message>
    <message>
        <source>The signature verifies against your key.</source>
        <translation>The signature verifies against your key.</translation>
    </message>
    <message>
        <source>The signature does NOT verify against the key.</source>
        <translation>The signature does NOT verify against the key.</translation>
    </message>
    <message>
        <source>The approving key is not known to this database.</source>
        <translation>The approving key is not known to this database.</translation>
    </message>
    <message>
        <source>Approved by {name} ({email}, {phone}).</source>
        <translation>Approved by {name} ({email}, {phone}).</translation>
    </message>
    <message>
        <source>Signed: {when}</source>
        <translation>Signed: {when}</translation>
    </message>
    <message>
        <source>Key id: {key_id}</source>
        <translation>Key id: {key_id}</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Idempotency key: {key}</source>
        <translation>Idempotency key: {key}</translation>
    </message>
    <message>
        <source>No delivery attempt yet.</source>
        <translation>No delivery attempt yet.</translation>
    </message>
    <message>
        <source>{when}: {outcome} (HTTP {status}) {detail}</source>
        <translation>{when}: {outcome} (HTTP {status}) {detail}</translation>
    </message>
    <message>
        <source>At IKTNH</source>
        <translation>At IKTNH</translation>
    </message>
    <message>
        <source>IKTNH has not received it yet.</source>
        <translation>IKTNH has not received it yet.</translation>
    </message>
    <message>
        <source>IKTNH&apos;s case: {id}, status: {status}</source>
        <translation>IKTNH&apos;s case: {id}, status: {status}</translation>
    </message>
    <message>
        <source>IKTNH&apos;s reason: {reason}</source>
        <translation>IKTNH&apos;s reason: {reason}</translation>
    </message>
    <message>
        <source>Comment from IKTNH ({when}): {text}</source>
        <translation>Comment from IKTNH ({when}): {text}</translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) wait in the outbox: IKTNH&apos;s API address is missing. Fill it in under Settings.</source>
        <translation>
            <numerusform>%n change request waits in the outbox: IKTNH&apos;s API address is missing. Fill it in under Settings.</numerusform>
            <numerusform>%n change requests wait in the outbox: IKTNH&apos;s API address is missing. Fill it in under Settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) wait in the outbox: Kontakt sends only over HTTPS. Correct IKTNH&apos;s API address under Settings.</source>
        <translation>
            <numerusform>%n change request waits in the outbox: Kontakt sends only over HTTPS. Correct IKTNH&apos;s API address under Settings.</numerusform>
            <numerusform>%n change requests wait in the outbox: Kontakt sends only over HTTPS. Correct IKTNH&apos;s API address under Settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) wait in the outbox: there is no signing key to send with. Open Signing key… to make one or to see what is wrong.</source>
        <translation>
            <numerusform>%n change request waits in the outbox: there is no signing key to send with. Open Signing key… to make one or to see what is wrong.</numerusform>
            <numerusform>%n change requests wait in the outbox: there is no signing key to send with. Open Signing key… to make one or to see what is wrong.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) wait in the outbox: Kontakt cannot reach IKTNH (offline). They go by themselves when the connection is back.</source>
        <translation>
            <numerusform>%n change request waits in the outbox: Kontakt cannot reach IKTNH (offline). They go by themselves when the connection is back.</numerusform>
            <numerusform>%n change requests wait in the outbox: Kontakt cannot reach IKTNH (offline). They go by themselves when the connection is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) wait in the outbox for their next attempt.</source>
        <translation>
            <numerusform>%n change request waits in the outbox for their next attempt.</numerusform>
            <numerusform>%n change requests wait in the outbox for their next attempt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete draft {number}</source>
        <translation>Delete draft {number}</translation>
    </message>
</context>
<context>
    <name>ChangeRequestsWorkspace</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Delete draft…</translation>
    </message>
    <message>
        <source>&amp;Approve and sign…</source>
        <translation>&amp;Approve and sign…</translation>
    </message>
    <message>
        <source>&amp;New draft from this</source>
        <translation>&amp;New draft from this</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Send now</translation>
    </message>
    <message>
        <source>Signing &amp;key…</source>
        <translation>Signing &amp;key…</translation>
    </message>
    <message>
        <source>No change requests are stored yet.</source>
        <translation>No change requests are stored yet.</translation>
    </message>
    <message>
        <source>{requests}, {drafts}; {waiting}.</source>
        <translation>{requests}, {drafts}; {waiting}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) stored</source>
        <translation>
            <numerusform>%n change request stored</numerusform>
            <numerusform>%n change requests stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Delete the draft {number} ({what})? Edit ▸ Undo brings it back while Kontakt is open.</source>
        <translation>Delete the draft {number} ({what})? Edit ▸ Undo brings it back while Kontakt is open.</translation>
    </message>
    <message>
        <source>Sending the outbox to IKTNH…</source>
        <translation>Sending the outbox to IKTNH…</translation>
    </message>
    <message>
        <source>{delivered}; {refused}.</source>
        <translation>{delivered}; {refused}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) delivered</source>
        <translation>
            <numerusform>%n change request delivered</numerusform>
            <numerusform>%n change requests delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by IKTNH</source>
        <translation>
            <numerusform>%n refused by IKTNH</numerusform>
            <numerusform>%n refused by IKTNH</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) from IKTNH</source>
        <translation>
            <numerusform>%n notice from IKTNH</numerusform>
            <numerusform>%n notices from IKTNH</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting in the outbox</source>
        <translation>
            <numerusform>%n waiting in the outbox</numerusform>
            <numerusform>%n waiting in the outbox</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a change request to see it whole.</source>
        <translation>Choose a change request to see it whole.</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Change requests</translation>
    </message>
</context>
<context>
    <name>ChangeStates</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Waiting in the outbox</source>
        <translation>Waiting in the outbox</translation>
    </message>
    <message>
        <source>In progress at IKTNH</source>
        <translation>In progress at IKTNH</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Rejected by IKTNH</source>
        <translation>Rejected by IKTNH</translation>
    </message>
    <message>
        <source>Refused on delivery</source>
        <translation>Refused on delivery</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <source>ringing order</source>
        <translation>ringing order</translation>
    </message>
    <message>
        <source>ring time</source>
        <translation>ring time</translation>
    </message>
    <message>
        <source>longest ring time</source>
        <translation>longest ring time</translation>
    </message>
    <message>
        <source>maximum queue time</source>
        <translation>maximum queue time</translation>
    </message>
    <message>
        <source>queue length</source>
        <translation>queue length</translation>
    </message>
    <message>
        <source>announcement text</source>
        <translation>announcement text</translation>
    </message>
    <message>
        <source>waiting time for a key</source>
        <translation>waiting time for a key</translation>
    </message>
    <message>
        <source>where it goes without a key</source>
        <translation>where it goes without a key</translation>
    </message>
    <message>
        <source>where a wrong key goes</source>
        <translation>where a wrong key goes</translation>
    </message>
    <message>
        <source>where it goes when nobody answers</source>
        <translation>where it goes when nobody answers</translation>
    </message>
    <message>
        <source>overflow</source>
        <translation>overflow</translation>
    </message>
    <message>
        <source>where it goes next</source>
        <translation>where it goes next</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>opening hours</translation>
    </message>
    <message>
        <source>where it goes when open</source>
        <translation>where it goes when open</translation>
    </message>
    <message>
        <source>where it goes when closed</source>
        <translation>where it goes when closed</translation>
    </message>
    <message>
        <source>where it goes on closed days</source>
        <translation>where it goes on closed days</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>mailbox</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>phone type</source>
        <translation>phone type</translation>
    </message>
    <message>
        <source>menu options</source>
        <translation>menu options</translation>
    </message>
    <message>
        <source>The number or phone of {members} changed.</source>
        <translation>The number or phone of {members} changed.</translation>
    </message>
    <message>
        <source>{name}: {fields} changed.</source>
        <translation>{name}: {fields} changed.</translation>
    </message>
    <message>
        <source>{name} is new in the ring pattern.</source>
        <translation>{name} is new in the ring pattern.</translation>
    </message>
    <message>
        <source>{name}: where a wrong key goes changed.</source>
        <translation>{name}: where a wrong key goes changed.</translation>
    </message>
    <message>
        <source>Key {key} in the voice menu {name} was removed.</source>
        <translation>Key {key} in the voice menu {name} was removed.</translation>
    </message>
    <message>
        <source>Key {key} in the voice menu {name} is new.</source>
        <translation>Key {key} in the voice menu {name} is new.</translation>
    </message>
    <message>
        <source>Key {key} in the voice menu {name} now leads to {after} (before: {before}).</source>
        <translation>Key {key} in the voice menu {name} now leads to {after} (before: {before}).</translation>
    </message>
    <message>
        <source>The opening hours changed: at this time a call that presses nothing went to {before} and now goes to {after}.</source>
        <translation>The opening hours changed: at this time a call that presses nothing went to {before} and now goes to {after}.</translation>
    </message>
    <message>
        <source>A call that presses nothing went to {before} and now goes to {after}.</source>
        <translation>A call that presses nothing went to {before} and now goes to {after}.</translation>
    </message>
    <message>
        <source>The number {number} is new.</source>
        <translation>The number {number} is new.</translation>
    </message>
    <message>
        <source>Where calls to {number} start changed.</source>
        <translation>Where calls to {number} start changed.</translation>
    </message>
    <message>
        <source>{reason} This time {name} answers in {group}.</source>
        <translation>{reason} This time {name} answers in {group}.</translation>
    </message>
    <message>
        <source>The next closed day is {date}: call then, or ask IKTNH&apos;s service desk to set the calendar {calendar} to a closed day while you test.</source>
        <translation>The next closed day is {date}: call then, or ask IKTNH&apos;s service desk to set the calendar {calendar} to a closed day while you test.</translation>
    </message>
    <message>
        <source>Special hours hold on {date}: call then, or ask IKTNH&apos;s service desk to set the calendar {calendar} to these hours while you test.</source>
        <translation>Special hours hold on {date}: call then, or ask IKTNH&apos;s service desk to set the calendar {calendar} to these hours while you test.</translation>
    </message>
    <message>
        <source>A phone was ordered for {name}.</source>
        <translation>A phone was ordered for {name}.</translation>
    </message>
    <message>
        <source>Call {number} from another phone.</source>
        <translation>Call {number} from another phone.</translation>
    </message>
    <message>
        <source>{phone} rings and the call can be answered.</source>
        <translation>{phone} rings and the call can be answered.</translation>
    </message>
    <message>
        <source>Send an e-mail to {email}.</source>
        <translation>Send an e-mail to {email}.</translation>
    </message>
    <message>
        <source>The e-mail arrives on the phone and a reply can be sent.</source>
        <translation>The e-mail arrives on the phone and a reply can be sent.</translation>
    </message>
    <message>
        <source>Plug the desk phone into the network point at the desk.</source>
        <translation>Plug the desk phone into the network point at the desk.</translation>
    </message>
    <message>
        <source>The phone starts on power from the network (PoE), without a power supply, and gets network and its number.</source>
        <translation>The phone starts on power from the network (PoE), without a power supply, and gets network and its number.</translation>
    </message>
    <message>
        <source>Checked after every change.</source>
        <translation>Checked after every change.</translation>
    </message>
    <message>
        <source>Check that the network path of the phones (network points, switches, the link to the central data room) is on emergency power.</source>
        <translation>Check that the network path of the phones (network points, switches, the link to the central data room) is on emergency power.</translation>
    </message>
    <message>
        <source>In a power cut the desk phones and the wireless network keep working on emergency power.</source>
        <translation>In a power cut the desk phones and the wireless network keep working on emergency power.</translation>
    </message>
    <message>
        <source>Call IKTNH&apos;s service desk from one of the phones changed.</source>
        <translation>Call IKTNH&apos;s service desk from one of the phones changed.</translation>
    </message>
    <message>
        <source>The service desk number is reachable and the call is answered.</source>
        <translation>The service desk number is reachable and the call is answered.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>{name}&apos;s desk phone</source>
        <translation>{name}&apos;s desk phone</translation>
    </message>
    <message>
        <source>{name}&apos;s mobile</source>
        <translation>{name}&apos;s mobile</translation>
    </message>
    <message>
        <source>{name}&apos;s softphone</source>
        <translation>{name}&apos;s softphone</translation>
    </message>
    <message>
        <source>{name}&apos;s phone</source>
        <translation>{name}&apos;s phone</translation>
    </message>
    <message>
        <source>in opening hours</source>
        <translation>in opening hours</translation>
    </message>
    <message>
        <source>outside opening hours</source>
        <translation>outside opening hours</translation>
    </message>
    <message>
        <source>on a closed day</source>
        <translation>on a closed day</translation>
    </message>
    <message>
        <source>in special hours</source>
        <translation>in special hours</translation>
    </message>
    <message>
        <source>at any time</source>
        <translation>at any time</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} and {last}</translation>
    </message>
    <message>
        <source>no phone rings in {group}</source>
        <translation>no phone rings in {group}</translation>
    </message>
    <message>
        <source>you wait in the queue {group} while {phones} ring</source>
        <translation>you wait in the queue {group} while {phones} ring</translation>
    </message>
    <message>
        <source>you wait in the queue {group} while {phones} ring, for up to {seconds} s</source>
        <translation>you wait in the queue {group} while {phones} ring, for up to {seconds} s</translation>
    </message>
    <message>
        <source>{phones} rings</source>
        <translation>{phones} rings</translation>
    </message>
    <message>
        <source>{phones} rings for {seconds} s</source>
        <translation>{phones} rings for {seconds} s</translation>
    </message>
    <message>
        <source>{phones} ring together</source>
        <translation>{phones} ring together</translation>
    </message>
    <message>
        <source>{phones} ring together for {seconds} s</source>
        <translation>{phones} ring together for {seconds} s</translation>
    </message>
    <message>
        <source>{phones} ring in turn, {each} s each</source>
        <translation>{phones} ring in turn, {each} s each</translation>
    </message>
    <message>
        <source>the voice menu {menu} plays and waits {seconds} s for a key</source>
        <translation>the voice menu {menu} plays and waits {seconds} s for a key</translation>
    </message>
    <message>
        <source>the voice menu {menu} plays</source>
        <translation>the voice menu {menu} plays</translation>
    </message>
    <message>
        <source>{name} answers</source>
        <translation>{name} answers</translation>
    </message>
    <message>
        <source>you hear the announcement {name}</source>
        <translation>you hear the announcement {name}</translation>
    </message>
    <message>
        <source>the call goes to the voicemail {name} ({mailbox})</source>
        <translation>the call goes to the voicemail {name} ({mailbox})</translation>
    </message>
    <message>
        <source>the call is forwarded to {number} ({name})</source>
        <translation>the call is forwarded to {number} ({name})</translation>
    </message>
    <message>
        <source>the call ends</source>
        <translation>the call ends</translation>
    </message>
    <message>
        <source>the call goes nowhere: the ring pattern has a dead end here</source>
        <translation>the call goes nowhere: the ring pattern has a dead end here</translation>
    </message>
    <message>
        <source>the call goes round in a loop</source>
        <translation>the call goes round in a loop</translation>
    </message>
    <message>
        <source>Call {number} ({label}) on {weekday} {date} at {time}, {situation}.</source>
        <translation>Call {number} ({label}) on {weekday} {date} at {time}, {situation}.</translation>
    </message>
    <message>
        <source>Press nothing at the voice menu {menu}.</source>
        <translation>Press nothing at the voice menu {menu}.</translation>
    </message>
    <message>
        <source>Press {key} at the voice menu {menu}.</source>
        <translation>Press {key} at the voice menu {menu}.</translation>
    </message>
    <message>
        <source>Let it ring: nobody answers.</source>
        <translation>Let it ring: nobody answers.</translation>
    </message>
    <message>
        <source>{name} answers when the phone rings.</source>
        <translation>{name} answers when the phone rings.</translation>
    </message>
</context>
<context>
    <name>ChecklistCommand</name>
    <message>
        <source>test checklists: the calls to make after a change</source>
        <translation>test checklists: the calls to make after a change</translation>
    </message>
    <message>
        <source>list the test calls for a change from one ring pattern to another</source>
        <translation>list the test calls for a change from one ring pattern to another</translation>
    </message>
    <message>
        <source>the ring pattern before</source>
        <translation>the ring pattern before</translation>
    </message>
    <message>
        <source>the ring pattern after</source>
        <translation>the ring pattern after</translation>
    </message>
    <message>
        <source>write JSON for other programs</source>
        <translation>write JSON for other programs</translation>
    </message>
    <message>
        <source>also write the checklist as a test protocol (Excel)</source>
        <translation>also write the checklist as a test protocol (Excel)</translation>
    </message>
    <message>
        <source>{old} to {new}</source>
        <translation>{old} to {new}</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) to test:</source>
        <translation>
            <numerusform>%n case to test:</numerusform>
            <numerusform>%n cases to test:</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Expected:</translation>
    </message>
</context>
<context>
    <name>ChecklistSources</name>
    <message>
        <source>Change request {number}: {summary}</source>
        <translation>Change request {number}: {summary}</translation>
    </message>
    <message>
        <source>{pattern}, version {old} → {new}</source>
        <translation>{pattern}, version {old} → {new}</translation>
    </message>
</context>
<context>
    <name>ChecklistWizard</name>
    <message>
        <source>Making the checklist …</source>
        <translation>Making the checklist …</translation>
    </message>
    <message>
        <source>The checklist cannot be made: {reason}</source>
        <translation>The checklist cannot be made: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong while making the checklist: {reason}</source>
        <translation>Something went wrong while making the checklist: {reason}</translation>
    </message>
    <message>
        <source>Test checklist</source>
        <translation>Test checklist</translation>
    </message>
    <message>
        <source>Fault found in test {id}: {reason}</source>
        <translation>Fault found in test {id}: {reason}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>The protocol could not be saved: {reason}</source>
        <translation>The protocol could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Export the test protocol</source>
        <translation>Export the test protocol</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ChecklistWords</name>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cannot test</source>
        <translation>Cannot test</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Not tested</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Choose the change to test</source>
        <translation>Choose the change to test</translation>
    </message>
    <message>
        <source>Go on with a test run you have started, or choose a change request or two versions of a ring pattern to make a new checklist for.</source>
        <translation>Go on with a test run you have started, or choose a change request or two versions of a ring pattern to make a new checklist for.</translation>
    </message>
    <message>
        <source>Go on: {title} ({done} of {total} done)</source>
        <translation>Go on: {title} ({done} of {total} done)</translation>
    </message>
    <message>
        <source>New checklist: {title}</source>
        <translation>New checklist: {title}</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>There is no change to test yet.</source>
        <translation>There is no change to test yet.</translation>
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
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>database URL (SQLAlchemy form); default: the environment variable KONTAKT_DB_URL, else the team database in the settings, else a file in your user data folder</source>
        <translation>database URL (SQLAlchemy form); default: the environment variable KONTAKT_DB_URL, else the team database in the settings, else a file in your user data folder</translation>
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
        <source>check without a screen that this Kontakt works (a temporary database, the demo data, an Excel file, the window) and exit</source>
        <translation>check without a screen that this Kontakt works (a temporary database, the demo data, an Excel file, the window) and exit</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>a municipality number is four digits (e.g. 4631): {value}</source>
        <translation>a municipality number is four digits (e.g. 4631): {value}</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: {reason}.</source>
        <translation>Cannot write to standard output: {reason}.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>{value} is not a date as YYYY-MM-DD.</source>
        <translation>{value} is not a date as YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare phone models</source>
        <translation>Compare phone models</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>The models differ here.</source>
        <translation>The models differ here.</translation>
    </message>
    <message>
        <source>&amp;Export to Excel …</source>
        <translation>&amp;Export to Excel …</translation>
    </message>
    <message>
        <source>Coloured rows are where the models differ.</source>
        <translation>Coloured rows are where the models differ.</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Export the comparison</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>{path}: the workbook could not be written: {reason}</source>
        <translation>{path}: the workbook could not be written: {reason}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect “{step}”</source>
        <translation>Connect “{step}”</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>nowhere yet</translation>
    </message>
    <message>
        <source>Type to filter the steps</source>
        <translation>Type to filter the steps</translation>
    </message>
    <message>
        <source>Filter the steps</source>
        <translation>Filter the steps</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Leads to</translation>
    </message>
    <message>
        <source>&amp;Exit:</source>
        <translation>&amp;Exit:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Leads &amp;to:</source>
        <translation>Leads &amp;to:</translation>
    </message>
</context>
<context>
    <name>ContactAudit</name>
    <message>
        <source>Contact check for {municipality}</source>
        <translation>Contact check for {municipality}</translation>
    </message>
    <message>
        <source>Contact check of {file}</source>
        <translation>Contact check of {file}</translation>
    </message>
    <message>
        <source>Checked {date}</source>
        <translation>Checked {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Employee number</translation>
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
        <source>Duplicate employee number</source>
        <translation>Duplicate employee number</translation>
    </message>
    <message>
        <source>Missing employee number</source>
        <translation>Missing employee number</translation>
    </message>
    <message>
        <source>E-mail address outside the municipality&apos;s domains</source>
        <translation>E-mail address outside the municipality&apos;s domains</translation>
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
        <source>Differs from the number register</source>
        <translation>Differs from the number register</translation>
    </message>
    <message>
        <source>Not in the number register</source>
        <translation>Not in the number register</translation>
    </message>
</context>
<context>
    <name>ContactCommand</name>
    <message>
        <source>check an HRM export&apos;s contact details against the telephony directory and ring patterns</source>
        <translation>check an HRM export&apos;s contact details against the telephony directory and ring patterns</translation>
    </message>
    <message>
        <source>HRM_FILE</source>
        <translation>HRM_FILE</translation>
    </message>
    <message>
        <source>the HRM export (CSV or XLSX)</source>
        <translation>the HRM export (CSV or XLSX)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>the sheet of an XLSX file (default: the first)</source>
        <translation>the sheet of an XLSX file (default: the first)</translation>
    </message>
    <message>
        <source>FIELD=HEADER</source>
        <translation>FIELD=HEADER</translation>
    </message>
    <message>
        <source>read FIELD from the column HEADER (repeatable; FIELD= leaves the field out)</source>
        <translation>read FIELD from the column HEADER (repeatable; FIELD= leaves the field out)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
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
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>an e-mail domain of the municipality (repeatable)</source>
        <translation>an e-mail domain of the municipality (repeatable)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the date that decides who has left (default: today)</source>
        <translation>the date that decides who has left (default: today)</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
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
        <source>the municipality the Excel audit is titled with (default: the database&apos;s)</source>
        <translation>the municipality the Excel audit is titled with (default: the database&apos;s)</translation>
    </message>
    <message>
        <source>exit with 1 when a finding is at least this serious</source>
        <translation>exit with 1 when a finding is at least this serious</translation>
    </message>
    <message>
        <source>From the database of {municipality}: {what}</source>
        <translation>From the database of {municipality}: {what}</translation>
    </message>
    <message numerus="yes">
        <source>number register (%Ln number(s))</source>
        <translation>
            <numerusform>number register (%Ln number)</numerusform>
            <numerusform>number register (%Ln numbers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ring pattern(s)</source>
        <translation>
            <numerusform>%Ln ring pattern</numerusform>
            <numerusform>%Ln ring patterns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln row(s) read.</source>
        <translation>
            <numerusform>{file}: %Ln row read.</numerusform>
            <numerusform>{file}: %Ln rows read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings: {errors}, {warnings}, {infos}.</source>
        <translation>Findings: {errors}, {warnings}, {infos}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln for information</source>
        <translation>
            <numerusform>%Ln for information</numerusform>
            <numerusform>%Ln for information</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
        </translation>
    </message>
    <message>
        <source>e-mail domains ({domains})</source>
        <translation>e-mail domains ({domains})</translation>
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
        <source>{file}, row {row}: the row has {cells} cells, more than the header row&apos;s columns ({columns}).</source>
        <translation>{file}, row {row}: the row has {cells} cells, more than the header row&apos;s columns ({columns}).</translation>
    </message>
    <message>
        <source>{file}: the file mixes two encodings: line {utf8} is UTF-8, line {other} is Windows-1252. Each line was read in its own encoding; check the letters æ, ø and å.</source>
        <translation>{file}: the file mixes two encodings: line {utf8} is UTF-8, line {other} is Windows-1252. Each line was read in its own encoding; check the letters æ, ø and å.</translation>
    </message>
    <message>
        <source>{file}: this is a CSV file, which has no sheets; leave out the sheet &quot;{sheet}&quot;.</source>
        <translation>{file}: this is a CSV file, which has no sheets; leave out the sheet &quot;{sheet}&quot;.</translation>
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
        <source>{file}, sheet &quot;{sheet}&quot;: refused: the sheet reaches {rows} rows and {columns} columns, more than the {limit} million cells Kontakt reads; a real HRM export is far smaller.</source>
        <translation>{file}, sheet &quot;{sheet}&quot;: refused: the sheet reaches {rows} rows and {columns} columns, more than the {limit} million cells Kontakt reads; a real HRM export is far smaller.</translation>
    </message>
    <message>
        <source>{file} is not a workbook Kontakt can read: it holds no XLSX, XLS or ODS sheets. Save it again from the spreadsheet program, or export it as CSV.</source>
        <translation>{file} is not a workbook Kontakt can read: it holds no XLSX, XLS or ODS sheets. Save it again from the spreadsheet program, or export it as CSV.</translation>
    </message>
    <message>
        <source>{file}: the workbook cannot be read ({reason}).</source>
        <translation>{file}: the workbook cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>its XML is damaged or holds what Kontakt does not read, such as a DOCTYPE or entities</source>
        <translation>its XML is damaged or holds what Kontakt does not read, such as a DOCTYPE or entities</translation>
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
        <source>&quot;{field}&quot; is not a field Kontakt reads from this table; the fields are: {fields}.</source>
        <translation>&quot;{field}&quot; is not a field Kontakt reads from this table; the fields are: {fields}.</translation>
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
    <message>
        <source>{file}: no row holds a usable number, so the number register was not changed.</source>
        <translation>{file}: no row holds a usable number, so the number register was not changed.</translation>
    </message>
    <message>
        <source>{file}: no row holds a number, so the number register was not changed.</source>
        <translation>{file}: no row holds a number, so the number register was not changed.</translation>
    </message>
    <message>
        <source>{file}, row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a call result Kontakt knows; map it to one of answered, abandoned, overflow, voicemail, forwarded or closed (--result VALUE=KIND).</source>
        <translation>{file}, row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a call result Kontakt knows; map it to one of answered, abandoned, overflow, voicemail, forwarded or closed (--result VALUE=KIND).</translation>
    </message>
    <message>
        <source>{file}, row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a time (write 2026-11-23T09:15:00 or 23.11.2026 09:15).</source>
        <translation>{file}, row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a time (write 2026-11-23T09:15:00 or 23.11.2026 09:15).</translation>
    </message>
    <message>
        <source>{file}, row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a duration (seconds, or HH:MM:SS).</source>
        <translation>{file}, row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a duration (seconds, or HH:MM:SS).</translation>
    </message>
    <message>
        <source>&quot;{option}&quot; is not of the form VALUE=KIND, where KIND is one of answered, abandoned, overflow, voicemail, forwarded or closed.</source>
        <translation>&quot;{option}&quot; is not of the form VALUE=KIND, where KIND is one of answered, abandoned, overflow, voicemail, forwarded or closed.</translation>
    </message>
    <message>
        <source>&quot;{option}&quot; is not of the form ENTRY_OR_NODE=PERCENT/SECONDS (such as Helse=80/20).</source>
        <translation>&quot;{option}&quot; is not of the form ENTRY_OR_NODE=PERCENT/SECONDS (such as Helse=80/20).</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Employee number</source>
        <translation>Employee number</translation>
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
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Number type</source>
        <translation>Number type</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
</context>
<context>
    <name>ContactFindings</name>
    <message>
        <source>Employee number {value} is on more than one row: rows {rows}.</source>
        <translation>Employee number {value} is on more than one row: rows {rows}.</translation>
    </message>
    <message>
        <source>The row has no employee number.</source>
        <translation>The row has no employee number.</translation>
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
        <source>{number} is also given for employee number {others}.</source>
        <translation>{number} is also given for employee number {others}.</translation>
    </message>
    <message>
        <source>{value} is also the e-mail address of employee number {others}.</source>
        <translation>{value} is also the e-mail address of employee number {others}.</translation>
    </message>
    <message>
        <source>The employment ended {ended}, but {member} is still a member of the ring pattern {pattern}.</source>
        <translation>The employment ended {ended}, but {member} is still a member of the ring pattern {pattern}.</translation>
    </message>
    <message>
        <source>The employment ended {ended}, but the number register still has {value} for the employee.</source>
        <translation>The employment ended {ended}, but the number register still has {value} for the employee.</translation>
    </message>
    <message>
        <source>{member}, member of the ring pattern {pattern}, has employee number {value}, which is not in the HRM export.</source>
        <translation>{member}, member of the ring pattern {pattern}, has employee number {value}, which is not in the HRM export.</translation>
    </message>
    <message>
        <source>The HRM export has {value}; the number register has {directory} for this employee.</source>
        <translation>The HRM export has {value}; the number register has {directory} for this employee.</translation>
    </message>
    <message>
        <source>{value} is not in the number register.</source>
        <translation>{value} is not in the number register.</translation>
    </message>
    <message>
        <source>&quot;{id}&quot;</source>
        <translation>&quot;{id}&quot;</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date (write YYYY-MM-DD or DD.MM.YYYY); the employee is taken as active.</source>
        <translation>&quot;{value}&quot; is not a date (write YYYY-MM-DD or DD.MM.YYYY); the employee is taken as active.</translation>
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
    <name>CorrectionsModel</name>
    <message>
        <source>Employee number</source>
        <translation>Employee number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
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
        <source>End date</source>
        <translation>End date</translation>
    </message>
</context>
<context>
    <name>DatedRows</name>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>New: {column}</source>
        <translation>New: {column}</translation>
    </message>
    <message>
        <source>08:00–12:00, or empty for closed</source>
        <translation>08:00–12:00, or empty for closed</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove the chosen</source>
        <translation>Remove the chosen</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>{day} is in the list already.</source>
        <translation>{day} is in the list already.</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {problem}</source>
        <translation>Row {row}, {column}: {problem}</translation>
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
    <name>FileErrors</name>
    <message>
        <source>{path} is not a regular file (it is a folder, a device or a pipe); Kontakt writes only to files. Choose another name.</source>
        <translation>{path} is not a regular file (it is a folder, a device or a pipe); Kontakt writes only to files. Choose another name.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason} (in {folder}). The old file is unchanged.</source>
        <translation>Cannot write {path}: {reason} (in {folder}). The old file is unchanged.</translation>
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
    <name>HeatMap</name>
    <message>
        <source>{when}: no calls in open time</source>
        <translation>{when}: no calls in open time</translation>
    </message>
    <message numerus="yes">
        <source>{when}: %n call(s), {level} % answered within {within} s (target {goal} %)</source>
        <translation>
            <numerusform>{when}: %n call, {level} % answered within {within} s (target {goal} %)</numerusform>
            <numerusform>{when}: %n calls, {level} % answered within {within} s (target {goal} %)</numerusform>
        </translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>Erlang C recommends {agents}.</source>
        <translation>Erlang C recommends {agents}.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import the number register or a ring pattern into the database, replacing what is stored</source>
        <translation>import the number register or a ring pattern into the database, replacing what is stored</translation>
    </message>
    <message>
        <source>IKTNH&apos;s number register (CSV or XLSX)</source>
        <translation>IKTNH&apos;s number register (CSV or XLSX)</translation>
    </message>
    <message>
        <source>the number register file (CSV or XLSX)</source>
        <translation>the number register file (CSV or XLSX)</translation>
    </message>
    <message>
        <source>the sheet of an XLSX file (default: the first)</source>
        <translation>the sheet of an XLSX file (default: the first)</translation>
    </message>
    <message>
        <source>use the saved column mapping NAME</source>
        <translation>use the saved column mapping NAME</translation>
    </message>
    <message>
        <source>read FIELD (number, type, employee_id, name, site) from the column HEADER (repeatable; FIELD= leaves the field out)</source>
        <translation>read FIELD (number, type, employee_id, name, site) from the column HEADER (repeatable; FIELD= leaves the field out)</translation>
    </message>
    <message>
        <source>a ring-pattern document (JSON)</source>
        <translation>a ring-pattern document (JSON)</translation>
    </message>
    <message>
        <source>ring-pattern file (.ringpattern.json)</source>
        <translation>ring-pattern file (.ringpattern.json)</translation>
    </message>
    <message>
        <source>save only while version N is still the newest; otherwise keep the file as a new draft and exit with 3</source>
        <translation>save only while version N is still the newest; otherwise keep the file as a new draft and exit with 3</translation>
    </message>
    <message>
        <source>There is no municipality in the database to import for. Set it up in the window (File ▸ Settings) first.</source>
        <translation>There is no municipality in the database to import for. Set it up in the window (File ▸ Settings) first.</translation>
    </message>
    <message>
        <source>There is no saved column mapping &quot;{name}&quot; for number registers; the saved ones are: {names}</source>
        <translation>There is no saved column mapping &quot;{name}&quot; for number registers; the saved ones are: {names}</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>The number register now holds %Ln number(s) from {file}.</source>
        <translation>
            <numerusform>The number register now holds %Ln number from {file}.</numerusform>
            <numerusform>The number register now holds %Ln numbers from {file}.</numerusform>
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
            <numerusform>It replaces the %Ln number stored before.</numerusform>
            <numerusform>It replaces the %Ln numbers stored before.</numerusform>
        </translation>
    </message>
    <message>
        <source>No number register was stored before.</source>
        <translation>No number register was stored before.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) left out:</source>
        <translation>
            <numerusform>%Ln row left out:</numerusform>
            <numerusform>%Ln rows left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every row was read (%Ln row(s)).</source>
        <translation>
            <numerusform>Every row was read (%Ln row).</numerusform>
            <numerusform>Every row was read (%Ln rows).</numerusform>
        </translation>
    </message>
    <message>
        <source>The ring pattern &quot;{name}&quot; from {file} is now the current set-up (version {version}).</source>
        <translation>The ring pattern &quot;{name}&quot; from {file} is now the current set-up (version {version}).</translation>
    </message>
    <message numerus="yes">
        <source>It replaces %n earlier version(s), kept as history.</source>
        <translation>
            <numerusform>It replaces %n earlier version, kept as history.</numerusform>
            <numerusform>It replaces %n earlier versions, kept as history.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is a new ring pattern.</source>
        <translation>It is a new ring pattern.</translation>
    </message>
    <message>
        <source>Entry numbers: {numbers}</source>
        <translation>Entry numbers: {numbers}</translation>
    </message>
    <message>
        <source>The check finds {errors}, {warnings} and {infos}.</source>
        <translation>The check finds {errors}, {warnings} and {infos}.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) for information</source>
        <translation>
            <numerusform>%n note for information</numerusform>
            <numerusform>%n notes for information</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>Set up the municipality in Settings first: the number register and the ring patterns are kept for it.</source>
        <translation>Set up the municipality in Settings first: the number register and the ring patterns are kept for it.</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation>Something went wrong: {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>Import number register</source>
        <translation>Import number register</translation>
    </message>
    <message>
        <source>Number registers (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Number registers (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Choose sheet</source>
        <translation>Choose sheet</translation>
    </message>
    <message>
        <source>{file} has several sheets. Which one holds the number register?</source>
        <translation>{file} has several sheets. Which one holds the number register?</translation>
    </message>
    <message>
        <source>The columns were not saved as the profile &quot;{name}&quot;: a profile for HRM exports has that name.</source>
        <translation>The columns were not saved as the profile &quot;{name}&quot;: a profile for HRM exports has that name.</translation>
    </message>
    <message>
        <source>Number register imported</source>
        <translation>Number register imported</translation>
    </message>
    <message>
        <source>Import ring pattern</source>
        <translation>Import ring pattern</translation>
    </message>
    <message>
        <source>Ring patterns (*.json);;All files (*)</source>
        <translation>Ring patterns (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Ring pattern imported</source>
        <translation>Ring pattern imported</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Calendar:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Members:</translation>
    </message>
    <message>
        <source>&amp;Ringing:</source>
        <translation>&amp;Ringing:</translation>
    </message>
    <message>
        <source>Ring &amp;time:</source>
        <translation>Ring &amp;time:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>&amp;Mailbox:</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>New &amp;key:</translation>
    </message>
    <message>
        <source>Add a person: type a name…</source>
        <translation>Add a person: type a name…</translation>
    </message>
    <message>
        <source>Remove the chosen member</source>
        <translation>Remove the chosen member</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where the exits lead&lt;/b&gt;</source>
        <translation>&lt;b&gt;Where the exits lead&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a card to see and change its fields.</source>
        <translation>Choose a card to see and change its fields.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; ({id})</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; ({id})</translation>
    </message>
    <message>
        <source>(nowhere)</source>
        <translation>(nowhere)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Change a field</source>
        <translation>Change a field</translation>
    </message>
    <message>
        <source>Choose a calendar</source>
        <translation>Choose a calendar</translation>
    </message>
    <message>
        <source>Change the ringing</source>
        <translation>Change the ringing</translation>
    </message>
    <message>
        <source>Change the ring time</source>
        <translation>Change the ring time</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation>Remove a member</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>Add a key</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Your signing key</source>
        <translation>Your signing key</translation>
    </message>
    <message>
        <source>&amp;Make key</source>
        <translation>&amp;Make key</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Rotate…</translation>
    </message>
    <message>
        <source>You have no signing key yet. Make one, then export its public key and register it with IKTNH before you approve change requests.</source>
        <translation>You have no signing key yet. Make one, then export its public key and register it with IKTNH before you approve change requests.</translation>
    </message>
    <message>
        <source>Key id: {key_id}. The private key is in your system&apos;s keyring; register the public key below with IKTNH.</source>
        <translation>Key id: {key_id}. The private key is in your system&apos;s keyring; register the public key below with IKTNH.</translation>
    </message>
    <message>
        <source>Rotate your key</source>
        <translation>Rotate your key</translation>
    </message>
    <message>
        <source>Make a new key in place of this one? What the old key signed stays verifiable, but IKTNH accepts new approvals only once you have registered the new public key.</source>
        <translation>Make a new key in place of this one? What the old key signed stays verifiable, but IKTNH accepts new approvals only once you have registered the new public key.</translation>
    </message>
    <message>
        <source>Export your public key</source>
        <translation>Export your public key</translation>
    </message>
    <message>
        <source>JSON Web Key (*.jwk *.json)</source>
        <translation>JSON Web Key (*.jwk *.json)</translation>
    </message>
    <message>
        <source>Wrote {jwk} and {pem}. Send them to IKTNH to register your key.</source>
        <translation>Wrote {jwk} and {pem}. Send them to IKTNH to register your key.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>No secure keyring is available to keep your private key (the keyring backend is {backend}). Kontakt keeps the key only in your system&apos;s keyring. On Linux, install and unlock GNOME Keyring or KWallet (the Secret Service); on Windows and macOS the system&apos;s own keyring is used. To use another keyring on purpose, name its backend in the environment variable PYTHON_KEYRING_BACKEND.</source>
        <translation>No secure keyring is available to keep your private key (the keyring backend is {backend}). Kontakt keeps the key only in your system&apos;s keyring. On Linux, install and unlock GNOME Keyring or KWallet (the Secret Service); on Windows and macOS the system&apos;s own keyring is used. To use another keyring on purpose, name its backend in the environment variable PYTHON_KEYRING_BACKEND.</translation>
    </message>
    <message>
        <source>The keyring ({backend}) did not answer: {detail}. Unlock it (or start it) and try again.</source>
        <translation>The keyring ({backend}) did not answer: {detail}. Unlock it (or start it) and try again.</translation>
    </message>
    <message>
        <source>You have no signing key yet. Make one with Kontakt (kontakt keys create) and register its public key with IKTNH.</source>
        <translation>You have no signing key yet. Make one with Kontakt (kontakt keys create) and register its public key with IKTNH.</translation>
    </message>
    <message>
        <source>The signing key in the keyring ({backend}) is not an Ed25519 private key. Make a new one (kontakt keys rotate) and register it with IKTNH.</source>
        <translation>The signing key in the keyring ({backend}) is not an Ed25519 private key. Make a new one (kontakt keys rotate) and register it with IKTNH.</translation>
    </message>
    <message>
        <source>You have a signing key already (key id {key_id}). To replace it, rotate it (kontakt keys rotate).</source>
        <translation>You have a signing key already (key id {key_id}). To replace it, rotate it (kontakt keys rotate).</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>your signing key: make, show, export, rotate</source>
        <translation>your signing key: make, show, export, rotate</translation>
    </message>
    <message>
        <source>make your key pair (the private key goes into the keyring)</source>
        <translation>make your key pair (the private key goes into the keyring)</translation>
    </message>
    <message>
        <source>show your public key and the earlier ones</source>
        <translation>show your public key and the earlier ones</translation>
    </message>
    <message>
        <source>write JSON</source>
        <translation>write JSON</translation>
    </message>
    <message>
        <source>write your public key for registration with IKTNH</source>
        <translation>write your public key for registration with IKTNH</translation>
    </message>
    <message>
        <source>the JWK file to write</source>
        <translation>the JWK file to write</translation>
    </message>
    <message>
        <source>a PEM file to write too</source>
        <translation>a PEM file to write too</translation>
    </message>
    <message>
        <source>replace your key with a new one (what the old one signed stays verifiable)</source>
        <translation>replace your key with a new one (what the old one signed stays verifiable)</translation>
    </message>
    <message>
        <source>Key id: {key_id}</source>
        <translation>Key id: {key_id}</translation>
    </message>
    <message>
        <source>Your key pair is made; the private key is in your keyring. Register the public key with IKTNH (kontakt keys export --jwk FILE).</source>
        <translation>Your key pair is made; the private key is in your keyring. Register the public key with IKTNH (kontakt keys export --jwk FILE).</translation>
    </message>
    <message>
        <source>You have no signing key yet (kontakt keys create).</source>
        <translation>You have no signing key yet (kontakt keys create).</translation>
    </message>
    <message>
        <source>Earlier keys (kept to verify what they signed):</source>
        <translation>Earlier keys (kept to verify what they signed):</translation>
    </message>
    <message>
        <source>Wrote the public key {key_id} to {files}.</source>
        <translation>Wrote the public key {key_id} to {files}.</translation>
    </message>
    <message>
        <source>The key {key_id} is retired; its public key is kept so that what it signed stays verifiable.</source>
        <translation>The key {key_id} is retired; its public key is kept so that what it signed stays verifiable.</translation>
    </message>
    <message>
        <source>Your new key is in your keyring. Register its public key with IKTNH (kontakt keys export --jwk FILE) before you approve with it.</source>
        <translation>Your new key is in your keyring. Register its public key with IKTNH (kontakt keys export --jwk FILE) before you approve with it.</translation>
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
        <source>Import &amp;number register…</source>
        <translation>Import &amp;number register…</translation>
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
        <source>Kontakt has matched the columns of the call records to the fields it reads. Check the matches, and change any that are wrong.</source>
        <translation>Kontakt has matched the columns of the call records to the fields it reads. Check the matches, and change any that are wrong.</translation>
    </message>
    <message>
        <source>Kontakt has matched the columns of the number register to the fields it reads. Check the matches, and change any that are wrong.</source>
        <translation>Kontakt has matched the columns of the number register to the fields it reads. Check the matches, and change any that are wrong.</translation>
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
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
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
        <source>e.g. IKTNH register</source>
        <translation>e.g. IKTNH register</translation>
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
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>The first rows of the file:</translation>
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
    <name>OperatingNotices</name>
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
        <source>telephony</source>
        <translation>telephony</translation>
    </message>
    <message>
        <source>switchboard</source>
        <translation>switchboard</translation>
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
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>{severity}: {title}. Affected: {services}. {period}. {detail}</source>
        <translation>{severity}: {title}. Affected: {services}. {period}. {detail}</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Order a phone</source>
        <translation>Order a phone</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Search by name, employee number or department</source>
        <translation>Search by name, employee number or department</translation>
    </message>
    <message>
        <source>Search for the employee</source>
        <translation>Search for the employee</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>&amp;Municipal e-mail on the phone</source>
        <translation>&amp;Municipal e-mail on the phone</translation>
    </message>
    <message>
        <source>E-mail on the phone needs a licence: the municipality pays {amount} a month for it.</source>
        <translation>E-mail on the phone needs a licence: the municipality pays {amount} a month for it.</translation>
    </message>
    <message>
        <source>E-mail on the phone needs a licence that the municipality pays for; the catalogue does not state the amount.</source>
        <translation>E-mail on the phone needs a licence that the municipality pays for; the catalogue does not state the amount.</translation>
    </message>
    <message>
        <source>&amp;Setup help from IKTNH</source>
        <translation>&amp;Setup help from IKTNH</translation>
    </message>
    <message>
        <source>Ring-pattern group for the mobile</source>
        <translation>Ring-pattern group for the mobile</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>{price} ex. VAT</source>
        <translation>{price} ex. VAT</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Price:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation>&amp;Employee:</translation>
    </message>
    <message>
        <source>Add the mobile to a ring-pattern &amp;group:</source>
        <translation>Add the mobile to a ring-pattern &amp;group:</translation>
    </message>
    <message>
        <source>This employee has no mobile number yet, so it cannot be added to a group: order without a group, and add the number in the ring pattern when it is known.</source>
        <translation>This employee has no mobile number yet, so it cannot be added to a group: order without a group, and add the number in the ring pattern when it is known.</translation>
    </message>
    <message>
        <source>The order also adds the mobile to {group} in the draft of the ring pattern {pattern}.</source>
        <translation>The order also adds the mobile to {group} in the draft of the ring pattern {pattern}.</translation>
    </message>
    <message>
        <source>Current numbers: {numbers}</source>
        <translation>Current numbers: {numbers}</translation>
    </message>
    <message>
        <source>No numbers stored for this employee.</source>
        <translation>No numbers stored for this employee.</translation>
    </message>
    <message>
        <source>The order could not be made: {value} is no longer there (the data changed while the dialog was open). Close it and try again.</source>
        <translation>The order could not be made: {value} is no longer there (the data changed while the dialog was open). Close it and try again.</translation>
    </message>
    <message>
        <source>The order could not be made: choose the municipality in Settings.</source>
        <translation>The order could not be made: choose the municipality in Settings.</translation>
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
        <source>IKTNH&apos;s status could not be read: {detail}</source>
        <translation>IKTNH&apos;s status could not be read: {detail}</translation>
    </message>
    <message>
        <source>No notices from IKTNH: everything runs as normal.</source>
        <translation>No notices from IKTNH: everything runs as normal.</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>Number {number} ({label}) → {start}</source>
        <translation>Number {number} ({label}) → {start}</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nowhere</translation>
    </message>
</context>
<context>
    <name>PathView</name>
    <message>
        <source>generator</source>
        <translation>generator</translation>
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
        <translation>no emergency power</translation>
    </message>
    <message numerus="yes">
        <source>Solid green border: emergency power reaches the target of %n min. Dashed orange: it falls short. Dotted red: no emergency power.</source>
        <translation>
            <numerusform>Solid green border: emergency power reaches the target of %n min. Dashed orange: it falls short. Dotted red: no emergency power.</numerusform>
            <numerusform>Solid green border: emergency power reaches the target of %n min. Dashed orange: it falls short. Dotted red: no emergency power.</numerusform>
        </translation>
    </message>
    <message>
        <source>No path given</source>
        <translation>No path given</translation>
    </message>
    <message>
        <source>PoE</source>
        <translation>PoE</translation>
    </message>
    <message>
        <source>no PoE</source>
        <translation>no PoE</translation>
    </message>
</context>
<context>
    <name>PatternCard</name>
    <message>
        <source>simultaneous</source>
        <translation>simultaneous</translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>sequential</translation>
    </message>
    <message>
        <source>rotating</source>
        <translation>rotating</translation>
    </message>
    <message>
        <source>{members}, {strategy}</source>
        <translation>{members}, {strategy}</translation>
    </message>
    <message>
        <source>Calendar: {calendar}</source>
        <translation>Calendar: {calendar}</translation>
    </message>
    <message>
        <source>key {key}</source>
        <translation>key {key}</translation>
    </message>
    <message>
        <source>No calendar</source>
        <translation>No calendar</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatternCommand</name>
    <message>
        <source>{value} is not a date and time as YYYY-MM-DDTHH:MM.</source>
        <translation>{value} is not a date and time as YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>ring patterns: check, simulate a call, coverage over time, compare</source>
        <translation>ring patterns: check, simulate a call, coverage over time, compare</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
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
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>check a ring pattern and list what is wrong or risky</source>
        <translation>check a ring pattern and list what is wrong or risky</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>follow one call through a ring pattern</source>
        <translation>follow one call through a ring pattern</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM</source>
        <translation>YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>local date and time of the call</source>
        <translation>local date and time of the call</translation>
    </message>
    <message>
        <source>1,2</source>
        <translation>1,2</translation>
    </message>
    <message>
        <source>keys the caller presses, one per voice menu, comma-separated</source>
        <translation>keys the caller presses, one per voice menu, comma-separated</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>MEMBER</translation>
    </message>
    <message>
        <source>the member who answers (default: nobody answers)</source>
        <translation>the member who answers (default: nobody answers)</translation>
    </message>
    <message>
        <source>M1,M2</source>
        <translation>M1,M2</translation>
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
        <source>DATE</source>
        <translation>DATE</translation>
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
        <source>OLD</source>
        <translation>OLD</translation>
    </message>
    <message>
        <source>the older file</source>
        <translation>the older file</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>the newer file</source>
        <translation>the newer file</translation>
    </message>
    <message>
        <source>first day of the year in which routes are compared (YYYY-MM-DD; default: today)</source>
        <translation>first day of the year in which routes are compared (YYYY-MM-DD; default: today)</translation>
    </message>
    <message>
        <source>trace back every way a call reaches a node or rings a member</source>
        <translation>trace back every way a call reaches a node or rings a member</translation>
    </message>
    <message>
        <source>the node (step) that calls reach, by id</source>
        <translation>the node (step) that calls reach, by id</translation>
    </message>
    <message>
        <source>the member who gets the calls, by id</source>
        <translation>the member who gets the calls, by id</translation>
    </message>
    <message>
        <source>first day of the year in which an example time is looked for (YYYY-MM-DD; default: today)</source>
        <translation>first day of the year in which an example time is looked for (YYYY-MM-DD; default: today)</translation>
    </message>
    <message>
        <source>each card&apos;s place on the canvas, laid out automatically where the pattern has none</source>
        <translation>each card&apos;s place on the canvas, laid out automatically where the pattern has none</translation>
    </message>
    <message numerus="yes">
        <source>Calls that reach {node}: %n way(s)</source>
        <translation>
            <numerusform>Calls that reach {node}: %n way</numerusform>
            <numerusform>Calls that reach {node}: %n ways</numerusform>
        </translation>
    </message>
    <message>
        <source>No call reaches {node}.</source>
        <translation>No call reaches {node}.</translation>
    </message>
    <message numerus="yes">
        <source>Calls that ring {member}: %n way(s)</source>
        <translation>
            <numerusform>Calls that ring {member}: %n way</numerusform>
            <numerusform>Calls that ring {member}: %n ways</numerusform>
        </translation>
    </message>
    <message>
        <source>No call rings {member}.</source>
        <translation>No call rings {member}.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>First time</translation>
    </message>
    <message>
        <source>not in the coming year</source>
        <translation>not in the coming year</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
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
        <source>Step</source>
        <translation>Step</translation>
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
        <source>draw a ring pattern as the editor shows it (PNG, SVG or PDF)</source>
        <translation>draw a ring pattern as the editor shows it (PNG, SVG or PDF)</translation>
    </message>
    <message>
        <source>write an SVG drawing</source>
        <translation>write an SVG drawing</translation>
    </message>
    <message>
        <source>write a PNG picture</source>
        <translation>write a PNG picture</translation>
    </message>
    <message>
        <source>write a PDF page</source>
        <translation>write a PDF page</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <source>Drawing written to {file}.</source>
        <translation>Drawing written to {file}.</translation>
    </message>
</context>
<context>
    <name>PatternDiff</name>
    <message>
        <source>New number: {name}</source>
        <translation>New number: {name}</translation>
    </message>
    <message>
        <source>New calendar: {name}</source>
        <translation>New calendar: {name}</translation>
    </message>
    <message>
        <source>New member: {name}</source>
        <translation>New member: {name}</translation>
    </message>
    <message>
        <source>New step: {name} ({type})</source>
        <translation>New step: {name} ({type})</translation>
    </message>
    <message>
        <source>Removed number: {name}</source>
        <translation>Removed number: {name}</translation>
    </message>
    <message>
        <source>Removed calendar: {name}</source>
        <translation>Removed calendar: {name}</translation>
    </message>
    <message>
        <source>Removed member: {name}</source>
        <translation>Removed member: {name}</translation>
    </message>
    <message>
        <source>Removed step: {name} ({type})</source>
        <translation>Removed step: {name} ({type})</translation>
    </message>
    <message>
        <source>Changed number {name}:</source>
        <translation>Changed number {name}:</translation>
    </message>
    <message>
        <source>Changed calendar {name}:</source>
        <translation>Changed calendar {name}:</translation>
    </message>
    <message>
        <source>Changed member {name}:</source>
        <translation>Changed member {name}:</translation>
    </message>
    <message>
        <source>Changed step {name} ({type}):</source>
        <translation>Changed step {name} ({type}):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>First step</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Ringing</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Employee number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <source>simultaneous</source>
        <translation>simultaneous</translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>sequential</translation>
    </message>
    <message>
        <source>rotating</source>
        <translation>rotating</translation>
    </message>
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
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>{label}: {old} → {new}</source>
        <translation>{label}: {old} → {new}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>the call is ended</source>
        <translation>the call is ended</translation>
    </message>
    <message>
        <source>as when closed</source>
        <translation>as when closed</translation>
    </message>
    <message>
        <source>the menu plays again</source>
        <translation>the menu plays again</translation>
    </message>
    <message>
        <source>Exit &quot;{exit}&quot;: {old} → {new}</source>
        <translation>Exit &quot;{exit}&quot;: {old} → {new}</translation>
    </message>
    <message>
        <source>New key {key}: leads to {new}</source>
        <translation>New key {key}: leads to {new}</translation>
    </message>
    <message>
        <source>Removed key {key} (it led to {old})</source>
        <translation>Removed key {key} (it led to {old})</translation>
    </message>
    <message>
        <source>Key {key}: {old} → {new}</source>
        <translation>Key {key}: {old} → {new}</translation>
    </message>
    <message>
        <source>New member in {node}: {name}</source>
        <translation>New member in {node}: {name}</translation>
    </message>
    <message>
        <source>Removed member from {node}: {name}</source>
        <translation>Removed member from {node}: {name}</translation>
    </message>
    <message>
        <source>Order of the members: {old} → {new}</source>
        <translation>Order of the members: {old} → {new}</translation>
    </message>
    <message>
        <source>New closing day {day}</source>
        <translation>New closing day {day}</translation>
    </message>
    <message>
        <source>Removed closing day {day}</source>
        <translation>Removed closing day {day}</translation>
    </message>
    <message>
        <source>New yearly closing day {day}</source>
        <translation>New yearly closing day {day}</translation>
    </message>
    <message>
        <source>Removed yearly closing day {day}</source>
        <translation>Removed yearly closing day {day}</translation>
    </message>
    <message>
        <source>New special hours {day}: {new}</source>
        <translation>New special hours {day}: {new}</translation>
    </message>
    <message>
        <source>Removed special hours {day} ({old})</source>
        <translation>Removed special hours {day} ({old})</translation>
    </message>
    <message>
        <source>Special hours {day}: {old} → {new}</source>
        <translation>Special hours {day}: {old} → {new}</translation>
    </message>
    <message>
        <source>Other field {field} changed</source>
        <translation>Other field {field} changed</translation>
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
    <name>PatternEditor</name>
    <message>
        <source>&amp;Ring pattern</source>
        <translation>&amp;Ring pattern</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Cards</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;Find a card</source>
        <translation>&amp;Find a card</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>&amp;New version</translation>
    </message>
    <message>
        <source>&amp;Order this change…</source>
        <translation>&amp;Order this change…</translation>
    </message>
    <message>
        <source>Find a card (Ctrl+F)</source>
        <translation>Find a card (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a card by its label or id</source>
        <translation>Find a card by its label or id</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Add a step</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Simulate a call</source>
        <translation>Simulate a call</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Trace back</source>
        <translation>Trace back</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>As opened</source>
        <translation>As opened</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Fit to window</translation>
    </message>
    <message>
        <source>&amp;Lay out again</source>
        <translation>&amp;Lay out again</translation>
    </message>
    <message>
        <source>&amp;Export drawing…</source>
        <translation>&amp;Export drawing…</translation>
    </message>
    <message>
        <source>&amp;Trace back</source>
        <translation>&amp;Trace back</translation>
    </message>
    <message>
        <source>&amp;Connect an exit …</source>
        <translation>&amp;Connect an exit …</translation>
    </message>
    <message>
        <source>Restore the kept changes</source>
        <translation>Restore the kept changes</translation>
    </message>
    <message>
        <source>Unsaved changes were kept</source>
        <translation>Unsaved changes were kept</translation>
    </message>
    <message>
        <source>Kontakt kept changes to {name} that were not saved (last kept {when}). Restore them? (Discard throws them away.)</source>
        <translation>Kontakt kept changes to {name} that were not saved (last kept {when}). Restore them? (Discard throws them away.)</translation>
    </message>
    <message>
        <source>{sign} {severity}: {place}: {message}</source>
        <translation>{sign} {severity}: {place}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n)</source>
        <translation>
            <numerusform>Findings (%n)</numerusform>
            <numerusform>Findings (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>No findings</translation>
    </message>
    <message>
        <source>{name} – changed, not saved</source>
        <translation>{name} – changed, not saved</translation>
    </message>
    <message>
        <source>Saved as a new draft</source>
        <translation>Saved as a new draft</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>{by} saved version {newest} of this ring pattern at {when}, after you opened it. Nothing was saved over it: your work is kept as the new draft version {kept}.</source>
        <translation>{by} saved version {newest} of this ring pattern at {when}, after you opened it. Nothing was saved over it: your work is kept as the new draft version {kept}.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The ring pattern has changes that are not saved. Save them as a draft?</source>
        <translation>The ring pattern has changes that are not saved. Save them as a draft?</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Lay out again</source>
        <translation>Lay out again</translation>
    </message>
    <message>
        <source>Export the drawing</source>
        <translation>Export the drawing</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG (*.png)</translation>
    </message>
    <message>
        <source>The drawing was not written</source>
        <translation>The drawing was not written</translation>
    </message>
</context>
<context>
    <name>PatternErrors</name>
    <message>
        <source>The file is not JSON: {detail} (line {line}, column {column}).</source>
        <translation>The file is not JSON: {detail} (line {line}, column {column}).</translation>
    </message>
    <message>
        <source>The JSON is nested too deeply to be read ({depth} levels, line {line}, column {column}).</source>
        <translation>The JSON is nested too deeply to be read ({depth} levels, line {line}, column {column}).</translation>
    </message>
    <message>
        <source>A number of {digits} digits is too long to be read (line {line}, column {column}).</source>
        <translation>A number of {digits} digits is too long to be read (line {line}, column {column}).</translation>
    </message>
    <message>
        <source>The file is larger than {most} MB, the most a ring pattern may be.</source>
        <translation>The file is larger than {most} MB, the most a ring pattern may be.</translation>
    </message>
    <message>
        <source>Too many here: {count}; a ring pattern may have at most {most}.</source>
        <translation>Too many here: {count}; a ring pattern may have at most {most}.</translation>
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
        <source>The version is written as the text &quot;{value}&quot;; it must be the number {version}, without quotes.</source>
        <translation>The version is written as the text &quot;{value}&quot;; it must be the number {version}, without quotes.</translation>
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
        <source>{field} must be a whole number of seconds from 0 to {most}, not {value}.</source>
        <translation>{field} must be a whole number of seconds from 0 to {most}, not {value}.</translation>
    </message>
    <message>
        <source>{field} must be a whole number from 0 to {most}, not {value}.</source>
        <translation>{field} must be a whole number from 0 to {most}, not {value}.</translation>
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
        <source>The pattern has no node {node}.</source>
        <translation>The pattern has no node {node}.</translation>
    </message>
    <message>
        <source>More than {most} ways lead there, too many to list: trace a node further on.</source>
        <translation>More than {most} ways lead there, too many to list: trace a node further on.</translation>
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
        <source>The date {value} is outside the dates calls can be followed on ({first} to {last}).</source>
        <translation>The date {value} is outside the dates calls can be followed on ({first} to {last}).</translation>
    </message>
    <message>
        <source>The call would still be going on after {last}, past the dates calls can be followed on: its ring and wait times add up to too much.</source>
        <translation>The call would still be going on after {last}, past the dates calls can be followed on: its ring and wait times add up to too much.</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>The period ends ({last}) before it starts ({first}).</translation>
    </message>
    <message>
        <source>The period from {first} to {last} is {days} days long; coverage takes at most {most} days (five years) at a time.</source>
        <translation>The period from {first} to {last} is {days} days long; coverage takes at most {most} days (five years) at a time.</translation>
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
    <name>PatternExport</name>
    <message>
        <source>Drawn {date}</source>
        <translation>Drawn {date}</translation>
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
        <translation>Time-out</translation>
    </message>
    <message>
        <source>Ring time</source>
        <translation>Ring time</translation>
    </message>
    <message>
        <source>Longest ring time</source>
        <translation>Longest ring time</translation>
    </message>
    <message>
        <source>Maximum queue time</source>
        <translation>Maximum queue time</translation>
    </message>
    <message>
        <source>Most callers in the queue</source>
        <translation>Most callers in the queue</translation>
    </message>
</context>
<context>
    <name>PatternFindings</name>
    <message>
        <source>The exit &quot;{exit}&quot; leads to &quot;{target}&quot;, which does not exist.</source>
        <translation>The exit &quot;{exit}&quot; leads to &quot;{target}&quot;, which does not exist.</translation>
    </message>
    <message>
        <source>The exit &quot;{exit}&quot; is missing: calls that take it go nowhere.</source>
        <translation>The exit &quot;{exit}&quot; is missing: calls that take it go nowhere.</translation>
    </message>
    <message>
        <source>The member &quot;{member}&quot; is not among the pattern&apos;s members.</source>
        <translation>The member &quot;{member}&quot; is not among the pattern&apos;s members.</translation>
    </message>
    <message>
        <source>The calendar &quot;{calendar}&quot; does not exist.</source>
        <translation>The calendar &quot;{calendar}&quot; does not exist.</translation>
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
        <source>The calendar &quot;{calendar}&quot; does not know the public holidays.</source>
        <translation>The calendar &quot;{calendar}&quot; does not know the public holidays.</translation>
    </message>
    <message>
        <source>Calls to {entry} can be hung up without a message.</source>
        <translation>Calls to {entry} can be hung up without a message.</translation>
    </message>
</context>
<context>
    <name>PatternOutcomes</name>
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
        <source>the call was ended</source>
        <translation>the call was ended</translation>
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
        <source>{member} answered after {seconds} s.</source>
        <translation>{member} answered after {seconds} s.</translation>
    </message>
    <message>
        <source>The call went to voicemail after {seconds} s.</source>
        <translation>The call went to voicemail after {seconds} s.</translation>
    </message>
    <message>
        <source>The call was forwarded to {number} after {seconds} s.</source>
        <translation>The call was forwarded to {number} after {seconds} s.</translation>
    </message>
    <message>
        <source>The call was ended after {seconds} s.</source>
        <translation>The call was ended after {seconds} s.</translation>
    </message>
    <message>
        <source>The call went round in a loop and was stopped after {seconds} s.</source>
        <translation>The call went round in a loop and was stopped after {seconds} s.</translation>
    </message>
    <message>
        <source>After {seconds} s the call came to an exit that leads nowhere.</source>
        <translation>After {seconds} s the call came to an exit that leads nowhere.</translation>
    </message>
</context>
<context>
    <name>PatternSteps</name>
    <message>
        <source>Rang for {members}; {member} answered.</source>
        <translation>Rang for {members}; {member} answered.</translation>
    </message>
    <message>
        <source>No member could take the call, so no phone rang.</source>
        <translation>No member could take the call, so no phone rang.</translation>
    </message>
    <message>
        <source>Rang for {members} for {seconds} s; nobody answered.</source>
        <translation>Rang for {members} for {seconds} s; nobody answered.</translation>
    </message>
    <message>
        <source>Rang for {members}; nobody answered within {seconds} s, so the call went on as overflow.</source>
        <translation>Rang for {members}; nobody answered within {seconds} s, so the call went on as overflow.</translation>
    </message>
    <message>
        <source>No member could take the call; after {seconds} s in the queue it went on as overflow.</source>
        <translation>No member could take the call; after {seconds} s in the queue it went on as overflow.</translation>
    </message>
    <message>
        <source>The message is played.</source>
        <translation>The message is played.</translation>
    </message>
    <message>
        <source>The caller can leave a message ({mailbox}).</source>
        <translation>The caller can leave a message ({mailbox}).</translation>
    </message>
    <message>
        <source>The call is forwarded to {number}.</source>
        <translation>The call is forwarded to {number}.</translation>
    </message>
    <message>
        <source>The call is ended.</source>
        <translation>The call is ended.</translation>
    </message>
    <message>
        <source>{member} answered.</source>
        <translation>{member} answered.</translation>
    </message>
    <message>
        <source>The caller pressed {key}.</source>
        <translation>The caller pressed {key}.</translation>
    </message>
    <message>
        <source>The caller pressed no key.</source>
        <translation>The caller pressed no key.</translation>
    </message>
    <message>
        <source>The caller pressed a key the menu lacks.</source>
        <translation>The caller pressed a key the menu lacks.</translation>
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
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>voicemail</translation>
    </message>
    <message>
        <source>closed day</source>
        <translation>closed day</translation>
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
        <source>after the message</source>
        <translation>after the message</translation>
    </message>
    <message>
        <source>first step</source>
        <translation>first step</translation>
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
        <source>hang up</source>
        <translation>hang up</translation>
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
    <message>
        <source>key {key}</source>
        <translation>key {key}</translation>
    </message>
    <message>
        <source>&quot;{name}&quot;</source>
        <translation>&quot;{name}&quot;</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} and {last}</translation>
    </message>
    <message>
        <source>%Y-%m-%d</source>
        <translation>%Y-%m-%d</translation>
    </message>
    <message>
        <source>%H:%M</source>
        <translation>%H:%M</translation>
    </message>
    <message>
        <source>%m-%d</source>
        <translation>%m-%d</translation>
    </message>
    <message>
        <source>public holiday: {holiday}</source>
        <translation>public holiday: {holiday}</translation>
    </message>
    <message>
        <source>closing day</source>
        <translation>closing day</translation>
    </message>
    <message>
        <source>closed every year</source>
        <translation>closed every year</translation>
    </message>
    <message>
        <source>closed day ({reasons})</source>
        <translation>closed day ({reasons})</translation>
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
        <translation>Current set-up</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Ring pattern</source>
        <translation>Ring pattern</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Newest version</source>
        <translation>Newest version</translation>
    </message>
    <message>
        <source>The check finds</source>
        <translation>The check finds</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Saved by</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>The document cannot be read</source>
        <translation>The document cannot be read</translation>
    </message>
    <message>
        <source>{errors}, {warnings}</source>
        <translation>{errors}, {warnings}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatternsWorkspace</name>
    <message>
        <source>&amp;Open in the editor</source>
        <translation>&amp;Open in the editor</translation>
    </message>
    <message>
        <source>&amp;Import ring pattern…</source>
        <translation>&amp;Import ring pattern…</translation>
    </message>
    <message>
        <source>Kontakt kept changes that were not saved to: {names}. Open the ring pattern to restore or discard them.</source>
        <translation>Kontakt kept changes that were not saved to: {names}. Open the ring pattern to restore or discard them.</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Importing …</translation>
    </message>
    <message numerus="yes">
        <source>%n ring pattern(s) stored.</source>
        <translation>
            <numerusform>%n ring pattern stored.</numerusform>
            <numerusform>%n ring patterns stored.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ring patterns are stored yet.</source>
        <translation>No ring patterns are stored yet.</translation>
    </message>
    <message>
        <source>The ring pattern is no longer stored.</source>
        <translation>The ring pattern is no longer stored.</translation>
    </message>
    <message>
        <source>The ring pattern cannot be opened</source>
        <translation>The ring pattern cannot be opened</translation>
    </message>
</context>
<context>
    <name>PhoneCards</name>
    <message>
        <source>{price} ex. VAT (example)</source>
        <translation>{price} ex. VAT (example)</translation>
    </message>
    <message>
        <source>{price} ex. VAT</source>
        <translation>{price} ex. VAT</translation>
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
        <translation>Security updates end within a year</translation>
    </message>
</context>
<context>
    <name>PhoneComparison</name>
    <message>
        <source>not published</source>
        <translation>not published</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Release date</translation>
    </message>
    <message>
        <source>Security updates until</source>
        <translation>Security updates until</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Screen</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
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
        <translation>Dual SIM</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Price (ex. VAT)</source>
        <translation>Price (ex. VAT)</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Monthly cost</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>Accessories</translation>
    </message>
    <message>
        <source>Notes from IKTNH</source>
        <translation>Notes from IKTNH</translation>
    </message>
    <message>
        <source>Phone models compared</source>
        <translation>Phone models compared</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Differs</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>The prices are examples, not agreement prices.</source>
        <translation>The prices are examples, not agreement prices.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
</context>
<context>
    <name>PhoneModels</name>
    <message>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>Price (ex. VAT)</source>
        <translation>Price (ex. VAT)</translation>
    </message>
    <message>
        <source>Security updates until</source>
        <translation>Security updates until</translation>
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
        <translation>The prices are examples, not IKTNH&apos;s agreement prices.</translation>
    </message>
    <message>
        <source>Security updates end within a year.</source>
        <translation>Security updates end within a year.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>{price} (example)</source>
        <translation>{price} (example)</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>not published</translation>
    </message>
    <message>
        <source>{date} (within a year)</source>
        <translation>{date} (within a year)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The prices are examples, not IKTNH&apos;s agreement prices: IKTNH confirms the price with each order.</source>
        <translation>The prices are examples, not IKTNH&apos;s agreement prices: IKTNH confirms the price with each order.</translation>
    </message>
</context>
<context>
    <name>PhoneOrders</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
</context>
<context>
    <name>PreparednessCommand</name>
    <message>
        <source>preparedness: sites, emergency power, outages and the plan</source>
        <translation>preparedness: sites, emergency power, outages and the plan</translation>
    </message>
    <message>
        <source>find the weak points of sites, paths and patterns</source>
        <translation>find the weak points of sites, paths and patterns</translation>
    </message>
    <message>
        <source>show what callers meet during an outage</source>
        <translation>show what callers meet during an outage</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>the sites register (kontakt.sites JSON or XLSX; default: the database&apos;s)</source>
        <translation>the sites register (kontakt.sites JSON or XLSX; default: the database&apos;s)</translation>
    </message>
    <message>
        <source>ring patterns (default: the database&apos;s newest versions)</source>
        <translation>ring patterns (default: the database&apos;s newest versions)</translation>
    </message>
    <message>
        <source>the number register as CSV (default: the database&apos;s)</source>
        <translation>the number register as CSV (default: the database&apos;s)</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>write JSON to PATH (- for standard output)</source>
        <translation>write JSON to PATH (- for standard output)</translation>
    </message>
    <message>
        <source>write the preparedness plan (Excel) to PATH</source>
        <translation>write the preparedness plan (Excel) to PATH</translation>
    </message>
    <message>
        <source>exit with 1 when a finding is at least this serious</source>
        <translation>exit with 1 when a finding is at least this serious</translation>
    </message>
    <message>
        <source>SITE:MINUTES</source>
        <translation>SITE:MINUTES</translation>
    </message>
    <message>
        <source>a power cut at SITE lasting MINUTES</source>
        <translation>a power cut at SITE lasting MINUTES</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>the network at SITE is down</source>
        <translation>the network at SITE is down</translation>
    </message>
    <message>
        <source>the central data room is down</source>
        <translation>the central data room is down</translation>
    </message>
    <message>
        <source>the mobile network is down</source>
        <translation>the mobile network is down</translation>
    </message>
    <message>
        <source>IKTNH&apos;s telephony platform is down</source>
        <translation>IKTNH&apos;s telephony platform is down</translation>
    </message>
    <message>
        <source>every site&apos;s power and network, and the three global outages</source>
        <translation>every site&apos;s power and network, and the three global outages</translation>
    </message>
    <message>
        <source>without limit</source>
        <translation>without limit</translation>
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
        <translation>Site {site}: emergency power {autonomy}</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>No findings.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s):</source>
        <translation>
            <numerusform>%n finding:</numerusform>
            <numerusform>%n findings:</numerusform>
        </translation>
    </message>
    <message>
        <source>--power: &quot;{value}&quot; is not of the form SITE:MINUTES (such as radhuset:120).</source>
        <translation>--power: &quot;{value}&quot; is not of the form SITE:MINUTES (such as radhuset:120).</translation>
    </message>
    <message>
        <source>{option}: the site &quot;{site}&quot; is not in the sites register (its sites: {known}).</source>
        <translation>{option}: the site &quot;{site}&quot; is not in the sites register (its sites: {known}).</translation>
    </message>
    <message>
        <source>No ring pattern to run the scenario on: give --pattern FILE, or --db with a database that holds one.</source>
        <translation>No ring pattern to run the scenario on: give --pattern FILE, or --db with a database that holds one.</translation>
    </message>
    <message>
        <source>answerable</source>
        <translation>answerable</translation>
    </message>
    <message>
        <source>NOT answerable</source>
        <translation>NOT answerable</translation>
    </message>
    <message numerus="yes">
        <source>Scenario {name}: %n member(s) lost</source>
        <translation>
            <numerusform>Scenario {name}: %n member lost</numerusform>
            <numerusform>Scenario {name}: %n members lost</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost: {members}</source>
        <translation>Lost: {members}</translation>
    </message>
    <message>
        <source>{entry} ({state}, {at}): normally {normal}, during {during}: {verdict}</source>
        <translation>{entry} ({state}, {at}): normally {normal}, during {during}: {verdict}</translation>
    </message>
</context>
<context>
    <name>PreparednessFindings</name>
    <message>
        <source>Site {site}: the hop &quot;{hop}&quot; on the path to the central data room has neither UPS nor generator, so the phones there stop at the first power cut.</source>
        <translation>Site {site}: the hop &quot;{hop}&quot; on the path to the central data room has neither UPS nor generator, so the phones there stop at the first power cut.</translation>
    </message>
    <message>
        <source>Site {site}: emergency power lasts {minutes} min, less than the target of {target} min.</source>
        <translation>Site {site}: emergency power lasts {minutes} min, less than the target of {target} min.</translation>
    </message>
    <message>
        <source>The desk phone {who} at site {site} hangs on the access switch &quot;{hop}&quot;, which gives no PoE.</source>
        <translation>The desk phone {who} at site {site} hangs on the access switch &quot;{hop}&quot;, which gives no PoE.</translation>
    </message>
    <message>
        <source>Site {site} has desk phones or softphones but not enough network points (Wi-Fi does not make up for it).</source>
        <translation>Site {site} has desk phones or softphones but not enough network points (Wi-Fi does not make up for it).</translation>
    </message>
    <message>
        <source>The mobile {member} sits at site {site}, which has no mobile coverage indoors.</source>
        <translation>The mobile {member} sits at site {site}, which has no mobile coverage indoors.</translation>
    </message>
    <message>
        <source>One outage at site {site} silences &quot;{node}&quot;: all its members are desk phones or softphones there.</source>
        <translation>One outage at site {site} silences &quot;{node}&quot;: all its members are desk phones or softphones there.</translation>
    </message>
    <message>
        <source>No route of {entry} in opening hours rings a mobile, whatever the caller presses.</source>
        <translation>No route of {entry} in opening hours rings a mobile, whatever the caller presses.</translation>
    </message>
    <message>
        <source>The site &quot;{site}&quot; is named by {who} but is not in the sites register.</source>
        <translation>The site &quot;{site}&quot; is named by {who} but is not in the sites register.</translation>
    </message>
    <message>
        <source>{entry} cannot be answered in opening hours during: {scenarios}.</source>
        <translation>{entry} cannot be answered in opening hours during: {scenarios}.</translation>
    </message>
    <message>
        <source>The preparedness plan was last reviewed on {date}; a review is due every 12 months.</source>
        <translation>The preparedness plan was last reviewed on {date}; a review is due every 12 months.</translation>
    </message>
    <message>
        <source>The preparedness plan has never been reviewed.</source>
        <translation>The preparedness plan has never been reviewed.</translation>
    </message>
    <message>
        <source>The weakness &quot;{text}&quot; has no decided measure.</source>
        <translation>The weakness &quot;{text}&quot; has no decided measure.</translation>
    </message>
    <message>
        <source>The measure against &quot;{text}&quot; was due on {date}.</source>
        <translation>The measure against &quot;{text}&quot; was due on {date}.</translation>
    </message>
</context>
<context>
    <name>PreparednessFindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
</context>
<context>
    <name>PreparednessPlan</name>
    <message>
        <source>Preparedness plan for telephony</source>
        <translation>Preparedness plan for telephony</translation>
    </message>
    <message>
        <source>Ask IKTNH&apos;s service desk to forward {entry} to a mobile that still works.</source>
        <translation>Ask IKTNH&apos;s service desk to forward {entry} to a mobile that still works.</translation>
    </message>
    <message>
        <source>The platform is down: ask IKTNH&apos;s service desk to set up what can run outside it.</source>
        <translation>The platform is down: ask IKTNH&apos;s service desk to set up what can run outside it.</translation>
    </message>
    <message>
        <source>Nothing: callers still reach someone.</source>
        <translation>Nothing: callers still reach someone.</translation>
    </message>
    <message>
        <source>Nothing new: nobody answers at this time on a normal day either.</source>
        <translation>Nothing new: nobody answers at this time on a normal day either.</translation>
    </message>
    <message>
        <source>generator</source>
        <translation>generator</translation>
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
        <translation>no emergency power</translation>
    </message>
    <message>
        <source>without limit</source>
        <translation>without limit</translation>
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
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Autonomy target</source>
        <translation>Autonomy target</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>IKTNH&apos;s service desk</source>
        <translation>IKTNH&apos;s service desk</translation>
    </message>
    <message>
        <source>ICT contact</source>
        <translation>ICT contact</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Last reviewed</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Next review due</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Autonomy</translation>
    </message>
    <message>
        <source>Network points</source>
        <translation>Network points</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Mobile coverage</source>
        <translation>Mobile coverage</translation>
    </message>
    <message>
        <source>Path to the central data room</source>
        <translation>Path to the central data room</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>Called at</translation>
    </message>
    <message>
        <source>Normally</source>
        <translation>Normally</translation>
    </message>
    <message>
        <source>During the outage</source>
        <translation>During the outage</translation>
    </message>
    <message>
        <source>Answerable</source>
        <translation>Answerable</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Weakness</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Recommended measure</source>
        <translation>Recommended measure</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Measure or reason</source>
        <translation>Measure or reason</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>not decided</translation>
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
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
</context>
<context>
    <name>PreparednessReminders</name>
    <message>
        <source>The measure against &quot;{text}&quot; is due on {date} (owner: {owner}).</source>
        <translation>The measure against &quot;{text}&quot; is due on {date} (owner: {owner}).</translation>
    </message>
    <message>
        <source>The preparedness plan is due for review: the last was on {date}.</source>
        <translation>The preparedness plan is due for review: the last was on {date}.</translation>
    </message>
    <message>
        <source>The preparedness plan has never been reviewed: mark it reviewed.</source>
        <translation>The preparedness plan has never been reviewed: mark it reviewed.</translation>
    </message>
</context>
<context>
    <name>PreparednessWords</name>
    <message>
        <source>measure planned</source>
        <translation>measure planned</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>risk accepted</source>
        <translation>risk accepted</translation>
    </message>
    <message>
        <source>access switch</source>
        <translation>access switch</translation>
    </message>
    <message>
        <source>distribution switch</source>
        <translation>distribution switch</translation>
    </message>
    <message>
        <source>router</source>
        <translation>router</translation>
    </message>
    <message>
        <source>firewall</source>
        <translation>firewall</translation>
    </message>
    <message>
        <source>WAN link</source>
        <translation>WAN link</translation>
    </message>
    <message>
        <source>core switch</source>
        <translation>core switch</translation>
    </message>
    <message>
        <source>Power cut at {site} for {minutes} min</source>
        <translation>Power cut at {site} for {minutes} min</translation>
    </message>
    <message>
        <source>Network down at {site}</source>
        <translation>Network down at {site}</translation>
    </message>
    <message>
        <source>Central data room down</source>
        <translation>Central data room down</translation>
    </message>
    <message>
        <source>Mobile network down</source>
        <translation>Mobile network down</translation>
    </message>
    <message>
        <source>Telephony platform down</source>
        <translation>Telephony platform down</translation>
    </message>
</context>
<context>
    <name>PreparednessWorkspace</name>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Outage scenarios</source>
        <translation>Outage scenarios</translation>
    </message>
    <message>
        <source>Weaknesses and measures</source>
        <translation>Weaknesses and measures</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Preparedness plan</source>
        <translation>Preparedness plan</translation>
    </message>
    <message>
        <source>Add site …</source>
        <translation>Add site …</translation>
    </message>
    <message>
        <source>Edit site …</source>
        <translation>Edit site …</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Remove site</translation>
    </message>
    <message>
        <source>Autonomy target</source>
        <translation>Autonomy target</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Import sites …</source>
        <translation>Import sites …</translation>
    </message>
    <message>
        <source>Export sites …</source>
        <translation>Export sites …</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>S&amp;ite</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Duration</translation>
    </message>
    <message>
        <source>Add weakness …</source>
        <translation>Add weakness …</translation>
    </message>
    <message>
        <source>Decide measure …</source>
        <translation>Decide measure …</translation>
    </message>
    <message>
        <source>Register as weakness</source>
        <translation>Register as weakness</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>IKTNH&apos;s service desk</source>
        <translation>IKTNH&apos;s service desk</translation>
    </message>
    <message>
        <source>Deputy ICT contact</source>
        <translation>Deputy ICT contact</translation>
    </message>
    <message>
        <source>When the platform is down</source>
        <translation>When the platform is down</translation>
    </message>
    <message>
        <source>Export plan (Excel) …</source>
        <translation>Export plan (Excel) …</translation>
    </message>
    <message>
        <source>Export plan (PDF) …</source>
        <translation>Export plan (PDF) …</translation>
    </message>
    <message>
        <source>Power cut at a site</source>
        <translation>Power cut at a site</translation>
    </message>
    <message>
        <source>Network down at a site</source>
        <translation>Network down at a site</translation>
    </message>
    <message>
        <source>Central data room down</source>
        <translation>Central data room down</translation>
    </message>
    <message>
        <source>Mobile network down</source>
        <translation>Mobile network down</translation>
    </message>
    <message>
        <source>Telephony platform down</source>
        <translation>Telephony platform down</translation>
    </message>
    <message>
        <source>Sweep: every outage</source>
        <translation>Sweep: every outage</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Checking …</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Something went wrong: {error}</translation>
    </message>
    <message>
        <source>The plan has never been reviewed.</source>
        <translation>The plan has never been reviewed.</translation>
    </message>
    <message>
        <source>Last reviewed {date} by {who}. The next review is due {due}.</source>
        <translation>Last reviewed {date} by {who}. The next review is due {due}.</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{name}, {address}. Network points: {points}. Wi-Fi: {wifi}. Mobile coverage indoors: {coverage}.</source>
        <translation>{name}, {address}. Network points: {points}. Wi-Fi: {wifi}. Mobile coverage indoors: {coverage}.</translation>
    </message>
    <message>
        <source>enough</source>
        <translation>enough</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>too few</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <source>Simulating calls …</source>
        <translation>Simulating calls …</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n entry number(s) lost</source>
        <translation>
            <numerusform>{name}: %n entry number lost</numerusform>
            <numerusform>{name}: %n entry numbers lost</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost: {members}</source>
        <translation>Lost: {members}</translation>
    </message>
    <message>
        <source>Route normally: {normal}
Route during the outage: {during}</source>
        <translation>Route normally: {normal}
Route during the outage: {during}</translation>
    </message>
    <message>
        <source>Sites register (*.json *.xlsx)</source>
        <translation>Sites register (*.json *.xlsx)</translation>
    </message>
    <message>
        <source>Sites register (*.json)</source>
        <translation>Sites register (*.json)</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
</context>
<context>
    <name>PublicHolidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation>Maundy Thursday</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Easter Sunday</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>Labor Day</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Constitution Day</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>Pentecost</source>
        <translation>Pentecost</translation>
    </message>
    <message>
        <source>Pentecost Monday</source>
        <translation>Pentecost Monday</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <translation>Second Day of Christmas</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>there is no such file or folder</source>
        <translation>there is no such file or folder</translation>
    </message>
    <message>
        <source>you do not have permission</source>
        <translation>you do not have permission</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>your disk quota is used up</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>a part of the path is not a folder</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>the symbolic links go round in a loop</source>
        <translation>the symbolic links go round in a loop</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>the disk reported an input/output error</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>the file is in use</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>too many files are open</translation>
    </message>
    <message>
        <source>the device is not there</source>
        <translation>the device is not there</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>it exists already</translation>
    </message>
    <message>
        <source>the file cannot be moved to another disk</source>
        <translation>the file cannot be moved to another disk</translation>
    </message>
    <message>
        <source>the operating system refused ({code})</source>
        <translation>the operating system refused ({code})</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>a value is missing</translation>
    </message>
    <message>
        <source>a comma is missing</source>
        <translation>a comma is missing</translation>
    </message>
    <message>
        <source>a colon is missing</source>
        <translation>a colon is missing</translation>
    </message>
    <message>
        <source>a name in double quotes is missing</source>
        <translation>a name in double quotes is missing</translation>
    </message>
    <message>
        <source>more text follows the end of the document</source>
        <translation>more text follows the end of the document</translation>
    </message>
    <message>
        <source>a text in quotes is not closed</source>
        <translation>a text in quotes is not closed</translation>
    </message>
    <message>
        <source>a text in quotes holds a control character</source>
        <translation>a text in quotes holds a control character</translation>
    </message>
    <message>
        <source>a \u escape is not valid</source>
        <translation>a \u escape is not valid</translation>
    </message>
    <message>
        <source>a backslash escape is not valid</source>
        <translation>a backslash escape is not valid</translation>
    </message>
    <message>
        <source>the JSON is not valid here</source>
        <translation>the JSON is not valid here</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>Row {row}: the number is empty.</source>
        <translation>Row {row}: the number is empty.</translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a number type (mobile, desk phone, softphone or shared function number).</source>
        <translation>Row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a number type (mobile, desk phone, softphone or shared function number).</translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a valid phone number.</source>
        <translation>Row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a valid phone number.</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>What it holds</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Tested</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
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
    <name>ReviewPage</name>
    <message>
        <source>Check the cases</source>
        <translation>Check the cases</translation>
    </message>
    <message>
        <source>Remove what does not apply and add your own cases, then start the test.</source>
        <translation>Remove what does not apply and add your own cases, then start the test.</translation>
    </message>
    <message>
        <source>&amp;Start the test</source>
        <translation>&amp;Start the test</translation>
    </message>
    <message>
        <source>&amp;Remove the case</source>
        <translation>&amp;Remove the case</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Own case: &amp;what to do</source>
        <translation>Own case: &amp;what to do</translation>
    </message>
    <message>
        <source>e&amp;xpected</source>
        <translation>e&amp;xpected</translation>
    </message>
    <message>
        <source>What is tested</source>
        <translation>What is tested</translation>
    </message>
    <message>
        <source>How to test</source>
        <translation>How to test</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <source>Added by the tester.</source>
        <translation>Added by the tester.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Run the tests</source>
        <translation>Run the tests</translation>
    </message>
    <message>
        <source>What is tested</source>
        <translation>What is tested</translation>
    </message>
    <message>
        <source>How to test</source>
        <translation>How to test</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <source>N&amp;ote (what you observed)</source>
        <translation>N&amp;ote (what you observed)</translation>
    </message>
    <message>
        <source>&amp;Passed</source>
        <translation>&amp;Passed</translation>
    </message>
    <message>
        <source>F&amp;ailed</source>
        <translation>F&amp;ailed</translation>
    </message>
    <message>
        <source>&amp;Cannot test</source>
        <translation>&amp;Cannot test</translation>
    </message>
    <message>
        <source>Previo&amp;us case</source>
        <translation>Previo&amp;us case</translation>
    </message>
    <message>
        <source>Ne&amp;xt case</source>
        <translation>Ne&amp;xt case</translation>
    </message>
    <message>
        <source>&amp;Report to IKTNH&apos;s service desk</source>
        <translation>&amp;Report to IKTNH&apos;s service desk</translation>
    </message>
    <message>
        <source>Case {number} of {total}: {id}</source>
        <translation>Case {number} of {total}: {id}</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>Not tested yet.</translation>
    </message>
    <message>
        <source>{verdict}, recorded {when} by {tester}.</source>
        <translation>{verdict}, recorded {when} by {tester}.</translation>
    </message>
    <message>
        <source>Fault report {number} is made: approve and send it under Change requests.</source>
        <translation>Fault report {number} is made: approve and send it under Change requests.</translation>
    </message>
</context>
<context>
    <name>ScenarioModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>Called at</translation>
    </message>
    <message>
        <source>Normally</source>
        <translation>Normally</translation>
    </message>
    <message>
        <source>During the outage</source>
        <translation>During the outage</translation>
    </message>
    <message>
        <source>Answerable</source>
        <translation>Answerable</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>the catalogues for nn, nb and en are in {folder}</source>
        <translation>the catalogues for nn, nb and en are in {folder}</translation>
    </message>
    <message>
        <source>the {language} catalogue is missing or does not translate (in {folder})</source>
        <translation>the {language} catalogue is missing or does not translate (in {folder})</translation>
    </message>
    <message>
        <source>Kontakt {version}: self-test</source>
        <translation>Kontakt {version}: self-test</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>translations</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>demo data</translation>
    </message>
    <message>
        <source>demo ring pattern</source>
        <translation>demo ring pattern</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>service level</source>
        <translation>service level</translation>
    </message>
    <message>
        <source>preparedness</source>
        <translation>preparedness</translation>
    </message>
    <message>
        <source>main window</source>
        <translation>main window</translation>
    </message>
    <message>
        <source>ok      {check}: {detail}</source>
        <translation>ok      {check}: {detail}</translation>
    </message>
    <message>
        <source>FAILED  {check}: {problem}</source>
        <translation>FAILED  {check}: {problem}</translation>
    </message>
    <message>
        <source>Self-test failed at the check “{check}”.</source>
        <translation>Self-test failed at the check “{check}”.</translation>
    </message>
    <message numerus="yes">
        <source>Self-test passed: %n check(s).</source>
        <translation>
            <numerusform>Self-test passed: %n check.</numerusform>
            <numerusform>Self-test passed: %n checks.</numerusform>
        </translation>
    </message>
    <message>
        <source>a new database in {folder}, migrated to schema version {revision}</source>
        <translation>a new database in {folder}, migrated to schema version {revision}</translation>
    </message>
    <message>
        <source>no employees</source>
        <translation>no employees</translation>
    </message>
    <message>
        <source>no number register</source>
        <translation>no number register</translation>
    </message>
    <message>
        <source>no ring pattern</source>
        <translation>no ring pattern</translation>
    </message>
    <message>
        <source>no phone models</source>
        <translation>no phone models</translation>
    </message>
    <message>
        <source>the demo data is incomplete: {missing}</source>
        <translation>the demo data is incomplete: {missing}</translation>
    </message>
    <message numerus="yes">
        <source>{name} loaded, %n employee(s)</source>
        <translation>
            <numerusform>{name} loaded, %n employee</numerusform>
            <numerusform>{name} loaded, %n employees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: the check finds %n error(s), the first: {first}</source>
        <translation>
            <numerusform>{name}: the check finds %n error, the first: {first}</numerusform>
            <numerusform>{name}: the check finds %n errors, the first: {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} validated and laid out: %n step(s), no errors</source>
        <translation>
            <numerusform>{name} validated and laid out: %n step, no errors</numerusform>
            <numerusform>{name} validated and laid out: %n steps, no errors</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} reads back other than it was written</source>
        <translation>{file} reads back other than it was written</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {file} and read back</source>
        <translation>
            <numerusform>%n row written to {file} and read back</numerusform>
            <numerusform>%n rows written to {file} and read back</numerusform>
        </translation>
    </message>
    <message>
        <source>the demo data holds no call records</source>
        <translation>the demo data holds no call records</translation>
    </message>
    <message>
        <source>no target has calls on {day}</source>
        <translation>no target has calls on {day}</translation>
    </message>
    <message numerus="yes">
        <source>{target}: %n demo call(s) on {day}, {level} % answered within {within} s</source>
        <translation>
            <numerusform>{target}: %n demo call on {day}, {level} % answered within {within} s</numerusform>
            <numerusform>{target}: %n demo calls on {day}, {level} % answered within {within} s</numerusform>
        </translation>
    </message>
    <message>
        <source>the demo data holds no sites register or no ring pattern</source>
        <translation>the demo data holds no sites register or no ring pattern</translation>
    </message>
    <message>
        <source>the outage scenarios try no number of the ring pattern</source>
        <translation>the outage scenarios try no number of the ring pattern</translation>
    </message>
    <message numerus="yes">
        <source>%n outage scenario(s) run over the demo&apos;s sites, {lost} of them leaving a number unanswered in opening hours</source>
        <translation>
            <numerusform>%n outage scenario run over the demo&apos;s sites, {lost} of them leaving a number unanswered in opening hours</numerusform>
            <numerusform>%n outage scenarios run over the demo&apos;s sites, {lost} of them leaving a number unanswered in opening hours</numerusform>
        </translation>
    </message>
    <message>
        <source>the main window did not open</source>
        <translation>the main window did not open</translation>
    </message>
    <message>
        <source>the application icon cannot be drawn</source>
        <translation>the application icon cannot be drawn</translation>
    </message>
    <message>
        <source>Qt&apos;s platform plugin {plugin} is missing in {folder}</source>
        <translation>Qt&apos;s platform plugin {plugin} is missing in {folder}</translation>
    </message>
    <message>
        <source>Qt&apos;s platform plugin {plugin} cannot be loaded: {reason}</source>
        <translation>Qt&apos;s platform plugin {plugin} cannot be loaded: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>the main window opens with %n workspace(s); the icon and {plugin} are there</source>
        <translation>
            <numerusform>the main window opens with %n workspace; the icon and {plugin} are there</numerusform>
            <numerusform>the main window opens with %n workspaces; the icon and {plugin} are there</numerusform>
        </translation>
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
    <name>ServiceLevel</name>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>hung up</source>
        <translation>hung up</translation>
    </message>
    <message>
        <source>overflow</source>
        <translation>overflow</translation>
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
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>all at once</source>
        <translation>all at once</translation>
    </message>
    <message>
        <source>one after another</source>
        <translation>one after another</translation>
    </message>
    <message>
        <source>in turn</source>
        <translation>in turn</translation>
    </message>
    <message>
        <source>{target}, {weekday} {start}–{end}:</source>
        <translation>{target}, {weekday} {start}–{end}:</translation>
    </message>
    <message>
        <source>{level} % answered within {within} s (target {goal} %).</source>
        <translation>{level} % answered within {within} s (target {goal} %).</translation>
    </message>
    <message>
        <source>{rate} % hung up while waiting (at most {goal} %).</source>
        <translation>{rate} % hung up while waiting (at most {goal} %).</translation>
    </message>
    <message>
        <source>{rate} % were answered (at least {goal} %).</source>
        <translation>{rate} % were answered (at least {goal} %).</translation>
    </message>
    <message>
        <source>{members}; Erlang C recommends {agents}.</source>
        <translation>{members}; Erlang C recommends {agents}.</translation>
    </message>
    <message>
        <source>{members}.</source>
        <translation>{members}.</translation>
    </message>
    <message>
        <source>It rings them {strategy}, {ring} s at a time; a caller waits at most {wait} s, then goes to {overflow}.</source>
        <translation>It rings them {strategy}, {ring} s at a time; a caller waits at most {wait} s, then goes to {overflow}.</translation>
    </message>
    <message>
        <source>It rings them {strategy}, {ring} s at a time; with no answer the call goes to {next}.</source>
        <translation>It rings them {strategy}, {ring} s at a time; with no answer the call goes to {next}.</translation>
    </message>
    <message>
        <source>{members}, of whom {ringing} can ring ({absent} marked absent)</source>
        <translation>{members}, of whom {ringing} can ring ({absent} marked absent)</translation>
    </message>
    <message>
        <source>&quot;{name}&quot;</source>
        <translation>&quot;{name}&quot;</translation>
    </message>
    <message>
        <source>nowhere (the call is ended)</source>
        <translation>nowhere (the call is ended)</translation>
    </message>
    <message>
        <source>The ring pattern has no queue or group by this name.</source>
        <translation>The ring pattern has no queue or group by this name.</translation>
    </message>
    <message>
        <source>Erlang C ignores callers who hang up while waiting, so it overstates how many are needed.</source>
        <translation>Erlang C ignores callers who hang up while waiting, so it overstates how many are needed.</translation>
    </message>
    <message numerus="yes">
        <source>The queue has %n member(s)</source>
        <translation>
            <numerusform>The queue has %n member</numerusform>
            <numerusform>The queue has %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The group has %n member(s)</source>
        <translation>
            <numerusform>The group has %n member</numerusform>
            <numerusform>The group has %n members</numerusform>
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
            <numerusform>%n call came on {weekday} {start}–{end} while it was closed.</numerusform>
            <numerusform>%n calls came on {weekday} {start}–{end} while it was closed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening hours then: {state}.</source>
        <translation>Opening hours then: {state}.</translation>
    </message>
</context>
<context>
    <name>ServiceLevelCommand</name>
    <message>
        <source>measure call records against the service-level targets</source>
        <translation>measure call records against the service-level targets</translation>
    </message>
    <message>
        <source>the call records (CSV or XLSX)</source>
        <translation>the call records (CSV or XLSX)</translation>
    </message>
    <message>
        <source>the sheet of an XLSX file (default: the first)</source>
        <translation>the sheet of an XLSX file (default: the first)</translation>
    </message>
    <message>
        <source>read FIELD (start, entry, target, wait_s, talk_s, result, answered_by, caller) from the column HEADER (repeatable)</source>
        <translation>read FIELD (start, entry, target, wait_s, talk_s, result, answered_by, caller) from the column HEADER (repeatable)</translation>
    </message>
    <message>
        <source>read the result VALUE as KIND: answered, abandoned, overflow, voicemail, forwarded or closed (repeatable)</source>
        <translation>read the result VALUE as KIND: answered, abandoned, overflow, voicemail, forwarded or closed (repeatable)</translation>
    </message>
    <message>
        <source>the ring pattern: calendars, queues and groups by name</source>
        <translation>the ring pattern: calendars, queues and groups by name</translation>
    </message>
    <message>
        <source>the target of an entry number or a queue or group, such as Helse=80/20 (repeatable; default 80/20)</source>
        <translation>the target of an entry number or a queue or group, such as Helse=80/20 (repeatable; default 80/20)</translation>
    </message>
    <message>
        <source>callers who hang up sooner are left out of the rates (default 5)</source>
        <translation>callers who hang up sooner are left out of the rates (default 5)</translation>
    </message>
    <message>
        <source>the first date (default: the first call&apos;s)</source>
        <translation>the first date (default: the first call&apos;s)</translation>
    </message>
    <message>
        <source>the last date (default: the last call&apos;s)</source>
        <translation>the last date (default: the last call&apos;s)</translation>
    </message>
    <message>
        <source>write the figures as JSON to PATH (- for standard output)</source>
        <translation>write the figures as JSON to PATH (- for standard output)</translation>
    </message>
    <message>
        <source>write the Excel report to PATH</source>
        <translation>write the Excel report to PATH</translation>
    </message>
    <message>
        <source>exit with 1 when a target is missed</source>
        <translation>exit with 1 when a target is missed</translation>
    </message>
    <message>
        <source>--to {last} is before --from {first}.</source>
        <translation>--to {last} is before --from {first}.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln call(s) from {first} to {last}.</source>
        <translation>
            <numerusform>{file}: %Ln call from {first} to {last}.</numerusform>
            <numerusform>{file}: %Ln calls from {first} to {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>target met</source>
        <translation>target met</translation>
    </message>
    <message>
        <source>target MISSED</source>
        <translation>target MISSED</translation>
    </message>
    <message>
        <source>  {target}: {offered} offered, {level} answered within {within} s (target {goal} %), {answered} answered, {abandoned} abandoned, average wait {asa}: {met}.</source>
        <translation>  {target}: {offered} offered, {level} answered within {within} s (target {goal} %), {answered} answered, {abandoned} abandoned, average wait {asa}: {met}.</translation>
    </message>
    <message>
        <source>Where targets are missed:</source>
        <translation>Where targets are missed:</translation>
    </message>
    <message>
        <source>Calls in closed time:</source>
        <translation>Calls in closed time:</translation>
    </message>
</context>
<context>
    <name>ServiceLevelModels</name>
    <message>
        <source>✔ Met</source>
        <translation>✔ Met</translation>
    </message>
    <message>
        <source>✘ Missed</source>
        <translation>✘ Missed</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>{percent} % within {within} s</source>
        <translation>{percent} % within {within} s</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Traffic (Erlang)</source>
        <translation>Traffic (Erlang)</translation>
    </message>
    <message>
        <source>Agents needed</source>
        <translation>Agents needed</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Queue or group</source>
        <translation>Queue or group</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Answered by</translation>
    </message>
</context>
<context>
    <name>ServiceLevelReport</name>
    <message>
        <source>✔ Met</source>
        <translation>✔ Met</translation>
    </message>
    <message>
        <source>✘ Missed</source>
        <translation>✘ Missed</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Answered within {within} s</source>
        <translation>Answered within {within} s</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>{percent} % within {within} s</source>
        <translation>{percent} % within {within} s</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>Answer rate</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Abandon rate</translation>
    </message>
    <message>
        <source>Short abandons</source>
        <translation>Short abandons</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Service level {period}</source>
        <translation>Service level {period}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Calls in the period</source>
        <translation>Calls in the period</translation>
    </message>
    <message>
        <source>Calls in closed time</source>
        <translation>Calls in closed time</translation>
    </message>
    <message>
        <source>Service level (%) by target</source>
        <translation>Service level (%) by target</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Service level (%)</source>
        <translation>Service level (%)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Within (s)</source>
        <translation>Within (s)</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>90th percentile wait</source>
        <translation>90th percentile wait</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Handle time</translation>
    </message>
    <message>
        <source>Heat map {target}</source>
        <translation>Heat map {target}</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>{target}: service level by hour, target {goal}</source>
        <translation>{target}: service level by hour, target {goal}</translation>
    </message>
    <message>
        <source>✘ marks an hour under the target. Colour: red at 0 %, yellow at the target, green at 100 %. An empty cell had no calls in open time.</source>
        <translation>✘ marks an hour under the target. Colour: red at 0 %, yellow at the target, green at 100 %. An empty cell had no calls in open time.</translation>
    </message>
    <message>
        <source>Misses</source>
        <translation>Misses</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>What the ring pattern does</source>
        <translation>What the ring pattern does</translation>
    </message>
    <message>
        <source>Closed time</source>
        <translation>Closed time</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <source>Traffic (Erlang)</source>
        <translation>Traffic (Erlang)</translation>
    </message>
    <message>
        <source>Agents needed (Erlang C)</source>
        <translation>Agents needed (Erlang C)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>closed day</source>
        <translation>closed day</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>ServiceLevelWorkspace</name>
    <message>
        <source>&amp;Import call records …</source>
        <translation>&amp;Import call records …</translation>
    </message>
    <message>
        <source>Count repeat callers (the numbers themselves are never stored)</source>
        <translation>Count repeat callers (the numbers themselves are never stored)</translation>
    </message>
    <message>
        <source>To count callers who ring more than once, Kontakt keeps a code made from each calling number with a key only this database has; the number cannot be read back from it. Untick to keep nothing about the callers.</source>
        <translation>To count callers who ring more than once, Kontakt keeps a code made from each calling number with a key only this database has; the number cannot be read back from it. Untick to keep nothing about the callers.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Export to Excel …</source>
        <translation>&amp;Export to Excel …</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Heat map</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Week by week</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Green: the target is met. Red, with a cross: missed (darker is further off). Grey: no calls in open time. Click an hour to see its calls.</source>
        <translation>Green: the target is met. Red, with a cross: missed (darker is further off). Grey: no calls in open time. Click an hour to see its calls.</translation>
    </message>
    <message>
        <source>Share answered within the target time, per ISO week (%).</source>
        <translation>Share answered within the target time, per ISO week (%).</translation>
    </message>
    <message>
        <source>Members &amp;marked absent (they cannot ring):</source>
        <translation>Members &amp;marked absent (they cannot ring):</translation>
    </message>
    <message>
        <source>Number or queue/group</source>
        <translation>Number or queue/group</translation>
    </message>
    <message>
        <source>Answered within (%)</source>
        <translation>Answered within (%)</translation>
    </message>
    <message>
        <source>Within (s)</source>
        <translation>Within (s)</translation>
    </message>
    <message>
        <source>Highest abandon rate (%)</source>
        <translation>Highest abandon rate (%)</translation>
    </message>
    <message>
        <source>Lowest answer rate (%)</source>
        <translation>Lowest answer rate (%)</translation>
    </message>
    <message>
        <source>A target applies to calls in open time. Name an entry number or a queue or group (its id or label in the ring pattern). Targets not listed get the defaults: 80 % within 20 s, at most 5 % abandoned, at least 90 % answered.</source>
        <translation>A target applies to calls in open time. Name an entry number or a queue or group (its id or label in the ring pattern). Targets not listed get the defaults: 80 % within 20 s, at most 5 % abandoned, at least 90 % answered.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save targets</source>
        <translation>Save targets</translation>
    </message>
    <message>
        <source>No call records are imported yet.</source>
        <translation>No call records are imported yet.</translation>
    </message>
    <message>
        <source>Open call records</source>
        <translation>Open call records</translation>
    </message>
    <message>
        <source>Call records (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Call records (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Importing {file} …</source>
        <translation>Importing {file} …</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>The import was cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>The call records cannot be used: {problem}</source>
        <translation>The call records cannot be used: {problem}</translation>
    </message>
    <message>
        <source>There is no municipality to import for. Set it up first (File ▸ Settings).</source>
        <translation>There is no municipality to import for. Set it up first (File ▸ Settings).</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation>Something went wrong: {problem}</translation>
    </message>
    <message>
        <source>Export the service level</source>
        <translation>Export the service level</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>Exporting …</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Saved {file}.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln call(s) from {first} to {last}.</source>
        <translation>
            <numerusform>{file}: %Ln call from {first} to {last}.</numerusform>
            <numerusform>{file}: %Ln calls from {first} to {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where targets are missed:</source>
        <translation>Where targets are missed:</translation>
    </message>
    <message>
        <source>Calls in closed time:</source>
        <translation>Calls in closed time:</translation>
    </message>
    <message>
        <source>Week {week} {year}</source>
        <translation>Week {week} {year}</translation>
    </message>
    <message>
        <source>What the ring pattern did then: {text}</source>
        <translation>What the ring pattern did then: {text}</translation>
    </message>
    <message>
        <source>No ring pattern to compare with.</source>
        <translation>No ring pattern to compare with.</translation>
    </message>
    <message>
        <source>Row {row} of the targets: write the figures as numbers.</source>
        <translation>Row {row} of the targets: write the figures as numbers.</translation>
    </message>
    <message>
        <source>Row {row} of the targets: a percentage is between 0 and 100.</source>
        <translation>Row {row} of the targets: a percentage is between 0 and 100.</translation>
    </message>
    <message>
        <source>The targets are saved.</source>
        <translation>The targets are saved.</translation>
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
        <source>A team database on a PostgreSQL server, used from the next start. Empty: this computer&apos;s own database. A password given here is kept in the keyring, never in the settings.</source>
        <translation>A team database on a PostgreSQL server, used from the next start. Empty: this computer&apos;s own database. A password given here is kept in the keyring, never in the settings.</translation>
    </message>
    <message>
        <source>Team data&amp;base:</source>
        <translation>Team data&amp;base:</translation>
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
        <source>There is no keyring to keep the database password in. Leave it out of the address and put it in the file .pgpass in your home folder.</source>
        <translation>There is no keyring to keep the database password in. Leave it out of the address and put it in the file .pgpass in your home folder.</translation>
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
    <name>SimulationPanel</name>
    <message>
        <source>&amp;Number called:</source>
        <translation>&amp;Number called:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <source>&amp;Keys pressed:</source>
        <translation>&amp;Keys pressed:</translation>
    </message>
    <message>
        <source>for example 1 or 2*</source>
        <translation>for example 1 or 2*</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simulate</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
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
        <translation>Site</translation>
    </message>
    <message>
        <source>Enough network points</source>
        <translation>Enough network points</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>UPS (min)</source>
        <translation>UPS (min)</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <source>PoE</source>
        <translation>PoE</translation>
    </message>
    <message>
        <source>Add hop</source>
        <translation>Add hop</translation>
    </message>
    <message>
        <source>Remove hop</source>
        <translation>Remove hop</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>Site id</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Mobile coverage indoors</source>
        <translation>Mobile coverage indoors</translation>
    </message>
    <message>
        <source>Path to the central data room</source>
        <translation>Path to the central data room</translation>
    </message>
</context>
<context>
    <name>SitesErrors</name>
    <message>
        <source>{file}: this is not JSON ({reason}).</source>
        <translation>{file}: this is not JSON ({reason}).</translation>
    </message>
    <message>
        <source>{file}: this is not a sites register (the &quot;format&quot; is not &quot;kontakt.sites&quot;).</source>
        <translation>{file}: this is not a sites register (the &quot;format&quot; is not &quot;kontakt.sites&quot;).</translation>
    </message>
    <message>
        <source>{file}: version {value} of the sites register is not known (1 is).</source>
        <translation>{file}: version {value} of the sites register is not known (1 is).</translation>
    </message>
    <message>
        <source>{file}, {field}: {expected}, not {value}.</source>
        <translation>{file}, {field}: {expected}, not {value}.</translation>
    </message>
    <message>
        <source>{file}, {field}: missing ({expected}).</source>
        <translation>{file}, {field}: missing ({expected}).</translation>
    </message>
    <message>
        <source>{file}, {field}: the site id &quot;{value}&quot; is given twice.</source>
        <translation>{file}, {field}: the site id &quot;{value}&quot; is given twice.</translation>
    </message>
    <message>
        <source>{file}: the file is larger than {limit} MB; a sites register is far smaller.</source>
        <translation>{file}: the file is larger than {limit} MB; a sites register is far smaller.</translation>
    </message>
    <message>
        <source>{file}: the file cannot be read ({reason}).</source>
        <translation>{file}: the file cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>expected a text</translation>
    </message>
    <message>
        <source>expected a site id (a text that is not empty)</source>
        <translation>expected a site id (a text that is not empty)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected whole minutes from 0 to 100 000</source>
        <translation>expected whole minutes from 0 to 100 000</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>expected a list</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>expected good, weak or none</source>
        <translation>expected good, weak or none</translation>
    </message>
    <message>
        <source>{file}: no column for the site id (such as &quot;site&quot; or &quot;lokasjon&quot;).</source>
        <translation>{file}: no column for the site id (such as &quot;site&quot; or &quot;lokasjon&quot;).</translation>
    </message>
    <message>
        <source>{file}: the sheet has no rows with a site id.</source>
        <translation>{file}: the sheet has no rows with a site id.</translation>
    </message>
    <message>
        <source>{file}, row {row}, column &quot;{column}&quot;: {expected}, not &quot;{value}&quot;.</source>
        <translation>{file}, row {row}, column &quot;{column}&quot;: {expected}, not &quot;{value}&quot;.</translation>
    </message>
</context>
<context>
    <name>SitesModel</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Emergency power</source>
        <translation>Emergency power</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>without limit</source>
        <translation>without limit</translation>
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
        <source>You ({user}) are not set up for municipality {number} in this database. Its ICT contact can set you up: kontakt users add {user} --role deputy --kommune {number}</source>
        <translation>You ({user}) are not set up for municipality {number} in this database. Its ICT contact can set you up: kontakt users add {user} --role deputy --kommune {number}</translation>
    </message>
    <message>
        <source>You ({user}) are set up as {role} for municipality {number}: a {role} may read, but not change or approve. Nothing was changed.</source>
        <translation>You ({user}) are set up as {role} for municipality {number}: a {role} may read, but not change or approve. Nothing was changed.</translation>
    </message>
    <message>
        <source>You ({user}) are set up as {role} for municipality {number}: only its ICT contact may set up users. Nothing was changed.</source>
        <translation>You ({user}) are set up as {role} for municipality {number}: only its ICT contact may set up users. Nothing was changed.</translation>
    </message>
    <message>
        <source>The connection to the database {url} was lost while saving: {reason}. Nothing of this save was kept. Try again.</source>
        <translation>The connection to the database {url} was lost while saving: {reason}. Nothing of this save was kept. Try again.</translation>
    </message>
    <message>
        <source>The database {url} has no municipality with the number {number}. It has: {known}.</source>
        <translation>The database {url} has no municipality with the number {number}. It has: {known}.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>&amp;Close the run</source>
        <translation>&amp;Close the run</translation>
    </message>
    <message>
        <source>E&amp;xport the test protocol…</source>
        <translation>E&amp;xport the test protocol…</translation>
    </message>
    <message>
        <source>{title}, tested by {tester}.</source>
        <translation>{title}, tested by {tester}.</translation>
    </message>
    <message>
        <source>Every case passed: the change is verified.</source>
        <translation>Every case passed: the change is verified.</translation>
    </message>
    <message>
        <source>Some cases failed: report them to IKTNH&apos;s service desk.</source>
        <translation>Some cases failed: report them to IKTNH&apos;s service desk.</translation>
    </message>
</context>
<context>
    <name>TestProtocol</name>
    <message>
        <source>Test protocol: {title}</source>
        <translation>Test protocol: {title}</translation>
    </message>
    <message>
        <source>Verified: every case passed.</source>
        <translation>Verified: every case passed.</translation>
    </message>
    <message>
        <source>Not verified: some cases failed.</source>
        <translation>Not verified: some cases failed.</translation>
    </message>
    <message>
        <source>Not verified yet: some cases are not passed.</source>
        <translation>Not verified yet: some cases are not passed.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Tested by</source>
        <translation>Tested by</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Place and date</translation>
    </message>
    <message>
        <source>Signature of the tester</source>
        <translation>Signature of the tester</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>What is tested</source>
        <translation>What is tested</translation>
    </message>
    <message>
        <source>How to test</source>
        <translation>How to test</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
</context>
<context>
    <name>TracePanel</name>
    <message>
        <source>Trace back the &amp;chosen card</source>
        <translation>Trace back the &amp;chosen card</translation>
    </message>
    <message>
        <source>Trace back the &amp;member</source>
        <translation>Trace back the &amp;member</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>Next time</translation>
    </message>
    <message>
        <source>Choose one card on the canvas to trace back.</source>
        <translation>Choose one card on the canvas to trace back.</translation>
    </message>
    <message>
        <source>Tracing …</source>
        <translation>Tracing …</translation>
    </message>
    <message>
        <source>The trace failed: {error}</source>
        <translation>The trace failed: {error}</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>who may work on which municipality, as what</source>
        <translation>who may work on which municipality, as what</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>set a user up for a municipality (only its ICT contact may)</source>
        <translation>set a user up for a municipality (only its ICT contact may)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>the user&apos;s login name on their computer</source>
        <translation>the user&apos;s login name on their computer</translation>
    </message>
    <message>
        <source>the municipality (default: the one in use)</source>
        <translation>the municipality (default: the one in use)</translation>
    </message>
    <message>
        <source>the users of the municipalities you may read</source>
        <translation>the users of the municipalities you may read</translation>
    </message>
    <message>
        <source>write JSON</source>
        <translation>write JSON</translation>
    </message>
    <message>
        <source>the stored versions of a ring pattern: who saved when</source>
        <translation>the stored versions of a ring pattern: who saved when</translation>
    </message>
    <message>
        <source>the ring pattern&apos;s id</source>
        <translation>the ring pattern&apos;s id</translation>
    </message>
    <message>
        <source>There is no municipality in the database.</source>
        <translation>There is no municipality in the database.</translation>
    </message>
    <message>
        <source>{user} is {role} for municipality {number}.</source>
        <translation>{user} is {role} for municipality {number}.</translation>
    </message>
    <message>
        <source>There is no ring pattern {key}.</source>
        <translation>There is no ring pattern {key}.</translation>
    </message>
    <message>
        <source>{by} saved version {newest} of {key} at {when}, after the version you started from. Nothing was saved over it: your file is kept as the new draft version {kept}.</source>
        <translation>{by} saved version {newest} of {key} at {when}, after the version you started from. Nothing was saved over it: your file is kept as the new draft version {kept}.</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>&amp;Compare with the current set-up</source>
        <translation>&amp;Compare with the current set-up</translation>
    </message>
    <message>
        <source>&amp;Order this change…</source>
        <translation>&amp;Order this change…</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>&amp;New version</translation>
    </message>
    <message>
        <source>Store the pattern as a new draft version; later saves update that one.</source>
        <translation>Store the pattern as a new draft version; later saves update that one.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>Ordered by</translation>
    </message>
    <message>
        <source>Changes from the current set-up</source>
        <translation>Changes from the current set-up</translation>
    </message>
    <message>
        <source>Change request {number} ({state})</source>
        <translation>Change request {number} ({state})</translation>
    </message>
    <message>
        <source>{status} (open here)</source>
        <translation>{status} (open here)</translation>
    </message>
    <message>
        <source>The comparison failed: {error}</source>
        <translation>The comparison failed: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the current set-up:</source>
        <translation>
            <numerusform>%n change from the current set-up:</numerusform>
            <numerusform>%n changes from the current set-up:</numerusform>
        </translation>
    </message>
    <message>
        <source>The same as the current set-up.</source>
        <translation>The same as the current set-up.</translation>
    </message>
    <message>
        <source>Nothing to order</source>
        <translation>Nothing to order</translation>
    </message>
    <message>
        <source>There is no draft to order: change the ring pattern first.</source>
        <translation>There is no draft to order: change the ring pattern first.</translation>
    </message>
    <message>
        <source>The change cannot be ordered</source>
        <translation>The change cannot be ordered</translation>
    </message>
    <message>
        <source>Change ordered</source>
        <translation>Change ordered</translation>
    </message>
    <message>
        <source>Change request {number} is made as a draft: approve it under Change requests to send it to IKTNH. Further edits go into a new draft version.</source>
        <translation>Change request {number} is made as a draft: approve it under Change requests to send it to IKTNH. Further edits go into a new draft version.</translation>
    </message>
</context>
<context>
    <name>WeaknessDialog</name>
    <message>
        <source>Weakness and measure</source>
        <translation>Weakness and measure</translation>
    </message>
    <message>
        <source>site ids or entry numbers, with commas</source>
        <translation>site ids or entry numbers, with commas</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>not decided</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Weakness</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Recommended measure</source>
        <translation>Recommended measure</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Reason (risk accepted)</source>
        <translation>Reason (risk accepted)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>WeaknessModel</name>
    <message>
        <source>Weakness</source>
        <translation>Weakness</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>not decided</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>partly open: {periods}</source>
        <translation>partly open: {periods}</translation>
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
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>Preparedness</source>
        <translation>Preparedness</translation>
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
        <source>Measure how quickly calls are answered against the municipality&apos;s target figures, from the call records the telephony platform exports: when the targets are missed, what the ring pattern does then, and how many people it would take to meet them.</source>
        <translation>Measure how quickly calls are answered against the municipality&apos;s target figures, from the call records the telephony platform exports: when the targets are missed, what the ring pattern does then, and how many people it would take to meet them.</translation>
    </message>
    <message>
        <source>Approve change requests with your key and follow them until IKTNH has carried them out. Requests wait safely in the outbox while you are offline.</source>
        <translation>Approve change requests with your key and follow them until IKTNH has carried them out. Requests wait safely in the outbox while you are offline.</translation>
    </message>
    <message>
        <source>This workspace is not ready yet. It comes in a later version of Kontakt.</source>
        <translation>This workspace is not ready yet. It comes in a later version of Kontakt.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone model(s) are stored.</source>
        <translation>
            <numerusform>%n phone model is stored.</numerusform>
            <numerusform>%n phone models are stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test run(s) are stored.</source>
        <translation>
            <numerusform>%n test run is stored.</numerusform>
            <numerusform>%n test runs are stored.</numerusform>
        </translation>
    </message>
</context>
</TS>
