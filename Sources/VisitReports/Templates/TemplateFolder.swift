import Foundation
import VisitFiles
public import VisitCore
import VisitDiagnostics

/// Where a template and the templates it includes come from: the built-in
/// set (embedded in the binary at build time from the top-level
/// `Templates/`) or the folder of a user's template on disk. A template may
/// include only files of its own folder: no `..`, no absolute paths, no
/// subfolders, no symbolic links that lead out.
public struct TemplateFolder: Sendable {
  enum Source: Sendable {
    case builtIn(language: Language)
    case disk(folder: String)
  }

  let source: Source

  /// The built-in templates of a language.
  public static func builtIn(_ language: Language) -> TemplateFolder {
    TemplateFolder(source: .builtIn(language: language))
  }

  /// The folder of a template file on disk.
  public static func containing(_ path: String) -> TemplateFolder {
    let folder = (path as NSString).deletingLastPathComponent
    return TemplateFolder(source: .disk(folder: folder.isEmpty ? "." : folder))
  }

  /// A template's text and the name messages use for it.
  struct Loaded {
    let text: String
    let displayName: String
  }

  /// Files larger than this are not templates.
  static let maximumSize = 1 << 20

  func load(_ name: String) throws(TemplateLoadError) -> Loaded {
    guard !name.isEmpty, !name.hasPrefix("/"), !name.contains("/"), name != ".", name != ".."
    else {
      throw TemplateLoadError(
        english: "\"\(name)\": a template may include only files from its own folder "
          + "(no \"..\", no absolute paths, no subfolders)",
        russian: "«\(name)»: шаблон может включать только файлы из своей папки "
          + "(без «..», абсолютных путей и подпапок)")
    }
    switch source {
    case .builtIn(let language):
      guard let text = EmbeddedTemplates.files["\(language.rawValue)/\(name)"] else {
        throw TemplateLoadError(
          english: "there is no built-in template file \"\(name)\"",
          russian: "встроенного файла шаблона «\(name)» нет")
      }
      return Loaded(text: text, displayName: "Templates/\(language.rawValue)/\(name)")
    case .disk(let folder):
      return try loadFromDisk(name, folder: folder)
    }
  }

  private func loadFromDisk(_ name: String, folder: String) throws(TemplateLoadError) -> Loaded {
    let path = folder == "." ? name : "\(folder)/\(name)"
    guard let realFolder = realPath(folder) else {
      throw TemplateLoadError(
        english: "cannot read the template folder \(folder)",
        russian: "не удаётся прочитать папку шаблонов \(folder)")
    }
    guard let realFile = realPath(path) else {
      throw TemplateLoadError(
        english: "\(path): no such template file; check the name",
        russian: "\(path): такого файла шаблона нет; проверьте имя")
    }
    guard realFile.hasPrefix(realFolder == "/" ? "/" : realFolder + "/") else {
      throw TemplateLoadError(
        english: "\(path) leads out of the template's folder (a symbolic link); "
          + "a template may include only files from its own folder",
        russian: "\(path) ведёт за пределы папки шаблона (символическая ссылка); "
          + "шаблон может включать только файлы из своей папки")
    }
    let data: [UInt8]
    do {
      data = try InputFile.read(realFile, limit: Self.maximumSize)
    } catch {
      switch error.kind {
      case .isFolder:
        throw TemplateLoadError(
          english: "\(path) is a folder, not a template file",
          russian: "\(path) — это папка, а не файл шаблона")
      case .tooLarge:
        throw TemplateLoadError(
          english: "\(path) is larger than 1 MB; is it really a template?",
          russian: "\(path) больше 1 МБ; это точно шаблон?")
      case .notFound, .unreadable:
        throw TemplateLoadError(
          english: "\(path): cannot read the template (\(error.reason)); check its permissions",
          russian: "\(path): не удаётся прочитать шаблон (\(error.reason)); проверьте права")
      }
    }
    guard var text = String(validating: data, as: UTF8.self) else {
      throw TemplateLoadError(
        english: "\(path) is not UTF-8 text; save the template as UTF-8",
        russian: "\(path) — не текст в UTF-8; сохраните шаблон в кодировке UTF-8")
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return Loaded(text: text.replacingOccurrences(of: "\r\n", with: "\n"), displayName: path)
  }

  private func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}

/// A template that cannot be loaded, said in both languages.
struct TemplateLoadError: Error {
  let message: LocalizedText

  init(english: String, russian: String) {
    message = LocalizedText(english: english, russian: russian)
  }
}
