// Folding for matching: case, accents and apostrophe variants are folded; output keeps the original.
#pragma once

#include <string>
#include <string_view>

namespace sitrep::text {

// "Pénètrent" -> "penetrent", "L’Armée" -> "l'armee", "Œuvre" -> "oeuvre". Idempotent.
std::string Fold(std::string_view s);

// Lowercases without removing accents ("Pénètrent" -> "pénètrent").
std::string Lower(std::string_view s);

bool IsUpperInitial(std::string_view s);

// ASCII letters upper-cased, every other byte kept: how TABARI and PETRARCH dictionaries write
// words, and how their coders read text.
std::string UpperAscii(std::string_view s);

// `s` without the spaces, tabs and line breaks at either end.
std::string_view TrimSpace(std::string_view s);

// ' and the characters used for it in typeset text (’ ‘ ʼ ´ `), all folded to '.
bool IsApostrophe(char32_t cp);

}  // namespace sitrep::text
