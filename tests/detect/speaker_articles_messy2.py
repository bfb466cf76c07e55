"""A second batch of the messy blind check set (``speaker_articles_messy``): ten more made-up articles (nine Indonesian,
one English) written the same way and under the same rules, from docs/guideline.md and the layout of development
articles only, by someone who had not read the detectors; scored once on arrival.  Same tuples:
(name, lang, text, [(excerpt, expected canonical speaker, None or "<no quote>")], [(entity surface, label)])."""

from __future__ import annotations

ARTICLES: list[tuple[str, str, str, list[tuple[str, str | None]], list[tuple[str, str]]]] = [
    ("kontan-single-space", "id", """\
KONTAN.CO.ID - JAKARTA. PT Sinar Baja Andalas Tbk (SBAT) membidik pertumbuhan penjualan 15% tahun ini seiring pulihnya proyek infrastruktur di luar Jawa. Target itu disampaikan dalam paparan publik di Jakarta, Kamis (21/3/2019). "Permintaan dari proyek jalan tol Sumatera masih kuat. Kami juga mulai masuk ke proyek bendungan," kata Presiden Direktur PT Sinar Baja Andalas Tbk Hendrik Tanujaya. Hendrik, sapaan akrab Hendrikus Tanujaya Wijaya, menyebut perusahaan sudah mengantongi kontrak baru senilai Rp 1,2 triliun hingga Februari. "Itu belum termasuk tender yang sedang berjalan," ujarnya. Untuk mendukung target tersebut, SBAT menyiapkan belanja modal Rp 350 miliar, sebagian besar untuk menambah kapasitas pabrik di Cilegon. Direktur Keuangan SBAT, Yuliana Kartika Sari, menambahkan pendanaan belanja modal berasal dari kas internal dan pinjaman bank. "Rasio utang kami masih sehat, jadi ruang untuk pinjaman masih ada," kata Yuliana. Baca Juga: Harga Baja Impor Tekan Margin Produsen Lokal Meski demikian, kalangan analis menilai target itu cukup menantang. "Harga bijih besi masih fluktuatif. Kalau naik lagi, margin mereka tergerus," kata analis Mandala Sekuritas, Rendy Wiratama, dan analis Pilar Capital, Agnes Santoso, dalam riset terpisah yang intinya sama. Rendy merekomendasikan beli dengan target harga Rp 1.250 per saham. "Valuasinya masih murah dibanding rata-rata industri," tulis Rendy dalam risetnya. Sementara Agnes lebih berhati-hati dan memberi rekomendasi tahan. "Kami menunggu realisasi kontrak baru di semester kedua," ujar Agnes. Pada perdagangan Kamis, saham SBAT ditutup naik 2,4% ke level Rp 1.030 per saham di Bursa Efek Indonesia. Hendrik optimistis harga saham akan mencerminkan kinerja perusahaan. "Kalau kinerjanya bagus, pasar pasti mengikuti. Kami fokus saja ke operasional," kata dia. Ia juga mengungkapkan rencana perusahaan membagikan dividen sebesar 30% dari laba bersih tahun lalu. "Pemegang saham sudah setia menunggu. Tahun ini kami bagi," tutur Hendrik. Reporter: Dimas Andi Editor: Wahyu Tri Rahmawati""", [
        ("Permintaan dari proyek jalan tol Sumatera", "Hendrikus Tanujaya Wijaya"),
        ("Itu belum termasuk tender", "Hendrikus Tanujaya Wijaya"),
        ("Rasio utang kami masih sehat", "Yuliana Kartika Sari"),
        ("Harga bijih besi masih fluktuatif", None),
        ("Valuasinya masih murah", "Rendy Wiratama"),
        ("Kami menunggu realisasi kontrak baru", "Agnes Santoso"),
        ("Kalau kinerjanya bagus, pasar pasti", "Hendrikus Tanujaya Wijaya"),
        ("Pemegang saham sudah setia menunggu", "Hendrikus Tanujaya Wijaya"),
    ], [
        ("KONTAN", "ORG"), ("JAKARTA", "LOC"), ("PT Sinar Baja Andalas Tbk", "ORG"), ("SBAT", "ORG"),
        ("Jawa", "LOC"), ("Jakarta", "LOC"), ("Sumatera", "LOC"), ("Hendrik Tanujaya", "PERSON"), ("Hendrik", "PERSON"),
        ("Hendrikus Tanujaya Wijaya", "PERSON"), ("Cilegon", "LOC"), ("Yuliana Kartika Sari", "PERSON"),
        ("Yuliana", "PERSON"), ("Mandala Sekuritas", "ORG"), ("Rendy Wiratama", "PERSON"), ("Pilar Capital", "ORG"),
        ("Agnes Santoso", "PERSON"), ("Rendy", "PERSON"), ("Agnes", "PERSON"), ("Bursa Efek Indonesia", "ORG"),
    ]),
    ("glued-p-bracket-alias", "id", """\
TRIBUNNEWS.COM, PADANG - Atlet panjat tebing asal Sumatera Barat, Rahmat Hidayat Putra (Ucok), meraih medali emas nomor speed pada kejuaraan Asia di Bangkok, Thailand, Minggu (15/6/2025).Ucok mencatat waktu 5,02 detik di partai final, mengalahkan atlet tuan rumah.Kepastian itu disampaikan Ketua Umum Federasi Panjat Tebing Sumatera Barat (FPTSB), Desmawati Chaniago, saat dihubungi dari Padang."Ini emas pertama Sumbar di level Asia. Kami bangga sekali," ujar Desmawati.Menurut Desmawati, Ucok sudah berlatih di dinding panjat Gelanggang Olahraga Haji Agus Salim sejak usia 12 tahun."Dia anak yang keras kepala, dalam arti baik. Kalau belum tembus target, dia tidak mau pulang," sambungnya.Selain itu, ia meminta pemerintah daerah memperbaiki dinding panjat yang sudah berusia 20 tahun itu."Dindingnya sudah tidak standar. Atlet kita latihan dengan risiko," katanyaUcok sendiri mengaku tidak menyangka bisa menjadi juara."Saya cuma fokus ke jalur sendiri, tidak lihat lawan," kata Ucok melalui sambungan video.Atlet berusia 21 tahun itu mendedikasikan medalinya untuk mendiang ayahnya.Baca Juga: Atlet Sumbar Borong Tiga Medali di Kejurnas Panjat Tebing"Ayah yang pertama kali bawa saya ke tebing di Lembah Harau," ucapnya lirih.Pelatih kepala tim nasional, Yudha Prasetya, menilai Rahmat punya peluang besar lolos ke kejuaraan dunia."Catatan waktunya masuk sepuluh besar dunia tahun ini. Tinggal konsistensi," kata Yudha.Ia menambahkan, tim pelatih akan menambah porsi latihan kekuatan jari untuk Rahmat dan dua atlet lain.Kepala Dinas Pemuda dan Olahraga Sumatera Barat, Drs. Alfian Syukri, berjanji memberikan bonus kepada sang atlet."Bonusnya sudah kami siapkan. Dinding panjat juga masuk anggaran perubahan tahun ini," kata Alfian.Ibu sang atlet, Nurhayati, mengaku menangis saat menonton siaran langsung dari rumahnya di Kabupaten Lima Puluh Kota."Saya tidak kuat lihat, takut dia jatuh. Begitu menang, saya langsung sujud," ujarnya.Ucok dijadwalkan tiba di Bandara Internasional Minangkabau pada Rabu sore dan akan diarak keliling Kota Padang.(Tribunnews.com/Riska Amelia)""", [
        ("Ini emas pertama Sumbar di level Asia", "Desmawati Chaniago"),
        ("Dia anak yang keras kepala", "Desmawati Chaniago"),
        ("Dindingnya sudah tidak standar", "Desmawati Chaniago"),
        ("Saya cuma fokus ke jalur sendiri", "Rahmat Hidayat Putra"),
        ("Ayah yang pertama kali bawa saya", "Rahmat Hidayat Putra"),
        ("Catatan waktunya masuk sepuluh besar", "Yudha Prasetya"),
        ("Bonusnya sudah kami siapkan", "Alfian Syukri"),
        ("Saya tidak kuat lihat, takut dia jatuh", "Nurhayati"),
    ], [
        ("TRIBUNNEWS", "ORG"), ("PADANG", "LOC"), ("Sumatera Barat", "LOC"), ("Rahmat Hidayat Putra", "PERSON"),
        ("Ucok", "PERSON"), ("Bangkok", "LOC"), ("Thailand", "LOC"), ("Federasi Panjat Tebing Sumatera Barat", "ORG"),
        ("FPTSB", "ORG"), ("Desmawati Chaniago", "PERSON"), ("Padang", "LOC"), ("Desmawati", "PERSON"),
        ("Sumbar", "LOC"), ("Gelanggang Olahraga Haji Agus Salim", "LOC"), ("Lembah Harau", "LOC"),
        ("Yudha Prasetya", "PERSON"), ("Rahmat", "PERSON"), ("Yudha", "PERSON"),
        ("Dinas Pemuda dan Olahraga Sumatera Barat", "ORG"), ("Alfian Syukri", "PERSON"), ("Alfian", "PERSON"),
        ("Nurhayati", "PERSON"), ("Kabupaten Lima Puluh Kota", "LOC"), ("Bandara Internasional Minangkabau", "LOC"),
        ("Kota Padang", "LOC"),
    ]),
    ("court-blank-lines", "id", """\
Jakarta -

Sidang kasus dugaan korupsi pengadaan alat kesehatan di Dinas Kesehatan Kabupaten Tanah Laut kembali digelar di Pengadilan Tipikor Banjarmasin, Selasa (8/7/2025). Jaksa menghadirkan tiga saksi, salah satunya mantan bendahara dinas.


Saksi bernama Fitriani Noor mengaku pernah diminta mencairkan anggaran sebelum barang diterima.

"Saya diperintah langsung oleh Pak Kadis. Katanya barang sudah dikirim, tinggal menunggu berita acara," kata Fitriani di hadapan majelis hakim.

Ketua majelis hakim, Muhammad Yusran Effendi, lalu mencecar saksi soal siapa yang menandatangani berita acara penerimaan barang.

"Saudari lihat sendiri barangnya atau tidak?" tanya hakim.

"Tidak, Yang Mulia. Saya hanya menerima dokumen," jawab Fitriani.


SCROLL TO CONTINUE WITH CONTENT


Terdakwa dalam perkara ini adalah mantan Kepala Dinas Kesehatan Kabupaten Tanah Laut berinisial HS dan seorang rekanan, Direktur CV Borneo Medika Utama berinisial TW. Kerugian negara ditaksir Rp 4,7 miliar.

Kuasa hukum HS, Marthin Luther Simatupang, membantah kliennya memerintahkan pencairan.

"Keterangan saksi tidak didukung bukti tertulis. Tidak ada satu pun disposisi dari klien kami," ujar Marthin usai sidang.

Ia menyebut kliennya justru yang pertama kali melaporkan keterlambatan barang ke inspektorat.

"Nanti kami buktikan di persidangan dengan saksi yang meringankan," katanya.

Jaksa penuntut umum dari Kejaksaan Negeri Tanah Laut, Rizky Amalia Putri, menilai keterangan saksi sudah konsisten dengan berita acara pemeriksaan.

"Keterangannya sama sejak di penyidikan. Kami yakin dengan dakwaan kami," kata Rizky.

Sementara itu, aktivis antikorupsi dari Koalisi Warga Bersih Kalimantan Selatan, Syahrani Rahmadi, meminta majelis hakim menelusuri aliran dana ke pihak lain.

"Kasus alkes jarang berhenti di dua orang. Hakim harus berani bertanya uangnya ke mana saja," ujar Syahrani.

Hakim menunda sidang hingga pekan depan dengan agenda pemeriksaan saksi dari pihak rekanan.

"Sidang kami tunda, terdakwa tetap dalam tahanan," ujar hakim ketua sambil mengetuk palu.

(zap/zap)""", [
        ("Saya diperintah langsung oleh Pak Kadis", "Fitriani Noor"),
        ("Saudari lihat sendiri barangnya atau tidak?", "Muhammad Yusran Effendi"),
        ("Tidak, Yang Mulia", "Fitriani Noor"),
        ("Keterangan saksi tidak didukung bukti tertulis", "Marthin Luther Simatupang"),
        ("Nanti kami buktikan di persidangan", "Marthin Luther Simatupang"),
        ("Keterangannya sama sejak di penyidikan", "Rizky Amalia Putri"),
        ("Kasus alkes jarang berhenti di dua orang", "Syahrani Rahmadi"),
        ("Sidang kami tunda, terdakwa tetap", "Muhammad Yusran Effendi"),
    ], [
        ("Jakarta", "LOC"), ("Dinas Kesehatan Kabupaten Tanah Laut", "ORG"), ("Pengadilan Tipikor Banjarmasin", "ORG"),
        ("Fitriani Noor", "PERSON"), ("Fitriani", "PERSON"), ("Muhammad Yusran Effendi", "PERSON"), ("HS", "PERSON"),
        ("CV Borneo Medika Utama", "ORG"), ("TW", "PERSON"), ("Marthin Luther Simatupang", "PERSON"),
        ("Marthin", "PERSON"), ("Kejaksaan Negeri Tanah Laut", "ORG"), ("Rizky Amalia Putri", "PERSON"),
        ("Rizky", "PERSON"), ("Koalisi Warga Bersih Kalimantan Selatan", "ORG"), ("Syahrani Rahmadi", "PERSON"),
        ("Syahrani", "PERSON"),
    ]),
    ("glued-before-names", "id", """\
Pemerintah Kabupaten Sumenep memastikan stok air bersih untuk warga kepulauan aman selama kemarau panjang tahun ini. Sebanyak 14 desa di empat kecamatan kepulauan dilaporkan mulai kekurangan air sejak Juli.Hal itu disampaikan Wakil Bupati Sumenep Ahmad Fadli Mubarak saat meninjau pengiriman air bersih ke Pulau Raas, Senin (4/8/2025)."Kapal tangki kami berangkatkan dua kali seminggu. Kalau kurang, kami tambah," ujarWakil Bupati Sumenep itu.Ia mengatakan pemerintah daerah telah menyiapkan anggaran Rp 1,5 miliar untuk distribusi air bersih hingga akhir tahun.Baca JugaWarga Pulau Raas Antre Air Bersih Sejak SubuhKemarau, Harga Air Galon di Kepulauan Naik Dua KaliKepala Pelaksana BPBD Kabupaten Sumenep, Ir. Moh. Ridwan Hasyim, menyebut ada tambahan enam desa yang berpotensi kekeringan."Kami sudah pasang 20 tandon di titik-titik rawan, masing-masing 5.000 liter," kataMoh. Ridwan.Menurut dia, warga diminta menghemat air dan melapor lewat kepala desa bila stok tandon menipis.Warga Desa Brakas, Pulau Raas,Siti Khotijah, mengaku harus membeli air Rp 50.000 per drum sebelum bantuan datang."Suami saya nelayan, penghasilannya tidak tentu. Air saja sudah mahal sekali," kata Siti.Tokoh masyarakat setempat, Kiai Haji Zainal Abidin, meminta pemerintah membangun instalasi penyulingan air laut secara permanen."Setiap tahun kami minta tangki, setiap tahun kami kekurangan. Solusinya harus permanen," tutur Zainal Abidin.Anggota Komisi IV DPRD Sumenep, Rofiqi Hamdan, sependapat dengan usulan itu."Desalinasi itu bukan mimpi. Pulau-pulau kecil di negara lain sudah lama pakai," kata Rofiqimenanggapi usulan warga.Ia berjanji memperjuangkan anggaran instalasi penyulingan dalam pembahasan APBD 2026.Ahmad Fadli Mubarak menyatakan pemerintah kabupaten sedang menyusun kajian kelayakan instalasi tersebut bersama Universitas Trunojoyo Raya."Kajiannya selesai akhir tahun. Kalau layak, kami ajukan ke pusat," ucap Fadli.Pengiriman air bersih dijadwalkan berlangsung hingga musim hujan tiba pada November.""", [
        ("Kapal tangki kami berangkatkan dua kali", "Ahmad Fadli Mubarak"),
        ("Kami sudah pasang 20 tandon", "Moh. Ridwan Hasyim"),
        ("Suami saya nelayan", "Siti Khotijah"),
        ("Setiap tahun kami minta tangki", "Zainal Abidin"),
        ("Desalinasi itu bukan mimpi", "Rofiqi Hamdan"),
        ("Kajiannya selesai akhir tahun", "Ahmad Fadli Mubarak"),
    ], [
        ("Pemerintah Kabupaten Sumenep", "ORG"), ("Sumenep", "LOC"), ("Ahmad Fadli Mubarak", "PERSON"),
        ("Pulau Raas", "LOC"), ("BPBD Kabupaten Sumenep", "ORG"), ("Moh. Ridwan Hasyim", "PERSON"),
        ("Moh. Ridwan", "PERSON"), ("Desa Brakas", "LOC"), ("Siti Khotijah", "PERSON"), ("Siti", "PERSON"),
        ("Zainal Abidin", "PERSON"), ("DPRD Sumenep", "ORG"), ("Rofiqi Hamdan", "PERSON"),
        ("Universitas Trunojoyo Raya", "ORG"), ("Fadli", "PERSON"),
    ]),
    ("two-budis-surnames", "id", """\
SOLO, KOMPAS.com - Dua calon ketua Kamar Dagang Surakarta Mandiri (KDSM) sama-sama bernama Budi, dan keduanya saling kritik dalam forum terbuka di Hotel Kusuma Sahid Raya, Solo, Sabtu (23/8/2025).  Calon pertama, Budi Santoso Wirjono, adalah pengusaha batik yang sudah dua periode menjadi wakil ketua. Calon kedua, Budi Hartono Lim, pemilik jaringan toko bangunan di Solo Raya.  Dalam paparannya, Santoso menekankan pentingnya melindungi usaha kecil dari serbuan barang impor murah.  "Batik printing impor itu membunuh perajin kita pelan-pelan. Kamar dagang harus berani bersuara," kata Santoso.  Hartono menanggapi bahwa kamar dagang seharusnya fokus membuka pasar, bukan menutupnya.  "Kalau kita cuma bertahan, kita kalah. Perajin kita harus diajak masuk ke marketplace dan pasar ekspor," kata Hartono.  Baca juga: Pengusaha Solo Keluhkan Lesunya Daya Beli Jelang Akhir Tahun  Santoso kembali menyela dan menyebut program ekspor yang ditawarkan Hartono tidak menyentuh pengusaha kecil.  "Ekspor itu untuk yang sudah besar. Yang kecil butuh modal dan bahan baku murah dulu," ujarnya.  Hartono tidak mau kalah. Ia menunjuk data anggota yang menurutnya stagnan selama Santoso menjabat wakil ketua.  "Delapan tahun anggotanya segitu-segitu saja. Itu fakta, bukan fitnah," katanya disambut sorakan pendukungnya.  Forum dipandu oleh jurnalis senior Tri Wahyuni Lestari. Ia beberapa kali meminta peserta tenang.  "Mohon pendukung menahan diri, beri kesempatan calon bicara," kata Tri Wahyuni.  Ketua panitia pemilihan, Slamet Widodo Adi, menyebut 312 anggota berhak memilih pada 30 Agustus.  "Pemilihannya tertutup dan diawasi notaris," ujar Slamet.  Seorang anggota KDSM yang juga pedagang di Pasar Klewer, Hj. Sumarni, mengaku belum menentukan pilihan.  "Pak Budi yang satu bagus, Pak Budi yang satunya juga bagus. Bingung saya," katanya sambil tertawa.  Di luar forum, Wali Kota Surakarta Teguh Prakoso Wibowo berharap siapa pun yang terpilih bisa merangkul semua pihak.  "Jangan sampai setelah pemilihan, kamar dagangnya pecah jadi dua," kata Teguh.""", [
        ("Batik printing impor itu membunuh", "Budi Santoso Wirjono"),
        ("Kalau kita cuma bertahan, kita kalah", "Budi Hartono Lim"),
        ("Ekspor itu untuk yang sudah besar", "Budi Santoso Wirjono"),
        ("Delapan tahun anggotanya segitu-segitu saja", "Budi Hartono Lim"),
        ("Mohon pendukung menahan diri", "Tri Wahyuni Lestari"),
        ("Pemilihannya tertutup dan diawasi notaris", "Slamet Widodo Adi"),
        ("Pak Budi yang satu bagus", "Sumarni"),
        ("Jangan sampai setelah pemilihan", "Teguh Prakoso Wibowo"),
    ], [
        ("SOLO", "LOC"), ("KOMPAS", "ORG"), ("Kamar Dagang Surakarta Mandiri", "ORG"), ("KDSM", "ORG"),
        ("Budi", "PERSON"), ("Hotel Kusuma Sahid Raya", "LOC"), ("Solo", "LOC"), ("Budi Santoso Wirjono", "PERSON"),
        ("Budi Hartono Lim", "PERSON"), ("Solo Raya", "LOC"), ("Santoso", "PERSON"), ("Hartono", "PERSON"),
        ("Tri Wahyuni Lestari", "PERSON"), ("Tri Wahyuni", "PERSON"), ("Slamet Widodo Adi", "PERSON"),
        ("Slamet", "PERSON"), ("Pasar Klewer", "LOC"), ("Sumarni", "PERSON"), ("Surakarta", "LOC"),
        ("Teguh Prakoso Wibowo", "PERSON"), ("Teguh", "PERSON"),
    ]),
    ("caption-lead-editor", "id", """\
Pilihan Editor: Harga Tiket Kapal ke Karimunjawa Naik Jelang Libur Panjang
Wisatawan menaiki kapal cepat di Pelabuhan Kartini, Jepara, Jumat (26/12/2025). (Foto: Dok. Dishub Jepara)
Ringkasan: Dinas Perhubungan Kabupaten Jepara menambah jadwal kapal ke Karimunjawa, sementara nelayan mengeluhkan kapal wisata yang memakai jalur tangkap.
JEPARA - Dinas Perhubungan Kabupaten Jepara menambah dua jadwal keberangkatan kapal cepat ke Kepulauan Karimunjawa selama libur akhir tahun. Penambahan itu dilakukan setelah tiket terjual habis hingga 2 Januari.
Kepala Bidang Angkutan Laut Dishub Jepara, Edi Susanto Nugroho, mengatakan lonjakan penumpang tahun ini melebihi perkiraan.
"Biasanya penuh cuma dua atau tiga hari. Tahun ini dari tanggal 20 sudah habis semua," kata Edi.
Ia mengimbau calon penumpang tidak membeli tiket dari calo di sekitar pelabuhan.
"Belinya di loket resmi atau aplikasi. Kalau beli di calo, harganya bisa dua kali lipat," ucapnya.
Foto: Antrean penumpang di loket Pelabuhan Kartini (Dok. Istimewa)
Lonjakan wisatawan juga dirasakan pelaku usaha di Karimunjawa. Pemilik penginapan di Desa Karimunjawa, Maria Goretti Wulandari, menyebut kamar di penginapannya sudah penuh hingga pertengahan Januari.
"Tamu dari Jakarta dan Surabaya paling banyak. Ada juga turis dari Belanda dan Jerman," kata perempuan yang akrab disapa Bu Etty itu.
Namun, tidak semua warga senang. Ketua Kelompok Nelayan Sumber Rejeki, Ngatiman, mengeluhkan kapal wisata yang melintas di jalur tangkap nelayan.
"Jaring kami sering putus kena baling-baling kapal wisata. Siapa yang mau ganti?" kata Ngatiman.
Menanggapi keluhan itu, Kepala Balai Taman Nasional Karimunjawa, Dr. Ir. Wahyudi Santosa, mengatakan pihaknya akan memasang pelampung penanda jalur.
"Jalur wisata dan jalur tangkap harus dipisahkan dengan jelas. Pelampungnya kami pasang bulan depan," kata Wahyudi.
Ia juga mengingatkan wisatawan untuk tidak menginjak terumbu karang saat snorkeling.
"Karangnya butuh puluhan tahun untuk tumbuh. Sekali injak, rusak," tuturnya.
Etty menambahkan, pelaku usaha penginapan siap membantu sosialisasi aturan itu kepada tamu.
"Kami tempel aturannya di setiap kamar," ujar Etty.
Dapatkan update berita pilihan setiap hari dengan bergabung di saluran WhatsApp kami
Editor: Agus Salim""", [
        ("Biasanya penuh cuma dua atau tiga hari", "Edi Susanto Nugroho"),
        ("Belinya di loket resmi atau aplikasi", "Edi Susanto Nugroho"),
        ("Tamu dari Jakarta dan Surabaya paling banyak", "Maria Goretti Wulandari"),
        ("Jaring kami sering putus", "Ngatiman"),
        ("Jalur wisata dan jalur tangkap harus dipisahkan", "Wahyudi Santosa"),
        ("Karangnya butuh puluhan tahun", "Wahyudi Santosa"),
        ("Kami tempel aturannya di setiap kamar", "Maria Goretti Wulandari"),
    ], [
        ("Pelabuhan Kartini", "LOC"), ("Jepara", "LOC"), ("Dishub Jepara", "ORG"),
        ("Dinas Perhubungan Kabupaten Jepara", "ORG"), ("Karimunjawa", "LOC"), ("JEPARA", "LOC"),
        ("Kepulauan Karimunjawa", "LOC"), ("Edi Susanto Nugroho", "PERSON"), ("Edi", "PERSON"),
        ("Desa Karimunjawa", "LOC"), ("Maria Goretti Wulandari", "PERSON"), ("Jakarta", "LOC"), ("Surabaya", "LOC"),
        ("Belanda", "LOC"), ("Jerman", "LOC"), ("Etty", "PERSON"), ("Kelompok Nelayan Sumber Rejeki", "ORG"),
        ("Ngatiman", "PERSON"), ("Balai Taman Nasional Karimunjawa", "ORG"), ("Wahyudi Santosa", "PERSON"),
        ("Wahyudi", "PERSON"),
    ]),
    ("apposition-after", "id", """\
SURABAYA, WARTAJATIM.com - Pemerintah Kota Surabaya mulai menertibkan reklame liar yang terpasang di pohon dan tiang listrik sepanjang Jalan Ahmad Yani dan Jalan Raya Darmo sejak Senin (6/10/2025). Dalam dua hari, petugas menurunkan lebih dari 600 reklame."Kami tidak pilih-pilih. Reklame partai, reklame sedot WC, reklame kursus, semua kami turunkan kalau tidak berizin," kata Rudi Hartawan, Kepala Seksi Pengendalian Operasional Satuan Polisi Pamong Praja Kota Surabaya.Rudi mengatakan, penertiban akan berlangsung setiap pekan hingga akhir tahun.Baca Juga: Ratusan Baliho Caleg Dicopot di Sidoarjo, Bawaslu Beri Peringatan"Pohon itu bukan papan iklan. Paku-paku itu merusak batangnya," ujar pria berusia 48 tahun itu.Ketua Asosiasi Pengusaha Reklame Jawa Timur, Handoko Setiawan Lie, mendukung penertiban tetapi meminta perizinan dipermudah."Anggota kami yang resmi justru kalah bersaing dengan yang liar karena izin resmi mahal dan lama," kata Handoko, pengusaha reklame yang sudah 25 tahun berbisnis di Surabaya.Ia menyebut pengurusan izin reklame bisa memakan waktu hingga tiga bulan.ADVERTISEMENT"Kalau izinnya dipermudah, yang liar pasti berkurang sendiri," katanya.Dari kalangan warga, Siti Aminah, 34, warga Kelurahan Darmo, menyambut baik penertiban itu."Jalan jadi kelihatan bersih. Dulu pohon depan rumah saya penuh paku," kata Siti Aminah.Seorang pedagang kaki lima yang kerap memasang poster dagangan di tiang listrik mengaku tidak tahu aturannya."Saya kira boleh, soalnya semua orang pasang," kata pedagang tersebut.Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman Kota Surabaya, Ir. Lilik Arijanto Sumarno, mengatakan pemkot akan menyediakan papan informasi resmi di setiap kelurahan."Warga yang mau pasang pengumuman silakan pakai papan itu, gratis," kata Lilik, yang juga pernah menjabat camat di Surabaya Utara.Selain itu, kata Lilik, pemkot juga menyiapkan aturan denda bagi pemasang reklame liar yang mengulangi pelanggarannya."Dendanya nanti diatur dalam peraturan wali kota. Sedang kami susun," ujar mantan camat itu.Sementara itu, Kepala Unit Layanan Pelanggan PT Listrik Jawa Timur Raya Area Surabaya Selatan, Dewi Kartikasari, meminta warga tidak memaku tiang listrik."Paku di tiang bisa memicu korsleting saat hujan," kata Dewi.(ab/wj)""", [
        ("Kami tidak pilih-pilih", "Rudi Hartawan"),
        ("Pohon itu bukan papan iklan", "Rudi Hartawan"),
        ("Anggota kami yang resmi justru kalah", "Handoko Setiawan Lie"),
        ("Kalau izinnya dipermudah", "Handoko Setiawan Lie"),
        ("Jalan jadi kelihatan bersih", "Siti Aminah"),
        ("Saya kira boleh, soalnya semua orang pasang", "pedagang tersebut"),
        ("Warga yang mau pasang pengumuman", "Lilik Arijanto Sumarno"),
        ("Dendanya nanti diatur dalam peraturan", "Lilik Arijanto Sumarno"),
        ("Paku di tiang bisa memicu korsleting", "Dewi Kartikasari"),
    ], [
        ("SURABAYA", "LOC"), ("WARTAJATIM", "ORG"), ("Pemerintah Kota Surabaya", "ORG"), ("Jalan Ahmad Yani", "LOC"),
        ("Jalan Raya Darmo", "LOC"), ("Rudi Hartawan", "PERSON"), ("Satuan Polisi Pamong Praja Kota Surabaya", "ORG"),
        ("Rudi", "PERSON"), ("Asosiasi Pengusaha Reklame Jawa Timur", "ORG"), ("Handoko Setiawan Lie", "PERSON"),
        ("Handoko", "PERSON"), ("Surabaya", "LOC"), ("Siti Aminah", "PERSON"), ("Kelurahan Darmo", "LOC"),
        ("Dinas Perumahan Rakyat dan Kawasan Permukiman Kota Surabaya", "ORG"), ("Lilik Arijanto Sumarno", "PERSON"),
        ("Lilik", "PERSON"), ("Surabaya Utara", "LOC"), ("PT Listrik Jawa Timur Raya Area Surabaya Selatan", "ORG"),
        ("Dewi Kartikasari", "PERSON"), ("Dewi", "PERSON"),
    ]),
    ("org-statements-multi", "id", """\
Jakarta, CNN Indonesia -- Kedutaan Besar Republik Nusantara Timur (Kedubes RNT) di Jakarta menyatakan keprihatinan atas penahanan 14 nelayan asal Sulawesi Utara oleh otoritas negaranya. Para nelayan ditangkap karena diduga melewati batas perairan, Jumat (12/9/2025). ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT "Kami memahami kekhawatiran keluarga para nelayan. Kedutaan terus berkomunikasi dengan otoritas terkait agar proses hukum berjalan adil dan cepat," tulis Kedubes RNT dalam keterangan resmi di akun Instagram resmi mereka. Kementerian Luar Negeri Indonesia melalui Direktorat Pelindungan Warga Negara Indonesia juga telah mengirim nota diplomatik. "Kami meminta akses kekonsuleran segera untuk menemui 14 WNI tersebut dan memastikan kondisi mereka baik," demikian pernyataan resmi Direktorat Pelindungan Warga Negara Indonesia (PWNI). Direktur PWNI, Yohana Sekar Palupi, mengatakan tim dari konsulat sudah berangkat ke lokasi penahanan. "Tim kami tiba besok pagi. Kami sudah siapkan pengacara setempat," kata Yohana kepada CNNIndonesia.com. [Gambas:Video CNN] Keluarga nelayan di Kota Bitung menggelar doa bersama di Kelurahan Aertembaga, Minggu (14/9). Istri salah satu nelayan, Meiske Rumondor, mengaku terakhir berkomunikasi dengan suaminya sepekan lalu. "Dia bilang ikan sedang banyak, mau cari sedikit lebih jauh. Setelah itu tidak ada kabar," kata Meiske. Ketua Himpunan Nelayan Bitung Bersatu, Frans Lumentut, menyebut batas perairan di wilayah itu sering membingungkan nelayan kecil yang tidak memiliki alat navigasi modern. "Di laut tidak ada pagar. Nelayan kecil cuma pakai kompas dan pengalaman," ujar Frans. Ia meminta pemerintah membagikan alat GPS gratis bagi nelayan perbatasan. Perusahaan pemilik kapal, PT Samudera Nyiur Perkasa, juga memberi tanggapan. "Perusahaan akan menanggung seluruh biaya pendampingan hukum dan kebutuhan keluarga awak kapal selama proses berlangsung," demikian keterangan tertulis PT Samudera Nyiur Perkasa yang diterima CNNIndonesia.com. Pengamat hukum laut dari Universitas Sam Ratulangi Raya, Prof. Elisabeth Mandagi, menilai kasus ini bisa diselesaikan lewat jalur diplomasi. "Kedua negara punya nota kesepahaman soal nelayan tradisional. Itu yang harus dipakai," kata Elisabeth. (isn/rds)""", [
        ("Kami memahami kekhawatiran keluarga", "Kedutaan Besar Republik Nusantara Timur"),
        ("Kami meminta akses kekonsuleran segera", "Direktorat Pelindungan Warga Negara Indonesia"),
        ("Tim kami tiba besok pagi", "Yohana Sekar Palupi"),
        ("Dia bilang ikan sedang banyak", "Meiske Rumondor"),
        ("Di laut tidak ada pagar", "Frans Lumentut"),
        ("Perusahaan akan menanggung seluruh biaya", "PT Samudera Nyiur Perkasa"),
        ("Kedua negara punya nota kesepahaman", "Elisabeth Mandagi"),
    ], [
        ("Jakarta", "LOC"), ("CNN Indonesia", "ORG"), ("Kedutaan Besar Republik Nusantara Timur", "ORG"),
        ("Kedubes RNT", "ORG"), ("Sulawesi Utara", "LOC"), ("Instagram", "ORG"),
        ("Kementerian Luar Negeri Indonesia", "ORG"), ("Direktorat Pelindungan Warga Negara Indonesia", "ORG"),
        ("PWNI", "ORG"), ("Yohana Sekar Palupi", "PERSON"), ("Yohana", "PERSON"), ("CNNIndonesia", "ORG"),
        ("Kota Bitung", "LOC"), ("Kelurahan Aertembaga", "LOC"), ("Meiske Rumondor", "PERSON"), ("Meiske", "PERSON"),
        ("Himpunan Nelayan Bitung Bersatu", "ORG"), ("Frans Lumentut", "PERSON"), ("Frans", "PERSON"),
        ("PT Samudera Nyiur Perkasa", "ORG"), ("Universitas Sam Ratulangi Raya", "ORG"),
        ("Elisabeth Mandagi", "PERSON"), ("Elisabeth", "PERSON"),
    ]),
    ("handle-thread", "id", """\
Viral Utas Warganet Soal Antrean Paspor, Kantor Imigrasi Minta Maaf
Liputan6.com, Malang - Sebuah utas di media sosial X tentang antrean panjang di Kantor Imigrasi Kelas I TPI Malang ramai diperbincangkan warganet sejak Selasa (2/9/2025). Utas itu sudah dibagikan ulang lebih dari 15 ribu kali.
Utas tersebut ditulis pemilik akun @mbak_rara_ngl yang mengaku sudah tiga kali datang tetapi belum juga dilayani.
"Datang jam 5 subuh, dapat nomor 140. Jam 2 siang dibilang kuota habis, suruh balik minggu depan. Ini ketiga kalinya," tulis akun tersebut.
Cuitan itu dibalas ratusan warganet yang mengaku mengalami hal serupa.
"Sama persis, Kak. Aku sampai cuti dua hari dari kantor," balas akun @dodik_sby.
Pemilik akun @mbak_rara_ngl yang belakangan diketahui bernama Rara Kusumaningtyas saat dihubungi Liputan6.com membenarkan unggahannya.
"Saya cuma pengin sistemnya dibenahi, bukan cari musuh," kata Rara.
Baca Juga
Imigrasi Buka Layanan Paspor Akhir Pekan di Mal
Kuota Paspor Harian Ditambah Jelang Musim Umrah
Kepala Kantor Imigrasi Kelas I TPI Malang, Galih Prasetyo Aji, menyampaikan permohonan maaf atas ketidaknyamanan tersebut.
"Kami mohon maaf. Lonjakan pemohon paspor untuk umrah bulan ini di luar perkiraan kami," kata Galih.
Menurut Galih, pihaknya akan menambah kuota harian dari 300 menjadi 450 pemohon mulai pekan depan.
"Kami juga buka layanan hari Sabtu sampai akhir tahun," ujarnya.
Galih mengimbau masyarakat mendaftar melalui aplikasi resmi agar tidak perlu mengantre sejak subuh.
Akun @infopaspor_id, yang kerap membagikan informasi layanan paspor, juga ikut membalas utas tersebut.
"Tips dari kami: daftar lewat aplikasi, kuota baru dibuka tiap tengah malam. Jangan antre subuh-subuh," tulis akun itu.
Tidak semua warganet puas dengan jawaban itu.
"Tiap viral baru minta maaf. Kalau tidak viral, ya begitu terus," kata seorang warganet dalam kolom balasan.
Pengamat pelayanan publik dari Ombudsman Perwakilan Jawa Timur, Agus Muttaqin Firdaus, menilai kasus ini menunjukkan perencanaan kuota yang buruk.
"Musim umrah itu bisa diprediksi. Datanya ada setiap tahun," kata Agus.
Ia meminta kantor imigrasi mengumumkan sisa kuota harian secara terbuka di situs dan media sosial.
"Biar orang tidak datang subuh-subuh untuk pulang dengan tangan kosong," ucapnya.
Simak Video Pilihan Ini:""", [
        ("Datang jam 5 subuh, dapat nomor 140", "Rara Kusumaningtyas"),
        ("Sama persis, Kak", "@dodik_sby"),
        ("Saya cuma pengin sistemnya dibenahi", "Rara Kusumaningtyas"),
        ("Lonjakan pemohon paspor untuk umrah", "Galih Prasetyo Aji"),
        ("Kami juga buka layanan hari Sabtu", "Galih Prasetyo Aji"),
        ("kuota baru dibuka tiap tengah malam", "@infopaspor_id"),
        ("Tiap viral baru minta maaf", "seorang warganet"),
        ("Musim umrah itu bisa diprediksi", "Agus Muttaqin Firdaus"),
        ("Biar orang tidak datang subuh-subuh", "Agus Muttaqin Firdaus"),
    ], [
        ("Liputan6", "ORG"), ("Malang", "LOC"), ("X", "ORG"), ("Kantor Imigrasi Kelas I TPI Malang", "ORG"),
        ("Rara Kusumaningtyas", "PERSON"), ("Rara", "PERSON"), ("Galih Prasetyo Aji", "PERSON"), ("Galih", "PERSON"),
        ("Ombudsman Perwakilan Jawa Timur", "ORG"), ("Agus Muttaqin Firdaus", "PERSON"), ("Agus", "PERSON"),
    ]),
    ("en-said-before-name", "en", """\
Water company fined after sewage spill closes beaches
By Oliver Pask, Environment Correspondent
Updated 14:32

PLYMOUTH — A water company has been fined £2.4 million after a sewage spill closed four beaches in south Devon for nine days last summer, during the busiest week of the school holidays.

Tamar Valley Water admitted failing to maintain a pumping station at Wembury, where a blocked pipe sent untreated waste into the sea for almost 30 hours.

"This was not an accident. It was the foreseeable result of years of neglect," said District Judge Caroline Ashby, sentencing at Plymouth Magistrates' Court on Thursday.

Ashby said the company had ignored three warnings from its own engineers. "Those warnings were clear, and they were filed away," she said.

In a statement, Tamar Valley Water said it accepted the fine. "We are deeply sorry. We have since replaced the pumps and installed new alarms at every station in the region," the company said.

ADVERTISEMENT

Campaigners said the fine was too small. "Two million is a rounding error for a company that paid its shareholders ten times that last year," said Megan Trelawny, founder of the group Clean Water Devon.

Trelawny, 41, a former lifeguard, said she had seen children playing in the water before the beaches were closed. "Nobody warned them. The flags went up a day late," she said.

Local business owners said the closure had cost them thousands of pounds. "August is when we make our money. We lost the best week of the year," said Sam Hocking, who runs a beach cafe at Bigbury-on-Sea.

The Environment Agency, which brought the prosecution, welcomed the result. "Polluters must pay, and this fine shows the courts agree," said Dr Imran Qureshi, the agency's area director for Devon and Cornwall.

Qureshi said the agency had 14 other cases against water companies awaiting trial. Asked whether Tamar Valley Water was among them, he said: "I cannot comment on ongoing cases."

Hocking said he hoped the money would be spent locally. "Put it back into the beaches, not into some fund in London," he said.

Related stories
Swimmers warned as bacteria levels rise at river spots""", [
        ("This was not an accident", "Caroline Ashby"),
        ("Those warnings were clear", "Caroline Ashby"),
        ("We are deeply sorry", "Tamar Valley Water"),
        ("Two million is a rounding error", "Megan Trelawny"),
        ("Nobody warned them", "Megan Trelawny"),
        ("August is when we make our money", "Sam Hocking"),
        ("Polluters must pay", "Imran Qureshi"),
        ("I cannot comment on ongoing cases", "Imran Qureshi"),
        ("Put it back into the beaches", "Sam Hocking"),
    ], [
        ("Oliver Pask", "PERSON"), ("PLYMOUTH", "LOC"), ("Devon", "LOC"), ("Tamar Valley Water", "ORG"),
        ("Wembury", "LOC"), ("Caroline Ashby", "PERSON"), ("Plymouth Magistrates' Court", "ORG"), ("Ashby", "PERSON"),
        ("Megan Trelawny", "PERSON"), ("Clean Water Devon", "ORG"), ("Trelawny", "PERSON"), ("Sam Hocking", "PERSON"),
        ("Bigbury-on-Sea", "LOC"), ("Environment Agency", "ORG"), ("Imran Qureshi", "PERSON"), ("Cornwall", "LOC"),
        ("Qureshi", "PERSON"), ("Hocking", "PERSON"), ("London", "LOC"),
    ]),
]
