// decodeSubtitleBytes (declared in subtitlereader.h): BOM, then UTF-8, then uchardet, then a sanity check so
// that binary junk is refused instead of being shown as mojibake.
#include "subtitles/subtitlereader.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <uchardet.h>

#ifdef CAIRN_HAVE_ICU
#include <unicode/ucnv.h>
#endif

using namespace Qt::StringLiterals;

namespace cairn::subtitles {

namespace {

std::optional<QString> decodeWithQt(QByteArrayView bytes, const QString &name)
{
    const QByteArray latin1 = name.toLatin1();
    QStringDecoder decoder(latin1.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    QString s = decoder.decode(bytes);
    return s;
}

#ifdef CAIRN_HAVE_ICU
// Qt builds without ICU (Windows, macOS installers) know only UTF-* and Latin-1; ICU knows the legacy pages.
std::optional<QString> decodeWithIcu(QByteArrayView bytes, const QString &name)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(name.toLatin1().constData(), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    QString out(bytes.size() * 2 + 2, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    const int32_t len = ucnv_toUChars(conv, reinterpret_cast<UChar *>(out.data()), int32_t(out.size()), bytes.data(),
                                      int32_t(bytes.size()), &status);
    ucnv_close(conv);
    if (U_FAILURE(status))
        return std::nullopt;
    out.truncate(len);
    return out;
}
#endif

std::optional<QString> decodeAs(QByteArrayView bytes, const QString &name)
{
    if (auto s = decodeWithQt(bytes, name))
        return s;
#ifdef CAIRN_HAVE_ICU
    return decodeWithIcu(bytes, name);
#else
    return std::nullopt;
#endif
}

// uchardet speaks uppercase ("WINDOWS-1256", "BIG5"); report the names people and Qt use.
QString canonicalEncodingName(const QByteArray &detected, QByteArrayView bytes)
{
    QString name = QString::fromLatin1(detected);
    if (name.startsWith(u"WINDOWS-", Qt::CaseInsensitive))
        return u"windows-"_s + name.sliced(8);
    if (name.compare(u"BIG5", Qt::CaseInsensitive) == 0)
        return u"Big5"_s;
    if (name.compare(u"ISO-8859-1", Qt::CaseInsensitive) == 0 || name.compare(u"ASCII", Qt::CaseInsensitive) == 0) {
        // uchardet says ISO-8859-1 for most Western text; bytes 0x80-0x9F are C1 controls there but
        // curly quotes, dashes and the euro sign in windows-1252, which is what such files really are.
        for (char b : bytes) {
            if (uchar(b) >= 0x80 && uchar(b) <= 0x9F)
                return u"windows-1252"_s;
        }
        return u"ISO-8859-1"_s;
    }
    return name;
}

QByteArray runUchardet(QByteArrayView bytes)
{
    uchardet_t ud = uchardet_new();
    QByteArray charset;
    if (uchardet_handle_data(ud, bytes.data(), size_t(bytes.size())) == 0) {
        uchardet_data_end(ud);
        charset = QByteArray(uchardet_get_charset(ud));
    }
    uchardet_delete(ud);
    return charset;
}

// True when decoded text looks like text: few replacement characters and control characters.
bool looksLikeText(QStringView s)
{
    qsizetype bad = 0;
    const char16_t *d = s.utf16();
    const char16_t *const end = d + s.size();
    for (; d != end; ++d) {
        const char16_t u = *d;
        if (u >= 0x20 && u < 0x7F)
            continue; // the common case first
        if (u == 0xFFFD || (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f') ||
            (u >= 0x7F && u <= 0x9F))
            ++bad;
    }
    // A stray bad character in a real file is tolerated; junk has them everywhere (random bytes: ~25%).
    return bad * 50 <= s.size();
}

// UTF-16 without BOM shows up as NUL bytes in every other position.
std::optional<QString> guessBomlessUtf16(QByteArrayView bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < bytes.size(); i += 2) {
        evenNul += bytes[i] == 0;
        oddNul += bytes[i + 1] == 0;
    }
    const qsizetype pairs = bytes.size() / 2;
    // Timing lines are ASCII, so at least a fifth of the units have a zero high byte; the other half of each
    // pair is almost never zero (only for code points like U+4E00).
    if (oddNul * 5 >= pairs && evenNul * 20 < pairs)
        return u"UTF-16LE"_s;
    if (evenNul * 5 >= pairs && oddNul * 20 < pairs)
        return u"UTF-16BE"_s;
    return std::nullopt;
}

DecodedText finish(QString text, QString encoding)
{
    DecodedText d;
    d.encoding = std::move(encoding);
    if (!looksLikeText(text)) {
        d.error = QCoreApplication::translate(
            "cairn::subtitles", "The file does not contain readable text (binary data or an unknown encoding).");
        return d;
    }
    d.text = std::move(text);
    d.ok = true;
    return d;
}

} // namespace

DecodedText decodeSubtitleBytes(const QByteArray &bytes)
{
    const QByteArrayView v(bytes);
    if (v.startsWith("\xEF\xBB\xBF"))
        return finish(QString::fromUtf8(v.sliced(3)), u"UTF-8"_s);
    if (v.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)))
        return finish(QStringDecoder(QStringDecoder::Utf32LE).decode(v.sliced(4)), u"UTF-32LE"_s);
    if (v.startsWith("\xFF\xFE"))
        return finish(QStringDecoder(QStringDecoder::Utf16LE).decode(v.sliced(2)), u"UTF-16LE"_s);
    if (v.startsWith("\xFE\xFF"))
        return finish(QStringDecoder(QStringDecoder::Utf16BE).decode(v.sliced(2)), u"UTF-16BE"_s);
    if (const auto utf16 = guessBomlessUtf16(v)) {
        QStringDecoder dec(*utf16 == u"UTF-16LE" ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return finish(dec.decode(v), *utf16);
    }
    if (v.contains('\0')) {
        DecodedText d;
        d.error = QCoreApplication::translate("cairn::subtitles",
                                              "The file contains binary data (NUL bytes), not subtitle text.");
        return d;
    }
    {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString s = utf8.decode(v);
        if (!utf8.hasError())
            return finish(std::move(s), u"UTF-8"_s);
    }
    const QByteArray detected = runUchardet(v);
    if (detected.isEmpty()) {
        DecodedText d;
        d.error =
            QCoreApplication::translate("cairn::subtitles", "The text encoding of the file could not be recognised.");
        return d;
    }
    const QString name = canonicalEncodingName(detected, v);
    auto decoded = decodeAs(v, name);
    if (!decoded) {
        DecodedText d;
        d.encoding = name;
        d.error =
            QCoreApplication::translate("cairn::subtitles", "The text encoding %1 is not supported on this system.")
                .arg(name);
        return d;
    }
    return finish(std::move(*decoded), name);
}

} // namespace cairn::subtitles
