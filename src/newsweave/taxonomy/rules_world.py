"""Keyword rules for French, Spanish, German, Arabic and Turkish (see `tables.py` for how they are scored).

Shorter than the English table: the embedding scorer covers wordings these miss.
"""

from __future__ import annotations

Rules = tuple[tuple[str, float], ...]

FR: dict[str, Rules] = {
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

ES: dict[str, Rules] = {
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

DE: dict[str, Rules] = {
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
AR: dict[str, Rules] = {
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
TR: dict[str, Rules] = {
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
