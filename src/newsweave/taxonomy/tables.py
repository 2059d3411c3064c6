"""Per-language keyword tables for event typing: rules as data, separate from the matching code.

Each entry is `(regex, weight)`, matched on the lower-cased text. A type's keyword score is the sum of the
weights of its patterns that match (each pattern counts once). Weights follow one scale:
3 = the words name the type outright ("airstrike", "suicide bomber"), 2 = a strong cue, 1 = a weak cue that
only helps break ties, negative = evidence against. English is the richest table; the embedding scorer
(`prototypes.py`) covers languages and wordings the tables miss.

`CONTEXT` adds weight to every type of a category *that already scored*, so "gunmen opened fire" leans to
ACLED violence next to "militants" and to crime next to "police said"; it never creates a type by itself.
`DETAILS` maps words to the optional `subtype` detail inside a type.
"""

from __future__ import annotations

Rules = tuple[tuple[str, float], ...]

# who takes territory: state forces (government regains) or anyone else (non-state actor overtakes)
_GOV = (r"(?:army|troops|government forces|government troops|pro-government forces|military|soldiers|"
        r"security forces|armed forces|national army|forces loyal to the government|army units|peshmerga)")
_NSA = (r"(?:rebels?|rebel fighters|militants?|insurgents?|jihadists?|taliban|isis|isil|islamic state|daesh|"
        r"al-shabaa?b|al-qaeda|boko haram|fighters|militias?|militiamen|terrorists|houthis?|huthis?|separatists)")

# targets that make an attack a battle in ACLED's terms: armed, organised forces
_ARMED = (r"(?:bases?|posts?|positions|checkpoints?|troops|soldiers|forces|police(?:men)?|army|barracks|convoys?|"
          r"outposts?|camps?|patrols?|garrisons?|officers|militants|fighters)\b")

_EN: dict[str, Rules] = {
    "armed_clash": (
        (r"\bclash(?:es|ed)?\b", 2.0),
        (r"\b(?:gun ?fights?|firefights?|exchange[sd]? (?:of )?fire|gun ?battles?)\b", 3.0),
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
        (r"\b(?:killed|wounded|injured|kill(?:ing)?) (?:\w+ ){0,3}(?:soldiers|troops|policem[ae]n|police officers|"
         r"militants|terrorists|fighters|insurgents|rebels|militiamen|jihadists)\b", 2.0),
        (r"\b(?:soldiers|troops|policem[ae]n|militants|terrorists|fighters|insurgents|rebels) (?:\w+ ){0,2}"
         r"(?:were |have been )?(?:killed|wounded|injured)\b", 1.5),
        (r"\bsecurity forces\b", 0.5),
    ),
    "government_regains_territory": (
        (r"\b(?:regain(?:ed|s)?|recaptur(?:e|ed|es)|retook|retake[sn]?|reclaim(?:ed)?|recover(?:ed)?|"
         r"liberat(?:e|ed|es|ion))\b", 1.0),
        (r"\b(?:regain(?:ed)?|restored?) (?:full )?control\b", 2.5),
        (r"\b" + _GOV + r" (?:\w+ ){0,4}(?:recaptur|retook|regain|liberat|took back|seized back|recovered|"
         r"captur|seiz|took (?:the )?control|taken (?:the )?control|wrest|freed|drove (?:\w+ ){0,3}out|"
         r"pushed (?:\w+ ){0,3}(?:back|out)|expelled|cleared)\w*", 3.0),
    ),
    "non_state_actor_overtakes_territory": (
        (r"\b(?:overr(?:an|un)|took control|take control|taken control|took over|overtook|fell to)\b", 1.5),
        (r"\b(?:seiz(?:e|ed|es)|captur(?:e|ed|es)|stormed)\b (?:\w+ ){0,4}(?:towns?|city|villages?|district|areas?|"
         r"region|province|territory|hills?|bases?|airport|checkpoints?|positions)\b", 1.5),
        (r"\b" + _NSA + r" (?:\w+ ){0,4}(?:seiz|captur|overr|took control|took over|overtook|recaptur|"
         r"regain|gained ground|retook|entered)\w*", 3.0),
    ),
    "chemical_weapon": (
        (r"\b(?:chemical (?:weapons?|attacks?|agents?|munitions?)|chlorine|sarin|mustard gas|nerve (?:agent|gas)|"
         r"toxic (?:gas|chemicals?|substance)|poison(?:ous)? gas|vx)\b", 4.0),
        (r"\b(?:suffocation|chemical)\b", 1.0),
    ),
    "air_strike": (
        (r"\b(?:air ?strikes?|air ?raids?|aerial (?:bombardment|bombing|attacks?|strikes?)|drone strikes?|"
         r"bombing raids?)\b", 4.0),
        (r"\b(?:warplanes?|war ?planes|fighter jets?|jets|aircraft|helicopters?|gunships?|bombers|"
         r"air force|drones?|uavs?)\b", 2.0),
        (r"\b(?:pounded|bombed|struck|hit|targeted)\b", 0.5),
        (r"\bbarrel bombs?\b", 3.0),
    ),
    "suicide_bomb": (
        (r"\bsuicide (?:bomb(?:er|ers|ing|ings)?|attacks?|attackers?|car bomb(?:er)?|vests?|belt|blasts?|"
         r"explosions?|mission)\b", 5.0),
        (r"\b(?:blew (?:himself|herself|themselves) up|detonated (?:his|her|their) (?:explosive )?(?:vest|belt)|"
         r"explosive (?:vest|belt)|self-detonat\w*|svbied?)\b", 5.0),
        (r"\bsuicide\b", 1.5),
    ),
    "shelling": (
        (r"\b(?:shell(?:ing|ed|s)|artillery|mortars?|howitzers?|rocket fire|rockets?|missiles?|"
         r"katyusha|grad rockets?|projectiles?|bombard(?:ed|ment|ing))\b", 4.0),
        (r"\b(?:fired|launched|lobbed)\b", 0.5),
        (r"\b(?:rpgs?|rocket-propelled grenades?|anti-tank (?:missiles?|rockets?))\b", 2.0),
    ),
    "remote_explosive": (
        (r"\b(?:ieds?|improvised explosive devices?|roadside bombs?|land ?mines?|mines?|car bombs?|"
         r"vehicle-borne|booby[- ]trap(?:ped)?|explosive devices?|sticky bombs?|magnetic bombs?|"
         r"parcel bombs?|remote(?:ly)?[- ]detonat\w*|remote control(?:led)?)\b", 4.0),
        (r"\b(?:bombs?|bombings?|blasts?|explosions?|exploded|detonated|explosives?)\b", 1.5),
        (r"\b(?:planted|hidden|went off|ripped through)\b", 1.0),
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
    ),
    "abduction": (
        (r"\b(?:kidnap\w*|abduct\w*|hostages?|taken hostage|hostage-taking|forced(?:ly)? disappear\w*|"
         r"enforced disappear\w*|taken captive|held captive|snatched)\b", 4.0),
        (r"\b(?:ransom|captors?|missing)\b", 1.0),
    ),
    "peaceful_protest": (
        (r"\b(?:protest(?:s|ed|ing|ers?)?|demonstrat(?:ion|ions|ors?|ed|ing)|marche[sd]|marching|"
         r"(?:a|the|protest|peaceful) march|sit-?ins?|vigils?|picket\w*|strikes? by|went on strike|on strike|"
         r"walk-?outs?|hunger strike)\b", 3.0),
        (r"\b(?:peaceful(?:ly)?|chant(?:ed|ing)?|placards?|banners?|slogans?|gathered|petition)\b", 1.0),
        (r"\brall(?:y|ies|ied)\b", 1.5),
    ),
    "protest_with_intervention": (
        (r"\b(?:dispers(?:e|ed|ing)|tear ?gas|water ?cannons?|rubber bullets?|pepper spray|batons?|"
         r"baton-charg\w*|lathi-?charg\w*|stun grenades?|broke up|cracked down|crackdown)\b", 3.0),
        (r"\b(?:arrest|detain)\w* (?:\w+ ){0,4}(?:protesters|demonstrators|marchers)\b", 3.0),
        (r"\b(?:protesters|demonstrators|marchers) (?:\w+ ){0,4}(?:arrested|detained|held)\b", 3.0),
    ),
    "excessive_force_against_protesters": (
        (r"\b(?:live (?:ammunition|rounds|fire|bullets)|opened fire on (?:the )?(?:protesters|demonstrators|"
         r"crowds?|marchers))\b", 4.0),
        (r"\b(?:protesters?|demonstrators?|marchers) (?:\w+ ){0,4}(?:killed|shot|wounded|injured|beaten|"
         r"died)\b", 3.0),
        (r"\b(?:killed|shot|wounded|injured|beat|beaten) (?:\w+ ){0,4}(?:protesters|demonstrators|marchers)\b",
         3.0),
        (r"\b(?:brutal(?:ly)?|violently|excessive force|police violence|security forces)\b", 1.0),
        (r"\b(?:(?:violently|brutally) (?:suppress|dispers|attack|beat|crush)\w*|suppress\w* (?:\w+ ){0,3}"
         r"(?:protests?|demonstrations?|march(?:es)?|rall(?:y|ies)|sit-?ins?)|excessive force|deadly crackdown|"
         r"fatal attacks)\b", 3.0),
    ),
    "violent_demonstration": (
        (r"\b(?:riot(?:s|ed|ing|ers)?|rioting|unrest)\b", 3.0),
        (r"\b(?:pelt(?:ed|ing)|(?:threw|hurl(?:ed|ing)|throwing) (?:stones|rocks|molotov|petrol bombs|"
         r"bottles|bricks|projectiles|firecrackers)|stone-?pelt\w*|molotov|petrol bombs?)\b", 3.0),
        (r"\b(?:clash(?:ed|es)? with (?:the )?(?:police|security forces|riot police|officers))\b", 2.5),
        (r"\b(?:torched|set (?:on )?fire|set ablaze|burn(?:ed|t|ing) (?:tyres|tires|cars|vehicles)|vandali[sz]\w*|"
         r"blocked roads?|barricades?|smash(?:ed)?)\b", 1.5),
        (r"\b(?:violent (?:protests?|demonstrations?|clashes)|street violence|clash\w* (?:\w+ ){0,4}"
         r"(?:protesters|demonstrators|rioters)|(?:protesters|demonstrators) (?:\w+ ){0,3}clash\w*|"
         r"fireworks|firecrackers|confronted police|smashed|set ablaze|hurled|stones|rocks)\b", 2.0),
        (r"\b(?:angry|violent|violence|chaos|mayhem)\b", 0.5),
    ),
    "mob_violence": (
        (r"\b(?:mobs?|lynch(?:ed|ing|ings)?|vigilantes?|angry crowd|(?:communal|sectarian|ethnic) (?:clash(?:es)?|"
         r"violence|riots?)|crowd (?:of )?(?:\w+ )?(?:beat|attacked|"
         r"lynched|killed))\b", 4.0),
        (r"\b(?:villagers|residents|crowd|supporters|rival groups?) (?:\w+ ){0,3}(?:attacked|beat|clashed|"
         r"torched|stoned)\b", 2.0),
    ),
    "agreement": (
        (r"\b(?:agreements?|agreed|accords?|treaty|signed|deal|memorandum|pact)\b", 2.0),
        (r"\b(?:ceasefire|cease-fire|truce|armistice|peace (?:deal|accord|agreement|talks|plan|treaty|process)|"
         r"(?:agreed|agreement) (?:\w+ ){0,4}(?:withdraw\w*|disarm\w*|end (?:the )?(?:fighting|war|conflict|mutiny)|"
         r"release (?:\w+ ){0,2}(?:prisoners|hostages|detainees)))\b", 3.5),
        (r"\bexchang\w* (?:\w+ ){0,2}(?:prisoners|detainees|hostages|bodies|dead)\b", 3.0),
        (r"\b(?:prisoner|hostage|detainee)s? (?:swap|exchange|release deal)\b", 3.0),
        (r"\b(?:negotiat\w*|reconcil\w*|mediat\w*)\b", 1.0),
    ),
    "arrests": (
        (r"\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|apprehend(?:ed)?|nabbed|taken into custody|"
         r"rounded up|custody|held for questioning|remanded)\b", 3.0),
        (r"\b(?:suspects?|accused|charged)\b", 0.5),
        (r"\b(?:jailed|imprisoned|taken into detention|(?:captured|caught|nabbed) (?:a |the |an? )?(?:\w+ ){0,2}"
         r"(?:commander|leader|member|suspects?|militants?|terrorists?))\b", 3.0),
    ),
    "change_to_group": (
        (r"\b(?:merg(?:e|ed|er)|split (?:from|with)|splinter|defect(?:ed|ion|ors?)|pledg(?:e|ed) allegiance|"
         r"new (?:leader|chief|commander|emir)|(?:appointed|named|elected) (?:\w+ ){0,3}(?:leader|commander|"
         r"chief|head|emir)|renamed|rebrand\w*|dissolv\w*|disband\w*|join(?:ed)? forces|formed? (?:a )?new|"
         r"announced (?:the )?(?:formation|creation)|recruit\w*|training camp|laid down (?:their )?arms|"
         r"surrender(?:ed)?|suspend(?:ed)? (?:its )?(?:activities|operations))\b", 3.0),
        (r"\b(?:reinforc\w*|dispatched|deploy(?:ed|ing|ment|s)?|redeploy\w*|sorties?|mobili[sz]\w*|"
         r"(?:arrived|delivered|received) (?:\w+ ){0,4}(?:jets|fighters|weapons|tanks|troops|reinforcements))\b",
         2.0),
        (r"\b(?:group|movement|faction|militia|organi[sz]ation|coalition|alliance)\b", 0.5),
    ),
    "disrupted_weapons_use": (
        (r"\b(?:defus(?:e|ed|ing)|disarm(?:ed|ing)|bomb squad|bomb disposal|controlled (?:explosion|detonation)|"
         r"neutrali[sz]ed (?:an? )?(?:bomb|explosive|device|ied)|(?:foil|thwart|avert)\w* (?:\w+ ){0,4}(?:attacks?|"
         r"plots?|bombings?|attempts? to (?:attack|bomb|blow))|intercept\w* (?:\w+ ){0,3}(?:missiles?|rockets?|"
         r"drones?|packages?|shipments?|weapons|projectiles)|(?:missiles?|rockets?|drones?) (?:\w+ ){0,2}"
         r"intercepted|shot down|dismantl\w*|weapons? caches?|arms caches?|seiz\w* (?:\w+ ){0,3}"
         r"(?:weapons|arms|explosives|ammunition|rifles|grenades|ieds?|bombs?|mines)|"
         r"(?:found|discovered|recovered|uncovered) (?:\w+ ){0,3}(?:explosives?|weapons|arms|ammunition|ieds?|"
         r"bombs?|mines|devices?)|suspicious (?:package|device|object)s?|air defen[cs]es?|missile defen[cs]e)\b",
         4.0),
        (r"\b(?:destroy\w*|seiz\w*|found|discovered|cleared|confiscat\w*|captured|recovered|uncovered|"
         r"intercept\w*) (?:\S+ ){0,8}(?:weapons|explosives|ieds?|explosive devices?|ammunition|grenades|mines|pistols|"
         r"bullets|cartridges|firearms|magazines|rounds|rifles|guns|rockets|tnt|detonators)\b", 3.0),
        (r"\b(?:weapons|explosives|ieds?|ammunition|grenades|mines|pistols|firearms|guns|rifles|bullets|bombs?|"
         r"devices?|packages?) (?:\S+ ){0,4}(?:seized|found|captured|discovered|cleared|confiscated|intercepted|"
         r"defused|destroyed)\b", 3.0),
        (r"\b(?:caches?|stash(?:es)?|stockpiles?)\b", 2.0),
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
         r"torch(?:ed|ing)|burn(?:ed|t) down|set (?:on )?fire to (?:\w+ ){0,3}(?:houses|homes|shops|"
         r"buildings|churches|mosques|schools|offices|property|vehicles)|destroy(?:ed)? (?:\w+ ){0,3}"
         r"(?:houses|homes|property|shops|crops|buildings)|vandali[sz]\w*|confiscat\w*|seized (?:property|"
         r"land|cattle|livestock)|stole|stolen|steal)\b", 3.5),
        (r"\b(?:(?:shops|stores|houses|homes|property|properties|buildings|cars|vehicles|churches|mosques) "
         r"(?:\w+ ){0,3}(?:burned|burnt|torched|looted|destroyed|vandali[sz]ed|damaged)|destruction of (?:\w+ ){0,3}"
         r"propert\w*)\b", 3.5),
    ),
    "non_violent_transfer_of_territory": (
        (r"\b(?:withdr(?:ew|awn|awal|aw)|pull(?:ed|s|ing)? (?:out|back)|handed? (?:over|back)|hand-?over|"
         r"evacuat(?:e|ed|ion)|relinquish\w*|vacat(?:e|ed)|left the (?:town|city|area|region)|"
         r"without (?:a )?(?:fight|resistance|fighting)|(?:entered|deployed (?:in|to)) (?:\w+ ){0,3}"
         r"(?:town|city|village|area))\b", 3.0),
        (r"\b(?:peaceful(?:ly)?|transfer\w*)\b", 1.0),
        (r"\bwithout (?:any )?(?:resistance|a fight|fighting|firing a (?:gun)?shot)\b", 2.0),
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
         r"tropical depression|high winds|snowstorms?|hailstorms?|lightning)\b", 4.0),
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
         r"malaria|virus|infections?|infected|cases|vaccin\w*|quarantine|lockdown|flu|influenza|diseases?|"
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

_FR: dict[str, Rules] = {
    "armed_clash": ((r"\b(?:affrontements?|combats?|accrochages?|échanges? de tirs|embuscade)\b", 3.0),),
    "government_regains_territory": (
        (r"\b(?:repris le contrôle|reprise? (?:de|du)|reconqu\w*|libér(?:é|ée|és|ation))\b", 3.0),
    ),
    "non_state_actor_overtakes_territory": (
        (r"\b(?:(?:rebelles|jihadistes|djihadistes|insurgés|militants) (?:\w+ ){0,3}(?:ont pris|se sont emparés|"
         r"contrôlent)|tomb(?:é|ée) aux mains)\b", 3.0),
    ),
    "chemical_weapon": (
        (r"\b(?:armes? chimiques?|attaque chimique|chlore|sarin|gaz moutarde|gaz toxique)\b", 5.0),
    ),
    "air_strike": (
        (r"\b(?:frappes? aériennes?|raids? aériens?|bombardements? aériens?|avions de combat|drones?)\b", 4.0),
    ),
    "suicide_bomb": (
        (r"\b(?:kamikazes?|attentat[- ]suicide|ceinture d'explosifs|s'est fait exploser)\b", 5.0),
    ),
    "shelling": (
        (r"\b(?:tirs? d'artillerie|obus|roquettes?|missiles?|mortiers?|pilonn\w*|bombardements?)\b", 3.0),
    ),
    "remote_explosive": (
        (r"\b(?:engins? explosifs?|ei\b|mines?|voiture piégée|bombe artisanale|explosion|engin piégé)", 3.0),
    ),
    "grenade": ((r"\bgrenades?\b", 5.0),),
    "sexual_violence": ((r"\b(?:viol(?:s|é|ée|ées)?|violences? sexuelles?|agressions? sexuelles?)\b", 5.0),),
    "attack": ((r"\b(?:civils|villageois|massacre|tu(?:é|és|ée)s? par balles|assassin\w*|attaque)\b", 1.5),),
    "abduction": (
        (r"\b(?:enlev(?:é|és|ée|ement)|kidnapp\w*|otages?|pris en otage|disparitions? forcées?|rapt)\b", 4.0),
    ),
    "peaceful_protest": (
        (r"\b(?:manifest(?:ation|ations|ants?|é|er)|rassemblements?|marche|grève|sit-in)\b", 3.0),
    ),
    "protest_with_intervention": (
        (r"\b(?:dispers\w*|gaz lacrymogènes?|canons? à eau|balles en caoutchouc|interpell\w*)\b", 3.0),
    ),
    "excessive_force_against_protesters": (
        (r"\b(?:tirs? à balles réelles|manifestants? (?:\w+ ){0,3}tués?)\b", 4.0),
    ),
    "violent_demonstration": (
        (r"\b(?:émeutes?|émeutiers|jets? de pierres|cocktails? molotov|saccag\w*)\b", 3.5),
    ),
    "mob_violence": ((r"\b(?:foule en colère|lynch\w*|justice populaire|vindicte populaire)\b", 4.0),),
    "agreement": ((r"\b(?:accord|cessez-le-feu|trêve|signé|traité|échange de prisonniers)\b", 3.0),),
    "arrests": (
        (r"\b(?:arrêt(?:é|és|ée|ées|ation|ations)|interpell(?:é|és|ation)|garde à vue|appréhend\w*)\b", 3.0),
    ),
    "disrupted_weapons_use": (
        (r"\b(?:désamorc\w*|déjou\w*|intercept\w*|saisie d'armes|caches? d'armes|abattu un drone)\b", 4.0),
    ),
    "headquarters_established": (
        (r"\b(?:install\w* (?:\w+ ){0,3}(?:base|quartier général|poste)|nouvelle base)\b", 4.0),
    ),
    "looting_property_destruction": (
        (r"\b(?:pill(?:é|és|age|ages)|incendi(?:é|és|ées) (?:des )?(?:maisons|magasins|habitations))\b", 3.5),
    ),
    "non_violent_transfer_of_territory": ((r"\b(?:retir(?:é|és|ée|ées|ait)|retrait|évacu\w*|remis)\b", 2.5),),
    "earthquake": ((r"\b(?:séisme|tremblement de terre|secousse|magnitude|sismique)\b", 5.0),),
    "flood": ((r"\b(?:inondations?|crue|pluies torrentielles|inond(?:é|ée|és))\b", 5.0),),
    "storm": ((r"\b(?:tempête|ouragan|cyclone|typhon|tornade)\b", 5.0),),
    "wildfire": ((r"\b(?:incendies? de forêt|feux? de forêt|incendie de végétation)\b", 5.0),),
    "landslide": ((r"\b(?:glissements? de terrain|avalanche|coulée de boue)\b", 5.0),),
    "drought": ((r"\b(?:sécheresse|famine)\b", 5.0),),
    "volcano": ((r"\b(?:volcan\w*|éruption)\b", 5.0),),
    "air_accident": ((r"\b(?:crash|(?:avion|hélicoptère) (?:\w+ ){0,3}écrasé|accident aérien)\b", 5.0),),
    "rail_accident": ((r"\b(?:déraill\w*|accident ferroviaire|collision de trains)\b", 5.0),),
    "road_accident": (
        (r"\b(?:accident de la route|accident de la circulation|(?:bus|camion|"
         r"voiture) (?:\w+ ){0,3}(?:renversé|percuté))\b", 5.0),
    ),
    "sea_accident": ((r"\b(?:naufrage|chaviré|noy(?:é|és|ade))\b", 5.0),),
    "industrial_accident": (
        (r"\b(?:explosion (?:\w+ ){0,3}(?:usine|raffinerie|mine|entrepôt)|fuite de gaz)\b", 5.0),
    ),
    "fire": ((r"\b(?:incendie|pompiers|flammes)\b", 3.0),),
    "structural_collapse": ((r"\b(?:effondr\w*|écroul\w*)\b", 4.0),),
    "outbreak": (
        (r"\b(?:épidémie|choléra|ebola|covid|coronavirus|contaminations?|cas confirmés|virus)\b", 4.0),
    ),
    "shooting": ((r"\b(?:fusillade|coups de feu|tireur|par balle)\b", 2.5),),
    "homicide": ((r"\b(?:meurtre|homicide|assassinat|poignardé)\b", 3.0),),
    "robbery": ((r"\b(?:vol(?:s)? à main armée|braquage|cambriolage|volé)\b", 4.0),),
    "organized_crime": ((r"\b(?:trafic\w*|contrebande|cartel|stupéfiants|drogues?|blanchiment)\b", 4.0),),
    "diplomacy": ((r"\b(?:sanctions?|ambassadeur|diplomat\w*|expuls\w*|condamn\w*|sommet)\b", 3.0),),
    "attribution": ((r"\b(?:revendiqu\w*|accus\w*|imput\w*)\b", 3.0),),
    "other": ((r"\b(?:actions|bourse|investisseurs|entreprises?|société|chiffre d'affaires|bénéfices?|"
               r"pertes|ventes|faillite|fusion|rachat|actionnaires|produits?|clients|football|championnat|"
               r"élections?)\b", 2.0),),
}

_ES: dict[str, Rules] = {
    "armed_clash": ((r"\b(?:enfrentamientos?|combates?|choques? armados?|tiroteo con|emboscada)\b", 3.0),),
    "government_regains_territory": (
        (r"\b(?:recuper(?:ó|aron|ado) el control|reconquist\w*|liberad[oa])\b", 3.0),
    ),
    "non_state_actor_overtakes_territory": (
        (r"\b(?:(?:rebeldes|yihadistas|insurgentes|guerrilleros) (?:\w+ ){0,3}(?:tomaron|tomó|"
         r"capturaron))\b", 3.0),
    ),
    "chemical_weapon": (
        (r"\b(?:armas? químicas?|ataque químico|cloro|sarín|gas mostaza|gas tóxico)\b", 5.0),
    ),
    "air_strike": (
        (r"\b(?:ataques? aéreos?|bombardeos? aéreos?|ataque con drones?|aviones de combate)\b", 4.0),
    ),
    "suicide_bomb": ((r"\b(?:atentado suicida|terrorista suicida|suicidas?|se inmoló)\b", 5.0),),
    "shelling": ((r"\b(?:artillería|obuses|cohetes?|misiles?|morteros?|bombarde\w*)\b", 3.0),),
    "remote_explosive": (
        (r"\b(?:artefactos? explosivos?|coche bomba|mina terrestre|minas|bomba|explosión)\b", 3.0),
    ),
    "grenade": ((r"\bgranadas?\b", 5.0),),
    "sexual_violence": (
        (r"\b(?:violaci(?:ón|ones)|violad[oa]s?|violencia sexual|abuso sexual|agresión sexual)\b", 5.0),
    ),
    "attack": ((r"\b(?:civiles|masacre|asesinad[oa]s?|pobladores|atac(?:aron|ó))\b", 1.5),),
    "abduction": ((r"\b(?:secuestr\w*|rehenes|raptad[oa]s?|desaparici(?:ón|ones) forzadas?)\b", 4.0),),
    "peaceful_protest": (
        (r"\b(?:protest(?:a|as|aron|antes)|manifesta(?:ción|ciones|ntes)|marcha|huelga|plantón|"
         r"concentración)\b", 3.0),
    ),
    "protest_with_intervention": (
        (r"\b(?:dispers\w*|gases? lacrimógenos?|cañones? de agua|balas de goma|desaloj\w*)\b", 3.0),
    ),
    "excessive_force_against_protesters": (
        (r"\b(?:munición real|manifestantes (?:\w+ ){0,3}(?:muertos|asesinados|heridos))\b", 4.0),
    ),
    "violent_demonstration": (
        (r"\b(?:disturbios|saqueos y|pedradas|cócteles? molotov|vandalismo|barricadas)\b", 3.5),
    ),
    "mob_violence": ((r"\b(?:linch\w*|turba|muchedumbre enfurecida)\b", 4.0),),
    "agreement": ((r"\b(?:acuerdo|alto el fuego|tregua|firmaron|tratado|canje de prisioneros)\b", 3.0),),
    "arrests": ((r"\b(?:detenid[oa]s?|arrestad[oa]s?|captur(?:ado|ados|aron)|detenci(?:ón|ones))\b", 3.0),),
    "disrupted_weapons_use": (
        (r"\b(?:desactiv\w*|frustr\w*|intercept\w*|incaut\w* (?:\w+ ){0,3}(?:armas|explosivos)|arsenal)\b", 4.0),
    ),
    "headquarters_established": (
        (r"\b(?:establec\w* (?:\w+ ){0,3}base|nueva base|instal\w* (?:\w+ ){0,3}base)\b", 4.0),
    ),
    "looting_property_destruction": (
        (r"\b(?:saque(?:o|os|aron|ados)|quem(?:aron|adas) (?:\w+ ){0,3}(?:casas|viviendas|tiendas)|"
         r"destruy\w* viviendas)\b", 3.5),
    ),
    "non_violent_transfer_of_territory": (
        (r"\b(?:retir(?:ó|aron|ada)|repliegue|entreg(?:ó|aron) el control|evacu\w*)\b", 2.5),
    ),
    "earthquake": ((r"\b(?:terremoto|sismo|seísmo|temblor|magnitud)\b", 5.0),),
    "flood": ((r"\b(?:inundaci(?:ón|ones)|crecida|lluvias torrenciales|desbordamiento)\b", 5.0),),
    "storm": ((r"\b(?:tormenta|huracán|ciclón|tifón|tornado)\b", 5.0),),
    "wildfire": ((r"\b(?:incendios? forestal(?:es)?)\b", 5.0),),
    "landslide": ((r"\b(?:deslizamientos? de tierra|derrumbe|alud|avalancha)\b", 5.0),),
    "drought": ((r"\b(?:sequía|hambruna)\b", 5.0),),
    "volcano": ((r"\b(?:volc\w*|erupci(?:ón|ones))\b", 5.0),),
    "air_accident": (
        (r"\b(?:accidente aéreo|se estrelló|(?:avión|avioneta|helicóptero) (?:\w+ ){0,3}estrell\w*)\b", 5.0),
    ),
    "rail_accident": ((r"\b(?:descarril\w*|accidente ferroviario|choque de trenes)\b", 5.0),),
    "road_accident": (
        (r"\b(?:accidente de tráfico|accidente vial|accidente de tránsito|choque frontal|volc(?:ó|"
         r"adura))\b", 5.0),
    ),
    "sea_accident": ((r"\b(?:naufragio|naufrag\w*|zozobr\w*|ahogad[oa]s?|hundimiento)\b", 5.0),),
    "industrial_accident": (
        (r"\b(?:explosión (?:\w+ ){0,3}(?:fábrica|refinería|planta|mina)|fuga de gas|derrame)\b", 5.0),
    ),
    "fire": ((r"\b(?:incendio|bomberos|llamas)\b", 3.0),),
    "structural_collapse": ((r"\b(?:derrumb\w*|colaps\w*|se desplomó)\b", 4.0),),
    "outbreak": (
        (r"\b(?:brote|epidemia|cólera|ébola|covid|coronavirus|contagios|casos confirmados|dengue|virus)\b", 4.0),
    ),
    "shooting": ((r"\b(?:tiroteo|balacera|disparos|pistolero|baleado)\b", 2.5),),
    "homicide": ((r"\b(?:homicidio|asesinato|feminicidio|apuñalad[oa])\b", 3.0),),
    "robbery": ((r"\b(?:robo|atraco|asalto a mano armada|hurto|ladrones)\b", 4.0),),
    "organized_crime": (
        (r"\b(?:narcotráfico|cártel|cartel|contrabando|tráfico de|pandillas?|maras?|extorsión|"
         r"lavado de dinero)\b", 4.0),
    ),
    "diplomacy": ((r"\b(?:sanciones|embajador|diplomátic\w*|expuls\w*|condena\w*|cumbre|canciller)\b", 3.0),),
    "attribution": ((r"\b(?:reivindic\w*|atribuy\w*|acus(?:ó|aron|a))\b", 3.0),),
    "other": ((r"\b(?:acciones|bolsa|inversores|empresas?|compañía|beneficios|ganancias|pérdidas|ventas|"
               r"quiebra|fusión|adquisición|accionistas|productos?|clientes|fútbol|campeonato|elecciones)\b", 2.0),),
}

_DE: dict[str, Rules] = {
    "armed_clash": ((r"\b(?:gefecht\w*|kämpfe\w*|zusammenstö(?:ß|ss)e|feuergefecht\w*|hinterhalt)\b", 3.0),),
    "government_regains_territory": (
        (r"\b(?:zurückerober\w*|wieder unter (?:ihre|seine) kontrolle|befrei(?:t|ten|ung))\b", 3.0),
    ),
    "non_state_actor_overtakes_territory": (
        (r"\b(?:(?:rebellen|dschihadisten|islamisten|aufständische|milizen) (?:\w+ ){0,3}(?:erobert\w*|"
         r"eingenommen|unter kontrolle))\b", 3.0),
    ),
    "chemical_weapon": (
        (r"\b(?:chemiewaffen\w*|chemische waffen|giftgas\w*|chlorgas|sarin|senfgas)\b", 5.0),
    ),
    "air_strike": (
        (r"\b(?:luftangriff\w*|luftschl(?:ag|äge)|drohnenangriff\w*|kampfflugzeuge?|kampfjets?|"
         r"bombardier\w*)\b", 4.0),
    ),
    "suicide_bomb": ((r"\b(?:selbstmordattentä\w*|selbstmordanschl(?:ag|äge)|sprengte sich)\b", 5.0),),
    "shelling": ((r"\b(?:artillerie\w*|beschuss|beschossen|granaten|raketen\w*|mörser\w*)\b", 3.0),),
    "remote_explosive": (
        (r"\b(?:sprengsätze?|sprengfalle|autobombe|landminen?|bombe|explosion|sprengstoff)\b", 3.0),
    ),
    "grenade": ((r"\bhandgranaten?\b", 5.0),),
    "sexual_violence": (
        (r"\b(?:vergewaltig\w*|sexuelle gewalt|sexuelle(?:r|n)? übergriff\w*|sexueller missbrauch)\b", 5.0),
    ),
    "attack": ((r"\b(?:zivilisten|dorfbewohner|massaker|getötet|angriff)\b", 1.5),),
    "abduction": ((r"\b(?:entführ\w*|verschleppt\w*|geiseln?|geiselnahme|verschwindenlassen)\b", 4.0),),
    "peaceful_protest": (
        (r"\b(?:protest\w*|demonstr(?:ation|ationen|anten|ierten)|kundgebung\w*|mahnwache|streik\w*)\b", 3.0),
    ),
    "protest_with_intervention": (
        (r"\b(?:aufgelöst|tränengas|wasserwerfer\w*|gummigeschosse|festgenommen)\b", 2.5),
    ),
    "excessive_force_against_protesters": (
        (r"\b(?:scharfe munition|demonstranten (?:\w+ ){0,3}(?:getötet|erschossen))\b", 4.0),
    ),
    "violent_demonstration": (
        (r"\b(?:krawall\w*|ausschreitungen|randalier\w*|steine geworfen|brandsätze)\b", 3.5),
    ),
    "mob_violence": ((r"\b(?:mob|lynch\w*|selbstjustiz|aufgebrachte menge)\b", 4.0),),
    "agreement": (
        (r"\b(?:abkommen|vereinbar\w*|waffenstillstand|waffenruhe|friedensvertrag|unterzeichnet|"
         r"gefangenenaustausch)\b", 3.0),
    ),
    "arrests": ((r"\b(?:festgenommen|verhaftet|festnahme\w*|verhaftung\w*|in gewahrsam)\b", 3.0),),
    "disrupted_weapons_use": (
        (r"\b(?:entschärf\w*|vereitelt|abgefangen|waffenlager|sichergestellt|abgeschossen)\b", 4.0),
    ),
    "headquarters_established": (
        (r"\b(?:stützpunkt\w* (?:\w+ ){0,3}(?:errichtet|eingerichtet)|neuen? stützpunkt|hauptquartier)\b", 4.0),
    ),
    "looting_property_destruction": (
        (r"\b(?:plünder\w*|in brand gesteckt|zerstört\w* (?:\w+ ){0,3}(?:häuser|geschäfte))\b", 3.5),
    ),
    "non_violent_transfer_of_territory": (
        (r"\b(?:abgezogen|abzug|zogen sich zurück|übergeben|geräumt)\b", 2.5),
    ),
    "earthquake": ((r"\b(?:erdbeben\w*|beben|erdstö(?:ß|ss)e?|magnitude|stärke \d)\b", 5.0),),
    "flood": ((r"\b(?:überschwemmung\w*|hochwasser|flut\w*|starkregen|überflutet)\b", 5.0),),
    "storm": ((r"\b(?:sturm|stürme|orkan|hurrikan|taifun|zyklon|tornado|unwetter)\b", 5.0),),
    "wildfire": ((r"\b(?:waldbr(?:and|ände)|buschbr(?:and|ände)|flächenbr(?:and|ände))\b", 5.0),),
    "landslide": ((r"\b(?:erdrutsch\w*|lawine\w*|schlammlawine\w*|murenabgang)\b", 5.0),),
    "drought": ((r"\b(?:dürre|trockenheit|hungersnot)\b", 5.0),),
    "volcano": ((r"\b(?:vulkan\w*|ausbruch)\b", 5.0),),
    "air_accident": (
        (r"\b(?:flugzeugabsturz|abgestürzt|(?:flugzeug|hubschrauber) (?:\w+ ){0,3}abgestürzt|absturz)\b", 5.0),
    ),
    "rail_accident": ((r"\b(?:zugunglück|entgleist|zugentgleisung|zusammensto(?:ß|ss) zweier züge)\b", 5.0),),
    "road_accident": (
        (r"\b(?:verkehrsunfall|autounfall|busunglück|frontalzusammensto(?:ß|ss)|unfall)\b", 4.0),
    ),
    "sea_accident": ((r"\b(?:schiffsunglück|gekentert|gesunken|ertrunken)\b", 5.0),),
    "industrial_accident": (
        (r"\b(?:explosion (?:\w+ ){0,3}(?:fabrik|werk|raffinerie|bergwerk|anlage)|gasleck|chemieunfall|"
         r"grubenunglück)\b", 5.0),
    ),
    "fire": ((r"\b(?:brand|feuer|feuerwehr|flammen)\b", 3.0),),
    "structural_collapse": ((r"\b(?:eingestürzt|einsturz|zusammengebrochen)\b", 4.0),),
    "outbreak": (
        (r"\b(?:ausbruch der|epidemie|cholera|ebola|covid|coronavirus|infektionen|neuinfektionen|virus)\b", 4.0),
    ),
    "shooting": ((r"\b(?:schüsse|schie(?:ß|ss)erei|schütze|angeschossen|erschossen)\b", 2.5),),
    "homicide": ((r"\b(?:mord|ermordet|tötungsdelikt|erstochen|totschlag)\b", 3.0),),
    "robbery": ((r"\b(?:raub\w*|überfall\w*|einbruch|diebstahl|gestohlen)\b", 4.0),),
    "organized_crime": (
        (r"\b(?:schmuggel\w*|menschenhandel|drogenhandel|drogen|kartell|bande|geldwäsche|"
         r"organisierte kriminalität)\b", 4.0),
    ),
    "diplomacy": (
        (r"\b(?:sanktionen|botschafter\w*|diplomat\w*|ausgewiesen|verurteilt\w*|gipfel\w*)\b", 3.0),
    ),
    "attribution": ((r"\b(?:bekannte sich|bekennerschreiben|verantwortlich gemacht|beschuldig\w*)\b", 3.0),),
    "other": ((r"\b(?:aktien?|börse|anleger|unternehmen|konzern|umsatz|gewinn|verlust|verkäufe|insolvenz|"
               r"fusion|übernahme|aktionäre|produkte?|kunden|fußball|meisterschaft|wahlen?)\b", 2.0),),
}

# Arabic words take prefixes (ال، و، ب، ل) and suffixes: patterns match stems, without word boundaries.
_AR: dict[str, Rules] = {
    "armed_clash": ((r"(?:اشتباك|اشتباكات|معارك|معركة|قتال|كمين)", 3.0),),
    "government_regains_territory": ((r"(?:استعاد|استعادة السيطرة|استعادت|حرر|تحرير)", 3.0),),
    "non_state_actor_overtakes_territory": (
        (r"(?:سيطر(?:ت|وا)? (?:\S+ ){0,2}(?:المسلحون|المتمردون|داعش|الفصائل)|(?:المسلحون|المتمردون|"
         r"داعش) (?:\S+ ){0,2}(?:على|سيطر))", 3.0),
    ),
    "chemical_weapon": (
        (r"(?:أسلحة كيميائية|السلاح الكيميائي|هجوم كيميائي|غاز الكلور|السارين|غاز الخردل|غازات سامة)", 5.0),
    ),
    "air_strike": ((r"(?:غارة|غارات|قصف جوي|طائرات حربية|الطيران الحربي|طائرة مسيرة|مسيرة)", 4.0),),
    "suicide_bomb": ((r"(?:انتحاري|انتحارية|حزام ناسف|فجر نفسه)", 5.0),),
    "shelling": ((r"(?:قصف مدفعي|قذائف|صواريخ|صاروخ|هاون|مدفعية)", 3.0),),
    "remote_explosive": ((r"(?:عبوة ناسفة|عبوات ناسفة|لغم|ألغام|سيارة مفخخة|انفجار)", 3.0),),
    "grenade": ((r"(?:قنبلة يدوية|قنابل يدوية)", 5.0),),
    "sexual_violence": ((r"(?:اغتصاب|عنف جنسي|اعتداء جنسي|تحرش)", 5.0),),
    "attack": ((r"(?:مدنيين|المدنيين|مجزرة|هجوم|قتل)", 1.5),),
    "abduction": ((r"(?:خطف|اختطاف|اختطف|رهائن|رهينة|الإخفاء القسري)", 4.0),),
    "peaceful_protest": (
        (r"(?:احتجاج|احتجاجات|مظاهرة|مظاهرات|تظاهر|متظاهرين|المحتجين|اعتصام|إضراب|وقفة)", 3.0),
    ),
    "protest_with_intervention": ((r"(?:تفريق|الغاز المسيل للدموع|خراطيم المياه|الرصاص المطاطي)", 3.0),),
    "excessive_force_against_protesters": ((r"(?:الرصاص الحي|مقتل (?:\S+ ){0,2}متظاهر)", 4.0),),
    "violent_demonstration": ((r"(?:أعمال شغب|شغب|رشق بالحجارة|زجاجات حارقة)", 3.5),),
    "mob_violence": ((r"(?:حشد غاضب|غوغاء|إعدام خارج القانون)", 4.0),),
    "agreement": ((r"(?:اتفاق|اتفاقية|وقف إطلاق النار|هدنة|تبادل الأسرى|وقع)", 3.0),),
    "arrests": ((r"(?:اعتقال|اعتقل|القبض على|احتجاز|اعتقالات|توقيف)", 3.0),),
    "disrupted_weapons_use": ((r"(?:تفكيك|إحباط|أحبط|اعترض|اعتراض|ضبط (?:\S+ ){0,2}أسلحة|مخبأ أسلحة)", 4.0),),
    "headquarters_established": ((r"(?:قاعدة عسكرية جديدة|إنشاء قاعدة|أقام (?:\S+ ){0,2}قاعدة|مقر)", 4.0),),
    "looting_property_destruction": ((r"(?:نهب|سلب|إحراق المنازل|هدم|تدمير المنازل)", 3.5),),
    "non_violent_transfer_of_territory": ((r"(?:انسحاب|انسحب|انسحبت|تسليم)", 2.5),),
    "earthquake": ((r"(?:زلزال|هزة أرضية|الزلزال|درجات على مقياس)", 5.0),),
    "flood": ((r"(?:فيضان|فيضانات|سيول|أمطار غزيرة)", 5.0),),
    "storm": ((r"(?:عاصفة|إعصار|أعاصير)", 5.0),),
    "wildfire": ((r"(?:حرائق الغابات|حريق غابات)", 5.0),),
    "landslide": ((r"(?:انهيار أرضي|انهيارات أرضية)", 5.0),),
    "drought": ((r"(?:جفاف|مجاعة)", 5.0),),
    "volcano": ((r"(?:بركان|ثوران)", 5.0),),
    "air_accident": ((r"(?:تحطم طائرة|سقوط طائرة|تحطمت)", 5.0),),
    "rail_accident": ((r"(?:خروج قطار|تصادم قطار|حادث قطار)", 5.0),),
    "road_accident": ((r"(?:حادث سير|حادث مروري|تصادم|انقلاب حافلة)", 5.0),),
    "sea_accident": ((r"(?:غرق|انقلاب قارب|غرق مركب)", 5.0),),
    "industrial_accident": ((r"(?:انفجار (?:\S+ ){0,2}(?:مصنع|مصفاة|منجم)|تسرب غاز)", 5.0),),
    "fire": ((r"(?:حريق|الحريق|رجال الإطفاء|النيران)", 3.0),),
    "structural_collapse": ((r"(?:انهيار مبنى|انهار)", 4.0),),
    "outbreak": ((r"(?:تفشي|وباء|الكوليرا|إيبولا|كورونا|كوفيد|إصابات|فيروس)", 4.0),),
    "shooting": ((r"(?:إطلاق نار|إطلاق النار|مسلح)", 2.0),),
    "homicide": ((r"(?:جريمة قتل|قتل زوجته|طعن)", 3.0),),
    "robbery": ((r"(?:سرقة|سطو|لصوص)", 4.0),),
    "organized_crime": ((r"(?:تهريب|مخدرات|عصابة|الاتجار|غسيل الأموال)", 4.0),),
    "diplomacy": ((r"(?:عقوبات|سفير|دبلوماسي|طرد|يدين|أدان|قمة)", 3.0),),
    "attribution": ((r"(?:تبنى|أعلن مسؤوليته|تبنت|اتهم|حمل (?:\S+ ){0,2}المسؤولية)", 3.0),),
    "other": ((r"(?:أسهم|البورصة|المستثمرين|شركة|أرباح|خسائر|مبيعات|إفلاس|اندماج|منتجات|كرة القدم|انتخابات)", 2.0),),
}

# Turkish is agglutinative: patterns match word starts and let suffixes follow.
_TR: dict[str, Rules] = {
    "armed_clash": ((r"\b(?:çatışma|çatıştı|muharebe|pusu)", 3.0),),
    "government_regains_territory": ((r"\b(?:geri aldı|yeniden kontrol|kurtarıldı|geri alındı)", 3.0),),
    "non_state_actor_overtakes_territory": (
        (r"\b(?:(?:militanlar|isyancılar|cihatçılar|teröristler) (?:\S+ ){0,3}(?:ele geçirdi|kontrolü))", 3.0),
    ),
    "chemical_weapon": (
        (r"\b(?:kimyasal silah|kimyasal saldırı|klor gazı|sarin|hardal gazı|zehirli gaz)", 5.0),
    ),
    "air_strike": (
        (r"\b(?:hava saldırı|hava harekat|savaş uçak|insansız hava aracı|siha|iha|bombaladı)", 4.0),
    ),
    "suicide_bomb": ((r"\b(?:intihar saldırı|canlı bomba|intihar bombacı|kendini patlattı)", 5.0),),
    "shelling": ((r"\b(?:topçu|top atışı|roket|füze|havan|obüs)", 3.0),),
    "remote_explosive": (
        (r"\b(?:el yapımı patlayıcı|tuzaklanmış|bombalı araç|mayın|patlayıcı|patlama)", 3.0),
    ),
    "grenade": ((r"\b(?:el bombası|el bombaları)", 5.0),),
    "sexual_violence": ((r"\b(?:tecavüz|cinsel saldırı|cinsel şiddet|cinsel istismar)", 5.0),),
    "attack": (
        (r"\b(?:sivil|katliam|saldırı|öldürüldü)", 1.5),
        (r"\b(?:saldırgan|silahlı (?:kişi|grup|adam))", 2.0),
    ),
    "abduction": ((r"\b(?:kaçırıldı|kaçırdı|kaçırılan|rehine|zorla kaybedil)", 4.0),),
    "peaceful_protest": ((r"\b(?:protesto|gösteri|eylem|miting|yürüyüş|grev|oturma eylemi)", 3.0),),
    "protest_with_intervention": (
        (r"\b(?:dağıttı|biber gazı|göz yaşartıcı|tazyikli su|plastik mermi|gözaltına alındı)", 3.0),
    ),
    "excessive_force_against_protesters": ((r"\b(?:gerçek mermi|göstericiler (?:\S+ ){0,3}öldürüldü)", 4.0),),
    "violent_demonstration": ((r"\b(?:ayaklanma|isyan|taş attı|molotof|yağmaladı|kargaşa)", 3.5),),
    "mob_violence": ((r"\b(?:linç|öfkeli kalabalık|kalabalık saldırdı)", 4.0),),
    "agreement": ((r"\b(?:anlaşma|ateşkes|mutabakat|imzaladı|esir takası)", 3.0),),
    "arrests": ((r"\b(?:gözaltına|tutuklandı|tutukladı|yakalandı|gözaltı)", 3.0),),
    "disrupted_weapons_use": (
        (r"\b(?:imha edildi|etkisiz hale getirildi|önlendi|engellendi|silah deposu|ele geçirildi|"
         r"düşürüldü)", 4.0),
    ),
    "headquarters_established": ((r"\b(?:üs kurdu|yeni üs|karargah|gözlem noktası)", 4.0),),
    "looting_property_destruction": ((r"\b(?:yağma|ateşe verildi|yakıldı|tahrip)", 3.5),),
    "non_violent_transfer_of_territory": ((r"\b(?:çekildi|çekilme|devretti|tahliye)", 2.5),),
    "earthquake": ((r"\b(?:deprem|sarsıntı|büyüklüğünde|artçı)", 5.0),),
    "flood": ((r"\b(?:sel |sele |selde|su baskını|taşkın|sağanak)", 5.0),),
    "storm": ((r"\b(?:fırtına|kasırga|hortum|tayfun)", 5.0),),
    "wildfire": ((r"\b(?:orman yangın)", 5.0),),
    "landslide": ((r"\b(?:heyelan|çığ|toprak kayması)", 5.0),),
    "drought": ((r"\b(?:kuraklık|kıtlık)", 5.0),),
    "volcano": ((r"\b(?:yanardağ|volkan|patlaması sonucu lav)", 5.0),),
    "air_accident": ((r"\b(?:uçak kaza|uçak düştü|helikopter düştü|düşen uçak)", 5.0),),
    "rail_accident": ((r"\b(?:tren kaza|raydan çıktı|trenler çarpıştı)", 5.0),),
    "road_accident": ((r"\b(?:trafik kaza|otobüs devrildi|kafa kafaya çarpış|devrildi|şarampole)", 5.0),),
    "sea_accident": ((r"\b(?:tekne battı|battı|alabora|boğuldu)", 5.0),),
    "industrial_accident": (
        (r"\b(?:fabrika(?:da|daki) patlama|maden kaza|gaz sızıntı|iş kazası|grizu)", 5.0),
    ),
    "fire": ((r"\b(?:yangın|itfaiye|alevler)", 3.0),),
    "structural_collapse": ((r"\b(?:çöktü|bina çök|göçük)", 4.0),),
    "outbreak": ((r"\b(?:salgın|kolera|ebola|koronavirüs|covid|vaka|virüs)", 4.0),),
    "shooting": ((r"\b(?:silahlı saldırı|ateş açtı|silahla vuruldu|kurşun)", 2.5),),
    "homicide": ((r"\b(?:cinayet|öldürdü|bıçakla)", 3.0),),
    "robbery": ((r"\b(?:soygun|hırsızlık|gasp|çalındı)", 4.0),),
    "organized_crime": ((r"\b(?:kaçakçılık|uyuşturucu|çete|insan ticareti|kara para)", 4.0),),
    "diplomacy": ((r"\b(?:yaptırım|büyükelçi|diplomat|sınır dışı|kınadı|zirve)", 3.0),),
    "attribution": ((r"\b(?:üstlendi|sorumluluğunu|suçladı|itham)", 3.0),),
    "other": ((r"\b(?:hisse|borsa|yatırımcı|şirket|kâr|zarar|satış|iflas|birleşme|ürün|müşteri|futbol|"
               r"şampiyona|seçim)", 2.0),),
}

# type -> the types it refines: a refined type that has its own evidence adds the best score among them.
# A riot is a protest that turned violent; an intercepted missile is a missile attack that did not happen.
REFINES: dict[str, tuple[str, ...]] = {
    "protest_with_intervention": ("peaceful_protest",),
    "excessive_force_against_protesters": ("peaceful_protest", "protest_with_intervention"),
    "violent_demonstration": ("peaceful_protest", "protest_with_intervention", "excessive_force_against_protesters"),
    "government_regains_territory": ("armed_clash",),
    "non_state_actor_overtakes_territory": ("armed_clash",),
    "non_violent_transfer_of_territory": ("government_regains_territory", "non_state_actor_overtakes_territory"),
    "suicide_bomb": ("remote_explosive",),
    "chemical_weapon": ("air_strike", "shelling"),
    "disrupted_weapons_use": ("remote_explosive", "grenade", "shelling", "air_strike", "chemical_weapon",
                              "suicide_bomb"),
    "sexual_violence": ("attack",),
    "mob_violence": ("attack",),
}

KEYWORDS: dict[str, dict[str, Rules]] = {"en": _EN, "fr": _FR, "es": _ES, "de": _DE, "ar": _AR, "tr": _TR}

# category -> cues for the setting an incident happens in (organised armed conflict, ordinary crime, ...)
CONTEXT: dict[str, dict[str, Rules]] = {
    "en": {
        "battles": ((r"\b(?:troops|soldiers|army|militants?|rebels?|insurgents?|jihadists?|militia(?:s|men)?|"
                     r"fighters|taliban|isis|isil|daesh|islamic state|al-shabaab|boko haram|al-qaeda|"
                     r"security forces|armed forces|military)\b", 1.5),),
        "explosions_remote_violence": ((r"\b(?:militants?|insurgents?|jihadists?|taliban|isis|islamic state|"
                                        r"al-shabaab|boko haram|terrorists?|army|military|forces)\b", 1.5),),
        "violence_against_civilians": ((r"\b(?:militants?|rebels?|insurgents?|jihadists?|militia(?:s|men)?|"
                                        r"taliban|isis|islamic state|al-shabaab|boko haram|bandits|"
                                        r"terrorists?|armed (?:men|group))\b", 1.5),),
        "crime": ((r"\b(?:police said|sheriff|deputies|county|detectives?|charged with|the suspect|"
                   r"homicide|investigators|court|sentenced)\b", 1.5),
                  (r"\b(?:militants?|rebels?|insurgents?|jihadists?|militia(?:s|men)?|taliban|isis|isil|daesh|"
                   r"islamic state|al-shabaab|boko haram|al-qaeda|terrorists?|troops|soldiers)\b", -1.0)),
    },
    "fr": {
        "battles": ((r"\b(?:soldats|armée|militaires|rebelles|jihadistes|djihadistes|insurgés)\b", 1.5),),
        "violence_against_civilians": ((r"\b(?:jihadistes|djihadistes|hommes armés|terroristes)\b", 1.5),),
        "crime": ((r"\b(?:selon la police|suspect|enquêteurs|gendarmerie)\b", 1.5),),
    },
    "es": {
        "battles": ((r"\b(?:soldados|ejército|militares|rebeldes|guerrilla|yihadistas|insurgentes)\b", 1.5),),
        "violence_against_civilians": (
            (r"\b(?:yihadistas|hombres armados|terroristas|paramilitares)\b", 1.5),
        ),
        "crime": ((r"\b(?:según la policía|sospechoso|fiscalía|investigadores)\b", 1.5),),
    },
    "de": {
        "battles": ((r"\b(?:soldaten|armee|militär|rebellen|dschihadisten|aufständische)\b", 1.5),),
        "violence_against_civilians": ((r"\b(?:dschihadisten|bewaffnete|terroristen|milizen)\b", 1.5),),
        "crime": ((r"\b(?:polizei|verdächtige\w*|ermittler|staatsanwaltschaft)\b", 1.5),),
    },
    "ar": {
        "battles": ((r"(?:الجيش|جنود|القوات|المسلحين|المتمردين|داعش)", 1.5),),
        "violence_against_civilians": ((r"(?:مسلحون|مسلحين|داعش|إرهابيين)", 1.5),),
        "crime": ((r"(?:الشرطة|المشتبه|النيابة)", 1.5),),
    },
    "tr": {
        "battles": ((r"\b(?:asker|ordu|militan|terörist|isyancı|pkk|işid|deaş)", 1.5),),
        "violence_against_civilians": ((r"\b(?:silahlı grup|terörist|militan)", 1.5),),
        "crime": ((r"\b(?:polis|şüpheli|savcılık)", 1.5),),
    },
}

# type -> (regex, detail): the optional `subtype` inside a type. English only: details are a nicety.
DETAILS: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    "en": {
        "attack": ((r"\bambush", "ambush"), (r"\bmassacre", "massacre"), (r"\bstabb", "stabbing"),
                   (r"\bbehead", "beheading"), (r"\bassassinat", "assassination"), (r"\bshot|\bshooting|\bgunmen",
                                                                                   "shooting")),
        "armed_clash": ((r"\bambush", "ambush"), (r"\braid", "raid"), (r"\bprison|\bjail", "prison_assault")),
        "air_strike": ((r"\bdrones?\b|\buavs?\b", "drone"), (r"\bhelicopter", "helicopter")),
        "shelling": ((r"\bmissiles?\b", "missile"), (r"\brockets?\b", "rocket"), (r"\bmortars?\b", "mortar"),
                     (r"\bartillery|\bshell", "artillery")),
        "remote_explosive": ((r"\bcar bomb|vehicle-borne", "car_bomb"), (r"\bland ?mines?\b|\bmines?\b", "landmine"),
                             (r"\bieds?\b|improvised|roadside", "ied")),
        "storm": ((r"\bhurricane", "hurricane"), (r"\btyphoon", "typhoon"), (r"\bcyclone", "cyclone"),
                  (r"\btornado", "tornado"), (r"\bblizzard|\bsnowstorm", "blizzard")),
        "shooting": ((r"\bmass shooting", "mass_shooting"), (r"\bdrive-by", "drive_by"),
                     (r"\bpolice (?:officers? )?(?:shot|fired)|officer-involved", "police_shooting")),
        "outbreak": ((r"\bcholera", "cholera"), (r"\bebola", "ebola"), (r"\bcovid|coronavirus", "covid-19"),
                     (r"\bmeasles", "measles"), (r"\bdengue", "dengue")),
        "organized_crime": ((r"\bdrug|cocaine|heroin|narcotic|cannabis|marijuana|meth", "drugs"),
                            (r"\bhuman trafficking|migrants|smuggl", "smuggling")),
    },
}
