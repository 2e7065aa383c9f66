# SPDX-License-Identifier: GPL-3.0-or-later
"""personalisation, fifth round: news that says what, favours thanked for, "the same …", kinds of business.

Each group holds one phenomenon in both languages, in sentences written for these tests (none copied
from the coach corpus), so a rule is held to the pattern and not to the phrasing it was found in.
"""

from __future__ import annotations

import pytest
from personal_sentences import coach, counted, shows, warned

# (language, sentence, part of the detail the coach must show)
FOUND = [
    # company news that says what
    ("en", "I saw you're hiring a Head of Data for the Leeds office.", "hiring a Head of Data"),
    ("en", "Noticed your team is opening a second depot in Tilburg.", "opening a second depot"),
    ("nl", "Ik zag dat jullie een teamleider planning zoeken.", "teamleider planning"),
    ("nl", "Ik las dat jullie een tweede vestiging openen in Deventer.", "vestiging"),
    # "the same …" with a name or a number and the reader or "we" in it
    ("en", "We were in the same cohort at Le Wagon Amsterdam.", "same cohort"),
    ("en", "Looks like you and I studied at the same university in Nijmegen around 2014.", "same university"),
    ("nl", "We zaten in 2011 in dezelfde lichting bij de Politieacademie.", "dezelfde lichting"),
    ("nl", "Jij en ik werkten bij hetzelfde bedrijf in Rotterdam, alleen nooit tegelijk.", "hetzelfde bedrijf"),
    # a person in common named after "of" / "van"
    ("en", "I'm a friend of Josh Harrington's from the climbing club.", "friend of Josh Harrington"),
    ("en", "As a former colleague of Meera Pillai I heard a lot about your team.", "colleague of Meera"),
    ("nl", "Ik ben een vriendin van Femke de Groot, zij gaf me je naam.", "vriendin van Femke"),
    ("nl", "Als teamgenoot van Bas Vermeulen bij de hockeyclub hoorde ik over je.", "teamgenoot van Bas"),
    # their reviews, ratings and job listings
    ("en", "Several of your Trustpilot reviews praise the delivery drivers by name.", "your Trustpilot reviews"),
    ("en", "The Warehouse Lead listing on your site still says 2023.", "Warehouse Lead listing"),
    ("nl", "Een paar van je Google-reviews gaan over de lange wachttijd.", "Google-reviews"),
    ("nl", "De advertentie voor Senior Planner op jullie site heeft een typfout.", "advertentie voor Senior Planner"),
    # a thing of theirs no list knows, named by a name before its noun, that the writer saw or praises
    ("en", "Loved your Rotterdam street-food ranking, number three was spot on.", "Rotterdam street-food ranking"),
    ("en", "I enjoyed your Berlin bouldering roundup.", "Berlin bouldering roundup"),
    ("nl", "Genoten van je Gentse koffieroute!", "Gentse koffieroute"),
    ("nl", "Ik zag je Utrechtse fietsenkaart en heb hem meteen gebruikt.", "Utrechtse fietsenkaart"),
    # a favour they did, thanked for, with the person it went to named
    ("en", "Thanks for forwarding my portfolio to Dana in the design team.", "Dana"),
    ("en", "Thank you for putting me in touch with Sam Okafor last week.", "Sam Okafor"),
    ("nl", "Bedankt dat je mijn cv aan Laura hebt doorgestuurd.", "Laura"),
    ("nl", "Dank voor het doorsturen van mijn portfolio naar Joost.", "Joost"),
    # their remark or statement with a topic
    ("en", "Your remark about night shifts in the Guardian stuck with me.", "Your remark about night shifts"),
    ("en", "Your statement on supplier audits at the AGM was refreshingly direct.", "Your statement on supplier"),
    ("nl", "In het FD las ik uw uitspraak over netcongestie in Flevoland.", "uitspraak over netcongestie"),
    ("nl", "Je stelling over de vierdaagse werkweek kreeg veel bijval.", "stelling over de vierdaagse"),
    # a business kind with a name or a place is theirs
    ("en", "I walked past your dental clinic on Oudegracht last week.", "dental clinic on Oudegracht"),
    ("nl", "Mooi dat uw praktijk in Zwolle nu ook op zaterdag open is.", "praktijk in Zwolle"),
    # an event the reader runs, named before "you"
    ("en", "I've been to the Product Breakfast Leeds you host a few times now.", "Product Breakfast Leeds"),
    ("en", "The Rust Meetup Ghent you organise is the best evening of the month.", "Rust Meetup Ghent"),
    ("nl", "Ik was al twee keer bij de Data Borrel Zwolle die jij organiseert.", "Data Borrel Zwolle"),
    ("nl", "Het Startup Ontbijt Arnhem dat u organiseert heb ik twee keer bezocht.", "Startup Ontbijt Arnhem"),
    # seeing the reader again at a named event
    ("en", "So good to see you again at the alumni day of Leiden Law School.", "alumni day"),
    ("en", "Great seeing you at the Fintech Fika in Malmö on Thursday.", "Fintech Fika"),
    ("nl", "Leuk je weer te zien op de terugkomdag van de Hanzehogeschool.", "terugkomdag"),
    ("nl", "Wat fijn om je te zien op de alumnidag van Nyenrode.", "alumnidag"),
    # their publication or magazine
    ("en", "Your publication in The Lancet on hip fractures in care homes was widely shared.", "publication"),
    ("en", "The spring issue of your association's magazine on cycling safety looked great.", "magazine"),
    ("nl", "Met interesse las ik uw publicatie in Medisch Contact over werkdruk.", "publicatie"),
    ("nl", "Het nieuwe clubblad van uw vereniging ziet er strak uit.", "clubblad van uw vereniging"),
    # a vacancy said with what it is for, even in lower case
    ("nl", "Ik zag dat jullie een vacature hebben voor een junior planner logistiek.", "vacature"),
    ("en", "I noticed you posted a vacancy for a night-shift team lead.", "vacancy"),
    # the question they asked, in a relative clause
    ("nl", "De vraag die je na afloop van de lezing stelde, zette me aan het denken.", "vraag die je"),
    ("en", "The question you asked after the keynote on grid capacity made me think.", "question you asked"),
    # a piece on a platform with a topic is theirs
    ("en", "Loved your LinkedIn post about remote onboarding.", "your LinkedIn post about remote"),
    ("nl", "Je LinkedIn-post over verzuim in de kinderopvang was herkenbaar.", "LinkedIn-post over verzuim"),
    # a contribution said with what it went to
    ("en", "I heard about your contribution to the national apprenticeship working group.", "your contribution to"),
    ("nl", "Ik hoorde over je bijdrage aan de regionale werkgroep techniekonderwijs.", "je bijdrage aan"),
    # "together", "next to each other" after "we", with a name or a number
    ("en", "We sat next to each other at the Mind the Product dinner in London.", "next to each other"),
    ("en", "We spent a week together on the Erasmus exchange in Porto in 2011.", "together"),
    ("nl", "We zaten in 2016 samen in het bestuur van studievereniging Ideefiks.", "samen"),
    ("nl", "We stonden vorige week naast elkaar in de rij op de Dutch Design Week.", "naast elkaar"),
    # a deed of theirs with a definite object at a named employer
    ("nl", "Ik zag op je profiel dat je bij Coolblue het chatteam hebt opgezet.", "het chatteam hebt opgezet"),
    ("nl", "Ik las dat u bij Gemeente Zwolle de parkeerapp hebt gelanceerd.", "de parkeerapp hebt gelanceerd"),
    ("en", "I read that you set up the returns desk at Zalando.", "you set up"),
    ("en", "I heard you launched the loyalty app at HEMA.", "you launched"),
    # the writer went through it too: "myself", "zelf", with a background verb and a name or a year
    ("nl", "Ik deed zelf in 2019 het traineeship bij Rijkswaterstaat.", "zelf"),
    ("nl", "Ik heb zelf in 2018 bij jullie in Venlo stage gelopen.", "zelf"),
    ("en", "I did the graduate scheme at Shell myself in 2015.", "myself"),
    ("en", "I interned at your Leeds office myself in 2020.", "Leeds office"),
    # pieces and speech verbs a new writer brings: essays, slides, studies; debated, warned, stressed
    ("nl", "Je essay over de economie van fietspaden heeft mijn partner overtuigd.", "Je essay over"),
    ("nl", "Je afsluitende slide van de keynote hangt nu bij ons op kantoor.", "slide"),
    ("en", "Your study on night-shift fatigue among Dutch nurses is on my desk.", "Your study on"),
    ("en", "You warned about grid congestion in Flevoland long before the news did.", "You warned"),
    ("nl", "Je waarschuwde al in 2022 voor netcongestie in Flevoland.", "waarschuwde"),
    ("nl", "Vanochtend las ik in Emerce over de stap van Brightline naar België.", "stap van Brightline"),
    # news, letters and shared ties in words a new writer brings
    ("en", "Word is that Fastned is adding 40 stations in Germany this year.", "Fastned"),
    ("en", "Your open letter to the minister about nurse wages was brave.", "open letter"),
    ("en", "We share a mentor in Ingrid Visser, who speaks highly of you.", "share a mentor"),
    ("nl", "Ik zag het stuk in Het Parool over het zero-waste menu van jullie restaurant.", "stuk in Het Parool"),
    ("nl", "Het nieuwe lab in Eindhoven dat jullie in maart aankondigden ziet er mooi uit.", "aankondigden"),
    ("nl", "Ik ben ook alumnus van Wageningen, lichting 2014.", "ook alumnus"),
    # what happened to them, and "nice job on" something named
    ("en", "Sorry to see the cyberattack on your booking system in the news.", "cyberattack"),
    ("en", "Nice job on the relaunch of the Hema app last week.", "Nice job on"),
    ("nl", "Vervelend om te lezen over de cyberaanval op jullie boekingssysteem.", "cyberaanval"),
    ("nl", "Ik las over de staking in jullie distributiecentrum in Tiel.", "staking"),
]

GENERIC = [
    # news that says nothing: true of thousands
    ("en", "Saw you're hiring, so I thought I'd reach out."),
    ("en", "I see your company is growing fast and expanding!"),
    ("nl", "Ik zag dat jullie aan het uitbreiden zijn."),
    ("nl", "Zag dat jullie werven, vandaar dit bericht."),
    # the reader receiving, not saying
    ("en", "You probably get asked this a lot, so I'll keep it short."),
    ("en", "I know you get pitched by recruiters every single day."),
    ("nl", "Je krijgt vast dagelijks berichten van recruiters."),
    ("nl", "Ik weet dat je veel verzoeken krijgt over samenwerking."),
    # "as discussed": the sender's follow-up, not the reader's words (English keeps "you" next to its
    # verb, so only Dutch reaches a far "besproken")
    ("nl", "In de bijlage vind je de offerte voor de 5 trainingen zoals besproken."),
    ("nl", "Hierbij ontvang je het voorstel voor 2 sessies, zoals eerder besproken."),
    ("nl", "Onderaan vind je het overzicht van de 3 modules zoals gisteren besproken."),
    ("nl", "Morgen krijg je de planning voor week 12, zoals telefonisch besproken."),
    # "the same …" with nobody shared or nothing named
    ("en", "Most agencies now handle twice the work with the same team in 2025."),
    ("en", "I see we went to the same university."),
    ("nl", "Veel praktijken doen in 2025 meer werk met hetzelfde team."),
    ("nl", "Volgens mij zaten we op dezelfde school."),
    # a follower or connection count
    ("en", "Congrats on hitting 10k followers!"),
    ("en", "Congratulations on passing 500 connections."),
    ("nl", "Gefeliciteerd met de 5000 volgers!"),
    ("nl", "Proficiat met je 1000 connecties."),
    # only the kind of business
    ("en", "Fewer no-shows at your physio clinic?"),
    ("en", "Your beauty salon deserves a better booking system."),
    ("nl", "Minder no-shows bij je fysiopraktijk?"),
    ("nl", "Uw tandartspraktijk verdient een beter afsprakensysteem."),
    # a favour with nobody named
    ("en", "Thanks for passing my CV on."),
    ("en", "Thank you for sharing, it was helpful."),
    ("nl", "Dank voor het meedenken en het delen!"),
    ("nl", "Dank voor het delen van je gegevens."),
    # a place or a field they are in now, said as a tie: true of thousands
    ("en", "I see we're both based in Leeds."),
    ("en", "I'm also working in fintech sales in the Rotterdam area."),
    ("en", "We both live in Utrecht, so a coffee should be easy."),
    ("nl", "Ik zie dat we allebei in Arnhem wonen."),
    ("nl", "Werken jij en ik niet allebei in de logistiek?"),
    ("nl", "Net als jij ben ik werkzaam in de Brabantse bouw."),
    # an anniversary with its number is still what the network prompts
    ("nl", "Gefeliciteerd met het 40-jarig bestaan van jullie zaak!"),
    ("nl", "Proficiat met het 10-jarig jubileum van je bedrijf!"),
    ("en", "Congrats on your 5-year work anniversary!"),
    ("en", "Happy 10th anniversary to your company, and a question about your events."),
    # their events by kind only
    ("nl", "Uw klantdagen verdienen betere catering."),
    ("nl", "Voor jullie personeelsfeesten regelen wij alles."),
    ("en", "Your customer events deserve better catering."),
    ("en", "We organise your staff parties from start to finish."),
    # "that" + an industry's figures: industry talk, not the reader's news
    ("en", "I read that the logistics market grew 8% in 2024."),
    ("en", "I saw that the staffing sector shrank by 3% last quarter."),
    ("nl", "Ik las dat de bouwsector in 2024 met 5% kromp."),
    ("nl", "Ik zag dat de markt voor zonnepanelen vorig jaar 12% groeide."),
    # where they are based, after "I saw"
    ("en", "Saw that your team is based in Amsterdam."),
    ("en", "I noticed your company sits in Rotterdam."),
    ("nl", "Ik zag dat u een team van 12 mensen leidt in Eindhoven."),
    ("nl", "Ik zag dat jullie met 80 mensen in Utrecht zitten."),
    # hiring, a job or a vacancy, and nothing says which
    ("en", "I noticed you're hiring for several roles."),
    ("en", "I noticed you posted a job on LinkedIn."),
    ("nl", "Ik zag dat je een vacature op LinkedIn hebt geplaatst."),
    ("nl", "Ik zag dat jullie op zoek zijn naar verschillende functies."),
    # the sender speaking at an event
    ("en", "We're speaking at the HR Tech Summit in Amsterdam next month."),
    ("en", "I'm presenting at the Logistics Forum Utrecht in June, maybe see you there."),
    ("nl", "Wij spreken in juni op het Logistiek Congres in Utrecht."),
    ("nl", "Ik presenteer volgende maand op de Vakdag Zorg in Ede."),
    # a piece on a platform, unnamed: generic praise or a question about it
    ("en", "Your Glassdoor rating is impressive."),
    ("en", "Quick question about your recent move."),
    ("nl", "Je LinkedIn-post was erg herkenbaar."),
    ("nl", "Een vraag over je laatste post."),
    ("en", "I enjoyed your post on LinkedIn."),
    ("nl", "Je post op LinkedIn was erg herkenbaar."),
    # a quarter is a time everyone has, not a name
    ("en", "A question about your Q1 hiring plans."),
    ("nl", "Een vraag over jullie Q3-planning en jullie H2 roadmap."),
    # a wish about their quarter
    ("en", "I hope your Q4 is going smoothly."),
    ("nl", "Ik hoop dat je Q4 goed verloopt."),
    # "together with" a third party: the sender's clients, not a tie with the reader
    ("en", "We worked together with Acme on their 2024 rollout."),
    ("en", "Together we helped Picnic cut costs by 15%."),
    ("nl", "We werken samen met Coolblue en Bol aan betere logistiek."),
    ("nl", "Samen met Jumbo hebben we in 2023 de voorraad halveerd."),
    # what the profile says after "I saw on your profile that…" is a CV fact
    ("en", "I saw on your profile that you speak Spanish."),
    ("en", "I read on your profile that you studied in Leuven."),
    ("nl", "Ik zag op je profiel dat je Spaans spreekt."),
    ("nl", "Ik las op uw profiel dat u in Leuven hebt gestudeerd."),
    # hearing wished for is an ask, not something heard
    ("en", "I'd love to hear your view on the 2025 budget cuts."),
    ("en", "Keen to hear your thoughts on the Q3 figures."),
    ("nl", "Ik hoor graag je visie op de bezuinigingen van 2025."),
    ("nl", "Ik hoor graag uw mening over de cao van 2026."),
    # how their posts do says nothing about which
    ("en", "Your posts get a lot of engagement."),
    ("nl", "Je posts krijgen veel reacties van recruiters."),
    # "myself" with nothing named, or asked
    ("en", "I worked in retail myself for years."),
    ("en", "Did you do the Shell graduate scheme yourself in 2015?"),
    ("nl", "Ik werkte zelf jarenlang in de detailhandel."),
    ("nl", "Heb je zelf in 2019 bij ProRail gewerkt?"),
    # a compound of plans, a season's wishes, the sender's own role and town
    ("nl", "Een vraag over jullie wervingsplannen."),
    ("nl", "Ik hoop dat je goede feestdagen hebt gehad."),
    ("en", "I hope you had a good holiday season and happy holidays to your team."),
    ("nl", "Ik ben ook marketeer in Eindhoven, nu bij Philips."),
    ("en", "I'm also a marketer in Eindhoven, currently at Philips."),
    # what their own website says, a count of vacancies, the sender's colleague who spoke to them
    ("en", "On your website I read that you help clients across the Netherlands."),
    ("nl", "Op uw website las ik dat u klanten in heel Nederland helpt."),
    ("nl", "Jullie groeien hard, dat zie je aan het aantal vacatures."),
    ("nl", "Mijn collega Jeroen heeft jullie vorig jaar gesproken op de Vakbeurs."),
    # sharing a passion or a count of connections is true of thousands
    ("en", "We share a passion for SaaS in 2025."),
    ("en", "I see we share 14 connections."),
    ("nl", "We delen een passie voor logistiek sinds 2010."),
    ("nl", "Ik zie dat we 14 gedeelde connecties hebben."),
]


@pytest.mark.parametrize(("lang", "sentence", "part"), FOUND)
def test_a_specific_detail_is_found_and_shown(lang: str, sentence: str, part: str) -> None:
    result = coach(lang, sentence)
    assert shows(result, part), (sentence, counted(result))


@pytest.mark.parametrize(("lang", "sentence"), GENERIC)
def test_what_every_reader_could_get_is_still_warned(lang: str, sentence: str) -> None:
    assert warned(coach(lang, sentence)), sentence
