/// Common given names of the languages English programmes name people in,
/// for the `name-order` note: "Ricardo Lagos" written as `name` is read as
/// surname Ricardo. A name not listed is simply not noticed, so the list
/// leans to names that are never surnames.
public enum GivenNames {
  public static func isCommon(_ word: String) -> Bool {
    names.contains(word.lowercased())
  }

  static let names: Set<String> = [
    // English
    "aaron", "adam", "alan", "albert", "alexander", "alice", "alison", "amanda", "andrew", "angela",
    "ann", "anna", "anne", "anthony", "barbara", "ben", "benjamin", "brian", "catherine",
    "charles", "charlotte", "christine", "christopher", "daniel", "david", "deborah", "donald",
    "edward", "elizabeth", "emily", "emma", "eric", "frances", "frank", "gary", "george",
    "graham", "grace", "harry", "helen", "henry", "hugh", "ian", "jack", "james", "jane",
    "janet", "jason", "jennifer", "jeremy", "jessica", "joan", "john", "jonathan", "joseph",
    "julia", "julie", "karen", "katherine", "kate", "kenneth", "kevin", "laura", "linda",
    "margaret", "mark", "martin", "mary", "matthew", "michael", "michelle", "nancy", "nicholas",
    "patricia", "paul", "peter", "philip", "rachel", "richard", "robert", "ross", "ruth",
    "samuel", "sarah", "simon", "stephen", "steven", "susan", "thomas", "timothy", "victoria",
    "william", "winston", "jacinda", "phil", "trevor", "wayne", "lockwood",
    // Spanish, Portuguese, Italian
    "alejandro", "alberto", "ana", "antonio", "carlos", "carmen", "diego", "eduardo", "enrique",
    "fernando", "francisco", "gabriel", "javier", "jorge", "josé", "jose", "juan", "luis",
    "manuel", "maria", "maría", "miguel", "pablo", "pedro", "rafael", "ricardo",
    "roberto", "sebastián", "sergio", "felipe", "gonzalo", "marco", "giuseppe", "giovanni",
    "luca", "paolo", "joão", "jair", "luiz", "dilma",
    // French, German, Dutch
    "emmanuel", "françois", "francois", "jacques", "jean", "nicolas", "pierre",
    "gerhard", "helmut", "klaus", "olaf", "frank-walter", "wolfgang", "jürgen",
    // Russian, in Latin letters
    "alexei", "alexey", "andrei", "andrey", "anatoly", "boris", "dmitry", "dmitri", "igor",
    "ivan", "mikhail", "nikolai", "oleg", "olga", "pavel", "sergei", "sergey", "tatiana",
    "vladimir", "viktor", "yuri", "yury", "natalia", "elena", "irina", "svetlana",
    // Chinese, Japanese, Korean names are written surname first; none listed.
  ]
}
