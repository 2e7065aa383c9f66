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
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
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
        <source>Nothing to fix: this message is ready to send.</source>
        <translation>Niets meer te verbeteren: dit bericht kan weg.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Pick a finding to see how to fix it and why.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kies een opmerking om te zien hoe je het oplost en waarom.&lt;/i&gt;</translation>
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
        <source>Any language</source>
        <translation>Elke taal</translation>
    </message>
    <message>
        <source>Any goal</source>
        <translation>Elk doel</translation>
    </message>
    <message>
        <source>Any DMU role</source>
        <translation>Elke DMU-rol</translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation>Elke fase</translation>
    </message>
    <message>
        <source>Filter by %s</source>
        <translation>Filteren op %s</translation>
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
    <name>MainWindow</name>
    <message>
        <source>InMail Studio</source>
        <translation>InMail Studio</translation>
    </message>
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
    <message>
        <source>You edited the text by hand, so the prospect form no longer changes it.</source>
        <translation>Je hebt de tekst zelf aangepast, dus het prospectformulier verandert hem niet meer.</translation>
    </message>
    <message>
        <source>Re-apply template</source>
        <translation>Sjabloon opnieuw toepassen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bericht&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Part of the window could not be built: %s

Your drafts are saved. Please close InMail Studio and start it again.</source>
        <translation>Een deel van het venster kon niet worden opgebouwd: %s

Je concepten zijn opgeslagen. Sluit InMail Studio en start het opnieuw.</translation>
    </message>
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
        <translation>Hoofdbalk</translation>
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
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
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
        <source>Read as %s, columns separated by a %s. Check which field each column fills:</source>
        <translation>Gelezen als %s, kolommen gescheiden door een %s. Controleer welk veld elke kolom vult:</translation>
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
        <source>Field for column %s</source>
        <translation>Veld voor kolom %s</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InMail Studio</source>
        <translation>InMail Studio</translation>
    </message>
    <message>
        <source>LinkedIn data export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote to {name} %n day(s) ago ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your InMail to {name} of {date} is still unanswered: LinkedIn allows no second InMail until they respond, and in Sales Navigator it costs another credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} declined your message of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{detail} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{detail} is not a folder or .zip from LinkedIn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{detail} holds neither Invitations.csv nor messages.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file lacks the columns it needs ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of the export cannot be read ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProspectForm</name>
    <message>
        <source>Pick a template to fill it in for a prospect.</source>
        <translation>Kies een sjabloon om het voor een prospect in te vullen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prospect&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prospect&lt;/b&gt;</translation>
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
        <source>No lists yet: import a CSV</source>
        <translation>Nog geen lijsten: importeer een CSV-bestand</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>nog %1 van %2 te gaan</translation>
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
        <source>Back at the top of the list.</source>
        <translation>Weer bovenaan de lijst.</translation>
    </message>
    <message>
        <source>Everyone in this list has been written to.</source>
        <translation>Iedereen in deze lijst heeft een bericht gekregen.</translation>
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
        <source>Exported everything stored about %s.</source>
        <translation>Alles wat over %s is opgeslagen, is geëxporteerd.</translation>
    </message>
    <message>
        <source>Delete %s and every detail stored about them?</source>
        <translation>%s verwijderen, met alle gegevens die over deze persoon zijn opgeslagen?</translation>
    </message>
    <message>
        <source>This also deletes %1 draft(s) and %2 sent message(s) for them.</source>
        <translation>Daarmee verdwijnen ook %1 concept(en) en %2 verzonden bericht(en) aan deze persoon.</translation>
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
    <name>QuotaCounter</name>
    <message>
        <source>LinkedIn quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal notes this month: {used} of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations in the last 7 days: {used} of about {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s personal notes are used up: LinkedIn sends further invitations without a note until {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reached the weekly number of invitations users report LinkedIn allows. Wait a few days, or LinkedIn may stop you sending more.</source>
        <translation type="unfinished"></translation>
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
        <source>{n} too recent to tell</source>
        <translation>{n} te recent om iets over te zeggen</translation>
    </message>
    <message>
        <source>{rb} of {cb} against {rw} of {cw}</source>
        <translation>{rb} van {cb} tegen {rw} van {cw}</translation>
    </message>
    <message>
        <source>{replied} of {sent} replied ({rate})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages with {better} got replies, those with {worse} none: {counts}.</source>
        <translation>Berichten met {better} kregen antwoord, die met {worse} niet: {counts}.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies within the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsContent</name>
    <message>
        <source>Sent and answered per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply rate per template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection requests accepted, by month sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InMail credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;A/B tests&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What works for you&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;InMail credits, as this app counts them&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{sent}&lt;/b&gt; messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InMails and follow-ups: &lt;b&gt;{rate}&lt;/b&gt; answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection requests: &lt;b&gt;{rate}&lt;/b&gt; accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; InMail credits left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply counts when it came within {days} days of sending. Messages from the last {days} days are too recent to tell and left out, so a rate does not only ever rise. Ranges show where the real rate lies with 95 % certainty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent and answered per week appear from your second week of sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers are counted in the week they came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template has {min} messages older than {days} days yet. Messages from the last {days} days ({early} so far) count once they are {days} days old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots: replies within {days} days. Bars: where the real rate lies (95 % sure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few to draw (under {min} counted): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance over time needs two months with at least {min} connection requests older than {days} days each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots: share accepted within {days} days. Bars: where the real rate lies (95 % sure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No InMails marked as sent yet: the credit count starts with the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed line: your plan&apos;s cap of {cap} credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plan}: {monthly} credits a month, at most {cap} banked. Balance: {balance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More InMails were marked as sent than this app counted credits for: set the real balance from LinkedIn in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} InMails are still waiting for an answer: each one answered within 90 days gives its credit back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} credits expire in the next 30 days if unused, the first {n} on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn changes these figures now and then; when its count differs, set the real balance in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Nothing sent yet. Mark messages as sent, or import LinkedIn&apos;s data export in the Sent tab, and your reply rates, A/B tests and InMail credits appear here.</source>
        <translation type="unfinished"></translation>
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
        <source>Copied %s — paste it into LinkedIn.</source>
        <translation>%s gekopieerd — plak het in LinkedIn.</translation>
    </message>
    <message>
        <source>the subject</source>
        <translation>het onderwerp</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>het bericht</translation>
    </message>
    <message>
        <source>subject and message</source>
        <translation>onderwerp en bericht</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
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
        <source>Detect from the text</source>
        <translation>Herkennen aan de tekst</translation>
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
        <source>Reset to LinkedIn&apos;s defaults</source>
        <translation>Terug naar de standaard van LinkedIn</translation>
    </message>
    <message>
        <source>Limits the coach checks</source>
        <translation>Grenzen die de coach bewaakt</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
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
        <source>Template error: %s</source>
        <translation>Fout in het sjabloon: %s</translation>
    </message>
</context>
</TS>
