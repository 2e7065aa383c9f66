<?xml version='1.0' encoding='utf-8'?>
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
    <name>GroupRates</name>
    <message>
        <source>&lt;b&gt;Reply rates by&lt;/b&gt;</source>
        <translation>&lt;b&gt;Antwoordpercentages per&lt;/b&gt;</translation>
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
        <source>This month's personal notes are used up: LinkedIn sends further invitations without a note until {day}.</source>
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
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Replies within the window</source>
        <translation>Antwoorden binnen de termijn</translation>
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
        <source>replied</source>
        <translation>beantwoord</translation>
    </message>
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
        <translation>tot en met 400 tekens</translation>
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
        <translation>een persoonlijk detail naast de naam</translation>
    </message>
    <message>
        <source>nothing beyond the name</source>
        <translation>alleen de naam</translation>
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
        <translation>Nog te weinig gegevens: met ongeveer {more} berichten meer per variant wordt een verschil van 10 procentpunt zichtbaar.</translation>
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
        <translation>Geen duidelijk verschil: na {sent} berichten per variant krijgen ze ongeveer even vaak antwoord.</translation>
    </message>
    <message>
        <source>almost used up</source>
        <translation>bijna op</translation>
    </message>
    <message>
        <source>limit reached</source>
        <translation>limiet bereikt</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>boven de limiet</translation>
    </message>
    <message>
        <source>Fewer than 1 in 5 of your invitations are accepted. Personalise them and say why you want to connect (LinkedIn's Social Selling Index advice).</source>
        <translation>Minder dan 1 op de 5 van je uitnodigingen wordt geaccepteerd. Maak ze persoonlijk en zeg waarom je wilt connecten (advies uit LinkedIns Social Selling Index).</translation>
    </message>
    <message>
        <source>none old enough to count yet</source>
        <translation>nog geen berichten oud genoeg om mee te tellen</translation>
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
        <translation>{rb} van {cb} tegenover {rw} van {cw}</translation>
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
        <translation>Berichten met {better} kregen {ratio} keer zo vaak antwoord als die met {worse}: {counts}.</translation>
    </message>
</context>
<context>
    <name>ResultsContent</name>
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
        <source>Replies and accepted invitations</source>
        <translation>Antwoorden en geaccepteerde uitnodigingen</translation>
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
        <source>No template has {min} messages older than {days} days yet. Messages sent in that time ({early} so far) count once they are {days} days old.</source>
        <translation>Nog geen sjabloon heeft {min} berichten die ouder zijn dan {days} dagen. Berichten uit die periode ({early} tot nu toe) tellen mee zodra ze {days} dagen oud zijn.</translation>
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
        <source>Dashed line: the most your plan lets you bank ({cap}).</source>
        <translation>Stippellijn: het maximum dat je abonnement laat opsparen ({cap}).</translation>
    </message>
    <message>
        <source>{plan}. Credits per month: {monthly}; at most banked: {cap}. Balance: {balance}.</source>
        <translation>{plan}. Credits per maand: {monthly}; maximaal opgespaard: {cap}. Saldo: {balance}.</translation>
    </message>
    <message>
        <source>More InMails were marked as sent than this app counted credits for: set the real balance from LinkedIn in Settings.</source>
        <translation>Er zijn meer InMails als verzonden gemarkeerd dan deze app credits telde: vul bij Instellingen het echte saldo van LinkedIn in.</translation>
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
        <source>LinkedIn changes these figures now and then; when its count differs, set the real balance in Settings.</source>
        <translation>LinkedIn past deze aantallen af en toe aan; wijkt de telling van LinkedIn af, vul dan bij Instellingen het echte saldo in.</translation>
    </message>
</context>
<context>
    <name>ResultsSettingsForm</name>
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
        <source>LinkedIn changes these figures now and then: check yours on your My Premium page. Invitations a week: LinkedIn publishes no number; users report 100 to 200.</source>
        <translation>LinkedIn past deze aantallen af en toe aan: controleer ze op je pagina Mijn Premium. Uitnodigingen per week: LinkedIn noemt geen aantal; gebruikers melden 100 tot 200.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Nothing sent yet. Mark messages as sent, or import LinkedIn's data export in the Sent tab, and your reply rates, A/B tests and InMail credits appear here.</source>
        <translation>Nog niets verzonden. Markeer berichten als verzonden, of importeer de gegevensexport van LinkedIn op het tabblad Verzonden, en je antwoordpercentages, A/B-tests en InMail-credits verschijnen hier.</translation>
    </message>
</context>
</TS>