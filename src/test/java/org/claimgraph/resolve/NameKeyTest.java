package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    private static void same(String a, String b) {
        assertEquals(NameKey.of(a), NameKey.of(b), a + " / " + b);
    }

    private static void apart(String a, String b) {
        assertNotEquals(NameKey.of(a), NameKey.of(b), a + " / " + b);
    }

    @Test
    void transliterationsMeet() {
        same("Qaani", "Qani");
        same("Qaani", "Khani");
        same("Esmail Qaani", "Ismail Qaani");
        same("Qassem Soleimani", "Qasem Soleimani");
        same("Kataib Hezbollah", "Kata'ib Hezbollah");
        same("Kata’ib Hezbollah", "Kataeb Hezbollah");
        same("Mohammed Shia al-Sudani", "Mohammad Shia Al Sudani");
        same("al-Sudani", "el-Sudani");
        same("Hockstein", "Hochstein");
        same("Farhad Alaadin", "Farhad Aladdin");
    }

    @Test
    void differentNamesStayApart() {
        apart("Sudan", "Sudani");
        apart("Oman", "Amman");
        apart("Hezbollah", "Kataib Hezbollah");
        apart("Hamidawi", "Mohamedawi");
        apart("Iran", "Iraq");
    }

    @Test
    void aGazetteerSpellingMustBeWrittenAlike() {
        assertTrue(NameKey.spelledLike("Khani", "Qaani"));
        assertTrue(NameKey.spelledLike("Kataeb Hezbollah", "Kataib Hezbollah"));
        assertTrue(NameKey.spelledLike("Amos Hockstein", "Amos Hochstein"));
        assertTrue(NameKey.spelledLike("Mohammad Shia al-Sudani", "Mohammed Shia al-Sudani"));
        assertFalse(NameKey.spelledLike("Sarah", "Syria"));
        assertFalse(NameKey.spelledLike("Dish", "Daesh"));
        assertFalse(NameKey.spelledLike("Kaine", "Qaani"));
        assertFalse(NameKey.spelledLike("Come", "Comey"));
    }

    @Test
    void oneWordMintedNamesKeepTheirVowels() {
        assertNotEquals(NameKey.mint("Kerry"), NameKey.mint("Korea"));
        assertNotEquals(NameKey.mint("Meh"), NameKey.mint("Mo"));
        assertEquals(NameKey.mint("Qaani"), NameKey.mint("Qani"));
        assertEquals(NameKey.mint("Qassem Soleimani"), NameKey.mint("Qasem Soleimani"));
    }
}
