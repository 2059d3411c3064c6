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
                            "A gas leak at a factory forced evacuations.",
                            "Miners were trapped after a mine collapse."),
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


# more wordings, so that reports phrased differently from the first lines still land near their type
_MORE: dict[str, tuple[str, ...]] = {
    "armed_clash": (
        "Militants attacked an army checkpoint, killing three soldiers before being repelled.",
        "Heavy fighting between the two armed groups continued overnight on the front line.",
        "Insurgents stormed a police station and fought officers for hours.",
        "Government troops and separatists exchanged gunfire near the border.",
    ),
    "government_regains_territory": (
        "Security forces drove the militants out of the district and took back the city.",
        "The military announced it had recovered the last rebel-held neighbourhood.",
    ),
    "non_state_actor_overtakes_territory": (
        "Jihadists overran an army base and took control of the surrounding villages.",
        "Insurgent fighters stormed and captured the provincial capital.",
    ),
    "chemical_weapon": (
        "Residents were treated for breathing problems after a poison gas attack.",
    ),
    "air_strike": (
        "Air raids by fighter jets destroyed a market and a hospital.",
        "Coalition aircraft struck militant positions overnight.",
    ),
    "suicide_bomb": (
        "A bomber wearing an explosives belt killed worshippers at a mosque.",
        "A suicide attacker drove an explosives-laden truck into the base.",
    ),
    "shelling": (
        "Mortar rounds landed on a residential neighbourhood, wounding children.",
        "Rocket fire from across the border hit several villages.",
        "Ballistic missiles struck the city overnight.",
    ),
    "remote_explosive": (
        "A bomb planted under a car exploded, killing the driver.",
        "An explosion from a device hidden in a motorcycle ripped through the market.",
    ),
    "grenade": (
        "A grenade thrown at a bar wounded ten people.",
    ),
    "sexual_violence": (
        "A girl was gang-raped by armed men.",
        "Fighters forced women into sexual slavery.",
    ),
    "attack": (
        "Unidentified gunmen shot dead a journalist outside his home.",
        "Bandits raided a village and killed dozens of residents.",
        "Armed men hacked villagers to death with machetes.",
    ),
    "abduction": (
        "Armed men seized a priest and took him to an unknown location.",
        "Bandits abducted passengers from a bus on the highway.",
    ),
    "peaceful_protest": (
        "Students held a sit-in outside the ministry demanding lower fees.",
        "Hundreds demonstrated against the election results.",
        "Doctors staged a strike over working conditions.",
    ),
    "protest_with_intervention": (
        "Police detained dozens of demonstrators at the rally.",
        "Officers used pepper spray to clear a protest camp.",
    ),
    "excessive_force_against_protesters": (
        "Police killed two protesters when they fired into a crowd.",
        "Troops used lethal force to crush the demonstration.",
    ),
    "violent_demonstration": (
        "Protesters clashed with police, throwing rocks and burning tyres.",
        "Demonstrators stormed the parliament and smashed windows.",
        "Rioting broke out and shops were set on fire.",
    ),
    "mob_violence": (
        "Villagers armed with sticks attacked members of a rival clan.",
        "A crowd set upon a suspected thief and burned him.",
    ),
    "agreement": (
        "Both sides agreed to a truce to allow aid into the city.",
        "Rebels and the government reached a deal on the withdrawal of fighters.",
    ),
    "arrests": (
        "Authorities detained a journalist on charges of spreading false news.",
        "Troops captured a suspected militant commander.",
    ),
    "change_to_group": (
        "The government sent reinforcements and deployed more troops to the region.",
        "Fighters defected from the rebel group to join the army.",
        "The militia announced it had changed its name.",
    ),
    "disrupted_weapons_use": (
        "Soldiers seized rifles, grenades and ammunition in a raid on a hideout.",
        "Police defused a roadside bomb before it could explode.",
        "A drone was shot down before it reached its target.",
    ),
    "headquarters_established": (
        "The foreign forces established a new observation post in the province.",
        "Militants set up a training camp in the forest.",
    ),
    "looting_property_destruction": (
        "Shops owned by foreigners were looted and burned.",
        "Crops and homes were destroyed by the militia.",
    ),
    "non_violent_transfer_of_territory": (
        "The rebels handed over control of the town to the army under the deal.",
        "Foreign troops pulled out and local forces took over the base.",
    ),
    "other_development": (
        "Aid agencies delivered food to people displaced by the conflict.",
    ),
    "earthquake": (
        "Buildings shook and collapsed as a strong tremor hit the area.",
    ),
    "flood": (
        "Rivers burst their banks and swept away houses.",
    ),
    "storm": (
        "Strong winds and heavy rain from the cyclone destroyed homes.",
    ),
    "wildfire": (
        "Fires raged through dry forests, forcing evacuations.",
    ),
    "landslide": (
        "A mudslide buried a village after days of rain.",
    ),
    "drought": (
        "Crops failed after months without rain.",
    ),
    "volcano": (
        "An eruption sent an ash column into the sky.",
    ),
    "tsunami": (
        "Giant waves swept over the coast after the quake.",
    ),
    "extreme_temperature": (
        "Record temperatures caused deaths from heatstroke.",
    ),
    "air_accident": (
        "The aircraft went down in the sea with passengers on board.",
    ),
    "rail_accident": (
        "Two passenger trains collided head-on.",
    ),
    "road_accident": (
        "A car crashed into a tree, killing the driver.",
        "A minibus overturned on the highway.",
    ),
    "sea_accident": (
        "The ship sank after hitting rocks; dozens are missing.",
    ),
    "industrial_accident": (
        "A boiler exploded at a factory, killing workers.",
        "A chemical spill at a warehouse sickened residents.",
    ),
    "fire": (
        "A blaze destroyed a market overnight.",
    ),
    "structural_collapse": (
        "A bridge gave way and vehicles fell into the river.",
    ),
    "outbreak": (
        "The number of infections rose again this week.",
        "A measles epidemic has killed children.",
    ),
    "shooting": (
        "Two people were shot outside a nightclub early Sunday.",
        "A teenager was wounded by gunfire in a drive-by shooting.",
    ),
    "homicide": (
        "Police found the victim's body and arrested her husband.",
    ),
    "robbery": (
        "Thieves stole cash and phones from a shop.",
    ),
    "other_crime": (
        "Police are investigating the assault of a man as a hate crime.",
        "A man was charged with fraud and bribery.",
        "A suspect was arrested for distributing child pornography online.",
    ),
    "organized_crime": (
        "Gang members were arrested for extortion.",
        "Customs officers seized a shipment of drugs.",
    ),
    "diplomacy": (
        "The president met his counterpart for talks on trade.",
        "The government recalled its ambassador in protest.",
    ),
    "attribution": (
        "The militant group said it carried out the attack.",
        "The government denied involvement in the killing.",
    ),
    "other": (
        "The football team won the championship.",
        "Parliament passed the budget.",
        "The company signed a contract worth billions of dollars.",
        "Shares fell sharply on the stock market.",
        "The carmaker reported lower sales and announced job cuts.",
        "The firm unveiled a new smartphone.",
        "The airline ordered new aircraft from the manufacturer.",
    ),
}
PROTOTYPES = {t: PROTOTYPES.get(t, ()) + _MORE.get(t, ()) for t in PROTOTYPES.keys() | _MORE.keys()}
