"""Name pools for demo people, by country of birth, with the scripts people really use."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Origin:
    country: str  # ISO 3166
    weight: int
    first_f: tuple[str, ...]
    first_m: tuple[str, ...]
    last: tuple[str, ...]
    languages: tuple[str, ...]  # ISO 639 codes, mother tongue first
    category_weights: tuple[tuple[str, int], ...]
    native_script: dict[str, str] | None = None  # latin name -> name in its own script


ORIGINS: tuple[Origin, ...] = (
    Origin("CO", 14, ("María José", "Ana Lucía", "Valentina", "Daniela", "Luz Ángela", "Sofía"),
           ("José Luis", "Andrés Felipe", "Juan Pablo", "Santiago", "Jhon Jairo", "Camilo"),
           ("Gómez", "Rodríguez", "Muñoz", "Peña", "Hernández", "Castaño", "Ibáñez", "Londoño"),
           ("es",), (("refugee_government", 4), ("skilled_worker", 3), ("asylum_seeker", 2),
                     ("temporary_worker", 2))),
    Origin("SY", 10, ("Fatima", "Rania", "Lina", "Nour", "Hiba"),
           ("Mohammad", "Ahmad", "Omar", "Khaled", "Yousef"),
           ("Al-Hassan", "Haddad", "Khoury", "Al-Ahmad", "Darwish"),
           ("ar",), (("refugee_government", 6), ("refugee_sponsored", 4), ("family", 1)),
           {"Fatima": "فاطمة", "Rania": "رانيا", "Lina": "لينا", "Nour": "نور", "Hiba": "هبة",
            "Mohammad": "محمد", "Ahmad": "أحمد", "Omar": "عمر", "Khaled": "خالد",
            "Yousef": "يوسف", "Al-Hassan": "الحسن", "Haddad": "حداد", "Khoury": "خوري",
            "Al-Ahmad": "الأحمد", "Darwish": "درويش"}),
    Origin("UA", 10, ("Olena", "Iryna", "Oksana", "Nataliia", "Yuliia"),
           ("Oleksandr", "Andrii", "Dmytro", "Serhii", "Volodymyr"),
           ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk"),
           ("uk", "ru"), (("temporary_worker", 6), ("skilled_worker", 2), ("family", 1)),
           {"Olena": "Олена", "Iryna": "Ірина", "Oksana": "Оксана", "Nataliia": "Наталія",
            "Yuliia": "Юлія", "Oleksandr": "Олександр", "Andrii": "Андрій",
            "Dmytro": "Дмитро", "Serhii": "Сергій", "Volodymyr": "Володимир",
            "Shevchenko": "Шевченко", "Kovalenko": "Коваленко", "Bondarenko": "Бондаренко",
            "Tkachenko": "Ткаченко", "Melnyk": "Мельник"}),
    Origin("CM", 9, ("Aïcha", "Brigitte", "Marie-Claire", "Hortense", "Ornella"),
           ("Jean-Baptiste", "Hervé", "Armel", "Serge", "Théophile"),
           ("Ngo Mbock", "Tchoumi", "Essomba", "Mbarga", "Nkoulou", "Fotso"),
           ("fr", "en"), (("student", 4), ("skilled_worker", 4), ("asylum_seeker", 2))),
    Origin("HT", 9, ("Guerline", "Widline", "Marie-Ange", "Nadège", "Rose-Mirlande"),
           ("Jean-Robert", "Wilner", "Ketly", "Frantz", "Jean-Ézéchiel"),
           ("Jean-Louis", "Pierre", "Désir", "Saint-Fleur", "Exantus", "Joseph"),
           ("ht", "fr"), (("asylum_seeker", 5), ("family", 3), ("protected_person", 2))),
    Origin("MA", 9, ("Khadija", "Salma", "Imane", "Zineb", "Meryem"),
           ("Youssef", "Hamza", "Mehdi", "Anas", "Rachid"),
           ("El Amrani", "Benali", "Ouazzani", "Tazi", "Bennani", "El Idrissi"),
           ("ar", "fr"), (("skilled_worker", 6), ("student", 3), ("family", 2))),
    Origin("IN", 8, ("Priya", "Ananya", "Kavya", "Deepika"),
           ("Arjun", "Rohan", "Vikram", "Rahul"),
           ("Sharma", "Patel", "D'Souza", "Nair", "Singh"),
           ("hi", "en"), (("student", 5), ("temporary_worker", 3), ("skilled_worker", 2)),
           {"Priya": "प्रिया", "Ananya": "अनन्या", "Kavya": "काव्या", "Deepika": "दीपिका",
            "Arjun": "अर्जुन", "Rohan": "रोहन", "Vikram": "विक्रम", "Rahul": "राहुल",
            "Sharma": "शर्मा", "Patel": "पटेल", "Nair": "नायर", "Singh": "सिंह"}),
    Origin("PH", 7, ("Maria Cristina", "Jocelyn", "Rowena", "Mary Grace"),
           ("Jose Mari", "Rodel", "Jun-Jun", "Mark Anthony"),
           ("Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva"),
           ("tl", "en"), (("temporary_worker", 7), ("family", 2))),
    Origin("FR", 8, ("Élodie", "Chloé", "Maëlle", "Anaïs", "Noémie"),
           ("Théo", "Grégoire", "Loïc", "Benoît", "Jérôme"),
           ("Lefèvre", "Moreau", "Dubœuf", "Girard", "Lemaître", "Ferré"),
           ("fr",), (("skilled_worker", 6), ("temporary_worker", 3), ("student", 2))),
    Origin("CD", 8, ("Grâce", "Esther", "Bénédicte", "Nathalie"),
           ("Patrice", "Dieudonné", "Christian", "Fiston"),
           ("Kabila", "Mukendi", "Tshibangu", "Ilunga", "Kalala", "N'Sele"),
           ("fr", "ln", "sw"), (("refugee_government", 4), ("asylum_seeker", 4),
                                ("family", 1))),
    Origin("CN", 4, ("Li Na", "Xiaoling", "Mei"), ("Wei", "Jian", "Hao"),
           ("Wang", "Zhang", "Chen", "Liu"), ("zh",),
           (("student", 5), ("business", 2), ("skilled_worker", 2)),
           {"Li Na": "李娜", "Xiaoling": "小玲", "Mei": "梅", "Wei": "伟", "Jian": "建",
            "Hao": "浩", "Wang": "王", "Zhang": "张", "Chen": "陈", "Liu": "刘"}),
    Origin("AF", 4, ("Zahra", "Maryam", "Farzana"), ("Ahmad Shah", "Mustafa", "Rahim"),
           ("Ahmadi", "Karimi", "Hashimi", "Rahimi"), ("prs", "ps"),
           (("refugee_government", 7), ("refugee_sponsored", 3)),
           {"Zahra": "زهرا", "Maryam": "مریم", "Farzana": "فرزانه", "Mustafa": "مصطفی",
            "Rahim": "رحیم", "Ahmadi": "احمدی", "Karimi": "کریمی"}),
)

CHILD_NAMES = ("Sofía", "Adam", "Yasmine", "Mathéo", "Inès", "Noah", "Léa", "Élias",
               "Amira", "Ilyès", "Zoé", "Kofi", "Anouk", "Dany")

MUNICIPALITIES = (
    ("Thetford Mines", "12"), ("Disraeli", "12"), ("Saint-Ferdinand", "12"),
    ("Adstock", "12"), ("Black Lake", "12"), ("Sainte-Croix", "12"), ("Laurier-Station", "12"),
    ("Saint-Apollinaire", "12"), ("Lévis", "12"), ("Sherbrooke", "05"), ("Victoriaville", "17"),
    ("Québec", "03"),
)

STREETS = ("rue Notre-Dame", "boulevard Frontenac Ouest", "rue Saint-Alphonse",
           "rue de l'Église", "chemin du Lac-Noir", "rue Labbé", "avenue Bennett",
           "rue Dumais", "route 165", "rue Caouette")

VISIT_REASONS = (
    "Demande de numéro d'assurance sociale", "Carte RAMQ", "Inscription scolaire",
    "Recherche de logement", "Information Objectif Intégration", "Aide pour le CV",
    "Renouvellement du permis de travail", "Ouverture d'un compte bancaire",
    "Permis de conduire (SAAQ)", "Question sur la résidence permanente",
)

REQUEST_SUBJECTS = (
    "Rappel pour une inscription à la garderie", "Aide pour remplir un formulaire de la RAMQ",
    "Information sur les cours de francisation", "Demande de transport pour la SAAQ",
    "Recherche de logement pour une famille de cinq", "Attestation de participation",
    "Renouvellement du permis de travail fermé", "Équivalence des diplômes",
)

NOTES = (
    "La personne est inquiète pour la santé de sa mère restée au pays.",
    "Situation financière précaire; référer au comptoir alimentaire si besoin.",
    "A vécu un parcours migratoire difficile; proposer les services psychosociaux.",
    "Conflit avec le propriétaire du logement temporaire.",
)

STAFF_SURNAMES = ("Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin",
                  "Lavoie", "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque")
# The staff first names above and in the demo accounts that take « Conseiller »; the others
# take « Conseillère ».
MASCULINE_FIRST_NAMES = frozenset({"Luc", "Karim", "Mathieu", "François", "Olivier",
                                   "Jean-Philippe", "Samir", "Patrick"})
STAFF_FIRST_NAMES = ("Isabelle", "Mathieu", "Geneviève", "Nadia", "François", "Sophie",
                     "Olivier", "Catherine", "Jean-Philippe", "Mélanie", "Samir", "Valérie",
                     "Patrick", "Annie")
