"""English keyword rules for event typing, the richest table (see `tables.py` for how they are scored).

Where ACLED's definitions decide between near types, the rules follow them: surrenders and prisoner releases are
agreements; suppressing or breaking up a protest (tear gas, batons, arrests at the protest) is an intervention,
deaths or live fire make it excessive force, and police hurt by protesters make it a violent demonstration;
missiles fired from aircraft are air strikes; "riot police" are no riot and "non-violent" is no violence; a missile
programme or a treaty is no attack. Vocabulary was checked on sentences we wrote (tests/test_taxonomy_more.py)
and on the odd rows of CASE 2021 only; the even rows stay a held-out check.
"""

from __future__ import annotations

Rules = tuple[tuple[str, float], ...]

# who takes territory: state forces (government regains) or anyone else (non-state actor overtakes)
# adjectives of states whose forces are often in the news: "Iraqi forces" are state forces
_STATES = (r"(?:afghan|algerian|burkinabe|cameroonian|chadian|colombian|congolese|egyptian|ethiopian|french|"
           r"indian|iranian|iraqi|israeli|kenyan|lebanese|libyan|malian|mozambican|nigerian|nigerien|pakistani|"
           r"philippine|russian|saudi|somali|sudanese|syrian|turkish|ugandan|ukrainian|us|american|yemeni|"
           r"regime|state|national|federal|loyalist)")
GOV = (r"(?:army|troops|government forces|government troops|pro-government forces|military|soldiers|"
       r"security forces|armed forces|national army|forces loyal to (?:the )?(?:\S+ ){0,4}government|army units|"
       r"peshmerga|"
       + _STATES + r" forces)")
NSA = (r"(?:rebels?|rebel fighters|militants?|insurgents?|jihadists?|taliban|isis|isil|islamic state|daesh|"
        r"al-shabaa?b|al-qaeda|boko haram|fighters|militias?|militiamen|terrorists|houthis?|huthis?|separatists)")

# "the jailed leader", "detained activists": an earlier arrest named in passing is no arrest event
_NOT_ADJECTIVE = r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bof )(?<!\bhis )(?<!\bher )(?<!\btheir )"

# targets that make an attack a battle in ACLED's terms: armed, organised forces
_ARMED = (r"(?:bases?|posts?|positions|checkpoints?|troops|soldiers|forces|police(?:men)?|army|barracks|convoys?|"
          r"outposts?|camps?|patrols?|garrisons?|officers|militants|fighters)\b")

EN: dict[str, Rules] = {
    "armed_clash": (
        (r"\bclash(?:es|ed|ing)?\b", 2.0),
        (r"\b(?:gun ?fights?|firefights?|exchange[sd]? (?:of )?fire|gun ?battles?|(?:traded|trading|exchanging) "
         r"(?:heavy )?(?:fire|gunfire|shots))\b", 3.0),
        (r"\b(?:fighting|fought|battles?|battled|heavy fighting|skirmish(?:es)?)\b", 1.5),
        (r"\bambush(?:ed)? (?:on |a )?(?:\w+ ){0,2}(?:soldiers|troops|convoy|patrol|police|army|forces)\b", 2.5),
        (r"\b(?:soldiers|troops|militants|rebels|insurgents|fighters|gunmen|militiamen) (?:were |have been )?"
         r"killed\b", 1.0),
        (r"\b(?:offensive|counter-?attack|assault(?:ed)? (?:on )?(?:\w+ ){0,2}(?:positions?|base|prison|"
         r"checkpoint|barracks))\b", 1.5),
        (r"\braid(?:s|ed)?\b", 0.8),
        (r"\b(?:operations?|raids?) (?:\w+ ){0,4}(?:killed|captured|targeted) (?:\w+ ){0,3}(?:leaders?|commanders?|"
         r"militants|fighters|officials?|chiefs?)\b", 3.0),
        (r"\b(?:military|special forces|commando|counter-?terror\w*|security) (?:operations?|raids?)\b", 2.0),
        (r"\b(?:engaged|repelled|repulsed|fended off|shoot-?outs?)\b", 2.0),
        (r"\b(?:attack\w*|stormed|charged|assault\w*|targeted|opened fire on|ambush\w*) (?:\S+ ){0,5}" + _ARMED, 3.0),
        (r"\b(?:killed|wounded|injured|kill(?:ing)?) (?:\w+ ){0,4}(?:soldiers|troops|policem[ae]n|police officers|"
         r"militants|terrorists|fighters|insurgents|rebels|militiamen|jihadists)\b", 2.0),
        (r"\b(?:soldiers|troops|policem[ae]n|militants|terrorists|fighters|insurgents|rebels) (?:\w+ ){0,2}"
         r"(?:were |have been )?(?:killed|wounded|injured)\b", 1.5),
        (r"\bsecurity forces\b", 0.5),
    ),
    "government_regains_territory": (
        (r"\b(?:regain(?:ed|s)?|recaptur(?:e|ed|es)|retook|retake[sn]?|reclaim(?:ed)?|recover(?:ed)?|"
         r"liberat(?:e|ed|es|ion))\b", 1.0),
        (r"\b(?:regain(?:ed)?|restored?) (?:full )?control\b", 2.5),
        (r"\b" + GOV + r" (?:\w+ ){0,4}(?:recaptur|retook|regain|liberat|took back|seized back|recovered|"
         r"captur|seiz|took (?:\w+ )?control|taken (?:\w+ )?control|wrest|freed|drove (?:\w+ ){0,3}out|"
         r"pushed (?:\w+ ){0,3}(?:back|out)|expelled|cleared)\w*", 3.0),
        (r"\b(?:drove|driven|pushed|flushed) (?:\S+ ){0,4}(?:back|out)\b", 1.5),
    ),
    "non_state_actor_overtakes_territory": (
        (r"\b(?:overr(?:an|un)|took control|take control|taken control|took over|overtook|fell to)\b", 1.5),
        (r"\b(?:taken over|now (?:control|controls|hold|holds))\b", 1.5),
        (r"\b(?:seiz(?:e|ed|es)|captur(?:e|ed|es)|stormed)\b (?:\w+ ){0,4}(?:towns?|city|villages?|district|areas?|"
         r"region|province|territory|hills?|bases?|airport|checkpoints?|positions)\b", 1.5),
        (r"\b" + NSA + r" (?:\w+ ){0,4}(?:seiz|captur|overr|took control|took over|overtook|recaptur|"
         r"regain|gained ground|gained control|seized control|retook|entered)\w*", 3.0),
    ),
    "chemical_weapon": (
        (r"\b(?:chemical (?:weapons?|attacks?|agents?|munitions?)|chlorine|sarin|mustard gas|nerve (?:agent|gas)|"
         r"toxic (?:gas|chemicals?|substance)|poison(?:ous)? gas(?:es)?|vx|sulfur mustard)\b", 4.0),
        (r"\b(?:suffocation|chemical)\b", 1.0),
    ),
    "air_strike": (
        (r"\b(?:air ?strikes?|air ?raids?|aerial (?:bombardments?|bombings?|attacks?|strikes?|raids?)|drone strikes?|"
         r"bombing raids?)\b", 4.0),
        (r"\b(?:warplanes?|war ?planes|fighter jets?|jets|aircraft|helicopters?|gunships?|bombers|"
         r"air force|drones?|uavs?|choppers?)\b", 2.0),
        # ACLED: missiles and bombs fired from aircraft make an air strike, not a missile attack
        (r"\b(?:warplanes?|jets|aircraft|helicopters?|choppers?|gunships?|drones?|bombers) (?:\w+ ){0,3}"
         r"(?:fired|launched|dropped|carried out|conducted|bombed|struck|pounded|raided)\b", 3.0),
        (r"\b(?:pounded|bombed|struck|hit|targeted)\b", 0.5),
        (r"\bbarrel bombs?\b", 3.0),
    ),
    "suicide_bomb": (
        (r"\bsuicide (?:bomb(?:er|ers|ing|ings)?|attacks?|attackers?|car bomb(?:er)?|vests?|belt|blasts?|"
         r"explosions?|mission)\b", 5.0),
        (r"\b(?:blew (?:himself|herself|themselves) up|detonated (?:his|her|their) (?:explosive )?(?:vest|belt)|"
         r"explosive (?:vest|belt)|self-detonat\w*|svbied?|killing (?:himself|herself|themselves))\b", 5.0),
        (r"\bsuicide\b", 1.5),
    ),
    "shelling": (
        (r"\b(?:(?:missiles?|rockets?|nuclear|weapons?) (?:tests?|test-fir\w*|development|programm?e?s?|technology|"
         r"pacts?|treaty|defen[cs]es?|systems?|sales?|deals?)|test-fir\w*|space program\w*)\b", -4.0),
        (r"\b(?:shell(?:ing|ed|s)|artillery|mortars?|howitzers?|rocket fire|rockets?|missiles?|"
         r"katyusha|grad rockets?|projectiles?|bombard(?:ed|ment|ing))\b", 4.0),
        (r"\b(?:fired|launched|lobbed)\b", 0.5),
        (r"\b(?:rpgs?|rocket-propelled grenades?|anti-tank (?:missiles?|rockets?))\b", 2.0),
    ),
    "remote_explosive": (
        (r"\b(?:ieds?|improvised explosive devices?|roadside bombs?|land ?mines?|anti-(?:personnel|tank) mines?|"
         r"(?:stepped on|hit|struck|detonated) (?:a |an )?(?:\w+ )?mines?|car bombs?|"
         r"vehicle-borne|booby[- ]trap(?:ped)?|explosive devices?|sticky bombs?|magnetic bombs?|"
         r"parcel bombs?|remote(?:ly)?[- ]detonat\w*|remote control(?:led)?)\b", 4.0),
        (r"\b(?:bombs?|bombings?|blasts?|explosions?|explod(?:e|es|ed|ing)|detonat(?:e|es|ed|ing)|explosives?)\b", 1.5),
        (r"\b(?:planted|hidden|went off|ripped through)\b", 1.0),
        (r"\b(?:improvised (?:explosives?|bombs?)|limpet (?:mines?|bombs?|blasts?)|detonated (?:\w+ ){0,4}remotely|"
         r"(?:planted|laid) (?:\w+ ){0,2}mines?|mines? (?:\S+ ){0,6}(?:planted|went off|exploded))\b", 4.0),
    ),
    "grenade": (
        (r"\b(?<!propelled )(?:(?:hand[- ])?grenades?|grenade attacks?|lobbed a grenade)\b", 5.0),
    ),
    "sexual_violence": (
        (r"\b(?:rap(?:e|ed|es|ing|ist|ists)|gang-?rap\w*|sexual(?:ly)? (?:assault\w*|violence|abuse\w*|"
         r"harass\w*|exploit\w*|slavery)|molest\w*|sex slaves?|forced marriage)\b", 6.0),
        (r"\babus(?:ed|e|ing) (?:\w+ ){0,2}(?:women|girls|boys|children|minors)\b", 4.0),
    ),
    "attack": (
        (r"\b(?:attack(?:ed|s|ing)?|assault(?:ed)?)\b", 0.8),
        (r"\b(?:killed|murdered|slain|massacred) (?:\S+ ){0,6}by (?:\w+ ){0,2}(?:terrorists|militants|jihadists|"
         r"gunmen|insurgents|rebels|bandits|militia(?:men)?|daesh|is|isis)\b", 2.0),
        (r"\b(?:civilians?|citizens|villagers?|residents|worshippers|passengers|farmers|herders|students|children|"
         r"women|unarmed|journalists?|aid workers?|family|families|pilgrims|shepherds|truffle hunters)\b", 1.0),
        (r"\b(?:massacre[ds]?|slaughter(?:ed)?|executed|beheaded|hacked to death|burned alive|"
         r"killed in cold blood|summar(?:y|ily) execut\w*|shot dead|gunned down|stabbed|assassinat\w*)\b", 2.0),
        (r"\b(?:gunmen|assailants|unknown (?:armed )?men|attackers|armed men|bandits)\b", 1.5),
        (r"\b(?:gunmen|attackers|assailants|militants|jihadists|insurgents|bandits|terrorists|armed men) "
         r"(?:\w+ ){0,3}(?:attacked|stormed|raided|opened fire|killed|shot|massacred)\b"
         r"(?! (?:\S+ ){0,5}" + _ARMED + r")", 2.5),
        (r"\b(?:ambush(?:ed)?|opened fire|shot|shooting|killing)\b", 0.7),
        (r"\b(?:tortur\w*|beat(?:en|ing)? (?:to death)?)\b", 1.0),
        (r"\bclaimed (?:\w+ ){0,4}lives\b", 1.0),
        # ACLED: killing civilians outranks abducting them in the same event
        (r"\b(?:(?:killed|killing|slain|massacred|dead) (?:\S+ ){0,6}(?:civilians|people|villagers|residents|"
         r"farmers|foragers|worshippers|passengers|children|women)|(?:civilians|people|villagers|residents|farmers|"
         r"foragers|worshippers|passengers|children|women),? (?:\S+ ){0,4}(?:were |was )?(?:killed|dead|slain)|"
         r"left (?:\S+ ){0,3}dead)\b", 1.5),
        (r"\b(?:victims|death toll|bodies)\b", 1.0),
    ),
    "abduction": (
        (r"\b(?:kidnap\w*|abduct\w*|hostages?|taken hostage|hostage-taking|forced(?:ly)? disappear\w*|"
         r"enforced disappear\w*|taken captive|held captive|snatched)\b", 3.0),
        (r"\b(?:ransom|captors?|missing)\b", 1.0),
    ),
    "peaceful_protest": (
        (r"\b(?:protest(?:s|ed|ing|ers?)?|demonstrat(?:ion|ions|ors?|ed|ing)|marche[sd]|marching|"
         r"(?:a|the|protest|peaceful) march|sit-?ins?|vigils?|picket\w*|strikes? by|went on strike|on strike|"
         r"walk-?outs?|hunger strike|die-?ins?|civil disobedience|took to the streets|downed tools|"
         r"(?:general|national|nationwide|indefinite|labou?r|warning|token) strikes?|strike action|"
         r"staged (?:a |an )?(?:\w+ )?strike|striking (?:workers|teachers|doctors|nurses|miners|drivers|staff))\b",
         3.0),
        (r"\b(?:boycott\w*|gathered (?:outside|in front of)|(?:silent|solidarity|mass|street|funeral) march(?:es)?|"
         r"to voice (?:their )?(?:anger|opposition|discontent)|in protest (?:at|against|over))\b", 2.0),
        (r"\b(?:peaceful(?:ly)?|chant(?:ed|ing)?|placards?|banners?|slogans?|gathered|petition)\b", 1.0),
        (r"\brall(?:y|ies|ied|ying)\b", 1.5),
    ),
    "protest_with_intervention": (
        (r"\b(?:dispers(?:e|ed|ing|al)|tear ?gas|water ?cannons?|rubber bullets?|pepper spray|batons?|"
         r"baton-charg\w*|lathi-?charg\w*|stun grenades?|broke[- ]up|cracked down|crackdown)\b", 3.0),
        (r"\b(?:arrest|detain)\w* (?:\w+ ){0,4}(?:protesters|demonstrators|marchers)\b", 3.0),
        (r"\b(?:protesters|demonstrators|marchers) (?:\w+ ){0,4}(?:arrested|detained|held)\b", 3.0),
        (r"\bsuppress\w* (?:\w+ ){0,3}(?:protests?|demonstrations?|march(?:es)?|rall(?:y|ies)|sit-?ins?)\b", 3.0),
        (r"\b(?:arrest|detain)\w* (?:\S+ ){0,3}(?:during|at) (?:\S+ ){0,4}(?:protest|demonstrat|rall(?:y|ies)|march|"
         r"sit-?in)\w*", 2.0),
    ),
    "excessive_force_against_protesters": (
        (r"\b(?:live (?:ammunition|rounds|fire|bullets)|opened fire on (?:the |a )?(?:crowds? of )?(?:protesters|"
         r"demonstrators|crowds?|marchers))\b", 4.0),
        (r"\b(?:protesters?|demonstrators?|marchers) (?:\w+ ){0,4}(?:killed|shot|wounded|injured|beaten|"
         r"died)\b", 3.0),
        (r"\b(?:killed|shot|wounded|injured|beat|beaten) (?:\S+ ){0,4}(?:protesters?|demonstrators?|marchers?)\b",
         3.0),
        (r"\b(?:brutal(?:ly)?|violently|excessive force|police violence)\b", 1.0),
        (r"\bsecurity forces\b", 0.5),
        (r"\b(?:killed|died|dead|shot (?:dead|and killed)|(?<!rubber )(?<!plastic )bullets) (?:\S+ ){0,8}"
         r"(?:protests?|demonstrations?|rall(?:y|ies)|sit-?ins?)\b", 2.0),
        # ("fatal attacks", read from one dev snippet, is gone: lethal attacks of any kind are no cue for protests)
        (r"\b(?:(?:violently|brutally) (?:suppress|dispers|attack|beat|crush)\w*|excessive force|deadly crackdown)\b",
         3.0),
    ),
    "violent_demonstration": (
        (r"\b(?:riot(?:s|ed|ing|ers)?|rioting|unrest)\b(?! (?:police|gear|squads?|officers|units?|control|"
         r"shields?|act))", 3.0),
        (r"\b(?:pelt(?:ed|ing)|(?:threw|hurl(?:ed|ing)|throwing) (?:stones|rocks|molotov|petrol bombs|"
         r"bottles|bricks|projectiles|firecrackers)|stone-?pelt\w*|molotov|petrol bombs?|"
         r"(?:stone|rock)-throwing|running battles)\b", 3.0),
        (r"\b(?:clash(?:ed|es)? with (?:the )?(?:police|security forces|riot police|officers))\b", 2.5),
        (r"\b(?:torched|set (?:on )?fire|set ablaze|burn(?:ed|t|ing) (?:tyres|tires|cars|vehicles)|vandali[sz]\w*|"
         r"blocked (?:the |main )?(?:roads?|streets?|highways?)|barricades?|smash(?:ed)?)\b", 1.5),
        (r"\b(?:(?<!non-)(?:violent|aggressive) (?:protests?|demonstrations?|clashes)|street violence|"
         r"clash\w* (?:\S+ ){0,10}(?:protesters|demonstrators|rioters)|"
         r"(?:protesters|demonstrators) (?:\S+ ){0,4}clash\w*|"
         r"fireworks|firecrackers|confronted police|smashed|set ablaze|hurled|stones|rocks)\b", 2.0),
        (r"\b(?:(?:police(?:men)?|officers|policemen|security personnel) (?:\S+ ){0,3}(?:were |was )?(?:injured|"
         r"wounded|hurt)|(?:protesters|demonstrators|rioters) (?:\S+ ){0,3}attacked (?:the )?(?:police|officers|"
         r"security))\b", 3.0),
        (r"\b(?:angry|(?<!non-)(?<!non )violent|(?<!non-)violence|chaos|mayhem)\b", 0.5),
    ),
    "mob_violence": (
        (r"\bvigilantism\b", 2.0),
        (r"\bvigilantes?\b", 1.0),
        (r"\b(?:killed|murdered|lynched|beaten|attacked|hacked) (?:\S+ ){0,2}by (?:an? |the )?(?:\w+ ){0,2}"
         r"(?:vigilantes|mobs?|crowds?)\b", 4.0),
        (r"\b(?:mobs?|lynch(?:ed|ing|ings)?|angry crowd|(?:communal|sectarian|ethnic) (?:clash(?:es)?|"
         r"violence|riots?)|crowd (?:of )?(?:\w+ )?(?:beat|attacked|"
         r"lynched|killed))\b", 4.0),
        (r"\b(?:villagers|residents|crowd|supporters|rival groups?) (?:\w+ ){0,3}(?:attacked|beat|clashed|"
         r"torched|stoned|fought)\b", 2.0),
    ),
    "agreement": (
        (r"\b(?:agreements?|agreed|accords?|treaty|signed|deal|memorandum|pact)\b", 2.0),
        (r"\b(?:signed|reached|struck|brokered|inked|sealed) (?:\S+ ){0,4}(?:agreements?|deals?|accords?|truce|"
         r"ceasefire|cease-fire|pacts?|memorandum|treaty)\b", 2.0),
        (r"\b(?:ceasefire|cease-fire|truce|armistice|peace (?:deal|accord|agreement|talks|plan|treaty|process)|"
         r"(?:agreed|agreement) (?:\w+ ){0,4}(?:withdraw\w*|disarm\w*|end (?:the )?(?:fighting|war|conflict|mutiny)|"
         r"release (?:\w+ ){0,2}(?:prisoners|hostages|detainees)))\b", 3.5),
        (r"\bexchang\w* (?:\w+ ){0,2}(?:prisoners|detainees|hostages|bodies|dead)\b", 3.0),
        (r"\b(?:prisoner|hostage|detainee)s? (?:swap|exchange|release deal)\b", 3.0),
        (r"\b(?:negotiat\w*|reconcil\w*|mediat\w*)\b", 1.0),
        # ACLED files surrenders, prisoner releases and evacuation deals as agreements
        (r"\b(?:surrender(?:ed|s|ing)? (?:to|their|its)|laid down (?:their )?(?:arms|weapons)|"
         r"evacuation (?:deal|agreement)|releas(?:e|ed) of (?:\w+ ){0,2}(?:prisoners|detainees))\b", 3.0),
    ),
    "arrests": (
        (r"\b(?:arrest(?:s|ed|ing)?|" + _NOT_ADJECTIVE + r"detain(?:s|ed|ing)?|apprehend(?:ed)?|nabbed|"
         r"taken into custody|rounded up|custody|held for questioning|remanded)\b", 3.0),
        (r"\b(?:suspects?|accused|charged)\b", 0.5),
        (r"\b(?:" + _NOT_ADJECTIVE + r"(?:jailed|imprisoned)|taken into detention|(?:captured|caught|nabbed) "
         r"(?:a |the |an? )?(?:\w+ ){0,2}(?:commander|leader|member|suspects?|militants?|terrorists?))\b", 3.0),
    ),
    "change_to_group": (
        (r"\b(?:merg(?:e|ed|er)|split (?:from|with)|splinter|defect(?:ed|ion|ors?)|pledg(?:e|ed) allegiance|"
         r"new (?:leader|chief|commander|emir)|(?:appointed|named|elected) (?:\w+ ){0,3}(?:leader|commander|"
         r"chief|head|emir)|renamed|rebrand\w*|dissolv\w*|disband\w*|join(?:ed)? forces|formed? (?:a )?new|"
         r"announced (?:the )?(?:formation|creation)|recruit\w*|training camp|"
         r"suspend(?:ed)? (?:its )?(?:activities|operations))\b", 3.0),
        (r"\b(?:reinforc\w*|dispatched|deploy(?:ed|ing|ment|s)?|redeploy\w*|sorties?|mobili[sz]\w*|"
         r"(?:arrived|delivered|received) (?:\w+ ){0,4}(?:jets|fighters|weapons|tanks|troops|reinforcements))\b",
         2.0),
        (r"\b(?:group|movement|faction|militia|organi[sz]ation|coalition|alliance)\b", 0.5),
        (r"\b(?:split into|(?:joined|joining|integrat\w* into) (?:the )?(?:\S+ ){0,2}(?:army|forces|rebels|militia|"
         r"movement)|called up|reservists|conscript\w*|sent (?:\S+ ){0,4}(?:troops|soldiers|reinforcements)|"
         r"(?:troops|soldiers|reinforcements) (?:\S+ ){0,3}(?:were |was )?sent to)\b", 2.5),
        (r"\b(?:troops? (?:build-?up|movements?)|(?:massed|amassed|massing) (?:\S+ ){0,3}(?:troops|forces|tanks)|"
         r"(?:put|placed) on (?:high |full )?alert|(?:high|combat) readiness|(?:purchas|acquir|bought|buy)\w* "
         r"(?:\S+ ){0,4}(?:jets|tanks|drones|missiles|weapons|arms|helicopters|warships|defen[cs]e systems?)|"
         r"(?:resign(?:ed|s)?|stepped down|sacked|dismissed|replaced) (?:\S+ ){0,4}(?:commander|chief|leader|head)|"
         r"(?:commander|chief|leader) (?:\S+ ){0,3}(?:resigned|stepped down|was sacked|was dismissed|was replaced))\b",
         2.5),
    ),
    "disrupted_weapons_use": (
        (r"\b(?:defus(?:e|ed|ing)|disarm(?:ed|ing)|bomb squad|bomb disposal|controlled (?:explosion|detonation)|"
         r"neutrali[sz]ed (?:an? )?(?:bomb|explosive|device|ied)|(?:foil|thwart|avert)\w* (?:\w+ ){0,4}(?:attacks?|"
         r"plots?|bombings?|attempts? to (?:attack|bomb|blow))|intercept\w* (?:\w+ ){0,3}(?:missiles?|rockets?|"
         r"drones?|packages?|shipments?|weapons|projectiles)|(?:missiles?|rockets?|drones?) (?:\w+ ){0,2}"
         r"intercepted|shot down|dismantl\w*|weapons? caches?|arms caches?|seiz\w* (?:\w+ ){0,3}"
         r"(?:weapons|arms|explosives|ammunition|rifles|grenades|ieds?|bombs?|mines)|"
         r"(?:found|discovered|recovered|uncovered) (?:\w+ ){0,3}(?:explosives?|weapons|arms|ammunition|ieds?|"
         r"bombs?|mines|devices?)|suspicious (?:package|device|object)s?)\b",
         4.0),
        (r"\b(?:destroy\w*|seiz\w*|found|discovered|cleared|confiscat\w*|captured|recovered|uncovered|"
         r"intercept\w*) (?:\S+ ){0,8}(?:weapons|explosives|ieds?|explosive devices?|ammunition|grenades|"
         r"(?:land ?)?mines|pistols|bullets|cartridges|firearms|magazines|rounds|rifles|guns|rockets|tnt|"
         r"detonators)\b", 3.0),
        (r"\b(?:weapons|explosives|ieds?|ammunition|grenades|mines|pistols|firearms|guns|rifles|bullets|bombs?|"
         r"devices?|packages?) (?:\S+ ){0,4}(?:seized|found|captured|discovered|cleared|confiscated|intercepted|"
         r"defused|destroyed)\b", 3.0),
        (r"\b(?:caches?|stash(?:es)?|stockpiles?)\b", 2.0),
        (r"\b(?:air|missile) defen[cs]es?\b", 1.0),
        # a bomb that went off was not disrupted: the bomb squad after an explosion is its aftermath
        (r"\b(?:(?:bombs?|devices?|explosives?|ieds?|mines?|grenades?),? (?:\S+ ){0,3}(?:exploded|went off)|"
         r"ripped through)\b", -5.0),
    ),
    "headquarters_established": (
        (r"\b(?:(?:set(?:ting)? up|establish(?:ed|es|ing)?|built|build(?:ing)?|construct(?:ed|ing)?|open(?:ed)?|"
         r"install(?:ed)?) (?:\w+ ){0,5}(?:bases?|headquarters|outposts?|posts?|camps?|points?|"
         r"checkpoints?|offices?|positions?|garrisons?))\b", 4.0),
        (r"\b(?:bases?|headquarters|outposts?|posts?|camps?|points?|checkpoints?|offices?|garrisons?) (?:\w+ ){0,3}"
         r"(?:established|set up|built|constructed|installed)\b", 4.0),
        (r"\b(?:new (?:military )?base|headquarters|outpost)\b", 1.5),
    ),
    "looting_property_destruction": (
        (r"\b(?:loot(?:ed|ing|ers)?|ransack\w*|plunder\w*|pillag\w*|demolish\w*|bulldoz\w*|raz(?:e|ed)|"
         r"torch(?:ed|ing)|burn(?:ed|t) down|set (?:on )?fire to (?:\w+ ){0,5}(?:houses?|homes?|shops?|"
         r"buildings?|church(?:es)?|mosques?|schools?|offices?|property|vehicles?|cars?)|destroy(?:ed)? (?:\w+ ){0,3}"
         r"(?:houses?|homes?|property|shops?|crops|buildings?|villages?|church(?:es)?|mosques?|schools?|hospitals?|"
         r"clinics?|health cent(?:re|er)s?|markets?|farms?|shrines?|statues?|monuments?|graves?|towers?)|"
         r"vandali[sz]\w*|confiscat\w*|seized (?:property|"
         r"land|cattle|livestock)|stole|stolen|steal)\b", 3.5),
        (r"\b(?:(?:shops|stores|houses|homes|property|properties|buildings|cars|vehicles|churches|mosques) "
         r"(?:\w+ ){0,3}(?:burned|burnt|torched|looted|destroyed|vandali[sz]ed|damaged)|destruction of (?:\w+ ){0,3}"
         r"propert\w*)\b", 3.5),
    ),
    "non_violent_transfer_of_territory": (
        (r"\b(?:withdr(?:ew|awn|awal|aw)|pull(?:ed|s|ing)? (?:out|back)|handed? (?:over|back)|hand-?over|"
         r"relinquish\w*|vacat(?:e|ed)|left the (?:town|city|area|region)|"
         r"without (?:a )?(?:fight|resistance|fighting)|(?:entered|deployed (?:in|to)) (?:\w+ ){0,3}"
         r"(?:town|city|village|area))\b", 3.0),
        (r"\b(?:peaceful(?:ly)?|transfer\w*|evacuat(?:e|ed|ion))\b", 1.0),
        (r"\bwithout (?:any )?(?:resistance|a fight|fighting|firing a (?:gun)?shot)\b", 2.0),
        (r"\bhand(?:ed|s|ing)? (?:over )?(?:\w+ ){0,2}(?:control|authority)\b", 1.5),
        (r"\bwithdr(?:ew|awn|awal|aw|aws) from (?:the |a |an )?(?:\S+ ){0,4}(?:pacts?|treaty|accords?|agreements?|"
         r"deals?|talks|race|elections?|competition|tournament)\b", -3.0),
    ),
    "other_development": (),
    "earthquake": (
        (r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?|seismic|magnitude|richter|epicent(?:er|re))\b", 5.0),
    ),
    "flood": (
        (r"\b(?:floods?|flooding|flooded|flash floods?|inundat\w*|torrential (?:rain|downpour)s?|"
         r"heavy rains?|monsoon|overflow(?:ed|ing)?|deluge)\b", 4.0),
    ),
    "storm": (
        (r"\b(?:storms?|hurricanes?|typhoons?|cyclones?|tornado(?:es|s)?|blizzards?|gales?|"
         r"tropical depression|high winds|snowstorms?|hailstorms?|lightning|heavy snow(?:fall)?|snowfall)\b", 4.0),
    ),
    "wildfire": (
        (r"\b(?:wildfires?|wild ?fires?|bush ?fires?|forest fires?|brush ?fires?|grass ?fires?|blaze[sd]? "
         r"(?:\w+ ){0,3}(?:hectares|acres|forest|bush))\b", 5.0),
    ),
    "landslide": ((r"\b(?:landslides?|land ?slips?|mudslides?|avalanches?|rockfalls?)\b", 5.0),),
    "drought": ((r"\b(?:droughts?|dry spell|famine|crop failure|water shortage)\b", 5.0),),
    "volcano": ((r"\b(?:volcan\w*|lava|ash cloud)\b", 5.0), (r"\beruption\b", 1.0)),
    "tsunami": ((r"\b(?:tsunamis?|tidal waves?)\b", 5.0),),
    "extreme_temperature": (
        (r"\b(?:heat ?waves?|heat ?stroke|cold (?:wave|snap|spell)|extreme (?:heat|cold)|freezing "
         r"temperatures|scorching)\b", 5.0),
    ),
    "air_accident": (
        (r"\b(?:plane crash(?:es)?|air crash|(?:plane|aircraft|airliner|jet|helicopter|chopper|flight) "
         r"(?:\w+ ){0,3}(?:crash(?:ed|es)?|went down|crash-landed|disappeared)|crash-?land\w*|emergency "
         r"landing|black box(?:es)?|flight recorders?)\b", 5.0),
        (r"\b(?:crash(?:ed|es)?|wreckage|passengers and crew|airline|runway|took off|take-?off)\b", 1.0),
    ),
    "rail_accident": (
        (r"\b(?:trains? (?:\w+ ){0,3}(?:derail\w*|collid\w*|crash\w*)|derail\w*|rail (?:accident|crash|"
         r"disaster)|level crossing)\b", 5.0),
    ),
    "road_accident": (
        (r"\b(?:road (?:accident|crash)|traffic (?:accident|collision|crash)|car (?:accident|crash)|"
         r"(?:bus|truck|lorry|minibus|car|van|tanker|vehicle) (?:\w+ ){0,3}(?:overturned|plunged|crashed|"
         r"collided|veered|rolled over|skidded)|head-on collision|hit-and-run|run over|pile-?up)\b", 5.0),
        (r"\b(?:collision|collided|overturned|plunged)\b", 1.5),
        (r"\b(?:bus|truck|lorry|minibus|coach|van|tanker|vehicle) (?:crash|accident|collision)(?:es|s)?\b", 5.0),
        (r"\b(?:(?:serious|fatal|deadly|multi-vehicle|single-vehicle|two-vehicle|head-on|motorcycle|highway) "
         r"(?:crash|collision|accident)|vehicles? (?:were )?involved)\b", 5.0),
    ),
    "sea_accident": (
        (r"\b(?:capsiz\w*|shipwreck\w*|sank|sinking|(?:boat|ship|ferry|vessel|dinghy) (?:\w+ ){0,3}"
         r"(?:sank|sunk|ran aground|overturned|capsized)|ran aground|drown(?:ed|ing)?)\b", 5.0),
    ),
    "industrial_accident": (
        (r"\bexplosions? (?:\S+ ){0,8}(?:caused by|due to|blamed on) (?:\S+ ){0,4}(?:chemicals?|gas|ammonium|fuel|"
         r"nitrate|leak|fireworks|stored)\b", 4.0),
        (r"\b(?:(?:gas|chemical|ammonia|oil) (?:leak|spill|explosion)s?|(?:factory|plant|refinery|mine|"
         r"warehouse|depot|pipeline|tank|boiler|reactor|workshop|mill|quarry) (?:\w+ ){0,3}"
         r"(?:explo\w*|blast|fire|collapse\w*|leak\w*)|(?:explosion|blast|fire) (?:\w+ ){0,3}(?:at|in|through) "
         r"(?:an? |the )?(?:\w+ ){0,2}(?:factory|plant|refinery|mine|warehouse|depot|pipeline|facility|"
         r"workshop|port)|spill(?:ed|s)?|leak\w*|poison(?:ed|ing)|adulterated|contaminat\w*|"
         r"toxic fumes|miners? (?:\w+ ){0,3}trapped)\b", 5.0),
        (r"\b(?:workers?|employees)\b", 1.0),
    ),
    "fire": (
        (r"\b(?:fire broke out|caught fire|blazes?|engulfed|gutted|flames|inferno|firefighters?|fire ?crews?|"
         r"fire (?:department|brigade|service|fighters)|burned down|(?:house|building|apartment|market|"
         r"hospital|hotel|school) fires?)\b", 4.0),
        (r"(?<!opened )(?<!open )\bfires?\b", 1.0),
    ),
    "structural_collapse": (
        (r"\b(?:(?:building|bridge|roof|wall|dam|house|stand|structure|tower|ceiling) (?:\w+ ){0,3}"
         r"(?:collaps\w*|caved in)|collapsed building|rubble)\b", 5.0),
    ),
    "outbreak": (
        (r"\b(?:outbreaks?|epidemics?|pandemic|cholera|ebola|measles|covid(?:-19)?|coronavirus|dengue|"
         r"malaria|virus|infections?|infected|(?:new|confirmed|active|\d[\d,]*) cases|"
         r"cases of|vaccin\w*|quarantine|lockdown|flu|influenza|diseases?|"
         r"mpox|monkeypox|plague|meningitis|yellow fever|polio|lassa)\b", 4.0),
    ),
    "shooting": (
        (r"\b(?:shooting|shootings|shot|shoots|gunshots?|gunfire|opened fire|gunman|shooter|gun violence|"
         r"drive-by|mass shooting|gunshot wounds?|shot dead|gunned down|(?:gun|firearm) (?:\w+ )?discharged?)\b",
         3.0),
    ),
    "homicide": (
        (r"\b(?:murder(?:ed|s|er)?|homicides?|stabbed to death|strangled|manslaughter|killed (?:his|her) "
         r"(?:wife|husband|mother|father|girlfriend|boyfriend|son|daughter)|body (?:was )?found)\b", 4.0),
    ),
    "robbery": (
        (r"\b(?:robb(?:ed|ery|eries|ers?|ing)|burglar(?:y|ies|s)?|heist|theft|thie(?:f|ves)|stole|stolen|"
         r"carjack\w*|armed robbery|mugg(?:ed|ing)|shoplift\w*|looted the bank)\b", 4.0),
    ),
    "organized_crime": (
        (r"\b(?:smuggl\w*|traffick\w*|cartels?|gangs?|gangsters?|drug(?:s| lord| dealers?| trade)|cocaine|"
         r"heroin|methamphetamine|meth|narcotics?|marijuana|cannabis|contraband|money laundering|"
         r"extortion|racket(?:eering)?|mafia|organi[sz]ed crime|counterfeit|poaching|illegal (?:mining|logging|"
         r"arms))\b", 4.0),
    ),
    "other_crime": (
        (r"\b(?:hate crimes?|fraud|scam\w*|embezzl\w*|bribe(?:ry|s)?|corruption|pornograph\w*|cyber ?crime|"
         r"hack(?:ed|ers?|ing)|arson|vandalism|assault(?:ed)? by (?:a|an|the) (?:group|man|woman|men)|"
         r"domestic violence|child abuse)\b", 3.0),
        (r"\b(?:charged with|on charges of|prosecuted|convicted|sentenced|pleaded guilty|indicted)\b", 1.5),
    ),
    "diplomacy": (
        (r"\b(?:sanctions?|retaliat\w*|(?:measures|actions) against|reserves? the right|state department|"
         r"counterparts?|urged|expel(?:s|led)? (?:\w+ ){0,3}(?:diplomats?|ambassadors?)|expulsion|ambassadors?|"
         r"diplomat(?:s|ic)?|embass(?:y|ies)|condemn(?:s|ed|ation)|summit|foreign minist(?:er|ry)|"
         r"security council|bilateral|envoy|recalled|summoned|state visit|talks with|united nations|"
         r"secretary of state|travel ban|tariffs?|resolution)\b", 3.0),
    ),
    "attribution": (
        (r"\b(?:denie[sd] (?:\w+ ){0,3}(?:involvement|responsibility|report|claims?|sending|that|its|it)|"
         r"suspected (?:to be|of being) behind|(?:are|is|were|was) (?:likely|believed to be|suspected of) "
         r"(?:\w+ ){0,2}(?:receiving|supplying|behind|responsible))\b", 5.0),
        (r"\b(?:claim(?:ed|s)? (?:\w+ ){0,2}(?:responsibility|murder|killing|attack)|"
         r"(?:blam(?:ed|es|ing)|accus(?:ed|es|ing)|held "
         r"responsible|responsible for|behind the (?:attack|bombing|blast))|was carried out by|"
         r"was blamed on)\b", 4.0),
        (r"\battributed to\b", 1.0),
        (r"\b(?:allegedly|alleged|said to be)\b", 0.5),
    ),
    # news that is no incident: business, markets, products, sport, elections. Evidence *for* `other`, so a
    # "market crash" or a "rally" on Wall Street does not become an accident or a protest.
    "other": (
        (r"\b(?:shares|stocks?|stock (?:markets?|exchange)|investors|traders|dow jones|nasdaq|s&p|nikkei|ftse|"
         r"indexes|indices|bonds?|currency|dollar|euro|yen)\b", 2.0),
        (r"\b(?:company|companies|corporation|inc|firm|ceo|chief executive|profits?|revenues?|earnings|losses|"
         r"quarterly|fiscal|sales|bankruptcy|merger|acquisition|takeover bid|stake|shareholders|bailout|"
         r"layoffs|job cuts|dealerships?)\b", 2.0),
        (r"\b(?:products?|launch(?:ed|es)? (?:a |its )?new|unveil\w*|software|iphone|ipod|itunes|app store|"
         r"customers|consumers|price cuts?|retail|brand)\b", 2.0),
        (r"\b(?:football|soccer|tournament|championship|league|match|olympics?|election campaign|polls show|"
         r"opinion polls?|box office|album|concert)\b", 2.0),
    ),
}
