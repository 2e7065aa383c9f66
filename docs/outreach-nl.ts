<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>ContactWarningBar</name>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>Deze melding verbergen</translation>
    </message>
    <message numerus="yes">
        <source>You wrote to {name} %n day(s) ago ({date}).</source>
        <translation><numerusform>Je schreef {name} %n dag geleden ({date}).</numerusform><numerusform>Je schreef {name} %n dagen geleden ({date}).</numerusform></translation>
    </message>
    <message>
        <source>Your InMail to {name} of {date} is still unanswered: LinkedIn allows no second InMail until they respond, and in Sales Navigator it costs another credit.</source>
        <translation>Je InMail aan {name} van {date} is nog onbeantwoord: LinkedIn staat geen tweede InMail toe tot er antwoord is, en in Sales Navigator kost die nog een credit.</translation>
    </message>
    <message>
        <source>{name} declined your message of {date}.</source>
        <translation>{name} heeft je bericht van {date} afgewezen.</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n dag</numerusform><numerusform>%n dagen</numerusform></translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>Write a follow-up</source>
        <translation>Vervolgbericht schrijven</translation>
    </message>
    <message>
        <source>Show what was sent</source>
        <translation>Tonen wat is verzonden</translation>
    </message>
    <message numerus="yes">
        <source>%n people are due a follow-up: no answer, and nothing sent since.</source>
        <translation><numerusform>%n persoon wacht op een vervolgbericht: geen antwoord, en sindsdien niets verzonden.</numerusform><numerusform>%n personen wachten op een vervolgbericht: geen antwoord, en sindsdien niets verzonden.</numerusform></translation>
    </message>
    <message>
        <source>Nobody is due a follow-up.</source>
        <translation>Niemand wacht op een vervolgbericht.</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up delay: %n day(s).</source>
        <translation><numerusform>Wachttijd voor een vervolgbericht: %n dag.</numerusform><numerusform>Wachttijd voor een vervolgbericht: %n dagen.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportButton</name>
    <message>
        <source>Import LinkedIn data…</source>
        <translation>LinkedIn-gegevens importeren…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <source>The .zip LinkedIn e-mails you from Settings → Data privacy → Get a copy of your data (or a .csv in its unpacked folder)</source>
        <translation>De .zip die LinkedIn je mailt via Instellingen → Gegevensprivacy → Een kopie van je gegevens downloaden (of een .csv in de uitgepakte map)</translation>
    </message>
    <message>
        <source>Import LinkedIn's data export</source>
        <translation>Gegevensexport van LinkedIn importeren</translation>
    </message>
    <message>
        <source>LinkedIn data export (*.zip *.csv)</source>
        <translation>Gegevensexport van LinkedIn (*.zip *.csv)</translation>
    </message>
    <message>
        <source>LinkedIn data imported</source>
        <translation>LinkedIn-gegevens geïmporteerd</translation>
    </message>
    <message>
        <source>LinkedIn data not imported</source>
        <translation>LinkedIn-gegevens niet geïmporteerd</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) in the log</source>
        <translation><numerusform>%n nieuw bericht in het logboek</numerusform><numerusform>%n nieuwe berichten in het logboek</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation><numerusform>%n stond er al</numerusform><numerusform>%n stonden er al</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n connection request(s)</source>
        <translation><numerusform>%n connectieverzoek</numerusform><numerusform>%n connectieverzoeken</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation><numerusform>%n geaccepteerd</numerusform><numerusform>%n geaccepteerd</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) you started</source>
        <translation><numerusform>%n gesprek dat je begon</numerusform><numerusform>%n gesprekken die je begon</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n replied</source>
        <translation><numerusform>%n beantwoord</numerusform><numerusform>%n beantwoord</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation><numerusform>%n regel overgeslagen:</numerusform><numerusform>%n regels overgeslagen:</numerusform></translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <source>Search a person or the text</source>
        <translation>Zoek een persoon of tekst</translation>
    </message>
    <message>
        <source>All lists</source>
        <translation>Alle lijsten</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>Alle sjablonen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle uitkomsten</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Afgelopen 90 dagen</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Altijd</translation>
    </message>
</context>
<context>
    <name>Outreach</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Geen antwoord</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>InMail Studio</source>
        <translation>InMail Studio</translation>
    </message>
    <message>
        <source>LinkedIn data export</source>
        <translation>Gegevensexport van LinkedIn</translation>
    </message>
    <message>
        <source>{detail} does not exist.</source>
        <translation>{detail} bestaat niet.</translation>
    </message>
    <message>
        <source>{detail} is not a folder or .zip from LinkedIn.</source>
        <translation>{detail} is geen map of .zip van LinkedIn.</translation>
    </message>
    <message>
        <source>{detail} holds neither Invitations.csv nor messages.csv.</source>
        <translation>{detail} bevat geen Invitations.csv en geen messages.csv.</translation>
    </message>
    <message>
        <source>A file lacks the columns it needs ({detail}).</source>
        <translation>Een bestand mist kolommen die nodig zijn ({detail}).</translation>
    </message>
    <message>
        <source>A file of the export cannot be read ({detail}).</source>
        <translation>Een bestand van de export kan niet worden gelezen ({detail}).</translation>
    </message>
    <message>
        <source>That message is no longer in the log.</source>
        <translation>Dat bericht staat niet meer in het logboek.</translation>
    </message>
    <message>
        <source>That is not an outcome the log knows.</source>
        <translation>Die uitkomst kent het logboek niet.</translation>
    </message>
    <message>
        <source>That is not a kind of message the log knows.</source>
        <translation>Die soort bericht kent het logboek niet.</translation>
    </message>
    <message>
        <source>There is no change to undo for this message.</source>
        <translation>Er is voor dit bericht niets om ongedaan te maken.</translation>
    </message>
    <message>
        <source>Only a connection request can be accepted.</source>
        <translation>Alleen een connectieverzoek kan worden geaccepteerd.</translation>
    </message>
    <message>
        <source>{file}, line {line}: not readable as CSV</source>
        <translation>{file}, regel {line}: niet leesbaar als CSV</translation>
    </message>
    <message>
        <source>{file}, line {line}: over 1,000,000 characters long</source>
        <translation>{file}, regel {line}: langer dan 1.000.000 tekens</translation>
    </message>
    <message>
        <source>{file}, line {line}: not a date: {value}</source>
        <translation>{file}, regel {line}: geen datum: {value}</translation>
    </message>
    <message>
        <source>{file}, line {line}: nobody named</source>
        <translation>{file}, regel {line}: geen persoon genoemd</translation>
    </message>
    <message>
        <source>{file}, line {line}: neither OUTGOING nor INCOMING: {value}</source>
        <translation>{file}, regel {line}: OUTGOING noch INCOMING: {value}</translation>
    </message>
</context>
<context>
    <name>OutreachSettingsBox</name>
    <message>
        <source>Follow-ups and contact memory</source>
        <translation>Vervolgberichten en contactgeheugen</translation>
    </message>
    <message>
        <source>Follow up a pending %1 after</source>
        <translation>Vervolgbericht bij een openstaande %1 na</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Warn when you wrote to someone in the last</source>
        <translation>Waarschuwen als je iemand schreef in de afgelopen</translation>
    </message>
</context>
<context>
    <name>SentActionsBar</name>
    <message>
        <source>Replied</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>The connection request was accepted</source>
        <translation>Het connectieverzoek is geaccepteerd</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Nog geen antwoord</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Forget this person…</source>
        <translation>Deze persoon vergeten…</translation>
    </message>
    <message>
        <source>Remove every message to them from the log, for good</source>
        <translation>Alle berichten aan deze persoon voorgoed uit het logboek verwijderen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation><numerusform>%n bericht</numerusform><numerusform>%n berichten</numerusform></translation>
    </message>
</context>
<context>
    <name>SentDetail</name>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Choose a message to see what was sent.</source>
        <translation>Kies een bericht om te zien wat er is verzonden.</translation>
    </message>
    <message>
        <source>Sent without a note.</source>
        <translation>Verzonden zonder notitie.</translation>
    </message>
</context>
<context>
    <name>SentTab</name>
    <message>
        <source>Outcome not saved</source>
        <translation>Uitkomst niet opgeslagen</translation>
    </message>
    <message>
        <source>Nothing undone</source>
        <translation>Niets ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Export the sent messages</source>
        <translation>Verzonden berichten exporteren</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV voor spreadsheets (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Remove every message to %1 from the log? This cannot be undone.</source>
        <translation>Alle berichten aan %1 uit het logboek verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation>Deze persoon vergeten</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergeten</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Nothing forgotten</source>
        <translation>Niets vergeten</translation>
    </message>
</context>
</TS>