/// The head nouns of official titles, organizations and venues, with what
/// their endings do not tell: gender for agreement (глава declines like
/// школа but is "he"), animacy (the accusative of заместитель is
/// заместителя, of совет — совет), stress (секретарём) and fleeting vowels
/// (посол → посла). A noun not listed is declined by its ending, and the
/// caller is told so.
enum NounLexicon {
  struct Entry: Sendable {
    let gender: GrammaticalGender
    let isAnimate: Bool
    /// The ending is stressed: секретарь → секретарём, судья → судьёй.
    let isEndingStressed: Bool
    /// An explicit paradigm where the regular one is wrong (fleeting vowels).
    let paradigm: Paradigm?
    /// "на улице", "на заводе", "на встрече" — not "в".
    let takesNa: Bool
  }

  static func entry(for folded: [Character]) -> Entry? {
    entries[String(folded)]
  }

  /// One noun per line: lemma, gender (m f n pl), `a` for animate, `s` for a
  /// stressed ending, `на` when the place is "на …", and an explicit
  /// paradigm after `=`.
  private static let table = """
    глава m a
    губернатор m a
    мэр m a
    председатель m a
    заместитель m a
    руководитель m a
    начальник m a
    директор m a
    министр m a
    депутат m a
    секретарь m a s
    советник m a
    посол m a = --ла --лу --ла --лом --ле
    консул m a
    представитель m a
    член m a
    лицо n a
    ректор m a
    проректор m a
    президент m a
    премьер m a
    помощник m a
    специалист m a
    эксперт m a
    сотрудник m a
    работник m a
    координатор m a
    инспектор m a
    консультант m a
    референт m a
    префект m a
    сенатор m a
    спикер m a
    командир m a
    ветеран m a
    участник m a
    гость m a
    делегат m a
    учитель m a
    педагог m a
    врач m a s
    судья m a s
    староста m a
    атаман m a
    мастер m a
    художник m a
    писатель m a
    журналист m a
    корреспондент m a
    редактор m a
    деятель m a
    ученик m a s
    студент m a
    воспитанник m a
    казначей m a
    бухгалтер m a
    юрист m a
    архитектор m a
    инженер m a
    экономист m a
    аналитик m a
    администратор m a
    организатор m a
    волонтер m a
    лидер m a
    менеджер m a
    чиновник m a
    атташе m a = .
    отец m a = --ца --цу --ца --цом --це
    герой m a
    администрация f
    организация f
    отделение n
    совет m
    район m
    область f
    округ m
    край m
    республика f
    федерация f
    город m
    село n
    деревня f
    поселок m = --ка --ку . --ком --ке
    поселение n
    станица f
    хутор m
    аул m
    музей m
    дом m
    школа f
    интернат m
    гимназия f
    лицей m
    колледж m
    университет m
    институт m
    академия f
    сад m = а у . ом у
    управление n
    департамент m
    комитет m
    министерство n
    правительство n
    дума f
    собрание n
    объединение n
    союз m
    ассоциация f
    фонд m
    центр m
    предприятие n на
    учреждение n
    ведомство n
    орган m
    движение n
    отряд m
    завод m на
    комбинат m на
    фабрика f на
    шахта f на
    компания f
    общество n
    корпорация f
    партия f
    палата f
    зона f
    улица f на
    гора f на
    площадь f на
    проспект m на
    бульвар m на
    переулок m на = --ка --ку . --ком --ке
    парк m
    сквер m
    мемориал m
    памятник m
    монумент m
    обелиск m
    библиотека f
    театр m
    клуб m
    дворец m = --ца --цу . --цом --це
    зал m
    гостиница f
    ресторан m
    кафе n = .
    больница f
    поликлиника f
    служба f
    отдел m
    сектор m
    штаб m
    муниципалитет m
    мэрия f
    префектура f
    представительство n
    посольство n
    консульство n
    агентство n
    инспекция f
    прокуратура f
    суд m s
    экспозиция f
    выставка f на
    площадка f на
    стадион m на
    храм m
    собор m
    церковь f = ---ви ---ви . ю ---ви
    монастырь m s
    часовня f
    кладбище n на
    комплекс m
    филиал m
    офис m
    здание n
    кабинет m
    канцелярия f
    аппарат m
    холл m
    цех m
    ферма f на
    хозяйство n
    кооператив m
    кластер m
    технопарк m
    порт m = а у . ом у
    вокзал m на
    аэропорт m = а у . ом у
    квартал m
    микрорайон m
    городок m = --ка --ку . --ком --ке
    столица f
    станция f на
    соглашение n
    договор m
    меморандум m
    протокол m
    программа f
    план m
    картина f
    подарок m = --ка --ку . --ком --ке
    сувенир m
    книга f
    альбом m
    медаль f
    грамота f
    знак m
    герб m
    флаг m
    игрушка f
    модель f
    ваза f
    статуэтка f
    портрет m
    икона f
    панно n = .
    набор m
    корзина f
    каравай m
    хлеб m
    букет m
    встреча f на
    визит m
    посещение n
    заседание n на
    совещание n на
    подписание n
    церемония f на
    экскурсия f на
    прием m на
    обед m на
    ужин m на
    завтрак m на
    игрушки pl = --ек -ам . -ами -ах
    """

  private static let entries: [String: Entry] = {
    var entries: [String: Entry] = [:]
    for line in table.split(separator: "\n") {
      let halves = line.split(separator: "=", maxSplits: 1)
      let words = halves[0].split(separator: " ")
      let gender: GrammaticalGender =
        switch words[1] {
        case "m": .masculine
        case "f": .feminine
        case "n": .neuter
        default: .plural
        }
      let paradigm =
        halves.count > 1
        ? Paradigm(String(halves[1].trimmingPrefix(" "))) : nil
      entries[String(RussianLetters.folded(words[0]))] = Entry(
        gender: gender, isAnimate: words.contains("a"), isEndingStressed: words.contains("s"),
        paradigm: paradigm, takesNa: words.contains("на"))
    }
    return entries
  }()
}

/// The gender words agree with (встреча состоялась, посещение состоялось),
/// and plural for nouns used only in the plural.
public enum GrammaticalGender: Sendable, Hashable {
  case masculine
  case feminine
  case neuter
  case plural
}
