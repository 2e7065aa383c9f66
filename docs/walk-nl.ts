<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CoachPanel</name>
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
    <message numerus="yes">
        <source>To fill in (%n)</source>
        <translation>
            <numerusform>Nog invullen (%n)</numerusform>
            <numerusform>Nog invullen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%s: not filled in yet</source>
        <translation>%s: nog niet ingevuld</translation>
    </message>
    <message>
        <source>Fill it in in the form below the message.</source>
        <translation>Vul het in het formulier onder het bericht in.</translation>
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
        <source>Reading ease: 0 is very hard, 100 very easy (Flesch; Flesch-Douma for Dutch).</source>
        <translation>Leesgemak: 0 is heel moeilijk, 100 heel makkelijk (Flesch; Flesch-Douma voor Nederlands).</translation>
    </message>
    <message>
        <source>Still empty for this message. Fill it in in the form below the message; until then the text shows a placeholder, and copying it or marking it sent asks first.</source>
        <translation>Nog leeg voor dit bericht. Vul het in het formulier onder het bericht in; tot dan staat er een invulveld in de tekst, en vraagt kopiëren of markeren als verzonden eerst of je het zeker weet.</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
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
        <source>The reader's role in the decision (the DMU, decision-making unit: the people who decide on a purchase or a hire together): initiator, influencer, gatekeeper, decision maker, buyer or user.</source>
        <translation>De rol van de lezer in het besluit (de DMU, beslissingseenheid: de mensen die samen over een aankoop of een aanstelling beslissen): initiatiefnemer, beïnvloeder, poortwachter, beslisser, inkoper of gebruiker.</translation>
    </message>
    <message>
        <source>Any reader's role</source>
        <translation>Elke rol van de lezer</translation>
    </message>
    <message>
        <source>reader: %s</source>
        <translation>lezer: %s</translation>
    </message>
    <message>
        <source>phase: %s</source>
        <translation>fase: %s</translation>
    </message>
    <message>
        <source>Where the reader is in their decision: exploring, comparing or after buying.</source>
        <translation>Waar de lezer staat in het besluit: oriënteren, vergelijken of na de aankoop.</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
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
</context>
<context>
    <name>MessageFlow</name>
    <message>
        <source>This message was already marked as sent.</source>
        <translation>Dit bericht is al gemarkeerd als verzonden.</translation>
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
    <name>ProspectForm</name>
    <message>
        <source>e.g. Sanne</source>
        <translation>bijv. Sanne</translation>
    </message>
    <message>
        <source>their company</source>
        <translation>hun bedrijf</translation>
    </message>
    <message>
        <source>a post or article of theirs you read</source>
        <translation>een bericht of artikel van hen dat je las</translation>
    </message>
    <message>
        <source>what their recent post was about</source>
        <translation>waar hun recente bericht over ging</translation>
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
        <translation>een concrete uitdaging van hun team of bedrijf</translation>
    </message>
    <message>
        <source>their job title</source>
        <translation>hun functie</translation>
    </message>
    <message>
        <source>your name, as you sign</source>
        <translation>je naam, zoals je ondertekent</translation>
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
</TS>
