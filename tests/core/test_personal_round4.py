# SPDX-License-Identifier: GPL-3.0-or-later
"""personalisation, fourth round: hedges, ties in a sector, the reader's own application, things noticed.

The sentences are written for these tests, in both languages, one pattern per group, so that a rule
is held to the pattern and not to the corpus phrasing it was found in.
"""

from __future__ import annotations

import pytest
from personal_sentences import ASK, GREETING, coach, counted, shown, shows, warned  # noqa: F401

# (language, sentence, part of the detail the coach must show)
FOUND = [
    # the writer's own hedge ("I think") before a shared past does not make it shared knowing
    ("en", "I think we were both on the Makers Academy cohort of spring 2019.", "we were both"),
    ("nl", "Ik denk dat we allebei in de lichting 2015 van de Politieacademie zaten.", "we allebei"),
    # a named or counted thing the writer noticed, then "you" and its verb
    ("en", "I came across the 40 refurbished e-bikes you put up for sale on Marktplaats.", "40 refurbished e-bikes"),
    ("en", "I read about the four-day-week trial you ran at the Leeds call centre.", "you ran"),
    ("en", "I spotted the three Senior Nurse vacancies you posted for the Ealing clinic.", "Senior Nurse vacancies"),
    ("nl", "Ik zag de drie tweedehands heftrucks die jullie op Marktplaats aanbieden.", "heftrucks"),
    # their contributions, explanations, programmes, appointments
    ("en", "Your contributions to the Home Assistant integrations have saved me hours.", "Your contributions"),
    ("nl", "Je bijdragen aan de Odoo-community helpen ons elke dag.", "Je bijdragen"),
    ("nl", "Bedankt voor je toelichting over de nieuwe cao gisteren bij de OR.", "je toelichting over"),
    ("nl", "Ik las in het Nieuwsblad over jullie nieuwe leertraject voor lassers.", "leertraject"),
    ("en", "Congratulations on your appointment to the board of Oxfam Novib.", "appointment"),
    ("nl", "Proficiat met uw aanstelling als directeur van De Lijn Limburg.", "aanstelling"),
    # advice of theirs the writer acted on
    ("en", "I took your advice to build a portfolio before applying, and it worked.", "your advice to build"),
    ("nl", "Ik heb je advies opgevolgd om eerst een portfolio te maken.", "je advies"),
    # a tour of their place, time spent together, knowing each other from somewhere
    ("en", "Thanks again for the tour of your bakery in Haarlem last Friday.", "your bakery"),
    ("nl", "Nogmaals dank voor de rondleiding door jullie bakkerij in Mechelen.", "jullie bakkerij"),
    ("en", "I still think back to our time at Booking.com in the payments team.", "our time at Booking.com"),
    ("nl", "Ik kijk nog vaak terug op onze gezamenlijke tijd bij de Rabobank.", "gezamenlijke tijd"),
    ("en", "We know each other from the Toastmasters club in Eindhoven.", "know each other from"),
    ("nl", "Wij kennen elkaar nog van de cursus timemanagement bij de VDAB.", "kennen elkaar"),
    # a place of theirs named by the nouns before it (English writes apart what Dutch compounds)
    ("en", "I ordered through your spare parts portal last week.", "your spare parts portal"),
    ("en", "Your dealer locator page sent me to a shop in Utrecht.", "Your dealer locator page"),
]

GENERIC = [
    # a tie in a sector or a market is true of thousands
    ("en", "I'm also active in the Manchester logistics sector and growing my network."),
    ("en", "Looks like we both work on digital health in the Benelux."),
    ("en", "We both sell into the retail market, so connecting made sense."),
    ("nl", "Ik ben ook actief in de Brabantse zorgsector en breid mijn netwerk uit."),
    ("nl", "Ook ik ben actief in de retailbranche."),
    # the reader applied: the position is the sender's own vacancy
    ("en", "Thank you for applying for the Warehouse Supervisor role at Tilbury."),
    ("en", "Thanks for your application for the Data Analyst position."),
    ("nl", "Bedankt voor je sollicitatie op de functie van magazijnmedewerker in Tilburg."),
    ("nl", "Bedankt voor uw sollicitatie voor de vacature Financieel Adviseur."),
    # their events, unnamed, are a sales pitch's guess
    ("en", "Your events deserve better catering."),
    ("nl", "Voor uw evenementen verzorgen wij de catering."),
    ("nl", "Jullie evenementen verdienen betere catering."),
    # a place of theirs with an adjective only
    ("en", "I love your beautiful office."),
    ("en", "Your whole website could convert better."),
    ("en", "Your stunning webshop could convert better."),
    ("nl", "Jullie hele website kan beter converteren."),
    # something noticed that names nothing; knowing together; advice wished for
    ("en", "I saw the email you sent to our support desk."),
    ("nl", "Ik zag de mail die je naar onze helpdesk stuurde."),
    ("en", "I think we both know how tough hiring is right now."),
    ("nl", "Ik denk dat we allebei weten hoe lastig werven nu is."),
    ("en", "I'd love your advice to help me pick the right course."),
    ("en", "I need your advice to choose a course."),
    ("nl", "Ik zou graag je advies willen om de juiste opleiding te kiezen."),
]


@pytest.mark.parametrize(("lang", "sentence", "part"), FOUND)
def test_a_detail_is_found_and_shown(lang: str, sentence: str, part: str) -> None:
    result = coach(lang, sentence)
    assert shows(result, part), (sentence, counted(result))


@pytest.mark.parametrize(("lang", "sentence"), GENERIC)
def test_a_generic_sentence_is_warned(lang: str, sentence: str) -> None:
    result = coach(lang, sentence)
    assert warned(result), (sentence, shown(result))


# Whole-range checks written before the rules were tuned on them (two batches: 22/25 and 35/36, then
# 11/12 and 21/22 right at first try): each kind of detail, and mass-message openings that are none.
FRESH_FOUND = [
    ("en", "Your LinkedIn post about burnout among junior developers really struck a chord."),
    ("en", "Saw that Greenfield Dairy just opened a cheese plant in Assen."),
    ("en", "Congrats on closing the €4M seed round last month!"),
    ("en", "Ingrid Vos from your finance team suggested I get in touch."),
    ("en", "We were both speakers at Frontend Love in Amsterdam last year."),
    ("en", "You told me on Tuesday that onboarding new drivers is your biggest bottleneck."),
    ("en", "The podcast episode where you discussed warehouse robots was brilliant."),
    ("en", "I noticed your team is moving the ERP to SAP S/4HANA next spring."),
    ("en", "We spoke briefly after your keynote at HR Tech Europe."),
    ("en", "Your book on negotiation for engineers is on my desk right now."),
    ("en", "I gather the new Breda warehouse opens in June."),
    ("en", "Like you, I did my PhD at TU Eindhoven under professor Janssen."),
    ("en", "Your answer in the Reddit thread on Kafka retention saved my weekend."),
    ("en", "I heard from Tom Bakker that you're rebuilding the data team at Picnic."),
    ("nl", "Je LinkedIn-post over werkdruk in de kinderopvang was heel herkenbaar."),
    ("nl", "Ik zag dat Bakkerij Vos een tweede filiaal in Gouda opent."),
    ("nl", "Gefeliciteerd met de overname van Brouwerij De Molen!"),
    ("nl", "Marieke de Graaf van jullie HR-team raadde me aan contact te zoeken."),
    ("nl", "We zaten samen in het bestuur van studievereniging Sticky in 2016."),
    ("nl", "Je vertelde vorige week dat het roosteren van invallers jullie grootste kopzorg is."),
    ("nl", "Ik luisterde naar de aflevering van De Werkvloer waarin je over stagiairs sprak."),
    ("nl", "Ik begreep dat jullie volgend jaar overstappen op AFAS."),
    ("nl", "Na je presentatie op de Zorgdag in Ede spraken we even kort."),
    ("nl", "Jullie vacature voor een planner in Venlo staat al een tijdje open."),
    ("nl", "Net als jij ben ik begonnen als verpleegkundige in het Erasmus MC."),
    ("en", "Loved the demo of your route optimiser at Logistics Live in Birmingham."),
    ("en", "Your team's move from Jira to Linear last spring sounded painful."),
    ("en", "Saw on the news that Harbour Bank is closing its Leeds branch."),
    ("en", "Following up on our chat at the Zeeland Business Awards about your night-shift rota."),
    ("en", "Your Medium article comparing dbt and SQLMesh is the clearest I've read."),
    ("en", "Sorry to hear about the flooding at your Hull depot last week."),
    ("nl", "Mooi stuk van je in Trouw over eenzaamheid onder studenten."),
    ("nl", "Ik hoorde van Joris Smit dat jullie een tweede kliniek in Zwolle openen."),
    ("nl", "Jammer van de brand in jullie magazijn in Tiel vorige maand."),
    ("nl", "Leuk dat we elkaar spraken op de Dag van de Logistiek in Utrecht."),
    ("nl", "Je reactie onder de post van Femke over thuiswerken vond ik raak."),
    ("nl", "Ik las dat de gemeente Zaanstad jullie de aanbesteding voor het groenonderhoud heeft gegund."),
]

FRESH_GENERIC = [
    ("en", "I came across your profile and was impressed by your experience in logistics."),
    ("en", "I noticed you're a leader in the fintech space."),
    ("en", "Given your role as Head of Operations, this might be relevant."),
    ("en", "I love what you're building at Acme."),
    ("en", "Companies like yours often struggle with employee retention."),
    ("en", "As a fellow marketer, I know how busy things get."),
    ("en", "I see we have 12 mutual connections."),
    ("en", "We're both members of the Product Management group on LinkedIn."),
    ("en", "Your company seems to be growing fast."),
    ("en", "I've been following your company for a while and love your content."),
    ("en", "Your background in finance caught my eye."),
    ("en", "I help SaaS founders scale their outbound."),
    ("en", "Many HR leaders I speak to are dealing with absenteeism."),
    ("en", "Your posts are always insightful."),
    ("en", "I'm reaching out because your experience matches a role we're hiring for."),
    ("en", "I hope your week is going well."),
    ("en", "Hope you're doing well and enjoying the summer."),
    ("en", "I saw you're based in Rotterdam."),
    ("en", "I see you've been at Acme for five years."),
    ("en", "We work with many companies in your industry."),
    ("nl", "Ik kwam je profiel tegen en was onder de indruk van je ervaring."),
    ("nl", "Ik zie dat je werkzaam bent in de logistiek."),
    ("nl", "Gezien je rol als teamleider lijkt dit me relevant."),
    ("nl", "Bedrijven zoals het jouwe worstelen vaak met verloop."),
    ("nl", "We hebben 14 gemeenschappelijke connecties."),
    ("nl", "We zitten allebei in de LinkedIn-groep Recruitment NL."),
    ("nl", "Jullie bedrijf groeit hard, zo te zien."),
    ("nl", "Ik volg jullie bedrijf al een tijdje en vind jullie content sterk."),
    ("nl", "Je achtergrond in finance viel me op."),
    ("nl", "Veel HR-managers met wie ik spreek hebben last van ziekteverzuim."),
    ("nl", "Je posts zijn altijd inspirerend."),
    ("nl", "Ik hoop dat je een fijne week hebt."),
    ("nl", "Ik zag dat je in Utrecht woont."),
    ("nl", "Ik zie dat je al vijf jaar bij Acme werkt."),
    ("nl", "Wij werken voor veel bedrijven in jullie branche."),
    ("nl", "Als collega-marketeer weet ik hoe druk het kan zijn."),
    ("en", "Our client, a Series B fintech in Berlin, is hiring three backend engineers."),
    ("en", "We helped Coolblue cut onboarding time by 30% in 2023."),
    ("en", "I'm recruiting for a Head of Finance role at a Rotterdam scale-up."),
    ("en", "We're hosting a breakfast at the Hilton Amsterdam on 12 March."),
    ("en", "Following up on my previous message about our HR software."),
    ("en", "Just bumping this to the top of your inbox."),
    ("en", "I saw you viewed my profile last week."),
    ("en", "I noticed you're connected to several people at Philips."),
    ("en", "Many teams in logistics are switching to electric vans this year."),
    ("en", "Our new AI tool launched last month and already has 500 users."),
    ("en", "I'm reaching out to a few finance leaders in the Netherlands."),
    ("en", "Your company might benefit from our payroll service."),
    ("nl", "Onze klant, een groeiende webshop in Eindhoven, zoekt een marketeer."),
    ("nl", "Wij hielpen Bol.com vorig jaar de doorlooptijd met 20% te verkorten."),
    ("nl", "Ik werf voor een functie als controller bij een bedrijf in Breda."),
    ("nl", "Op 14 maart organiseren wij een ontbijtsessie in het Van der Valk Hotel Utrecht."),
    ("nl", "Ik kom even terug op mijn vorige bericht over onze software."),
    ("nl", "Ik zag dat je mijn profiel hebt bekeken."),
    ("nl", "Veel logistieke bedrijven stappen dit jaar over op elektrische bestelbussen."),
    ("nl", "Onze nieuwe app is vorige maand gelanceerd."),
    ("nl", "Uw bedrijf kan misschien profiteren van onze salarisadministratie."),
    ("nl", "Ik benader een paar HR-managers in de regio Utrecht."),
]


@pytest.mark.parametrize(("lang", "sentence"), FRESH_FOUND)
def test_each_kind_of_detail_is_found(lang: str, sentence: str) -> None:
    result = coach(lang, sentence)
    assert not warned(result), sentence
    assert shown(result) and all(text in sentence for text in shown(result)), (sentence, shown(result))


@pytest.mark.parametrize(("lang", "sentence"), FRESH_GENERIC)
def test_a_mass_message_opening_is_warned(lang: str, sentence: str) -> None:
    assert warned(coach(lang, sentence)), sentence
