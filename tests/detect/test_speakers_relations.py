"""Speakers named through someone else or through a role: a role that refers back to "juru bicara orang tua X" is
that unnamed spokesperson, not X; "peserta tersebut" / "akun tersebut" is whom the narrative last gave that role
(named, a handle, or unnamed); a surname shared by two people of the article stays with the one it was first used
for."""

from __future__ import annotations

from detected import speakers_by_first_word as speakers


def test_a_role_that_refers_back_to_someone_s_spokesperson_is_that_spokesperson_as_written():
    text = ("Keluarga pengusaha Surya Hartono membantah tuduhan penggelapan.\n"
            "Ketika dimintai konfirmasi, juru bicara keluarga Hartono menyatakan mereka sudah mengembalikan dana itu. "
            '"Sejak awal, keluarga sudah mencoba mengembalikannya," kata sang juru bicara.')
    assert speakers(text) == {"Sejak": "sang juru bicara"}


def test_english_the_spokesman_of_a_named_person_is_not_that_person():
    text = ("Senator Mark Delaney faced new questions on Tuesday.\n"
            "A spokesman for Delaney said the senator had returned the money. "
            '"He has nothing to hide," the spokesman said.')
    assert speakers(text, "en") == {"He": "the spokesman"}


def test_a_surname_the_article_already_uses_for_one_person_stays_with_that_person():
    text = ("Bos Tambang Bangkrut Membela Diri\n"
            "Sang bos yang kini kehilangan semua uangnya, Rudi Hartono Wibisono, membela diri.\n"
            "Hartono dan beberapa eksekutif sudah lama tinggal di Bali. Vila lain dibeli atas nama orang tua Hartono, "
            "Surya Hartono dan Lina Kusuma.\n"
            "Hartono mengaku tidak tahu bagaimana vila itu bisa dibeli atas nama orang tuanya.\n"
            '"Aku tidak tahu detail dari rumah untuk orang tuaku," kata dia.\n'
            '"Kami mencoba memberi insentif untuk itu," cetus Hartono.')
    assert speakers(text) == {"Aku": "Rudi Hartono Wibisono", "Kami": "Rudi Hartono Wibisono"}


def test_a_surname_first_used_after_the_second_full_name_is_that_most_recent_person():
    text = ("Menteri Rudi Hartono Wibisono membuka pameran di Surabaya.\n"
            "Pameran dikelola pengusaha Surya Hartono.\n"
            '"Kami menunggu sepuluh ribu pengunjung," kata Hartono.')
    assert speakers(text) == {"Kami": "Surya Hartono"}


def test_a_role_with_tersebut_is_the_unnamed_person_the_text_gave_that_role():
    text = ("Lomba kopi digelar di Makassar, Sabtu.\n"
            "Ketua panitia Syarif Lamo mengatakan ada 40 peserta.\n"
            '"Hasilnya langsung kami umumkan," kata Syarif.\n'
            "Seorang peserta dari Gowa mengaku bingung memilih biji kopi untuk babak final.\n"
            '"Dua-duanya bagus, saya masih bingung," ujar peserta tersebut.')
    assert speakers(text) == {"Hasilnya": "Syarif Lamo", "Dua-duanya": "peserta tersebut"}


def test_a_role_with_tersebut_is_the_person_the_text_named_in_that_role():
    text = ("Warga memprotes jadwal bus sekolah.\n"
            "Kepala Dinas Perhubungan Andi Wiranata menemui warga di balai desa.\n"
            "Seorang pejabat dinas, Ratna Sari, mencatat keluhan warga satu per satu.\n"
            '"Nanti kami pelajari dulu," kata pejabat tersebut.')
    assert speakers(text) == {"Nanti": "Ratna Sari"}


def test_the_account_that_refers_back_is_the_handle_the_text_gave_it():
    text = ("Nelayan berunjuk rasa di depan kantor gubernur.\n"
            "Akun @bujangbelinyu menyebarkan video aksi itu.\n"
            '"Laut kami bukan untuk tambang," tulis @bujangbelinyu.\n'
            "Sementara itu, akun @pantaupesisir mengunggah peta zona tambang.\n"
            '"Cek peta sendiri," tulis akun tersebut.')
    assert speakers(text) == {"Laut": "@bujangbelinyu", "Cek": "@pantaupesisir"}


def test_a_handle_in_capitals_the_tokenizer_cuts_stays_whole():
    text = ("Kereta pagi terlambat lagi.\n"
            '"Berdiri di peron yang dingin," tulis @BarnsleyLass di X.\n'
            '"Sudah biasa," tulis akun @warga.jkt123_ pagi ini.')
    assert speakers(text) == {"Berdiri": "@BarnsleyLass", "Sudah": "@warga.jkt123_"}
