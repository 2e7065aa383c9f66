<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ChartCard</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Opslaan als PNG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved there.</source>
        <translation>De grafiek kon daar niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <source>This looks empty: too short, or a stand-in such as “n/a”, to be a detail about this person. Write something that is theirs (a project, a post, a challenge); until then the text shows a placeholder.</source>
        <translation>Dit lijkt leeg: te kort, of een opvulling zoals “n.v.t.”, om iets over deze persoon te zeggen. Schrijf iets wat echt van hen is (een project, een post, een uitdaging); tot dan staat er een invulveld in de tekst.</translation>
    </message>
    <message>
        <source>%1: looks empty</source>
        <translation>%1: lijkt leeg</translation>
    </message>
    <message>
        <source>Nothing to fix; this message has been sent.</source>
        <translation>Niets te verbeteren; dit bericht is al verzonden.</translation>
    </message>
    <message>
        <source>Message score</source>
        <translation>Score van het bericht</translation>
    </message>
    <message>
        <source>Start typing or pick a template.</source>
        <translation>Begin te typen of kies een sjabloon.</translation>
    </message>
    <message>
        <source>Coach findings</source>
        <translation>Opmerkingen van de coach</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coach&lt;/b&gt;</source>
        <translation>&lt;b&gt;Coach&lt;/b&gt;</translation>
    </message>
    <message>
        <source>1 ask</source>
        <translation>1 verzoek</translation>
    </message>
    <message numerus="yes">
        <source>%n asks</source>
        <translation>
            <numerusform>%n verzoek</numerusform>
            <numerusform>%n verzoeken</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject: </source>
        <translation>Onderwerp: </translation>
    </message>
    <message>
        <source>Must fix (%n)</source>
        <translation>Moet anders (%n)</translation>
    </message>
    <message>
        <source>Should fix (%n)</source>
        <translation>Kan beter (%n)</translation>
    </message>
    <message>
        <source>Tips (%n)</source>
        <translation>Tips (%n)</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>heel makkelijk</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>makkelijk</translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation>vrij makkelijk</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <source>fairly hard</source>
        <translation>vrij moeilijk</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>moeilijk</translation>
    </message>
    <message>
        <source>very hard</source>
        <translation>heel moeilijk</translation>
    </message>
    <message>
        <source>Reading ease: 0 is very hard, 100 very easy (Flesch; Flesch-Douma for Dutch).</source>
        <translation>Leesgemak: 0 is heel moeilijk, 100 heel makkelijk (Flesch; Flesch-Douma voor Nederlands).</translation>
    </message>
    <message numerus="yes">
        <source>To fill in (%n)</source>
        <translation>
            <numerusform>Nog invullen (%n)</numerusform>
            <numerusform>Nog invullen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not filled in yet</source>
        <translation>%1: nog niet ingevuld</translation>
    </message>
    <message>
        <source>Fill it in in the form below the message.</source>
        <translation>Vul het in het formulier onder het bericht in.</translation>
    </message>
    <message>
        <source>Nothing to fix: this message is ready to send.</source>
        <translation>Niets meer te verbeteren: dit bericht is klaar om te versturen.</translation>
    </message>
    <message numerus="yes">
        <source>Good (%n)</source>
        <translation>
            <numerusform>Goed (%n)</numerusform>
            <numerusform>Goed (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal: “%1”</source>
        <translation>Persoonlijk: “%1”</translation>
    </message>
    <message>
        <source>reading ease %1 of 100 (%2)</source>
        <translation>leesgemak %1 van 100 (%2)</translation>
    </message>
    <message>
        <source>1 detail to fill in</source>
        <translation>nog 1 gegeven invullen</translation>
    </message>
    <message numerus="yes">
        <source>%n details to fill in</source>
        <translation>
            <numerusform>nog %n gegeven invullen</numerusform>
            <numerusform>nog %n gegevens invullen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Pick a finding to see how to fix it and why.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kies een opmerking om te zien hoe je het oplost en waarom.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;How to fix:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Zo los je het op:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Waarom:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The coach counted this as a detail about this reader: it shows the message was written for them, not for a list. Check that it is really theirs.</source>
        <translation>De coach telt dit als iets over deze lezer: het laat zien dat het bericht voor hem of haar is geschreven, niet voor een lijst. Kijk na of het echt over deze persoon gaat.</translation>
    </message>
    <message>
        <source>Still empty for this message. Fill it in in the form below the message; until then the text shows a placeholder, and copying it or marking it sent asks first.</source>
        <translation>Nog leeg voor dit bericht. Vul het in het formulier onder het bericht in; tot dan staat er een invulveld in de tekst, en vraagt kopiëren of markeren als verzonden eerst of je het zeker weet.</translation>
    </message>
</context>
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
    <message>
        <source>You wrote to {name} today ({date}).</source>
        <translation>Je schreef {name} vandaag ({date}).</translation>
    </message>
    <message numerus="yes">
        <source>You wrote to {name} %n day(s) ago ({date}).</source>
        <translation>
            <numerusform>Je schreef {name} %n dag geleden ({date}).</numerusform>
            <numerusform>Je schreef {name} %n dagen geleden ({date}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your InMail to {name} of {date} is still unanswered: on LinkedIn this follow-up can go in that conversation only once they respond (in Sales Navigator a follow-up InMail costs another credit). Until then, send it another way: a connection request or e-mail.</source>
        <translation>Je InMail aan {name} van {date} is nog onbeantwoord: op LinkedIn kan dit vervolgbericht pas in dat gesprek als er antwoord is (in Sales Navigator kost een vervolg-InMail nog een credit). Stuur het tot dan op een andere manier: met een connectieverzoek of per e-mail.</translation>
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
    <name>DraftSession</name>
    <message>
        <source>%s (copy)</source>
        <translation>%s (kopie)</translation>
    </message>
    <message>
        <source>%s (from a second window)</source>
        <translation>%s (uit een tweede venster)</translation>
    </message>
    <message>
        <source>This draft was changed in another InMail Studio window. Your text here was kept as a separate draft, “%s”; the other version is unchanged.</source>
        <translation>Dit concept is in een ander venster van InMail Studio gewijzigd. Je tekst hier is bewaard als apart concept, ‘%s’; de andere versie is niet veranderd.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Untitled draft</source>
        <translation>Naamloos concept</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <source>Rename draft</source>
        <translation>Naam van concept wijzigen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n persoon wacht op een vervolgbericht: geen antwoord, en sindsdien niets verzonden.</numerusform>
            <numerusform>%n personen wachten op een vervolgbericht: geen antwoord, en sindsdien niets verzonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is due a follow-up.</source>
        <translation>Niemand wacht op een vervolgbericht.</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up delay: %n day(s).</source>
        <translation>
            <numerusform>Wachttijd voor een vervolgbericht: %n dag.</numerusform>
            <numerusform>Wachttijd voor een vervolgbericht: %n dagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditedBanner</name>
    <message>
        <source>You edited the text by hand, so the prospect form no longer changes it.</source>
        <translation>Je hebt de tekst zelf aangepast, dus het prospectformulier verandert hem niet meer.</translation>
    </message>
    <message>
        <source>Re-apply template</source>
        <translation>Sjabloon opnieuw toepassen</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <source>&lt;b&gt;Message&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bericht&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Message kind</source>
        <translation>Soort bericht</translation>
    </message>
    <message>
        <source>Message language</source>
        <translation>Taal van het bericht</translation>
    </message>
    <message>
        <source>Detect language</source>
        <translation>Taal herkennen</translation>
    </message>
</context>
<context>
    <name>GroupRates</name>
    <message>
        <source>&lt;b&gt;Reply rates by&lt;/b&gt;</source>
        <translation>&lt;b&gt;Antwoordpercentages per&lt;/b&gt;</translation>
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
        <source>Import LinkedIn&apos;s data export</source>
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
        <translation>
            <numerusform>%n nieuw bericht in het logboek</numerusform>
            <numerusform>%n nieuwe berichten in het logboek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n stond er al</numerusform>
            <numerusform>%n stonden er al</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection request(s)</source>
        <translation>
            <numerusform>%n connectieverzoek</numerusform>
            <numerusform>%n connectieverzoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n geaccepteerd</numerusform>
            <numerusform>%n geaccepteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) you started</source>
        <translation>
            <numerusform>%n gesprek dat je begon</numerusform>
            <numerusform>%n gesprekken die je begon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replied</source>
        <translation>
            <numerusform>%n beantwoord</numerusform>
            <numerusform>%n beantwoord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>%n regel overgeslagen:</numerusform>
            <numerusform>%n regels overgeslagen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>InMail</source>
        <translation>InMail</translation>
    </message>
    <message>
        <source>Connection request</source>
        <translation>Connectieverzoek</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolgbericht</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>interesse</translation>
    </message>
    <message>
        <source>call or meeting</source>
        <translation>gesprek of afspraak</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>connectie</translation>
    </message>
    <message>
        <source>their view</source>
        <translation>hun mening</translation>
    </message>
    <message>
        <source>read or watch</source>
        <translation>lezen of bekijken</translation>
    </message>
    <message>
        <source>book a time</source>
        <translation>tijd inplannen</translation>
    </message>
    <message>
        <source>introduction</source>
        <translation>introductie</translation>
    </message>
    <message>
        <source>a reply</source>
        <translation>een antwoord</translation>
    </message>
    <message>
        <source>Recruiting</source>
        <translation>Werving</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Netwerken</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Initiatiefnemer</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Beïnvloeder</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Poortwachter</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Beslisser</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Inkoper</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Premium (Career, Business, Sales Navigator, Recruiter)</source>
        <translation>Premium (Career, Business, Sales Navigator, Recruiter)</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Recent post</source>
        <translation>Recent bericht</translation>
    </message>
    <message>
        <source>Recent talk</source>
        <translation>Recente lezing</translation>
    </message>
    <message>
        <source>Shared connection</source>
        <translation>Gedeelde connectie</translation>
    </message>
    <message>
        <source>Shared interest</source>
        <translation>Gedeelde interesse</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Uitdaging</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Hiring company</source>
        <translation>Werkgever van de vacature</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Leidinggevende van de vacature</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>Profiel-URL</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Connectie sinds</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
</context>
<context>
    <name>LeftTabs</name>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search templates (Ctrl+F)</source>
        <translation>Sjablonen zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Sjablonen zoeken</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Elke soort</translation>
    </message>
    <message>
        <source>exploring</source>
        <translation>oriënteren</translation>
    </message>
    <message>
        <source>comparing</source>
        <translation>vergelijken</translation>
    </message>
    <message>
        <source>after buying</source>
        <translation>na de aankoop</translation>
    </message>
    <message>
        <source>Exploring (ZMOT, the zero moment of truth): the reader is looking into a need on their own, before talking to anyone.</source>
        <translation>Oriënteren (ZMOT, het zero moment of truth): de lezer zoekt zelf uit wat hij of zij nodig heeft, voordat er met iemand gesproken is.</translation>
    </message>
    <message>
        <source>Comparing (FMOT, the first moment of truth): the reader is weighing options, offers or people side by side.</source>
        <translation>Vergelijken (FMOT, het first moment of truth): de lezer weegt opties, aanbiedingen of mensen naast elkaar af.</translation>
    </message>
    <message>
        <source>After buying (SMOT, the second moment of truth): the reader has chosen and now lives with the choice.</source>
        <translation>Na de aankoop (SMOT, het second moment of truth): de lezer heeft gekozen en werkt nu met die keuze.</translation>
    </message>
    <message>
        <source>The reader&apos;s role in the decision (the DMU, decision-making unit: the people who decide on a purchase or a hire together): initiator, influencer, gatekeeper, decision maker, buyer or user.</source>
        <translation>De rol van de lezer in het besluit (de DMU, beslissingseenheid: de mensen die samen over een aankoop of een aanstelling beslissen): initiatiefnemer, beïnvloeder, poortwachter, beslisser, inkoper of gebruiker.</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filteren op soort</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Elke taal</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filteren op taal</translation>
    </message>
    <message>
        <source>Any goal</source>
        <translation>Elk doel</translation>
    </message>
    <message>
        <source>Filter by goal</source>
        <translation>Filteren op doel</translation>
    </message>
    <message>
        <source>Any reader&apos;s role</source>
        <translation>Elke rol van de lezer</translation>
    </message>
    <message>
        <source>Filter by the reader&apos;s role</source>
        <translation>Filteren op de rol van de lezer</translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation>Filteren op fase</translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation>Elke fase</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>Write from this template</source>
        <translation>Schrijven met dit sjabloon</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>  ★ mine</source>
        <translation>  ★ eigen</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n sjabloon</numerusform>
            <numerusform>%n sjablonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template file(s) not loaded:</source>
        <translation>
            <numerusform>%n sjabloonbestand niet geladen:</numerusform>
            <numerusform>%n sjabloonbestanden niet geladen:</numerusform>
        </translation>
    </message>
    <message>
        <source>reader: %1</source>
        <translation>lezer: %1</translation>
    </message>
    <message>
        <source>phase: %1</source>
        <translation>fase: %1</translation>
    </message>
    <message>
        <source>Where the reader is in their decision: exploring, comparing or after buying.</source>
        <translation>Waar de lezer staat in het besluit: oriënteren, vergelijken of na de aankoop.</translation>
    </message>
    <message>
        <source>&lt;i&gt;No template selected.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Geen sjabloon gekozen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation>Standaardsjabloon</translation>
    </message>
    <message>
        <source>Your template</source>
        <translation>Je eigen sjabloon</translation>
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
    <name>LogParts</name>
    <message>
        <source>Follow-up: %s</source>
        <translation>Vervolgbericht: %s</translation>
    </message>
    <message>
        <source>Saved the messages shown to %s.</source>
        <translation>De getoonde berichten zijn opgeslagen in %s.</translation>
    </message>
    <message>
        <source>The results could not be worked out this time; they are tried again when you next open the Results tab.</source>
        <translation>De resultaten konden deze keer niet worden berekend; dat gebeurt opnieuw als je het tabblad Resultaten weer opent.</translation>
    </message>
    <message>
        <source>This month&apos;s personal notes are used up.</source>
        <translation>De persoonlijke notities van deze maand zijn op.</translation>
    </message>
    <message>
        <source>You reached the weekly number of invitations.</source>
        <translation>Je hebt het aantal uitnodigingen voor deze week bereikt.</translation>
    </message>
</context>
<context>
    <name>MainTabs</name>
    <message>
        <source>Write</source>
        <translation>Schrijven</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Op te volgen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>People whose message is still unanswered after the follow-up delay</source>
        <translation>Mensen van wie je bericht na de wachttijd nog onbeantwoord is</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>InMail Studio</source>
        <translation>InMail Studio</translation>
    </message>
    <message>
        <source>Part of the window could not be built: %s

Your drafts are saved. Please close InMail Studio and start it again.</source>
        <translation>Een deel van het venster kon niet worden opgebouwd: %s

Je concepten zijn opgeslagen. Sluit InMail Studio en start het opnieuw.</translation>
    </message>
    <message>
        <source>The template could not be filled in: %s</source>
        <translation>Het sjabloon kon niet worden ingevuld: %s</translation>
    </message>
    <message>
        <source>The coach hit a problem: %s</source>
        <translation>De coach liep vast: %s</translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation>Je concept</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Je gegevens</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Concept opgeslagen.</translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation>Concept verwijderd.</translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation>Concept teruggezet.</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Import prospects</source>
        <translation>Prospects importeren</translation>
    </message>
    <message>
        <source>List name</source>
        <translation>Naam van de lijst</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (met BOM)</translation>
    </message>
    <message>
        <source>a comma</source>
        <translation>een komma</translation>
    </message>
    <message>
        <source>a semicolon</source>
        <translation>een puntkomma</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>een tab</translation>
    </message>
    <message>
        <source>a vertical bar</source>
        <translation>een verticale streep</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by %2. Check which field each column fills:</source>
        <translation>Gelezen als %1, kolommen gescheiden door %2. Controleer welk veld elke kolom vult:</translation>
    </message>
    <message>
        <source>1 row in the file</source>
        <translation>1 rij in het bestand</translation>
    </message>
    <message numerus="yes">
        <source>%n rows in the file</source>
        <translation>
            <numerusform>%n rij in het bestand</numerusform>
            <numerusform>%n rijen in het bestand</numerusform>
        </translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Vult</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Veld voor kolom %1</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(overslaan)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Subject: say why you write, in under 60 characters</source>
        <translation>Onderwerp: zeg waarom je schrijft, in minder dan 60 tekens</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Write your message, or pick a template on the left.</source>
        <translation>Schrijf je bericht, of kies links een sjabloon.</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>Berichttekst</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words (aim %1–%2)</source>
        <translation>
            <numerusform>%Ln woord (richtlijn %1–%2)</numerusform>
            <numerusform>%Ln woorden (richtlijn %1–%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln/%1 words</source>
        <translation>
            <numerusform>%Ln/%1 woorden</numerusform>
            <numerusform>%Ln/%1 woorden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln woord</numerusform>
            <numerusform>%Ln woorden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 characters</source>
        <translation>%1/%2 tekens</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln teken</numerusform>
            <numerusform>%Ln tekens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageFlow</name>
    <message>
        <source>The list “%1” has no follow-up template: choose one under Prospects → Follow-up, or pick one in the Templates tab to fill this message for %2.</source>
        <translation>De lijst “%1” heeft geen sjabloon voor vervolgberichten: kies er een onder Prospects → Vervolgbericht, of kies een sjabloon op het tabblad Sjablonen om dit bericht voor %2 in te vullen.</translation>
    </message>
    <message>
        <source>This message was already marked as sent.</source>
        <translation>Dit bericht was al gemarkeerd als verzonden.</translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation>Gemarkeerd als verzonden.</translation>
    </message>
    <message>
        <source>Mark as sent with errors?</source>
        <translation>Markeren als verzonden met fouten?</translation>
    </message>
    <message>
        <source>This message still has errors:

%s

Mark it as sent anyway?</source>
        <translation>Dit bericht bevat nog fouten:

%s

Toch markeren als verzonden?</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Markeren als verzonden</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <source>No longer marked as sent.</source>
        <translation>Niet meer gemarkeerd als verzonden.</translation>
    </message>
    <message>
        <source>Marked as replied.</source>
        <translation>Gemarkeerd als beantwoord.</translation>
    </message>
    <message>
        <source>No longer marked as replied.</source>
        <translation>Niet meer gemarkeerd als beantwoord.</translation>
    </message>
    <message>
        <source>Follow-up: %s</source>
        <translation>Vervolgbericht: %s</translation>
    </message>
</context>
<context>
    <name>MobilePreview</name>
    <message>
        <source>Phone preview</source>
        <translation>Voorbeeld op een telefoon</translation>
    </message>
    <message>
        <source>&lt;b&gt;On a phone&lt;/b&gt;</source>
        <translation>&lt;b&gt;Op een telefoon&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <source>(empty message)</source>
        <translation>(leeg bericht)</translation>
    </message>
    <message numerus="yes">
        <source>The subject is cut off after about %n characters.</source>
        <translation>
            <numerusform>Het onderwerp wordt na ongeveer %n teken afgekapt.</numerusform>
            <numerusform>Het onderwerp wordt na ongeveer %n tekens afgekapt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outreach</name>
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
        <source>That time is before the message was sent.</source>
        <translation>Dat tijdstip ligt voor het verzenden van het bericht.</translation>
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
</context>
<context>
    <name>OutreachSettingsBox</name>
    <message>
        <source>Follow-ups and contact memory</source>
        <translation>Vervolgberichten en contactgeheugen</translation>
    </message>
    <message>
        <source>Follow up a pending InMail after</source>
        <translation>Een openstaande InMail opvolgen na</translation>
    </message>
    <message>
        <source>Follow up a pending connection request after</source>
        <translation>Een openstaand connectieverzoek opvolgen na</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Count a follow-up as unanswered after</source>
        <translation>Een vervolgbericht telt als onbeantwoord na</translation>
    </message>
    <message>
        <source>Warn when you wrote to someone in the last</source>
        <translation>Waarschuwen als je iemand schreef in de afgelopen</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The disk is full: the draft was not saved. Free some space; your text is still in the window.</source>
        <translation>De schijf is vol: het concept is niet opgeslagen. Maak wat ruimte vrij; je tekst staat nog in het venster.</translation>
    </message>
    <message>
        <source>The data folder is read-only: the draft was not saved. Your text is still in the window.</source>
        <translation>In de gegevensmap kan niet worden geschreven: het concept is niet opgeslagen. Je tekst staat nog in het venster.</translation>
    </message>
    <message>
        <source>Another program is using the database: the draft was not saved yet; it will be retried.</source>
        <translation>Een ander programma gebruikt de database: het concept is nog niet opgeslagen; het wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>The draft could not be saved ({detail}). Your text is still in the window.</source>
        <translation>Het concept kon niet worden opgeslagen ({detail}). Je tekst staat nog in het venster.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Dat bestaat niet meer.</translation>
    </message>
    <message>
        <source>The data could not be read ({detail}).</source>
        <translation>De gegevens konden niet worden gelezen ({detail}).</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program ({detail}).</source>
        <translation>De database {path} is door een ander programma vergrendeld ({detail}).</translation>
    </message>
    <message>
        <source>The data folder of {path} cannot be written ({detail}).</source>
        <translation>In de gegevensmap van {path} kan niet worden geschreven ({detail}).</translation>
    </message>
    <message>
        <source>The data folder of {path} cannot be used ({detail}).</source>
        <translation>De gegevensmap van {path} kan niet worden gebruikt ({detail}).</translation>
    </message>
    <message>
        <source>The database {path} is damaged and could not be moved aside ({detail}).</source>
        <translation>De database {path} is beschadigd en kon niet opzij worden gezet ({detail}).</translation>
    </message>
    <message>
        <source>A new database could not be created at {path} ({detail}).</source>
        <translation>Er kon geen nieuwe database worden gemaakt in {path} ({detail}).</translation>
    </message>
    <message>
        <source>The database could not be read ({detail}). It was moved aside to {moved} and a new one was started; your templates are not affected.</source>
        <translation>De database kon niet worden gelezen ({detail}). Hij is opzij gezet als {moved} en er is een nieuwe begonnen; je sjablonen zijn niet geraakt.</translation>
    </message>
    <message>
        <source>InMail Studio cannot store anything: {reason_text} No temporary folder could be used either ({error}).

Start it with --data-dir PATH to use another folder.</source>
        <translation>InMail Studio kan niets opslaan: {reason_text} Ook een tijdelijke map kon niet worden gebruikt ({error}).

Start het met --data-dir MAP om een andere map te gebruiken.</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer InMail Studio (data version {version}; this one reads up to {supported}). Update InMail Studio to open it; the file was left as it is.</source>
        <translation>De database {path} is gemaakt door een nieuwere InMail Studio (gegevensversie {version}; deze versie leest tot en met {supported}). Werk InMail Studio bij om hem te openen; het bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <source>The database {path} could not be brought up to date ({detail}). It was left as it was; free some disk space or update InMail Studio, then try again.</source>
        <translation>De database {path} kon niet worden bijgewerkt ({detail}). Hij is gelaten zoals hij was; maak wat schijfruimte vrij of werk InMail Studio bij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The template is over {limit} characters.</source>
        <translation>Het sjabloon is langer dan {limit} tekens.</translation>
    </message>
    <message>
        <source>line {line}: {detail}</source>
        <translation>regel {line}: {detail}</translation>
    </message>
    <message>
        <source>The template is nested too deeply.</source>
        <translation>Het sjabloon is te diep genest.</translation>
    </message>
    <message>
        <source>Loops are nested {depth} deep; at most {limit} are allowed.</source>
        <translation>Lussen zijn {depth} diep genest; hoogstens {limit} mag.</translation>
    </message>
    <message>
        <source>The filled-in text would be over {limit} characters.</source>
        <translation>De ingevulde tekst zou langer worden dan {limit} tekens.</translation>
    </message>
    <message>
        <source>Filling in the template took too long and was stopped.</source>
        <translation>Het invullen van het sjabloon duurde te lang en is gestopt.</translation>
    </message>
    <message>
        <source>The template needs too much memory.</source>
        <translation>Het sjabloon heeft te veel geheugen nodig.</translation>
    </message>
    <message>
        <source>There is no filter named {name}.</source>
        <translation>Er is geen filter met de naam {name}.</translation>
    </message>
    <message>
        <source>There is no test named {name}.</source>
        <translation>Er is geen test met de naam {name}.</translation>
    </message>
    <message>
        <source>A filter is named in a template (map(&quot;upper&quot;)), not given as a value.</source>
        <translation>Een filter noem je in een sjabloon bij naam (map(&quot;upper&quot;)); je geeft het niet als waarde mee.</translation>
    </message>
    <message>
        <source>A test is named in a template (select(&quot;odd&quot;)), not given as a value.</source>
        <translation>Een test noem je in een sjabloon bij naam (select(&quot;odd&quot;)); je geeft hem niet als waarde mee.</translation>
    </message>
    <message>
        <source>Not allowed in a template: {detail}</source>
        <translation>Niet toegestaan in een sjabloon: {detail}</translation>
    </message>
    <message>
        <source>A template may print text and numbers, not Python objects.</source>
        <translation>Een sjabloon mag tekst en getallen tonen, geen Python-objecten.</translation>
    </message>
    <message>
        <source>The template could not be filled in: {detail}</source>
        <translation>Het sjabloon kon niet worden ingevuld: {detail}</translation>
    </message>
    <message>
        <source>range() of more than {limit} items is not allowed in a template.</source>
        <translation>range() met meer dan {limit} elementen is niet toegestaan in een sjabloon.</translation>
    </message>
    <message>
        <source>A width or precision taken from a value is not allowed in a template.</source>
        <translation>Een breedte of precisie uit een waarde is niet toegestaan in een sjabloon.</translation>
    </message>
    <message>
        <source>Bad format text: {detail}</source>
        <translation>Ongeldige opmaaktekst: {detail}</translation>
    </message>
    <message>
        <source>{name} is not available in a template.</source>
        <translation>{name} is niet beschikbaar in een sjabloon.</translation>
    </message>
    <message>
        <source>More than {limit} parts is not allowed in a template.</source>
        <translation>Meer dan {limit} delen is niet toegestaan in een sjabloon.</translation>
    </message>
    <message>
        <source>A number too large for a template.</source>
        <translation>Een getal dat te groot is voor een sjabloon.</translation>
    </message>
    <message>
        <source>{source}: not a valid template file ({detail})</source>
        <translation>{source}: geen geldig sjabloonbestand ({detail})</translation>
    </message>
    <message>
        <source>{source}: the template has no “{key}”</source>
        <translation>{source}: het sjabloon heeft geen ‘{key}’</translation>
    </message>
    <message>
        <source>{source}: {detail}</source>
        <translation>{source}: {detail}</translation>
    </message>
    <message>
        <source>{source}: cannot be read ({detail})</source>
        <translation>{source}: kan niet worden gelezen ({detail})</translation>
    </message>
    <message>
        <source>{source}: the file is not UTF-8 text; save it as UTF-8</source>
        <translation>{source}: het bestand is geen UTF-8-tekst; sla het op als UTF-8</translation>
    </message>
    <message>
        <source>{source}: lists or tables are nested too deeply</source>
        <translation>{source}: lijsten of tabellen zijn te diep genest</translation>
    </message>
    <message>
        <source>{source}: “{key}” must be text</source>
        <translation>{source}: ‘{key}’ moet tekst zijn</translation>
    </message>
    <message>
        <source>{source}: “{key}” must be a list of texts</source>
        <translation>{source}: ‘{key}’ moet een lijst van teksten zijn</translation>
    </message>
    <message>
        <source>{source}: “{key}” must be a table of names and texts</source>
        <translation>{source}: ‘{key}’ moet een tabel van namen en teksten zijn</translation>
    </message>
    <message>
        <source>{source}: the template id “{template}” may hold only lower-case letters, digits and dashes</source>
        <translation>{source}: de sjabloon-id ‘{template}’ mag alleen kleine letters, cijfers en streepjes bevatten</translation>
    </message>
    <message>
        <source>{source}: template {template}: “{field}” must be one of {allowed}</source>
        <translation>{source}: sjabloon {template}: ‘{field}’ moet een van deze zijn: {allowed}</translation>
    </message>
    <message>
        <source>{source}: template {template}: “{role}” is not a DMU role</source>
        <translation>{source}: sjabloon {template}: ‘{role}’ is geen DMU-rol</translation>
    </message>
    <message>
        <source>{source}: template {template}: list-wide field “{name}” is not a variable name</source>
        <translation>{source}: sjabloon {template}: lijstbreed veld ‘{name}’ is geen variabelenaam</translation>
    </message>
    <message>
        <source>{source}: “campaign” must be a list of variable names</source>
        <translation>{source}: ‘campaign’ moet een lijst van variabelenamen zijn</translation>
    </message>
    <message>
        <source>{source}: variants must be [[variants]] tables</source>
        <translation>{source}: varianten moeten [[variants]]-tabellen zijn</translation>
    </message>
    <message>
        <source>{source}: a variant has an unknown key “{key}” (use name, subject, body)</source>
        <translation>{source}: een variant heeft een onbekende sleutel ‘{key}’ (gebruik name, subject, body)</translation>
    </message>
    <message>
        <source>{source}: a variant&apos;s name, subject and body must be text</source>
        <translation>{source}: naam, onderwerp en tekst van een variant moeten tekst zijn</translation>
    </message>
    <message>
        <source>{source}: template {template}: give two or more variants, or none</source>
        <translation>{source}: sjabloon {template}: geef twee of meer varianten, of geen</translation>
    </message>
    <message>
        <source>{source}: template {template}: variant name “{name}”: use up to 20 letters, digits and dashes</source>
        <translation>{source}: sjabloon {template}: variantnaam ‘{name}’: gebruik hoogstens 20 letters, cijfers en streepjes</translation>
    </message>
    <message>
        <source>{source}: template {template}: two variants are both called “{name}”</source>
        <translation>{source}: sjabloon {template}: twee varianten heten allebei ‘{name}’</translation>
    </message>
    <message>
        <source>{source}: template {template}: only an InMail has a subject to vary</source>
        <translation>{source}: sjabloon {template}: alleen een InMail heeft een onderwerp om te variëren</translation>
    </message>
    <message>
        <source>{source}: template {template}: only one variant may keep the template&apos;s own text</source>
        <translation>{source}: sjabloon {template}: maar één variant mag de eigen tekst van het sjabloon houden</translation>
    </message>
    <message>
        <source>This is not a CSV file: it contains binary data.</source>
        <translation>Dit is geen CSV-bestand: er staan binaire gegevens in.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: {detail}</source>
        <translation>{file} kan niet worden geopend: {detail}</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} is leeg.</translation>
    </message>
    <message>
        <source>This does not look like a CSV file: no header row with column names was found.</source>
        <translation>Dit lijkt geen CSV-bestand: er is geen kopregel met kolomnamen gevonden.</translation>
    </message>
    <message>
        <source>{file} cannot be decoded as text ({detail}).</source>
        <translation>{file} kan niet als tekst worden gelezen ({detail}).</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>het bestand of de map bestaat niet</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>geen toestemming</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>niet toegestaan</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>dit is een map</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>dit is geen map</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>het bestandssysteem is alleen-lezen</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>bestaat al</translation>
    </message>
    <message>
        <source>cannot be read as CSV ({detail})</source>
        <translation>kan niet als CSV worden gelezen ({detail})</translation>
    </message>
    <message>
        <source>is over {limit} characters long (no line break?)</source>
        <translation>is langer dan {limit} tekens (geen regeleinde?)</translation>
    </message>
    <message>
        <source>opens a quote (&quot;) that is never closed</source>
        <translation>opent een aanhalingsteken (&quot;) dat nergens wordt gesloten</translation>
    </message>
    <message>
        <source>has {cells} cells; the header has {width}</source>
        <translation>heeft {cells} cellen; de kopregel heeft er {width}</translation>
    </message>
    <message>
        <source>a cell is over {limit} characters</source>
        <translation>een cel is langer dan {limit} tekens</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>heeft geen naam</translation>
    </message>
    <message>
        <source>has the profile URL of line {first_line} ({name}) but another name</source>
        <translation>heeft de profiel-URL van regel {first_line} ({name}), maar een andere naam</translation>
    </message>
    <message>
        <source>A copy of your drafts is kept in {folder} for this session; copy anything you need before closing, or fix the folder and restart.</source>
        <translation>Een kopie van je concepten staat voor deze sessie in {folder}; kopieer wat je nodig hebt voordat je afsluit, of herstel de map en start opnieuw.</translation>
    </message>
    <message>
        <source>Drafts are kept in {folder} for this session; copy anything you need before closing, or fix the folder and restart.</source>
        <translation>Concepten worden voor deze sessie bewaard in {folder}; kopieer wat je nodig hebt voordat je afsluit, of herstel de map en start opnieuw.</translation>
    </message>
</context>
<context>
    <name>ProspectFiles</name>
    <message numerus="yes">
        <source>%n sent message(s)</source>
        <translation>
            <numerusform>%n verzonden bericht</numerusform>
            <numerusform>%n verzonden berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n concept</numerusform>
            <numerusform>%n concepten</numerusform>
        </translation>
    </message>
    <message>
        <source>This also deletes %1 for them.</source>
        <translation>Daarmee verwijder je ook %1 aan deze persoon.</translation>
    </message>
    <message>
        <source>This also deletes %1 and %2 for them.</source>
        <translation>Daarmee verwijder je ook %1 en %2 aan deze persoon.</translation>
    </message>
    <message>
        <source>Import prospects</source>
        <translation>Prospects importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n prospect(s)</source>
        <translation>
            <numerusform>%n prospect geïmporteerd</numerusform>
            <numerusform>%n prospects geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n duplicate row(s) merged</source>
        <translation>
            <numerusform>; %n dubbele rij samengevoegd</numerusform>
            <numerusform>; %n dubbele rijen samengevoegd</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Export everything about %s</source>
        <translation>Alles over %s exporteren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Exported everything stored about %s.</source>
        <translation>Alles wat over %s is opgeslagen, is geëxporteerd.</translation>
    </message>
    <message>
        <source>Delete %s and every detail stored about them?</source>
        <translation>%s verwijderen, met alle gegevens die over deze persoon zijn opgeslagen?</translation>
    </message>
    <message>
        <source>Delete prospect</source>
        <translation>Prospect verwijderen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Deleted %s.</source>
        <translation>%s verwijderd.</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Lijst verwijderen</translation>
    </message>
    <message>
        <source>Delete the list “%1” with its %2 prospects, their drafts and sent messages?</source>
        <translation>De lijst ‘%1’ verwijderen, met de %2 prospects erin, hun concepten en verzonden berichten?</translation>
    </message>
</context>
<context>
    <name>ProspectForm</name>
    <message>
        <source>e.g. Sanne</source>
        <translation>bijv. Sanne</translation>
    </message>
    <message>
        <source>their company</source>
        <translation>het bedrijf van deze persoon</translation>
    </message>
    <message>
        <source>a post or article of theirs you read</source>
        <translation>een bericht of artikel van deze persoon dat je las</translation>
    </message>
    <message>
        <source>what their recent post was about</source>
        <translation>waar het recente bericht over ging</translation>
    </message>
    <message>
        <source>someone you both know</source>
        <translation>iemand die jullie allebei kennen</translation>
    </message>
    <message>
        <source>an interest, group or event you share</source>
        <translation>een interesse, groep of evenement dat jullie delen</translation>
    </message>
    <message>
        <source>a specific challenge of their team or company</source>
        <translation>een concrete uitdaging van het team of bedrijf</translation>
    </message>
    <message>
        <source>their job title</source>
        <translation>de functietitel</translation>
    </message>
    <message>
        <source>your name, as you sign</source>
        <translation>je naam, zoals je ondertekent</translation>
    </message>
    <message>
        <source>Pick a template to fill it in for a prospect.</source>
        <translation>Kies een sjabloon om het voor een prospect in te vullen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;For this person&lt;/b&gt;</source>
        <translation>&lt;b&gt;Voor deze persoon&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;For everyone in this list&lt;/b&gt;</source>
        <translation>&lt;b&gt;Voor iedereen in deze lijst&lt;/b&gt;</translation>
    </message>
    <message>
        <source>to fill in</source>
        <translation>nog invullen</translation>
    </message>
    <message>
        <source>Every detail is filled in.</source>
        <translation>Alle gegevens zijn ingevuld.</translation>
    </message>
    <message>
        <source>1 detail to fill in</source>
        <translation>nog 1 gegeven invullen</translation>
    </message>
    <message numerus="yes">
        <source>%n details to fill in</source>
        <translation>
            <numerusform>nog %n gegeven invullen</numerusform>
            <numerusform>nog %n gegevens invullen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Prospect&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prospect&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ProspectWalk</name>
    <message>
        <source>Everyone in this list has been written to.</source>
        <translation>Iedereen in deze lijst heeft een bericht gekregen.</translation>
    </message>
    <message>
        <source>Back at the top of the list.</source>
        <translation>Weer bovenaan de lijst.</translation>
    </message>
</context>
<context>
    <name>ProspectsPanel</name>
    <message>
        <source>Prospect list</source>
        <translation>Prospectlijst</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importeren…</translation>
    </message>
    <message>
        <source>Template for this list</source>
        <translation>Sjabloon voor deze lijst</translation>
    </message>
    <message>
        <source>Follow-up template for this list</source>
        <translation>Sjabloon voor vervolgberichten in deze lijst</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolgbericht</translation>
    </message>
    <message>
        <source>Show prospects</source>
        <translation>Prospects tonen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Next prospect ›</source>
        <translation>Volgende prospect ›</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Gegevens exporteren…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Delete list…</source>
        <translation>Lijst verwijderen…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>(choose a template)</source>
        <translation>(kies een sjabloon)</translation>
    </message>
    <message>
        <source>(no follow-up template)</source>
        <translation>(geen sjabloon voor vervolgberichten)</translation>
    </message>
    <message>
        <source>No lists yet: import a CSV</source>
        <translation>Nog geen lijsten: importeer een CSV-bestand</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>nog %1 van %2 te gaan</translation>
    </message>
</context>
<context>
    <name>QuotaCounter</name>
    <message>
        <source>LinkedIn quotas</source>
        <translation>Limieten van LinkedIn</translation>
    </message>
    <message>
        <source>Personal notes this month: {used} of {limit}</source>
        <translation>Persoonlijke notities deze maand: {used} van {limit}</translation>
    </message>
    <message>
        <source>Invitations in the last 7 days: {used} of about {limit}</source>
        <translation>Uitnodigingen in de afgelopen 7 dagen: {used} van ongeveer {limit}</translation>
    </message>
    <message>
        <source>This month&apos;s personal notes are used up: LinkedIn sends further invitations without a note until {day}.</source>
        <translation>Je persoonlijke notities voor deze maand zijn op: LinkedIn verstuurt verdere uitnodigingen zonder notitie tot {day}.</translation>
    </message>
    <message>
        <source>You reached the weekly number of invitations users report LinkedIn allows. Wait a few days, or LinkedIn may stop you sending more.</source>
        <translation>Je hebt het aantal uitnodigingen per week bereikt dat gebruikers als grens van LinkedIn melden. Wacht een paar dagen, anders kan LinkedIn je tijdelijk blokkeren.</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Premium Career</source>
        <translation>Premium Career</translation>
    </message>
    <message>
        <source>Premium Business</source>
        <translation>Premium Business</translation>
    </message>
    <message>
        <source>Sales Navigator</source>
        <translation>Sales Navigator</translation>
    </message>
    <message>
        <source>Recruiter Lite</source>
        <translation>Recruiter Lite</translation>
    </message>
    <message>
        <source>Custom plan</source>
        <translation>Eigen abonnement</translation>
    </message>
    <message>
        <source>up to 400 characters</source>
        <translation>tot 400 tekens</translation>
    </message>
    <message>
        <source>401–800 characters</source>
        <translation>401–800 tekens</translation>
    </message>
    <message>
        <source>801–1,200 characters</source>
        <translation>801–1200 tekens</translation>
    </message>
    <message>
        <source>over 1,200 characters</source>
        <translation>meer dan 1200 tekens</translation>
    </message>
    <message>
        <source>no ask</source>
        <translation>geen verzoek</translation>
    </message>
    <message>
        <source>one clear ask</source>
        <translation>één duidelijk verzoek</translation>
    </message>
    <message>
        <source>one ask: are you interested?</source>
        <translation>één verzoek: heb je interesse?</translation>
    </message>
    <message>
        <source>one ask: a call or meeting</source>
        <translation>één verzoek: een gesprek of afspraak</translation>
    </message>
    <message>
        <source>one ask: to connect</source>
        <translation>één verzoek: connectie maken</translation>
    </message>
    <message>
        <source>one ask: their view</source>
        <translation>één verzoek: hun mening</translation>
    </message>
    <message>
        <source>one ask: read or watch something</source>
        <translation>één verzoek: iets lezen of bekijken</translation>
    </message>
    <message>
        <source>one ask: book a time</source>
        <translation>één verzoek: een tijd inplannen</translation>
    </message>
    <message>
        <source>one ask: an introduction</source>
        <translation>één verzoek: een introductie</translation>
    </message>
    <message>
        <source>one ask: just reply</source>
        <translation>één verzoek: gewoon antwoorden</translation>
    </message>
    <message>
        <source>several asks</source>
        <translation>meerdere verzoeken</translation>
    </message>
    <message>
        <source>a detail beyond the name</source>
        <translation>een detail naast de naam</translation>
    </message>
    <message>
        <source>nothing beyond the name</source>
        <translation>niets naast de naam</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Lengte</translation>
    </message>
    <message>
        <source>Kind of ask</source>
        <translation>Soort verzoek</translation>
    </message>
    <message>
        <source>Personal detail</source>
        <translation>Persoonlijk detail</translation>
    </message>
    <message>
        <source>Weekday sent</source>
        <translation>Verzonden op</translation>
    </message>
    <message>
        <source>Not enough data yet: about {more} more sends per variant would show a 10-point difference.</source>
        <translation>Nog te weinig gegevens: met ongeveer {more} verzonden berichten meer per variant wordt een verschil van 10 punten zichtbaar.</translation>
    </message>
    <message>
        <source>{b} is very likely better ({probability}).</source>
        <translation>{b} is zeer waarschijnlijk beter ({probability}).</translation>
    </message>
    <message>
        <source>{a} is very likely better ({probability}).</source>
        <translation>{a} is zeer waarschijnlijk beter ({probability}).</translation>
    </message>
    <message>
        <source>No clear difference: after {sent} sends each, both get about as many replies.</source>
        <translation>Geen duidelijk verschil: na {sent} verzonden berichten elk krijgen ze ongeveer evenveel antwoorden.</translation>
    </message>
    <message>
        <source>almost used up</source>
        <translation>bijna op</translation>
    </message>
    <message>
        <source>limit reached</source>
        <translation>grens bereikt</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>over de grens</translation>
    </message>
    <message>
        <source>Fewer than 1 in 5 of your invitations are accepted. Personalise them and say why you want to connect (LinkedIn&apos;s Social Selling Index advice).</source>
        <translation>Minder dan 1 op de 5 van je uitnodigingen wordt geaccepteerd. Maak ze persoonlijk en zeg waarom je wilt connecten (advies uit LinkedIns Social Selling Index).</translation>
    </message>
    <message>
        <source>none old enough to count yet</source>
        <translation>nog geen die oud genoeg zijn om mee te tellen</translation>
    </message>
    <message>
        <source>{hits} of {counted} {answered} · {rate} (95 % sure: {low}–{high})</source>
        <translation>{hits} van {counted} {answered} · {rate} (95 % zeker: {low}–{high})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rate}&lt;/b&gt; ({hits} of {counted})</source>
        <translation>&lt;b&gt;{rate}&lt;/b&gt; ({hits} van {counted})</translation>
    </message>
    <message>
        <source>{hits} of {counted}, too few for a rate</source>
        <translation>{hits} van {counted}, te weinig voor een percentage</translation>
    </message>
    <message>
        <source>{hits} of {counted} {answered}, too few to tell</source>
        <translation>{hits} van {counted} {answered}, te weinig om iets te zeggen</translation>
    </message>
    <message>
        <source>too recent to tell: {n}</source>
        <translation>te recent om te beoordelen: {n}</translation>
    </message>
    <message>
        <source>{rb} of {cb} against {rw} of {cw}</source>
        <translation>{rb} van {cb} tegen {rw} van {cw}</translation>
    </message>
    <message>
        <source>{replied} of {sent} replied ({rate})</source>
        <translation>{replied} van {sent} beantwoord ({rate})</translation>
    </message>
    <message>
        <source>Messages with {better} got replies, those with {worse} none: {counts}.</source>
        <translation>Berichten met {better} kregen antwoord, die met {worse} niet: {counts}.</translation>
    </message>
    <message>
        <source>No InMail credits left</source>
        <translation>Geen InMail-credits meer</translation>
    </message>
    <message>
        <source>As this app counts them, you have {balance} InMail credits. LinkedIn only sends the InMail if you still have one: mark it as sent anyway?</source>
        <translation>Volgens de telling van deze app heb je {balance} InMail-credits. LinkedIn verstuurt de InMail alleen als je er nog een hebt: toch markeren als verzonden?</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Markeren als verzonden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Messages with {better} got {ratio} times the replies of those with {worse}: {counts}.</source>
        <translation>Berichten met {better} kregen {ratio} keer zoveel antwoorden als die met {worse}: {counts}.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Variant A</source>
        <translation>Variant A</translation>
    </message>
    <message>
        <source>Variant B</source>
        <translation>Variant B</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Wat het laat zien</translation>
    </message>
    <message>
        <source>Compared by</source>
        <translation>Vergeleken op</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Prospect list</source>
        <translation>Prospectlijst</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Soort bericht</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Month sent</source>
        <translation>Maand van verzenden</translation>
    </message>
    <message>
        <source>Replies within the window</source>
        <translation>Antwoorden binnen de termijn</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>not from a list</source>
        <translation>niet uit een lijst</translation>
    </message>
    <message>
        <source>InMail</source>
        <translation>InMail</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolgbericht</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>beantwoord</translation>
    </message>
</context>
<context>
    <name>ResultsContent</name>
    <message>
        <source>No plan chosen yet — choose your LinkedIn plan in Settings (Follow-ups and results) to count your InMail credits.</source>
        <translation>Nog geen abonnement gekozen — kies je LinkedIn-abonnement bij Instellingen (Vervolgberichten en resultaten) om je InMail-credits te tellen.</translation>
    </message>
    <message>
        <source>Sent and answered, per week</source>
        <translation>Verzonden en beantwoord, per week</translation>
    </message>
    <message>
        <source>Reply rate per template</source>
        <translation>Antwoordpercentage per sjabloon</translation>
    </message>
    <message>
        <source>Connection requests accepted, by month sent</source>
        <translation>Geaccepteerde connectieverzoeken, per maand van verzenden</translation>
    </message>
    <message>
        <source>InMail credits</source>
        <translation>InMail-credits</translation>
    </message>
    <message>
        <source>&lt;b&gt;A/B tests&lt;/b&gt;</source>
        <translation>&lt;b&gt;A/B-tests&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What works for you&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wat voor jou werkt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;InMail credits, as this app counts them&lt;/b&gt;</source>
        <translation>&lt;b&gt;InMail-credits, zoals deze app ze telt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sent: &lt;b&gt;{sent}&lt;/b&gt;</source>
        <translation>Verzonden: &lt;b&gt;{sent}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>InMails and follow-ups answered: </source>
        <translation>InMails en vervolgberichten beantwoord: </translation>
    </message>
    <message>
        <source>connection requests accepted: </source>
        <translation>connectieverzoeken geaccepteerd: </translation>
    </message>
    <message>
        <source>InMail credits left: &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>InMail-credits over: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Replies and accepted invitations</source>
        <translation>Antwoorden en geaccepteerde uitnodigingen</translation>
    </message>
    <message>
        <source>No template has {min} messages older than {days} days yet. Messages sent in that time ({early} so far) count once they are {days} days old.</source>
        <translation>Nog geen sjabloon heeft {min} berichten die ouder zijn dan {days} dagen. Berichten uit die periode ({early} tot nu toe) tellen mee zodra ze {days} dagen oud zijn.</translation>
    </message>
    <message>
        <source>Dashed line: the most your plan lets you bank ({cap}).</source>
        <translation>Stippellijn: het maximum dat je abonnement laat opsparen ({cap}).</translation>
    </message>
    <message>
        <source>{plan}. Credits per month: {monthly}; at most banked: {cap}. Balance: {balance}.</source>
        <translation>{plan}. Credits per maand: {monthly}; maximaal opgespaard: {cap}. Saldo: {balance}.</translation>
    </message>
    <message>
        <source>InMails still waiting for an answer: {n}. Each one answered within 90 days of sending gives its credit back.</source>
        <translation>InMails die nog op antwoord wachten: {n}. Elke InMail die binnen 90 dagen na verzenden antwoord krijgt, geeft zijn credit terug.</translation>
    </message>
    <message>
        <source>Expiring in the next 30 days if unused: {total} (the first {n} on {day}).</source>
        <translation>Vervalt de komende 30 dagen als je ze niet gebruikt: {total} (de eerste {n} op {day}).</translation>
    </message>
    <message>
        <source>A reply counts when it came within {days} days of sending. Messages from the last {days} days are too recent to tell and left out, so a rate does not only ever rise. Ranges show where the real rate lies with 95 % certainty.</source>
        <translation>Een antwoord telt mee als het binnen {days} dagen na verzenden kwam. Berichten van de afgelopen {days} dagen zijn te recent om te beoordelen en tellen nog niet mee; zo stijgt een percentage niet vanzelf. De marges laten zien waar het echte percentage met 95 % zekerheid ligt.</translation>
    </message>
    <message>
        <source>Messages sent and answered per week appear from your second week of sending.</source>
        <translation>Verzonden en beantwoorde berichten per week zie je vanaf je tweede week met verzonden berichten.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Answers are counted in the week they came in.</source>
        <translation>Antwoorden tellen in de week waarin ze binnenkwamen.</translation>
    </message>
    <message>
        <source>no template</source>
        <translation>geen sjabloon</translation>
    </message>
    <message>
        <source>Dots: replies within {days} days. Bars: where the real rate lies (95 % sure).</source>
        <translation>Stippen: antwoorden binnen {days} dagen. Balken: waar het echte percentage ligt (95 % zeker).</translation>
    </message>
    <message>
        <source>Too few to draw (under {min} counted): </source>
        <translation>Te weinig om te tekenen (minder dan {min} geteld): </translation>
    </message>
    <message>
        <source>Acceptance over time needs two months with at least {min} connection requests older than {days} days each.</source>
        <translation>Voor acceptatie door de tijd heen zijn twee maanden nodig met elk minstens {min} connectieverzoeken die ouder zijn dan {days} dagen.</translation>
    </message>
    <message>
        <source>Dots: share accepted within {days} days. Bars: where the real rate lies (95 % sure).</source>
        <translation>Stippen: deel geaccepteerd binnen {days} dagen. Balken: waar het echte percentage ligt (95 % zeker).</translation>
    </message>
    <message>
        <source>No InMails marked as sent yet: the credit count starts with the first one.</source>
        <translation>Nog geen InMails gemarkeerd als verzonden: de telling van credits begint bij de eerste.</translation>
    </message>
    <message>
        <source>More InMails were marked as sent than this app counted credits for: set the real balance from LinkedIn in Settings.</source>
        <translation>Er zijn meer InMails als verzonden gemarkeerd dan deze app credits telde: vul bij Instellingen het echte saldo van LinkedIn in.</translation>
    </message>
    <message>
        <source>LinkedIn changes these figures now and then; when its count differs, set the real balance in Settings.</source>
        <translation>LinkedIn past deze aantallen af en toe aan; wijkt de telling van LinkedIn af, vul dan bij Instellingen het echte saldo in.</translation>
    </message>
</context>
<context>
    <name>ResultsSettingsForm</name>
    <message>
        <source>No plan chosen yet</source>
        <translation>Nog geen abonnement gekozen</translation>
    </message>
    <message>
        <source>InMail plan</source>
        <translation>InMail-abonnement</translation>
    </message>
    <message>
        <source>Credits per month</source>
        <translation>Credits per maand</translation>
    </message>
    <message>
        <source>At most banked</source>
        <translation>Maximaal opgespaard</translation>
    </message>
    <message>
        <source>Renewal day</source>
        <translation>Verlengingsdag</translation>
    </message>
    <message>
        <source>Reply window (days)</source>
        <translation>Antwoordtermijn (dagen)</translation>
    </message>
    <message>
        <source>Acceptance window (days)</source>
        <translation>Acceptatietermijn (dagen)</translation>
    </message>
    <message>
        <source>Personal notes a month (free account)</source>
        <translation>Persoonlijke notities per maand (gratis account)</translation>
    </message>
    <message>
        <source>Invitations a week</source>
        <translation>Uitnodigingen per week</translation>
    </message>
    <message>
        <source>Credits LinkedIn shows now</source>
        <translation>Credits volgens LinkedIn nu</translation>
    </message>
    <message>
        <source>I know it</source>
        <translation>Die weet ik</translation>
    </message>
    <message>
        <source>Use this figure</source>
        <translation>Dit aantal gebruiken</translation>
    </message>
    <message>
        <source>LinkedIn changes these figures now and then: check yours where your plan shows them (My Premium, Sales Navigator&apos;s or Recruiter&apos;s settings). Invitations a week: LinkedIn publishes no number; users report 100 to 200.</source>
        <translation>LinkedIn past deze aantallen af en toe aan: controleer ze waar je abonnement ze toont (Mijn Premium, of de instellingen van Sales Navigator of Recruiter). Uitnodigingen per week: LinkedIn noemt geen aantal; gebruikers melden 100 tot 200.</translation>
    </message>
    <message numerus="yes">
        <source>Taken: %n credit(s) from now on.</source>
        <translation>
            <numerusform>Overgenomen: vanaf nu %n credit.</numerusform>
            <numerusform>Overgenomen: vanaf nu %n credits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Nothing sent yet. Mark messages as sent, or import LinkedIn&apos;s data export in the Sent tab, and your reply rates, A/B tests and InMail credits appear here.</source>
        <translation>Nog niets verzonden. Markeer berichten als verzonden, of importeer de gegevensexport van LinkedIn op het tabblad Verzonden, en je antwoordpercentages, A/B-tests en InMail-credits verschijnen hier.</translation>
    </message>
</context>
<context>
    <name>SendActions</name>
    <message>
        <source>Copy with errors?</source>
        <translation>Kopiëren met fouten?</translation>
    </message>
    <message>
        <source>This message still has errors:

%s

Copy it anyway?</source>
        <translation>Dit bericht bevat nog fouten:

%s

Toch kopiëren?</translation>
    </message>
    <message>
        <source>Copy anyway</source>
        <translation>Toch kopiëren</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <source>Only an InMail has a subject: nothing was copied.</source>
        <translation>Alleen een InMail heeft een onderwerp: er is niets gekopieerd.</translation>
    </message>
    <message>
        <source>Copied the subject — paste it into LinkedIn.</source>
        <translation>Onderwerp gekopieerd — plak het in LinkedIn.</translation>
    </message>
    <message>
        <source>Copied the message — paste it into LinkedIn.</source>
        <translation>Bericht gekopieerd — plak het in LinkedIn.</translation>
    </message>
    <message>
        <source>Copied subject and message — paste them into LinkedIn.</source>
        <translation>Onderwerp en bericht gekopieerd — plak ze in LinkedIn.</translation>
    </message>
    <message>
        <source>This message was already marked as sent.</source>
        <translation>Dit bericht was al gemarkeerd als verzonden.</translation>
    </message>
    <message>
        <source>Marked as sent. Alt+Right goes to the next prospect.</source>
        <translation>Gemarkeerd als verzonden. Met Alt+Pijl-rechts ga je naar de volgende prospect.</translation>
    </message>
    <message>
        <source>Marked as sent. Ctrl+N starts the next one.</source>
        <translation>Gemarkeerd als verzonden. Met Ctrl+N begin je aan het volgende.</translation>
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
        <source>Undo for %1</source>
        <translation>Ongedaan maken voor %1</translation>
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
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentBanner</name>
    <message>
        <source>Write a follow-up</source>
        <translation>Vervolgbericht schrijven</translation>
    </message>
    <message>
        <source>Sent %s. This is the text that was sent; it can no longer be changed.</source>
        <translation>Verzonden op %s. Dit is de tekst die verzonden is; je kunt hem niet meer wijzigen.</translation>
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
        <source>Your InMail to %1 of %2 has no answer yet. Did they answer in that conversation? Then mark the InMail the same: LinkedIn returns its credit.</source>
        <translation>Je InMail aan %1 van %2 heeft nog geen antwoord. Antwoordde die persoon in dat gesprek? Markeer de InMail dan net zo: LinkedIn geeft de credit terug.</translation>
    </message>
    <message>
        <source>The InMail too?</source>
        <translation>De InMail ook?</translation>
    </message>
    <message>
        <source>Mark the InMail too</source>
        <translation>InMail ook markeren</translation>
    </message>
    <message>
        <source>Only the follow-up</source>
        <translation>Alleen het vervolgbericht</translation>
    </message>
    <message>
        <source>Remove every message to %1 from the log? This cannot be undone.</source>
        <translation>Alle berichten aan %1 uit het logboek verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Remove everything stored about %1: every message to them, their drafts and their prospect records? This cannot be undone.</source>
        <translation>Alles verwijderen wat over %1 is opgeslagen: alle berichten aan deze persoon, de concepten en de prospectgegevens? Dit kan niet ongedaan worden gemaakt.</translation>
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
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Subject: warn after (characters)</source>
        <translation>Onderwerp: waarschuwen na (tekens)</translation>
    </message>
    <message>
        <source>Subject: LinkedIn maximum (characters)</source>
        <translation>Onderwerp: maximum van LinkedIn (tekens)</translation>
    </message>
    <message>
        <source>InMail: at least (words)</source>
        <translation>InMail: minstens (woorden)</translation>
    </message>
    <message>
        <source>InMail: at most (words)</source>
        <translation>InMail: hoogstens (woorden)</translation>
    </message>
    <message>
        <source>InMail: LinkedIn maximum (characters)</source>
        <translation>InMail: maximum van LinkedIn (tekens)</translation>
    </message>
    <message>
        <source>Connection note, premium (characters)</source>
        <translation>Notitie bij connectieverzoek, Premium (tekens)</translation>
    </message>
    <message>
        <source>Connection note, free account (characters)</source>
        <translation>Notitie bij connectieverzoek, gratis account (tekens)</translation>
    </message>
    <message>
        <source>Follow-up: at most (words)</source>
        <translation>Vervolgbericht: hoogstens (woorden)</translation>
    </message>
    <message>
        <source>Longest sentence (words)</source>
        <translation>Langste zin (woorden)</translation>
    </message>
    <message>
        <source>Detect from the text</source>
        <translation>Herkennen aan de tekst</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systeemtaal volgen</translation>
    </message>
    <message>
        <source>fills {{ sender_name }} in every template</source>
        <translation>vult {{ sender_name }} in elk sjabloon</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>LinkedIn account</source>
        <translation>LinkedIn-account</translation>
    </message>
    <message>
        <source>Message language</source>
        <translation>Taal van het bericht</translation>
    </message>
    <message>
        <source>App language</source>
        <translation>Taal van de app</translation>
    </message>
    <message>
        <source>Reset to LinkedIn&apos;s defaults</source>
        <translation>Terug naar de standaard van LinkedIn</translation>
    </message>
    <message>
        <source>Limits the coach checks</source>
        <translation>Grenzen die de coach bewaakt</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schrijven</translation>
    </message>
    <message>
        <source>Follow-ups and results</source>
        <translation>Vervolgberichten en resultaten</translation>
    </message>
    <message>
        <source>InMail credits, reply windows and LinkedIn&apos;s limits</source>
        <translation>InMail-credits, antwoordtermijnen en de grenzen van LinkedIn</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <source>Template not saved</source>
        <translation>Sjabloon niet opgeslagen</translation>
    </message>
    <message>
        <source>This template compares subject lines (A/B variants), so it stays an InMail. To make another kind of message from it, remove the variants from its file first.</source>
        <translation>Dit sjabloon vergelijkt onderwerpregels (A/B-varianten) en blijft dus een InMail. Wil je er een ander soort bericht van maken, haal dan eerst de varianten uit het bestand.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Sjabloon verwijderen</translation>
    </message>
    <message>
        <source>Delete your template “%s”? This cannot be undone.</source>
        <translation>Je sjabloon ‘%s’ verwijderen? Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Niet verwijderen</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Edit template</source>
        <translation>Sjabloon bewerken</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nieuw sjabloon</translation>
    </message>
    <message>
        <source>Template title</source>
        <translation>Titel van het sjabloon</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Reader&apos;s DMU role</source>
        <translation>DMU-rol van de lezer</translation>
    </message>
    <message>
        <source>Journey phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Use {{ first_name }}, {{ company }}, {{ recent_post }}… for the details you fill in per prospect; {{ x | default(&quot;…&quot;) }} gives a fallback.</source>
        <translation>Gebruik {{ first_name }}, {{ company }}, {{ recent_post }}… voor wat je per prospect invult; {{ x | default(&quot;…&quot;) }} geeft een vervangtekst.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Template error: %1</source>
        <translation>Fout in het sjabloon: %1</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Type to search templates</source>
        <translation>Typ om sjablonen te zoeken</translation>
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>VariantNote</name>
    <message>
        <source>A/B test of the subject line: this message uses %1 (of %2). The Results tab compares them once enough have been sent.</source>
        <translation>A/B-test van het onderwerp: dit bericht gebruikt %1 (van %2). Het tabblad Resultaten vergelijkt ze zodra er genoeg verzonden zijn.</translation>
    </message>
    <message>
        <source>A/B test of the message: this one uses %1 (of %2). The Results tab compares them once enough have been sent.</source>
        <translation>A/B-test van het bericht: dit bericht gebruikt %1 (van %2). Het tabblad Resultaten vergelijkt ze zodra er genoeg verzonden zijn.</translation>
    </message>
    <message>
        <source>A/B test of subject and message: this one uses %1 (of %2). The Results tab compares them once enough have been sent.</source>
        <translation>A/B-test van onderwerp en bericht: dit bericht gebruikt %1 (van %2). Het tabblad Resultaten vergelijkt ze zodra er genoeg verzonden zijn.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>New draft</source>
        <translation>Nieuw concept</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Sjablonen zoeken</translation>
    </message>
    <message>
        <source>Copy subject</source>
        <translation>Onderwerp kopiëren</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Bericht kopiëren</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Alles kopiëren</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Markeren als verzonden</translation>
    </message>
    <message>
        <source>Next prospect</source>
        <translation>Volgende prospect</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkbalk</translation>
    </message>
</context>
</TS>
