"""English descriptions of each event type, written for this project, for the embedding scorer.

The multilingual sentence encoder places a French or Arabic report near the English description of the same
kind of event, so these few lines cover languages the keyword tables do not. Each type has a definition in
ACLED's words and a few short report-like sentences; the scorer keeps the best match per type.
"""

from __future__ import annotations

PROTOTYPES: dict[str, tuple[str, ...]] = {
    "armed_clash": (
        "Armed clashes broke out between government soldiers and rebel fighters.",
        "Troops fought militants for hours; several fighters were killed on both sides.",
        "Gunmen ambushed an army patrol and a firefight followed.",
        "Security forces raided a militant hideout and killed a commander in an exchange of fire.",
    ),
    "government_regains_territory": (
        "Government forces regained control of the town from the rebels.",
        "The army recaptured the village that insurgents had seized last week.",
        "Troops liberated the district from the jihadists after days of fighting.",
    ),
    "non_state_actor_overtakes_territory": (
        "Rebels seized control of the town after government troops fled.",
        "Militants captured several villages and a military base.",
        "The district fell to the insurgents after heavy fighting.",
    ),
    "chemical_weapon": (
        "A chemical attack with chlorine gas left dozens suffocating.",
        "Warplanes dropped bombs containing toxic gas; victims showed symptoms of sarin poisoning.",
        "Inspectors confirmed the use of chemical weapons against the town.",
    ),
    "air_strike": (
        "Warplanes carried out airstrikes on the village, killing civilians.",
        "A drone strike hit a car carrying militant leaders.",
        "Military jets bombed rebel positions from the air.",
        "Helicopters dropped barrel bombs on residential neighbourhoods.",
    ),
    "suicide_bomb": (
        "A suicide bomber blew himself up at a crowded market.",
        "An attacker detonated his explosive vest outside the mosque.",
        "A suicide car bomb exploded at the checkpoint.",
    ),
    "shelling": (
        "Artillery shelling hit residential areas of the city.",
        "Rockets and mortar rounds were fired at the town.",
        "A missile struck an apartment building, killing several people.",
    ),
    "remote_explosive": (
        "A roadside bomb exploded as a military convoy passed.",
        "A car bomb went off near a police station.",
        "Villagers were killed when their vehicle hit a landmine.",
        "An improvised explosive device detonated in the market.",
    ),
    "grenade": (
        "An attacker threw a hand grenade into the crowd.",
        "A grenade attack on a police post wounded two officers.",
        "Unknown men lobbed a grenade at a house.",
    ),
    "sexual_violence": (
        "Soldiers raped women in the village.",
        "Armed men sexually assaulted girls during the raid.",
        "Reports of rape and sexual violence by militia members.",
    ),
    "attack": (
        "Gunmen attacked a village and killed unarmed civilians.",
        "Militants massacred farmers and burned their homes.",
        "Armed men shot dead a local official and his family.",
        "Attackers killed civilians who were picking truffles in the desert.",
    ),
    "abduction": (
        "Gunmen kidnapped schoolchildren and demanded a ransom.",
        "Militants abducted aid workers and took them hostage.",
        "Activists disappeared after being taken away by security agents.",
    ),
    "peaceful_protest": (
        "Thousands of people marched peacefully to demand reforms.",
        "Protesters gathered outside parliament holding banners and chanting slogans.",
        "Workers went on strike and held a rally over unpaid wages.",
    ),
    "protest_with_intervention": (
        "Police fired tear gas and water cannon to disperse the protesters.",
        "Security forces broke up the demonstration and arrested dozens of activists.",
        "Riot police used batons and rubber bullets to scatter the crowd.",
    ),
    "excessive_force_against_protesters": (
        "Security forces opened fire with live ammunition on demonstrators, killing several.",
        "Police beat protesters severely; many were wounded and one died.",
        "Soldiers shot dead peaceful marchers.",
    ),
    "violent_demonstration": (
        "Rioters threw stones at police and set cars on fire.",
        "Protesters clashed with security forces and torched government buildings.",
        "Angry demonstrators hurled petrol bombs and vandalised shops.",
    ),
    "mob_violence": (
        "An angry mob lynched a man accused of theft.",
        "A crowd of villagers beat two suspects to death.",
        "Rival communities attacked each other with machetes.",
    ),
    "agreement": (
        "The warring parties signed a ceasefire agreement.",
        "The government and the rebels agreed to a peace deal.",
        "The two sides agreed to exchange prisoners.",
    ),
    "arrests": (
        "Police arrested several suspects in connection with the attack.",
        "Security forces detained a senior opposition leader.",
        "Authorities rounded up dozens of people in overnight raids.",
    ),
    "change_to_group": (
        "The armed group announced a new leader after its chief was killed.",
        "Two rebel factions merged to form a new alliance.",
        "Militants pledged allegiance to the Islamic State.",
        "Hundreds of fighters surrendered and laid down their arms.",
    ),
    "disrupted_weapons_use": (
        "Bomb disposal experts defused an explosive device.",
        "Security forces foiled a planned attack and seized weapons and explosives.",
        "Air defences intercepted a missile fired at the city.",
        "Police found a cache of weapons and ammunition.",
    ),
    "headquarters_established": (
        "The army set up a new military base near the border.",
        "Rebels established their headquarters in the town.",
        "Troops built new outposts and observation points in the area.",
    ),
    "looting_property_destruction": (
        "Armed men looted shops and burned houses in the village.",
        "Militants destroyed homes and stole livestock.",
        "Soldiers demolished buildings and confiscated property.",
    ),
    "non_violent_transfer_of_territory": (
        "Government troops withdrew from the town and handed it over to local forces.",
        "Militants left the area without a fight.",
        "Forces pulled out of the base, which was taken over peacefully.",
    ),
    "other_development": (
        "Mass graves were discovered containing the bodies of victims.",
        "Thousands of civilians fled the fighting and were displaced.",
    ),
    "earthquake": ("A powerful earthquake struck the region, collapsing buildings.",
                   "A magnitude 6 quake shook the city."),
    "flood": ("Floods caused by torrential rains swept away homes.",
              "Flash flooding inundated villages and killed dozens."),
    "storm": ("A hurricane made landfall with strong winds.", "A tornado tore through the town.",
              "A violent storm and typhoon battered the coast."),
    "wildfire": ("A wildfire burned thousands of hectares of forest.",
                 "Firefighters battled bush fires threatening villages."),
    "landslide": ("A landslide buried homes after heavy rain.", "An avalanche swept away climbers."),
    "drought": ("A severe drought has left millions facing hunger.",),
    "volcano": ("The volcano erupted, spewing ash and lava.",),
    "tsunami": ("A tsunami wave hit the coastline.",),
    "extreme_temperature": ("A deadly heatwave killed elderly people.",),
    "air_accident": ("A passenger plane crashed shortly after takeoff.",
                     "A military helicopter crashed, killing all on board."),
    "rail_accident": ("A train derailed and collided with another train.",),
    "road_accident": ("A bus plunged into a ravine, killing passengers.",
                      "A truck collided with a car on the highway."),
    "sea_accident": ("A boat carrying migrants capsized and many drowned.", "A ferry sank in a storm."),
    "industrial_accident": ("An explosion at a chemical plant injured workers.",
                            "A gas leak at a factory forced evacuations.", "Miners were trapped after a mine collapse."),
    "fire": ("A fire broke out in an apartment building, killing residents.",
             "Firefighters put out a blaze at a hospital."),
    "structural_collapse": ("A building collapsed, trapping people under the rubble.",
                            "A bridge collapsed onto the road."),
    "outbreak": ("A cholera outbreak has infected hundreds of people.",
                 "New coronavirus cases rose sharply in the province.", "Health officials reported an Ebola outbreak."),
    "shooting": ("A man was shot and wounded on the street, police said.",
                 "A gunman opened fire at a party, injuring several people.",
                 "Police are investigating a shooting that left one man dead."),
    "homicide": ("A woman was found stabbed to death in her home.", "A man was charged with murdering his wife."),
    "robbery": ("Armed robbers held up a bank and fled with cash.", "Burglars broke into a house and stole jewellery."),
    "organized_crime": ("Police seized cocaine from a drug trafficking gang.",
                        "Smugglers were caught trafficking migrants across the border.",
                        "A cartel boss was extradited on money laundering charges."),
    "diplomacy": ("The country expelled diplomats and imposed sanctions.",
                  "The UN Security Council condemned the missile test.",
                  "Foreign ministers met for talks on the crisis."),
    "attribution": ("The Islamic State group claimed responsibility for the bombing.",
                    "The government blamed rebels for the attack.",
                    "Officials accused a foreign country of being behind the assault."),
    "other": ("The company announced its quarterly results.", "The minister spoke at a conference about the economy.",
              "A new museum opened in the city."),
}
