/// The declension tables for people's names, written from the norms of
/// Russian grammar (research brief, section 1.6, tables A–D). Each table is
/// ordered: the most specific ending first.
enum PersonNameTables {
  /// Table A: male surnames.
  static let maleSurnames = DeclensionTable([
    // Siberian surnames, old genitive plurals (Долгих, Синих, Рыжих, Черных),
    // stay; a German -их (Рерих, Фрейндлих) declines as a consonant.
    DeclensionRule("Gих", "."),
    DeclensionRule("Sих", "."),
    DeclensionRule("них", "."),
    DeclensionRule("ых", "."),
    DeclensionRule("Vа", "."),  // Гулиа
    DeclensionRule("о", "."), DeclensionRule("е", "."), DeclensionRule("и", "."),
    DeclensionRule("у", "."), DeclensionRule("ы", "."), DeclensionRule("ю", "."),
    DeclensionRule("э", "."),
    DeclensionRule("ый", "--ого --ому --ого --ым --ом"),
    DeclensionRule("Gий", "--ого --ому --ого --им --ом"),  // Барановский, Безверхий
    DeclensionRule("Sий", "--его --ему --его --им --ем"),  // Горячий
    DeclensionRule("ний", "--его --ему --его --им --ем"),
    DeclensionRule("ий", "-я -ю -я -ем -и"),
    DeclensionRule("Gой", "--ого --ому --ого --им --ом", minimumLength: 4),  // Руцкой
    DeclensionRule("Sой", "--ого --ому --ого --им --ом", minimumLength: 4),  // Большой
    DeclensionRule("ой", "--ого --ому --ого --ым --ом", minimumLength: 4),  // Толстой
    DeclensionRule("ов", "а у а ым е"),  // Жевлаков → Жевлаковым
    DeclensionRule("ев", "а у а ым е"),
    DeclensionRule("ин", "а у а ым е"),
    DeclensionRule("ын", "а у а ым е"),
    DeclensionRule("енок", "--ка --ку --ка --ком --ке"),  // Антоненок → Антоненка
    DeclensionRule("онок", "--ка --ку --ка --ком --ке"),
    DeclensionRule("Vец", "--йца --йцу --йца --йцем --йце"),  // Коломиец → Коломийца
    DeclensionRule("Cец", "--ца --цу --ца --цом --це", minimumSyllables: 2),  // Гришковец
    DeclensionRule("Vй", "-я -ю -я -ем -е"),  // Гайдай, Цой
    DeclensionRule("ь", "-я -ю -я -ем -е"),  // Белоконь
    DeclensionRule("ия", "-и -и -ю -ей -и"),  // Берия
    DeclensionRule("я", "-и -е -ю -ей -е"),  // Зозуля
    DeclensionRule("Gа", "-и -е -у -ой -е"),
    DeclensionRule("Sа", "-и -е -у -ей -е"),  // Кваша
    DeclensionRule("ца", "-ы -е -у -ей -е"),
    DeclensionRule("а", "-ы -е -у -ой -е"),  // Глоба
    DeclensionRule("S", "а у а ем е"),
    DeclensionRule("ц", "а у а ем е"),  // Лившиц → Лившицем
    DeclensionRule("C", "а у а ом е"),  // Шевчук
  ])

  /// Table B: female surnames. Consonant endings and other vowels stay.
  static let femaleSurnames = DeclensionTable([
    DeclensionRule("Vа", "."),
    DeclensionRule("ова", "-ой -ой -у -ой -ой"),  // Жевлакова
    DeclensionRule("ева", "-ой -ой -у -ой -ой"),
    DeclensionRule("ина", "-ой -ой -у -ой -ой"),
    DeclensionRule("ына", "-ой -ой -у -ой -ой"),
    DeclensionRule("Sая", "--ей --ей --ую --ей --ей"),  // Осадчая
    DeclensionRule("ая", "--ой --ой --ую --ой --ой"),  // Жулинская
    DeclensionRule("яя", "--ей --ей --юю --ей --ей"),  // Зимняя
    DeclensionRule("ия", "-и -и -ю -ей -и"),
    DeclensionRule("я", "-и -е -ю -ей -е"),
    DeclensionRule("Gа", "-и -е -у -ой -е"),
    DeclensionRule("Sа", "-и -е -у -ей -е"),
    DeclensionRule("ца", "-ы -е -у -ей -е"),
    DeclensionRule("а", "-ы -е -у -ой -е"),
  ])

  /// Table C: male first names, with the fleeting vowels and the Georgian
  /// Шота as exceptions.
  static let maleFirstNames = DeclensionTable(
    exceptions: [
      "лев": Paradigm("--ьва --ьву --ьва --ьвом --ьве"),
      "павел": Paradigm("--ла --лу --ла --лом --ле"),
      "петр": Paradigm("---етра ---етру ---етра ---етром ---етре"),  // Пётр → Петра
      "шота": .indeclinable,
      "илья": Paradigm("-и -е -ю -ей -е").replacing(instrumental: "-ёй"),
      "фома": Paradigm("-ы -е -у -ой -е"),
    ],
    [
      DeclensionRule("иа", "."),  // Гарсиа, Лукиа: foreign names in -иа stay
      DeclensionRule("ий", "-я -ю -я -ем -и"),  // Василий, Евгений
      DeclensionRule("Vй", "-я -ю -я -ем -е"),  // Сергей, Николай
      DeclensionRule("ь", "-я -ю -я -ем -е"),  // Игорь
      DeclensionRule("ия", "-и -и -ю -ей -и"),
      DeclensionRule("я", "-и -е -ю -ей -е"),
      DeclensionRule("Gа", "-и -е -у -ой -е"),
      DeclensionRule("Sа", "-и -е -у -ей -е"),  // Саша → Сашей
      DeclensionRule("ца", "-ы -е -у -ей -е"),
      DeclensionRule("а", "-ы -е -у -ой -е"),  // Никита
      DeclensionRule("S", "а у а ем е"),
      DeclensionRule("ц", "а у а ем е"),
      DeclensionRule("C", "а у а ом е"),  // Иван, Олег
    ])

  /// Table C: female first names; one on a consonant other than ь stays (Кармен).
  static let femaleFirstNames = DeclensionTable([
    DeclensionRule("иа", "."),  // Мариа, Гарсиа
    DeclensionRule("ия", "-и -и -ю -ей -и"),  // Мария
    DeclensionRule("я", "-и -е -ю -ей -е"),  // Наталья
    DeclensionRule("Gа", "-и -е -у -ой -е"),  // Ольга
    DeclensionRule("Sа", "-и -е -у -ей -е"),
    DeclensionRule("ца", "-ы -е -у -ей -е"),
    DeclensionRule("а", "-ы -е -у -ой -е"),
    DeclensionRule("ь", "-и -и . -ью -и"),  // Любовь → Любовью
  ])

  /// Table D: patronymics. Turkic оглы / кызы stay as written.
  static let malePatronymics = DeclensionTable([DeclensionRule("ич", "а у а ем е")])
  static let femalePatronymics = DeclensionTable([DeclensionRule("на", "-ы -е -у -ой -е")])

  /// First parts of double surnames that are not surnames on their own and
  /// never decline: Бонч-Бруевич → Бонч-Бруевича.
  static let frozenFirstParts: Set<String> = [
    "бонч", "грум", "демут", "тер", "мелик", "ван", "фон", "аль", "бен", "абдул", "гасан",
    "корвин", "книппер", "эль", "ибн", "де", "ди", "ле", "да", "дер",
  ]
}

extension Paradigm {
  func replacing(instrumental notation: String) -> Paradigm {
    var endings = endings
    endings[3] = Ending(notation)
    return Paradigm(endings: endings)
  }
}
