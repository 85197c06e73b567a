package org.milex.indexer.classify;

import java.util.HashMap;
import java.util.Map;

/**
 * Years written out in words, as signing formulas print them: "mil novecientos sesenta y cuatro" (1964),
 * "dos mil cinco" (2005), "dois mil e dezessete" (2017), "deux mille vingt-quatre" (2024).
 */
final class SpelledNumbers {

    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
        String[][] units = {
            {"0"}, {"uno", "un", "um", "una", "un", "une"}, {"dos", "dois", "duas", "deux"}, {"tres", "três", "trois"},
            {"cuatro", "quatro", "quatre"}, {"cinco", "cinq"}, {"seis", "six"}, {"siete", "sete", "sept"},
            {"ocho", "oito", "huit"}, {"nueve", "nove", "neuf"}, {"diez", "dez", "dix"}, {"once", "onze"},
            {"doce", "doze", "douze"}, {"trece", "treze", "treize"}, {"catorce", "catorze", "quatorze"},
            {"quince", "quinze"}, {"dieciseis", "dieciséis", "dezesseis", "dezasseis", "seize"},
            {"diecisiete", "dezessete", "dezassete"}, {"dieciocho", "dezoito"}, {"diecinueve", "dezenove", "dezanove"},
            {"veinte", "vinte", "vingt"}};
        for (int i = 1; i < units.length; i++) {
            for (String w : units[i]) {
                WORDS.put(Folding.fold(w), i);
            }
        }
        String[] veinti = {"veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco", "veintiseis",
            "veintisiete", "veintiocho", "veintinueve"};
        for (int i = 0; i < veinti.length; i++) {
            WORDS.put(veinti[i], 21 + i);
        }
        WORDS.put("veintiun", 21);
        String[][] tens = {{"treinta", "trinta", "trente"}, {"cuarenta", "quarenta", "quarante"}, {"cincuenta", "cinquenta", "cinquante"},
            {"sesenta", "sessenta", "soixante"}, {"setenta", "septante"}, {"ochenta", "oitenta", "huitante"}, {"noventa", "nonante"}};
        for (int i = 0; i < tens.length; i++) {
            for (String w : tens[i]) {
                WORDS.put(w, 30 + 10 * i);
            }
        }
    }

    private SpelledNumbers() {
    }

    /** The year the words open with, or -1. */
    static int year(String words) {
        String[] t = Folding.fold(words).replace('-', ' ').replaceAll("[^a-z ]", " ").strip().split("\\s+");
        int i = 0;
        int base;
        if (t.length >= 2 && (t[0].equals("dos") || t[0].equals("dois") || t[0].equals("deux")) && (t[1].equals("mil") || t[1].equals("mille"))) {
            base = 2000;
            i = 2;
        } else if (t.length >= 1 && (t[0].equals("mil") || t[0].equals("mille"))) {
            base = 1000;
            i = 1;
            if (i < t.length && (t[i].equals("novecientos") || t[i].equals("novecentos"))) {
                base = 1900;
                i++;
            } else if (i < t.length && (t[i].equals("ochocientos") || t[i].equals("oitocentos"))) {
                base = 1800;
                i++;
            } else if (i + 1 < t.length && t[i].equals("neuf") && t[i + 1].equals("cent")) {
                base = 1900;
                i += 2;
            } else if (i + 1 < t.length && t[i].equals("huit") && t[i + 1].equals("cent")) {
                base = 1800;
                i += 2;
            } else {
                return -1;
            }
        } else {
            return -1;
        }
        int n = 0;
        for (; i < t.length; i++) {
            String w = t[i];
            if (w.equals("y") || w.equals("e") || w.equals("et")) {
                continue;
            }
            if (w.equals("quatre") && i + 1 < t.length && t[i + 1].startsWith("vingt")) {
                n += 80; // French "quatre-vingt(s)"
                i++;
                continue;
            }
            Integer v = WORDS.get(w);
            if (v == null) {
                break;
            }
            n += v;
        }
        return n < 100 ? base + n : -1;
    }
}
