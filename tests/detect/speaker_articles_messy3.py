"""A third batch of the messy blind check set (``speaker_articles_messy``): fourteen more made-up articles (twelve
Indonesian, two English) written the same way and under the same rules, from docs/guideline.md and the layout of
development articles only, by someone who had not read the detectors; kept for a final estimate: nothing runs the
detectors on it before the other fixes of the session have landed.  Same tuples:
(name, lang, text, [(excerpt, expected canonical speaker, None or "<no quote>")], [(entity surface, label)])."""

from __future__ import annotations

ARTICLES: list[tuple[str, str, str, list[tuple[str, str | None]], list[tuple[str, str]]]] = [
    ("republika-split-repeat", "id", """\
REPUBLIKA.CO.ID, BOGOR -- Pemerintah Kota Bogor mulai menguji coba sistem satu arah baru di sekitar Jalan Suryakencana sejak Senin (14/7/2025). Uji coba itu dilakukan untuk mengurai kemacetan di kawasan pecinan yang kerap padat saat akhir pekan.Wali Kota BogorHendra Wiradinata mengatakan, uji coba akan berlangsung selama dua pekan sebelum diputuskan permanen atau tidak. Ia meminta warga memberi masukan melalui kanal pengaduan resmi milik pemkot.Baca JugaPemkot Bogor Tambah Armada Bus Jelang Libur SekolahWarga Keluhkan Parkir Liar di Sekitar Stasiun Bogor"Kami tidak mau memutuskan sepihak," kata Hendra di Balai Kota Bogor, Senin. "Kalau hasilnya buruk, kami kembalikan seperti semula."
Menurut Hendra, kajian Dinas Perhubungan menunjukkan waktu tempuh di Suryakencana bisa turun hingga 40 persen. "Angka itu dari simulasi, bukan dari lapangan. Makanya kami uji dulu," ujar dia.Kepala Dinas Perhubungan Kota Bogor, Rina Marlina Sagala, menyebut pihaknya menempatkan 60 petugas di sembilan titik persimpangan selama uji coba berlangsung."Petugas kami ada dari pagi sampai jam sepuluh malam. Rambu sementara juga sudah terpasang di semua mulut jalan," kata Rina.
Namun, sebagian pedagang mengeluhkan penurunan pembeli pada hari pertama. Pemilik toko kue di Jalan Suryakencana, Lie Swie Hong atau Koh Ahong, mengaku omzetnya turun hampir separuh."Pembeli bingung mau masuk dari mana. Banyak yang akhirnya putar balik," ujar Ahong.Ia berharap pemkot menambah papan petunjuk arah yang lebih besar."Orang Jakarta yang datang akhir pekan itu tidak tahu jalannya sudah dibalik," katanya.
Seorang pengemudi ojek daring yang ditemui di Jalan Otista justru menyambut baik uji coba itu. "Biasanya dari Tugu Kujang ke Bogor Trade Mall bisa setengah jam, tadi cuma sepuluh menit," ujar seorang pengemudi ojek daring di lokasi.Ikuti Whatsapp Channel Republika
Anggota DPRD Kota Bogor, Fauzan Akbar Lubis, meminta pemkot tidak tergesa-gesa mengambil keputusan. Menurutnya, dua pekan belum cukup untuk menilai dampak sistem baru terhadap pedagang dan warga."Dua minggu itu terlalu singkat. Minimal satu bulan, supaya ada data akhir pekan yang cukup," kata Fauzan.
Menanggapi hal itu, Hendra menyatakan terbuka untuk memperpanjang masa uji coba. "Kalau memang perlu diperpanjang, kami perpanjang. Tidak ada yang dikejar," ujar dia.Ikuti Whatsapp Channel Republika
Menanggapi hal itu, Hendra menyatakan terbuka untuk memperpanjang masa uji coba. "Kalau memang perlu diperpanjang, kami perpanjang.
Menanggapi hal itu, Hendra menyatakan terbuka untuk memperpanjang masa uji coba.""", [
        ("Kami tidak mau memutuskan sepihak", "Hendra Wiradinata"),
        ("Kalau hasilnya buruk, kami kembalikan", "Hendra Wiradinata"),
        ("Angka itu dari simulasi", "Hendra Wiradinata"),
        ("Petugas kami ada dari pagi", "Rina Marlina Sagala"),
        ("Pembeli bingung mau masuk", "Lie Swie Hong"),
        ("Orang Jakarta yang datang akhir pekan", "Lie Swie Hong"),
        ("Biasanya dari Tugu Kujang", "seorang pengemudi ojek daring"),
        ("Dua minggu itu terlalu singkat", "Fauzan Akbar Lubis"),
        ("Tidak ada yang dikejar", "Hendra Wiradinata"),
    ], [
        ("REPUBLIKA", "ORG"), ("BOGOR", "LOC"), ("Pemerintah Kota Bogor", "ORG"), ("Jalan Suryakencana", "LOC"),
        ("Bogor", "LOC"), ("Hendra Wiradinata", "PERSON"), ("Hendra", "PERSON"), ("Balai Kota Bogor", "LOC"),
        ("Dinas Perhubungan", "ORG"), ("Suryakencana", "LOC"), ("Dinas Perhubungan Kota Bogor", "ORG"),
        ("Rina Marlina Sagala", "PERSON"), ("Rina", "PERSON"), ("Lie Swie Hong", "PERSON"), ("Ahong", "PERSON"),
        ("Jakarta", "LOC"), ("Jalan Otista", "LOC"), ("Tugu Kujang", "LOC"), ("Bogor Trade Mall", "LOC"),
        ("DPRD Kota Bogor", "ORG"), ("Fauzan Akbar Lubis", "PERSON"), ("Fauzan", "PERSON"),
    ]),
    ("tempo-glued-no-cue", "id", """\
TEMPO.CO, Jakarta - Warga Desa Lubuk Kembang di Kabupaten Sarolangun, Jambi, kembali mendatangi kantor PT Bumi Sawit Lestari Jaya pada Selasa, 5 Agustus 2025. Mereka menuntut pengembalian 320 hektare lahan yang menurut warga masuk ke dalam konsesi perusahaan tanpa ganti rugi.Koordinator warga, Syamsuddin Harahap, mengatakan warga sudah lima kali bersurat kepada bupati namun belum mendapat jawaban. "Kami punya surat keterangan tanah dari tahun 1987. Itu ditandatangani kepala desa waktu itu," kata Syamsuddin kepadaTempodi lokasi.Menurut dia, warga tidak menolak keberadaan perusahaan, tetapi meminta batas konsesi diukur ulang."Ukur ulang saja bersama BPN, warga, dan perusahaan. Kalau memang punya perusahaan, kami mundur," ujarnya.Salah satu warga, Nurmala Sitompul, mengaku kebun karet peninggalan orang tuanya kini sudah ditanami sawit."Dulu saya menyadap di situ setiap pagi, dari sebelum subuh sampai matahari naik.""Sekarang saya dilarang masuk, katanya sudah punya PT. Anak saya tiga, sekolah dari mana uangnya," kata perempuan berusia 52 tahun itu sambil menunjuk patok perusahaan.Baca juga:Konflik Lahan Sawit di Jambi Meningkat, Walhi Catat 40 KasusPihak perusahaan membantah mengambil lahan warga."Seluruh areal kami berada dalam HGU yang sah dan sudah diukur BPN pada 2009. Kami terbuka jika warga ingin menempuh jalur hukum." Hal itu ditegaskan Manajer Humas PT Bumi Sawit Lestari Jaya, Benny Oktavianus Sembiring, melalui keterangan tertulis, Rabu.Benny menambahkan, perusahaan juga telah menyalurkan dana tanggung jawab sosial ke Desa Lubuk Kembang setiap tahun."Ada beasiswa, ada perbaikan jalan desa. Itu bentuk komitmen kami kepada warga sekitar," ujar Benny.Kepala Kantor Pertanahan Kabupaten Sarolangun, Drs. H. Marzuki Ilyas, M.Si., menyatakan siap memfasilitasi pengukuran ulang jika kedua pihak sepakat."Kami netral. Kalau dua pihak minta, kami turunkan juru ukur," kata Marzuki.Ia memperkirakan pengukuran bisa rampung dalam satu bulan jika cuaca mendukung.Sementara itu, Direktur Eksekutif Lembaga Advokasi Agraria Sumatera (LAAS), Rosdiana Pakpahan, menilai kasus Lubuk Kembang mirip dengan belasan konflik lain di Jambi."Polanya sama. Izin terbit dulu, warga baru tahu belakangan ketika alat berat sudah masuk," kata Rosdiana.Ia mendesak pemerintah daerah membentuk tim penyelesaian konflik agraria."Jangan tunggu ada korban dulu baru bergerak," tuturnya.Pilihan Editor:Warga Tiga Desa di Sarolangun Blokade Jalan Perusahaan""", [
        ("Kami punya surat keterangan tanah", "Syamsuddin Harahap"),
        ("Ukur ulang saja bersama BPN", "Syamsuddin Harahap"),
        ("Dulu saya menyadap di situ", "Nurmala Sitompul"),
        ("Anak saya tiga, sekolah dari mana", "Nurmala Sitompul"),
        ("Seluruh areal kami berada dalam HGU", "Benny Oktavianus Sembiring"),
        ("Ada beasiswa, ada perbaikan jalan desa", "Benny Oktavianus Sembiring"),
        ("Kami netral. Kalau dua pihak minta", "Marzuki Ilyas"),
        ("Polanya sama. Izin terbit dulu", "Rosdiana Pakpahan"),
        ("Jangan tunggu ada korban dulu", "Rosdiana Pakpahan"),
    ], [
        ("TEMPO", "ORG"), ("Jakarta", "LOC"), ("Desa Lubuk Kembang", "LOC"), ("Kabupaten Sarolangun", "LOC"),
        ("Jambi", "LOC"), ("PT Bumi Sawit Lestari Jaya", "ORG"), ("Syamsuddin Harahap", "PERSON"),
        ("Syamsuddin", "PERSON"), ("Tempodi", "ORG"), ("BPN", "ORG"), ("Nurmala Sitompul", "PERSON"),
        ("Benny Oktavianus Sembiring", "PERSON"), ("Benny", "PERSON"), ("Kantor Pertanahan Kabupaten Sarolangun", "ORG"),
        ("Marzuki Ilyas", "PERSON"), ("Marzuki", "PERSON"), ("Lembaga Advokasi Agraria Sumatera", "ORG"),
        ("LAAS", "ORG"), ("Rosdiana Pakpahan", "PERSON"), ("Lubuk Kembang", "LOC"), ("Rosdiana", "PERSON"),
    ]),
    ("kompas-double-space-typo", "id", """\
KLATEN, KOMPAS.com - Pemerintah Kabupaten Klaten akan menggabungkan 23 sekolah dasar negeri yang kekurangan murid mulai tahun ajaran baru.  Kebijakan yang disebut "regrouping" itu menuai protes dari sejumlah orangtua murid di daerah pinggiran.  Kepala Dinas Pendidikan Kabupaten Klaten Suharjono Wibowo mengatakan, sekolah yang digabung rata-rata memiliki kurang dari 60 murid.  "Satu kelas kadang hanya lima anak. Gurunya ada, tapi muridnya tidak ada," ujar Suharjono saat ditemui di kantornya, Rabu (13/3/2019).  Ia menjelaskan, gedung sekolah yang ditinggalkan akan dipakai untuk PAUD atau pusat kegiatan belajar masyarakat.  Baca juga: Kekurangan Murid, 12 SD di Boyolali Terancam Tutup  "Gedungnya tidak dibiarkan kosong. Itu aset daerah, nanti kami manfaatkan untuk warga," kata Suharjno.  Namun, sejumlah orangtua keberatan karena jarak ke sekolah baru menjadi lebih jauh.  Dua orangtua murid SD Negeri 2 Karangnongko, Painem dan Sukirah, mengatakan anak-anak mereka harus berjalan hampir tiga kilometer melewati pematang sawah.  "Kalau hujan, jalannya licin. Siapa yang antar kalau kami ke sawah?" kata keduanya hampir bersamaan.  Kepala SD Negeri 2 Karangnongko, Sri Widayati, memahami keberatan itu. Namun, ia menyebut keputusan ada di tangan dinas.  "Kami hanya pelaksana. Guru-guru juga belum tahu akan ditempatkan di mana," kata Sri kepada Kompas.com.  Wakil Ketua DPRD Klaten, Yohanes Bambang Sutrisno, meminta dinas tidak hanya menghitung efisiensi anggaran.  "Saya minta dinas sediakan antar-jemput untuk anak-anak yang rumahnya jauh. Itu syarat dari kami," kata Yohanes.  "Sebelum digabung, dinas harus sosialisasi ke setiap dusun, bukan cuma ke kepala sekolah," lanjut politisi itu.  Peneliti pendidikan dari Universitas Tlatah Merapi, Dr. Ratna Dewi Anggraeni, yang pernah menulis buku "Sekolah Kecil di Desa", menilai penggabungan sekolah memang tak terhindarkan karena angka kelahiran terus turun.  "Penggabungan itu wajar secara anggaran, tapi jangan lupa ongkos sosialnya ditanggung keluarga miskin," kata Ratna.  Menanggapi usulan DPRD, Suharjono menyebut pihaknya sedang menghitung kebutuhan armada.  "Usulan antar-jemput sedang kami hitung. Kalau anggarannya ada, kami jalankan tahun ini juga," kata Suharjono.  Baca juga: Bupati Klaten: Tidak Ada Guru Honorer yang Diberhentikan  Penulis : Kontributor Klaten, Bayu Ardianto Editor : Lusia Handayani""", [
        ("regrouping", "<no quote>"),
        ("Satu kelas kadang hanya lima anak", "Suharjono Wibowo"),
        ("Gedungnya tidak dibiarkan kosong", "Suharjono Wibowo"),
        ("Kalau hujan, jalannya licin", None),
        ("Kami hanya pelaksana", "Sri Widayati"),
        ("Saya minta dinas sediakan antar-jemput", "Yohanes Bambang Sutrisno"),
        ("Sebelum digabung, dinas harus sosialisasi", "Yohanes Bambang Sutrisno"),
        ("Sekolah Kecil di Desa", "<no quote>"),
        ("Penggabungan itu wajar secara anggaran", "Ratna Dewi Anggraeni"),
        ("Usulan antar-jemput sedang kami hitung", "Suharjono Wibowo"),
    ], [
        ("KLATEN", "LOC"), ("KOMPAS", "ORG"), ("Pemerintah Kabupaten Klaten", "ORG"),
        ("Dinas Pendidikan Kabupaten Klaten", "ORG"), ("Suharjono Wibowo", "PERSON"), ("Suharjono", "PERSON"),
        ("Suharjno", "PERSON"), ("SD Negeri 2 Karangnongko", "ORG"), ("Painem", "PERSON"), ("Sukirah", "PERSON"),
        ("Sri Widayati", "PERSON"), ("Sri", "PERSON"), ("Kompas", "ORG"), ("DPRD Klaten", "ORG"),
        ("Yohanes Bambang Sutrisno", "PERSON"), ("Yohanes", "PERSON"), ("Universitas Tlatah Merapi", "ORG"),
        ("Ratna Dewi Anggraeni", "PERSON"), ("Ratna", "PERSON"), ("DPRD", "ORG"),
    ]),
    ("cnn-one-line-sapaan-letter", "id", """\
Jakarta, CNN Indonesia -- Penyanyi Rania akhirnya buka suara soal gugatan wanprestasi yang dilayangkan label rekamannya, PT Nada Cakrawala Musik (NCM), ke Pengadilan Negeri Jakarta Selatan. Rania, sapaan akrab Ayu Ranikirana Pratiwi, menyebut dirinya tidak pernah melanggar kontrak. "Saya sudah menyerahkan dua album sesuai kontrak. Yang ketiga memang belum, karena master lagunya ditahan," kata Rania saat ditemui di kawasan Kemang, Jakarta Selatan, Kamis (17/7/2025). ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT Ia mengaku kaget saat menerima surat panggilan sidang pekan lalu. "Saya tahunya dari wartawan, bukan dari mereka," ujarnya. Sehari sebelumnya, Rania sempat mengunggah pesan panjang di akun Instagram pribadinya. "Sepuluh tahun saya besar bersama kalian. Saya tidak akan pergi dengan cara kotor," tulis Rania dalam unggahan itu. Pihak NCM membantah menahan master lagu sang penyanyi. "Master rekaman adalah milik perusahaan sesuai perjanjian tahun 2015. Perusahaan tidak pernah menghalangi artis untuk berkarya," demikian pernyataan NCM yang diterima CNNIndonesia.com, Jumat (18/7). Kuasa hukum NCM, Gregorius Paulus Lubis, menyebut nilai gugatan mencapai Rp12 miliar. "Angka itu dihitung dari potensi pendapatan album ketiga yang tidak kunjung diserahkan," kata Gregorius. [Gambas:Video CNN] Sementara itu, kuasa hukum Rania, Melati Kusumawardhani, menilai gugatan itu upaya menekan kliennya agar memperpanjang kontrak. "Kontraknya habis Desember. Gugatan ini muncul persis ketika klien kami menolak perpanjangan," ujar Melati. Ia juga mempertanyakan sejumlah klausul yang menurutnya "tidak masuk akal" dalam perjanjian tersebut. Menurut Melati, pihaknya akan mengajukan gugatan balik dalam waktu dekat. "Kami sedang menyiapkan rekonvensi. Minggu depan kami daftarkan," katanya. Pengamat industri musik sekaligus dosen Akademi Musik Nusantara Baru, Bonifasius Ardi Kaligis, menilai sengketa semacam ini kerap berakar pada kontrak pertama seorang artis. "Kasus seperti ini sering terjadi karena artis menandatangani kontrak saat belum punya nama. Posisi tawarnya lemah," kata Bonifasius. "Saran saya, mediasi saja. Sidang panjang hanya merugikan dua-duanya," tambahnya. Sidang perdana perkara tersebut dijadwalkan pada 29 Juli 2025. [Gambas:Instagram] (rea/chri)""", [
        ("Saya sudah menyerahkan dua album", "Ayu Ranikirana Pratiwi"),
        ("Saya tahunya dari wartawan", "Ayu Ranikirana Pratiwi"),
        ("Sepuluh tahun saya besar bersama kalian", "Ayu Ranikirana Pratiwi"),
        ("Master rekaman adalah milik perusahaan", "PT Nada Cakrawala Musik"),
        ("Angka itu dihitung dari potensi", "Gregorius Paulus Lubis"),
        ("Kontraknya habis Desember", "Melati Kusumawardhani"),
        ("tidak masuk akal", "<no quote>"),
        ("Kami sedang menyiapkan rekonvensi", "Melati Kusumawardhani"),
        ("Kasus seperti ini sering terjadi", "Bonifasius Ardi Kaligis"),
        ("Saran saya, mediasi saja", "Bonifasius Ardi Kaligis"),
    ], [
        ("Jakarta", "LOC"), ("CNN Indonesia", "ORG"), ("Rania", "PERSON"), ("PT Nada Cakrawala Musik", "ORG"),
        ("NCM", "ORG"), ("Pengadilan Negeri Jakarta Selatan", "ORG"), ("Ayu Ranikirana Pratiwi", "PERSON"),
        ("Kemang", "LOC"), ("Jakarta Selatan", "LOC"), ("Instagram", "ORG"), ("CNNIndonesia", "ORG"),
        ("Gregorius Paulus Lubis", "PERSON"), ("Gregorius", "PERSON"), ("Melati Kusumawardhani", "PERSON"),
        ("Melati", "PERSON"), ("Akademi Musik Nusantara Baru", "ORG"), ("Bonifasius Ardi Kaligis", "PERSON"),
        ("Bonifasius", "PERSON"),
    ]),
    ("detik-blank-lines-berinisial", "id", """\
Polisi Tangkap Pengelola Arisan Online Bodong di Depok, Kerugian Capai Rp 2 M

Firda Anggraini - detikNews
Selasa, 22 Jul 2025 14:10 WIB

Depok -

Polres Metro Depok menangkap seorang perempuan berinisial WS (34) yang diduga menipu puluhan anggota arisan online. Total kerugian para korban ditaksir mencapai Rp 2 miliar.

Kasat Reskrim Polres Metro Depok, AKBP Hadi Prasetyo Nugroho, mengatakan pelaku ditangkap di sebuah apartemen di Kecamatan Beji pada Minggu (20/7) malam.


"Pelaku menjanjikan keuntungan 30 persen dalam sebulan. Awalnya lancar, lalu macet sejak Maret," kata Hadi kepada wartawan, Selasa (22/7/2025).

Menurut Hadi, pelaku memakai uang setoran anggota baru untuk membayar anggota lama.

"Ini pola skema Ponzi. Begitu anggota baru berhenti masuk, semuanya runtuh," ujarnya.

Baca juga: Arisan Online Bodong Marak, OJK Minta Warga Waspada

Salah satu korban berinisial RN mengaku kehilangan Rp 85 juta, uang yang ia kumpulkan untuk biaya persalinan.

"Saya ikut karena yang ajak teman sekantor. Grupnya ramai, semua kelihatan dapat uang.

"Ternyata yang dapat cuma yang di atas. Kami yang belakangan gigit jari," kata RN saat ditemui di Mapolres Metro Depok.

Korban lain yang tergabung dalam grup yang sama menyebut pelaku kerap memamerkan mobil baru dan liburan ke luar negeri di media sosial.

"Makanya kami percaya. Dia kelihatan sukses, anaknya sekolah di tempat mahal," kata seorang korban lain.

Pengacara para korban, Theresia Damanik, S.H., meminta polisi menelusuri aset pelaku agar uang korban bisa kembali.

"Jangan berhenti di penangkapan. Aset pelaku harus dibekukan, termasuk rekening keluarganya," kata Theresia.



Hadi memastikan penyidik sudah berkoordinasi dengan Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK) untuk menelusuri aliran dana.

"Kami sudah ajukan pemblokiran 11 rekening," ujar perwira menengah itu.

Tetangga pelaku di apartemen, Yosef Kurniadi, mengaku tidak menyangka. Menurutnya, pelaku dikenal ramah kepada penghuni lain.

"Orangnya ramah, sering bagi-bagi makanan ke satpam. Saya kaget waktu lihat polisi datang," kata Yosef.

Ia mengaku sempat ditawari ikut arisan, namun menolak.

"Untung saya tidak punya uang lebih waktu itu," katanya sambil tertawa.

WS dijerat Pasal 378 dan 372 KUHP tentang penipuan dan penggelapan dengan ancaman hukuman empat tahun penjara.

Simak Video "Video: Modus Baru Penipuan Arisan Online di Media Sosial"
[Gambas:Video 20detik]
(mei/imk)""", [
        ("Pelaku menjanjikan keuntungan 30 persen", "Hadi Prasetyo Nugroho"),
        ("Ini pola skema Ponzi", "Hadi Prasetyo Nugroho"),
        ("Saya ikut karena yang ajak teman sekantor", "RN"),
        ("Ternyata yang dapat cuma yang di atas", "RN"),
        ("Makanya kami percaya", "seorang korban lain"),
        ("Jangan berhenti di penangkapan", "Theresia Damanik"),
        ("Kami sudah ajukan pemblokiran 11 rekening", "Hadi Prasetyo Nugroho"),
        ("Orangnya ramah, sering bagi-bagi makanan", "Yosef Kurniadi"),
        ("Untung saya tidak punya uang lebih", "Yosef Kurniadi"),
        ("Video: Modus Baru Penipuan", "<no quote>"),
    ], [
        ("Depok", "LOC"), ("Firda Anggraini", "PERSON"), ("detikNews", "ORG"), ("Polres Metro Depok", "ORG"),
        ("WS", "PERSON"), ("Hadi Prasetyo Nugroho", "PERSON"), ("Kecamatan Beji", "LOC"), ("Hadi", "PERSON"),
        ("RN", "PERSON"), ("Mapolres Metro Depok", "LOC"), ("Theresia Damanik", "PERSON"), ("Theresia", "PERSON"),
        ("Pusat Pelaporan dan Analisis Transaksi Keuangan", "ORG"), ("PPATK", "ORG"), ("Yosef Kurniadi", "PERSON"),
        ("Yosef", "PERSON"),
    ]),
    ("tribun-p-glued-balinese", "id", """\
TRIBUNNEWS.COM, TABANAN - Puluhan petani dari Subak Tegal Sari di Kecamatan Kediri, Tabanan, mendatangi kantor DPRD Tabanan, Senin (14/3/2022).Mereka memprotes pembangunan vila di hulu saluran irigasi yang dinilai mengurangi debit air ke sawah mereka.Pekaseh Subak Tegal Sari, I Nyoman Wirata, mengatakan debit air turun drastis sejak proyek itu dimulai enam bulan lalu."Dulu air cukup untuk tiga kali tanam setahun. Sekarang dua kali saja sudah untung," kata Wirata.Ia menyebut sedikitnya 40 hektare sawah terancam gagal panen musim ini."Kalau air tidak kembali, petani mau makan apa?" sambungnya.Selain itu, petani juga mengeluhkan limbah semen yang masuk ke saluran.Salah satu petani, Ni Luh Putu Ariani, menunjukkan foto saluran yang keruh kepada anggota dewan."Ini difoto minggu lalu. Airnya putih seperti susu," ujar Ariani sambil memperlihatkan ponselnya.Ketua DPRD Tabanan, Made Suardana Putra, menerima langsung perwakilan petani di ruang rapat."Kami akan panggil pengembang dan Dinas PUPR minggu ini. Kalau izinnya bermasalah, kami rekomendasikan dihentikan," kata Suardana.Pihak pengembang, PT Bali Asri Tirta Residence, melalui manajer proyeknya, Gede Arya Permana, membantah proyek itu mengganggu irigasi."Kami tidak menyentuh saluran subak. Bangunan kami berjarak 50 meter dari saluran," kata Arya.Menurut dia, penurunan debit air disebabkan kemarau panjang, bukan karena proyek."Curah hujan tahun ini memang rendah. Subak lain juga mengalami hal yang sama," ujarnya.Namun, pernyataan itu dibantah pemangku pura subak setempat, Jro Mangku Wayan Sukra."Subak sebelah airnya masih penuh. Yang kering cuma yang di bawah vila," kata Mangku Sukra.Ia mengatakan upacara mapag toya, ritual menyambut air, tahun ini bahkan digelar tanpa air yang mengalir."Baru kali ini mapag toya tapi toyanya tidak datang," ucapnya lirih.Pakar hidrologi dari Universitas Bali Dwipa Mandala, Dr. Ir. Komang Ayu Lestari, M.T., menyarankan pengukuran debit dilakukan bersama oleh semua pihak."Ukur di hulu dan di hilir, sebelum dan sesudah vila. Datanya nanti bicara sendiri," kata Komang Ayu.Wirata berharap hasil pengukuran itu segera diumumkan kepada petani."Kami tidak anti-investor. Kami cuma minta air kami kembali," pungkasnya.(Tribunnews.com/Putu Candra)""", [
        ("Dulu air cukup untuk tiga kali tanam", "I Nyoman Wirata"),
        ("Kalau air tidak kembali, petani mau makan apa?", "I Nyoman Wirata"),
        ("Ini difoto minggu lalu", "Ni Luh Putu Ariani"),
        ("Kami akan panggil pengembang", "Made Suardana Putra"),
        ("Kami tidak menyentuh saluran subak", "Gede Arya Permana"),
        ("Curah hujan tahun ini memang rendah", "Gede Arya Permana"),
        ("Subak sebelah airnya masih penuh", "Wayan Sukra"),
        ("Baru kali ini mapag toya", "Wayan Sukra"),
        ("Ukur di hulu dan di hilir", "Komang Ayu Lestari"),
        ("Kami tidak anti-investor", "I Nyoman Wirata"),
    ], [
        ("TRIBUNNEWS", "ORG"), ("TABANAN", "LOC"), ("Subak Tegal Sari", "ORG"), ("Kecamatan Kediri", "LOC"),
        ("Tabanan", "LOC"), ("DPRD Tabanan", "ORG"), ("I Nyoman Wirata", "PERSON"), ("Wirata", "PERSON"),
        ("Ni Luh Putu Ariani", "PERSON"), ("Ariani", "PERSON"), ("Made Suardana Putra", "PERSON"),
        ("Suardana", "PERSON"), ("Dinas PUPR", "ORG"), ("PT Bali Asri Tirta Residence", "ORG"),
        ("Gede Arya Permana", "PERSON"), ("Arya", "PERSON"), ("Wayan Sukra", "PERSON"), ("Sukra", "PERSON"),
        ("Universitas Bali Dwipa Mandala", "ORG"), ("Komang Ayu Lestari", "PERSON"), ("Komang Ayu", "PERSON"),
    ]),
    ("kontan-menurut-mereka", "id", """\
KONTAN.CO.ID - JAKARTA. PT Logistik Batubara Nusantara Tbk (LBNT) menargetkan volume angkutan batubara naik 20% menjadi 36 juta ton pada tahun ini. Target itu ditopang kontrak baru dengan dua pemilik tambang di Kalimantan Timur. Menurut Direktur Utama LBNT Andreas Bimo S Hutapea, kontrak baru tersebut akan mulai berjalan pada kuartal kedua. "Kapal tongkang kami tambah 12 unit. Semuanya sudah dipesan dari galangan di Batam," kata Bimo saat ditemui di Jakarta, Selasa (19/2). Bimo mengatakan bahwa perusahaan juga menyiapkan ekspansi ke angkutan bijih nikel di Sulawesi Tenggara. "Nikel itu masa depan. Kami tidak mau terlambat masuk," ujarnya. Menurut dia, kebutuhan belanja modal tahun ini mencapai Rp 900 miliar. "Sebagian dari obligasi yang kami terbitkan tahun lalu, sebagian lagi pinjaman sindikasi," imbuhnya. Direktur Keuangan LBNT Cornelia Widjaja Tan menambahkan, perusahaan akan menjaga rasio utang terhadap ekuitas di bawah 1 kali. "Kami disiplin soal utang. Pengalaman 2015 cukup jadi pelajaran," kata Cornelia. Kinerja LBNT sepanjang 2018 cukup moncer. Pendapatan naik 31% menjadi Rp 4,2 triliun, sementara laba bersih naik 45% menjadi Rp 610 miliar. Salah satu mitra LBNT, Direktur PT Tambang Mahakam Sentosa Rusdi Hamzah, mengatakan pihaknya memilih LBNT karena kesiapan armada. "Kami pilih mereka karena armadanya paling siap di Sungai Mahakam. Musim kemarau pun tongkangnya tetap jalan," kata Rusdi. Analis Cakra Sekuritas Fadhlan Rizki Amrullah menilai kenaikan laba tahun lalu banyak terbantu harga batubara. "Kenaikan harga batubara tahun lalu sangat membantu. Tahun ini harga cenderung turun, jadi volume yang harus menopang," kata Fadhlan. Ia merekomendasikan beli saham LBNT dengan target harga Rp 2.100 per saham. Sementara itu, analis Garuda Investama Widya Ratnasari dan Hendro Kusuma dalam riset bersama menilai target volume tersebut realistis. "Kontrak baru sudah diteken, jadi risiko eksekusinya kecil," tulis mereka. Pada perdagangan Selasa, saham LBNT ditutup menguat 1,8% ke level Rp 1.680 per saham. Bimo optimistis penurunan harga batubara tidak akan banyak memukul bisnis perusahaan. "Kalau harga batubara turun, pemilik tambang justru butuh logistik yang efisien. Di situ posisi kami," ucap Bimo. Reporter: Galang Ardiansyah Editor: Wulan Pramesti""", [
        ("Kapal tongkang kami tambah 12 unit", "Andreas Bimo S Hutapea"),
        ("Nikel itu masa depan", "Andreas Bimo S Hutapea"),
        ("Sebagian dari obligasi yang kami terbitkan", "Andreas Bimo S Hutapea"),
        ("Kami disiplin soal utang", "Cornelia Widjaja Tan"),
        ("Kami pilih mereka karena armadanya", "Rusdi Hamzah"),
        ("Kenaikan harga batubara tahun lalu", "Fadhlan Rizki Amrullah"),
        ("Kontrak baru sudah diteken", None),
        ("Kalau harga batubara turun, pemilik tambang", "Andreas Bimo S Hutapea"),
    ], [
        ("KONTAN", "ORG"), ("JAKARTA", "LOC"), ("PT Logistik Batubara Nusantara Tbk", "ORG"), ("LBNT", "ORG"),
        ("Kalimantan Timur", "LOC"), ("Andreas Bimo S Hutapea", "PERSON"), ("Bimo", "PERSON"), ("Batam", "LOC"),
        ("Jakarta", "LOC"), ("Sulawesi Tenggara", "LOC"), ("Cornelia Widjaja Tan", "PERSON"), ("Cornelia", "PERSON"),
        ("PT Tambang Mahakam Sentosa", "ORG"), ("Rusdi Hamzah", "PERSON"), ("Sungai Mahakam", "LOC"),
        ("Rusdi", "PERSON"), ("Cakra Sekuritas", "ORG"), ("Fadhlan Rizki Amrullah", "PERSON"), ("Fadhlan", "PERSON"),
        ("Garuda Investama", "ORG"), ("Widya Ratnasari", "PERSON"), ("Hendro Kusuma", "PERSON"),
    ]),
    ("liputan6-bs4-lost-mark", "id", """\
Liputan6.com, Gunungkidul -Video seorang wisatawan yang terseret ombak di Pantai Watu Lawang, Gunungkidul, viral di media sosial. Wisatawan asal Semarang itu berhasil diselamatkan tim penyelamat pada Minggu (8/6/2025) sore.
Video itu pertama kali diunggah akun @jogjaupdate24 dan sudah ditonton lebih dari dua juta kali.
"Tolong yang mau ke pantai selatan, patuhi bendera merah. Nyawa tidak ada cadangannya," tulis akun @jogjaupdate24 dalam keterangan videonya.
Koordinator Satlinmas Rescue Istimewa Wilayah II, Marjono alias Mbah Jono, mengatakan korban nekat berenang meski petugas sudah memasang bendera larangan.
"Sudah kami peluit tiga kali, tetap masuk ke air. Untung ombaknya membawa ke arah karang, bukan ke tengah," kata Mbah Jono.
Advertisement
Menurut dia, korban berinisial AS (23) datang bersama lima temannya menggunakan mobil sewaan.
Korban sempat tak sadarkan diri dan dilarikan keRSUD Wonosari untuk mendapat perawatan.
Kepala Dinas Pariwisata Kabupaten Gunungkidul, Umar bin Salim Baraja, menyebut pihaknya akan menambah papan peringatan di 12 pantai yang rawan.
"Papan yang lama banyak yang hilang atau rusak. Minggu ini kami pasang yang baru, pakai tiga bahasa," ujar Umar.
Ia juga meminta pengelola homestay ikut mengingatkan tamunya sebelum turun ke pantai.
Sudah kami kumpulkan pengelola homestay di Tepus dan Tanjungsari. Mereka siap membantu," lanjut dia.
Salah satu teman korban, Dimas Prayoga, mengaku tidak menyangka ombak datang sebesar itu.
"Tadinya cuma main air sebatas lutut. Tiba-tiba ombak besar datang dan dia hilang," kata Dimas.
Ia mengaku rombongannya tidak melihat bendera merah karena tertutup tenda pedagang.
"Kami benar-benar tidak lihat. Kalau lihat, kami tidak akan masuk," katanya.
Pedagang di Pantai Watu Lawang, Tukinah, membantah bendera itu tertutup.
"Benderanya jelas kok, di depan warung saya. Anak-anak muda itu saja yang tidak mau dengar," ujar perempuan 60 tahun itu.
Marjono mengimbau wisatawan selalu mematuhi arahan petugas di pantai.
"Laut selatan itu indah tapi galak. Jangan pernah meremehkan," pungkas Mbah Jono.
Simak Video Pilihan Ini:""", [
        ("Tolong yang mau ke pantai selatan", "@jogjaupdate24"),
        ("Sudah kami peluit tiga kali", "Marjono"),
        ("Papan yang lama banyak yang hilang", "Umar bin Salim Baraja"),
        ("Mereka siap membantu", "Umar bin Salim Baraja"),
        ("Tadinya cuma main air sebatas lutut", "Dimas Prayoga"),
        ("Kami benar-benar tidak lihat", "Dimas Prayoga"),
        ("Benderanya jelas kok", "Tukinah"),
        ("Laut selatan itu indah tapi galak", "Marjono"),
    ], [
        ("Liputan6", "ORG"), ("Gunungkidul", "LOC"), ("Pantai Watu Lawang", "LOC"), ("Semarang", "LOC"),
        ("Satlinmas Rescue Istimewa Wilayah II", "ORG"), ("Marjono", "PERSON"), ("Jono", "PERSON"), ("AS", "PERSON"),
        ("RSUD Wonosari", "ORG"), ("Dinas Pariwisata Kabupaten Gunungkidul", "ORG"), ("Umar bin Salim Baraja", "PERSON"),
        ("Umar", "PERSON"), ("Tepus", "LOC"), ("Tanjungsari", "LOC"), ("Dimas Prayoga", "PERSON"), ("Dimas", "PERSON"),
        ("Tukinah", "PERSON"),
    ]),
    ("okezone-short-name-letter", "id", """\
JAKARTA – Klub Liga 2, Bintang Timur Sidoarjo, resmi memecat pelatih kepala Rafael Sinaga (Coach Rafa) setelah timnya kalah lima kali beruntun. Keputusan itu diumumkan lewat surat resmi yang ditandatangani CEO klub, Maximilianus Adriano Putra, Kamis (2/10/2025).
"Manajemen berterima kasih atas dedikasi pelatih selama dua musim. Keputusan ini diambil demi target promosi musim ini," tulis Maximilianus dalam surat tersebut.
Rafa mengaku sudah menduga keputusan itu sejak kekalahan terakhir di kandang.Baca juga:Bintang Timur Sidoarjo Takluk 0-3, Suporter Nyalakan Flare
"Saya profesional. Hasil jelek, pelatih yang pertama diganti, itu sudah risiko pekerjaan," kata Rafa saat dihubungi Okezone.
Ia menilai timnya sebenarnya tidak bermain buruk dalam lima laga terakhir.
"Kami kalah karena penyelesaian akhir. Peluang ada, golnya tidak ada," ucapnya.
Pelatih berusia 48 tahun itu juga berterima kasih kepada suporter yang selalu memenuhi stadion.
"Suporter di sini luar biasa. Saya doakan tim ini naik kasta," imbuhnya.
Max mengatakan pelatih baru akan diumumkan pekan depan. Menurut dia, manajemen sudah mengantongi beberapa nama.
"Kami sudah bicara dengan tiga kandidat. Salah satunya pelatih asing," kata Max.
Kapten tim, Yusuf Ramadhan Tuasikal, mengaku para pemain ikut bertanggung jawab atas rentetan hasil buruk itu.
"Jangan salahkan pelatih saja. Kami pemain yang ada di lapangan," ujar Yusuf.
Baca juga:Jadwal Liga 2 Pekan Ini, Bintang Timur Sidoarjo Tandang ke Madiun
Ketua kelompok suporter Laskar Delta Mania, Bagus Wicaksono, menyayangkan pemecatan di tengah musim.
"Pelatih baru lagi, adaptasi lagi. Musim sudah jalan separuh," kata Bagus.
Ia juga menyoroti manajemen yang dinilai terlambat mendatangkan penyerang.
"Striker yang dijanjikan sejak Juli belum datang sampai sekarang. Itu yang harus dijawab manajemen," tegasnya.
Max menjawab, manajemen masih bernegosiasi dengan dua penyerang asal Brasil.
"Negosiasinya alot karena soal gaji. Doakan minggu depan beres," ucap Maximilianus.
Bintang Timur Sidoarjo saat ini berada di peringkat ketujuh klasemen sementara Grup Timur dengan 14 poin dari 12 pertandingan. Laga berikutnya, tim itu akan bertandang ke markas tim tuan rumah pada Sabtu malam.""", [
        ("Manajemen berterima kasih atas dedikasi", "Maximilianus Adriano Putra"),
        ("Saya profesional", "Rafael Sinaga"),
        ("Kami kalah karena penyelesaian akhir", "Rafael Sinaga"),
        ("Suporter di sini luar biasa", "Rafael Sinaga"),
        ("Kami sudah bicara dengan tiga kandidat", "Maximilianus Adriano Putra"),
        ("Jangan salahkan pelatih saja", "Yusuf Ramadhan Tuasikal"),
        ("Pelatih baru lagi, adaptasi lagi", "Bagus Wicaksono"),
        ("Striker yang dijanjikan sejak Juli", "Bagus Wicaksono"),
        ("Negosiasinya alot karena soal gaji", "Maximilianus Adriano Putra"),
    ], [
        ("JAKARTA", "LOC"), ("Bintang Timur Sidoarjo", "ORG"), ("Rafael Sinaga", "PERSON"), ("Rafa", "PERSON"),
        ("Maximilianus Adriano Putra", "PERSON"), ("Maximilianus", "PERSON"), ("Okezone", "ORG"), ("Max", "PERSON"),
        ("Yusuf Ramadhan Tuasikal", "PERSON"), ("Yusuf", "PERSON"), ("Laskar Delta Mania", "ORG"),
        ("Bagus Wicaksono", "PERSON"), ("Bagus", "PERSON"), ("Brasil", "LOC"),
    ]),
    ("serambi-titles-colon", "id", """\
Laporan Wartawan Serambinews.com, Nurul Hayati Ismail
SERAMBINEWS.COM, MEUREUDU - Sebanyak 37 dayah di Kabupaten Pidie Jaya sepakat melarang santri membawa telepon genggam ke asrama mulai tahun ajaran baru.
Kesepakatan itu diambil dalam musyawarah Himpunan Ulama Dayah Pidie Jaya Raya (HUDPR) di Meureudu, Sabtu (5/7/2025).
"Ponsel bukan haram, tapi di asrama itu mengganggu hafalan dan tidur santri," kata Tgk. H. Muhammad Yusri Daud, S.Ag., Ketua HUDPR, usai musyawarah.
Menurut Tgk Yusri, larangan itu lahir dari keluhan para guru yang mendapati santri bermain gim hingga larut malam.
"Ada yang tertidur saat pengajian subuh. Setelah kami periksa, ternyata semalaman main gim," ujarnya.
Ia menambahkan, setiap dayah akan menyediakan telepon di kantor pengasuh agar santri tetap bisa menghubungi orang tua.
"Orang tua boleh menelepon setiap sore. Itu sudah cukup," katanya.
Tidak semua wali santri setuju dengan kesepakatan itu. Seorang wali santri asal Bireuen, Rahmawati Zainal, khawatir tidak bisa memantau kondisi anaknya.
"Anak saya baru 13 tahun. Kalau sakit malam-malam, siapa yang kabari kami?" kata Rahmawati.
Pimpinan Dayah Babul Ilmi Meurah Dua, Tgk Zulkifli Hasballah, menjawab kekhawatiran itu. Ia menyatakan: "Setiap asrama ada pengasuh yang pegang ponsel. Kalau ada apa-apa, pengasuh yang menelepon keluarga."
Kepala Dinas Pendidikan Dayah Pidie Jaya, Dr. Faisal Amri Husin, M.Pd., mendukung kesepakatan tersebut.
"Kami hormati. Dayah punya kekhususan, dan ini keputusan bersama para ulama," kata Faisal.
Namun, Faisal meminta dayah tetap mengajarkan literasi digital kepada para santri.
"Santri tetap harus paham internet. Dilarang bawa ponsel bukan berarti buta teknologi," tegasnya.
Sementara itu, santri kelas tiga, Muhammad Rizki Fadillah, mengaku awalnya berat menjalani aturan serupa yang lebih dulu diterapkan di dayahnya.
"Awalnya gelisah. Tapi sekarang hafalan saya malah bertambah dua juz," ujar remaja asal Lhokseumawe itu sambil tersenyum.
Tgk Yusri berharap kesepakatan ini diikuti dayah di kabupaten lain. "Kami tidak memaksa. Silakan dayah lain menilai sendiri," pungkasnya.
(Serambinews.com/Nurul Hayati Ismail)""", [
        ("Ponsel bukan haram", "Muhammad Yusri Daud"),
        ("Ada yang tertidur saat pengajian subuh", "Muhammad Yusri Daud"),
        ("Orang tua boleh menelepon setiap sore", "Muhammad Yusri Daud"),
        ("Anak saya baru 13 tahun", "Rahmawati Zainal"),
        ("Setiap asrama ada pengasuh", "Zulkifli Hasballah"),
        ("Kami hormati", "Faisal Amri Husin"),
        ("Santri tetap harus paham internet", "Faisal Amri Husin"),
        ("Awalnya gelisah", "Muhammad Rizki Fadillah"),
        ("Kami tidak memaksa", "Muhammad Yusri Daud"),
    ], [
        ("Serambinews", "ORG"), ("Nurul Hayati Ismail", "PERSON"), ("SERAMBINEWS", "ORG"), ("MEUREUDU", "LOC"),
        ("Kabupaten Pidie Jaya", "LOC"), ("Himpunan Ulama Dayah Pidie Jaya Raya", "ORG"), ("HUDPR", "ORG"),
        ("Meureudu", "LOC"), ("Muhammad Yusri Daud", "PERSON"), ("Yusri", "PERSON"), ("Bireuen", "LOC"),
        ("Rahmawati Zainal", "PERSON"), ("Rahmawati", "PERSON"), ("Dayah Babul Ilmi Meurah Dua", "ORG"),
        ("Zulkifli Hasballah", "PERSON"), ("Dinas Pendidikan Dayah Pidie Jaya", "ORG"), ("Faisal Amri Husin", "PERSON"),
        ("Faisal", "PERSON"), ("Muhammad Rizki Fadillah", "PERSON"), ("Lhokseumawe", "LOC"),
    ]),
    ("bisnis-glued-spokesperson", "id", """\
Bisnis.com, SEMARANG – Produsen baterai kendaraan listrik asal Korea Selatan, Hanseong Energy Corporation, mulai membangun pabrik senilai US$1,1 miliar di Kawasan Industri Terpadu Batang, Jawa Tengah.Peletakan batu pertama dilakukan pada Rabu (27/2/2019) dan dihadiri sejumlah pejabat daerah.Presiden Direktur PT Hanseong Energy Indonesia Baek Min-chul mengatakan pabrik itu akan memproduksi sel baterai untuk mobil dan sepeda motor listrik."Kapasitas tahap pertama 10 gigawatt jam. Kami targetkan mulai produksi pada 2021," kata Baek.Menurutnya, Indonesia dipilih karena memiliki cadangan nikel yang besar dan pasar kendaraan yang terus tumbuh."Bahan bakunya ada di sini, pasarnya juga di sini. Tidak ada alasan untuk tidak datang," ujarnya melalui penerjemah.Pabrik itu diperkirakan menyerap 3.500 tenaga kerja lokal ketika beroperasi penuh.Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Jawa Tengah Sri Hartini Mulyaningsih menyatakan proses perizinan pabrik rampung dalam empat bulan."Kami kawal dari awal. Investor jangan sampai dipingpong dari satu meja ke meja lain," kata Sri Hartini.Juru bicara PT Hanseong Energy Indonesia yang hadir di lokasi menambahkan perusahaan akan membangun pusat pelatihan bagi teknisi lokal."Tahun depan kami kirim 200 teknisi muda ke Korea untuk belajar," kata juru bicara perusahaan.Ekonom Universitas Pandanaran Jaya Prof. Dr. Bambang Eko Susilo menilai investasi itu positif asalkan disertai alih teknologi."Yang penting ada transfer teknologi. Jangan sampai kita hanya jadi tukang rakit," kata Bambang.Ia mengingatkan pemerintah agar memastikan pasokan listrik ke kawasan industri tersebut memadai."Pabrik baterai itu rakus listrik. PLN harus siap dari sekarang," ujarnya.Kepala Desa Sawangan Lor, Warsito Adi, berharap warganya ikut menikmati kehadiran pabrik."Warga kami berharap dipekerjakan. Jangan cuma jadi penonton di desa sendiri," kata Warsito.Baek berjanji memprioritaskan warga sekitar dalam rekrutmen."Warga sekitar prioritas pertama, asalkan lulus pelatihan," kata Baek Min-chul.""", [
        ("Kapasitas tahap pertama 10 gigawatt jam", "Baek Min-chul"),
        ("Bahan bakunya ada di sini", "Baek Min-chul"),
        ("Kami kawal dari awal", "Sri Hartini Mulyaningsih"),
        ("Tahun depan kami kirim 200 teknisi", "juru bicara perusahaan"),
        ("Yang penting ada transfer teknologi", "Bambang Eko Susilo"),
        ("Pabrik baterai itu rakus listrik", "Bambang Eko Susilo"),
        ("Warga kami berharap dipekerjakan", "Warsito Adi"),
        ("Warga sekitar prioritas pertama", "Baek Min-chul"),
    ], [
        ("Bisnis", "ORG"), ("SEMARANG", "LOC"), ("Korea Selatan", "LOC"), ("Hanseong Energy Corporation", "ORG"),
        ("Kawasan Industri Terpadu Batang", "LOC"), ("Jawa Tengah", "LOC"), ("PT Hanseong Energy Indonesia", "ORG"),
        ("Baek Min-chul", "PERSON"), ("Baek", "PERSON"), ("Indonesia", "LOC"),
        ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Jawa Tengah", "ORG"),
        ("Sri Hartini Mulyaningsih", "PERSON"), ("Sri Hartini", "PERSON"), ("Korea", "LOC"),
        ("Universitas Pandanaran Jaya", "ORG"), ("Bambang Eko Susilo", "PERSON"), ("Bambang", "PERSON"), ("PLN", "ORG"),
        ("Desa Sawangan Lor", "LOC"), ("Warsito Adi", "PERSON"), ("Warsito", "PERSON"),
    ]),
    ("detik-bs4-two-irwans", "id", """\
Makassar -Pemerintah Kota Makassar menghapus tujuh trayek angkutan kota (pete-pete) yang dinilai tumpang tindih dengan rute bus Trans Mamminasata.Keputusan itu diprotes puluhan sopir yang mendatangi Balai Kota Makassar, Kamis (24/7/2025).
Para sopir pete-pete berunjuk rasa di depan Balai Kota Makassar, Kamis (24/7/2025). (Foto: Istimewa)
Sekretaris Daerah Kota Makassar, Irwan Syamsuddin Patta, menemui para sopir di halaman balai kota. Ia menjelaskan alasan penghapusan trayek tersebut.
"Trayek yang dihapus itu penumpangnya tinggal sedikit," ujarnya, "dan busnya sudah lewat di jalur yang sama setiap sepuluh menit."
Ia menjanjikan para sopir akan dialihkan menjadi pengemudi bus pengumpan yang dikelola pemkot.
"Tidak ada sopir yang kami telantarkan. Semua yang punya SIM umum bisa daftar," kata Sekda Makassar itu.
Ketua Persatuan Sopir Pete-pete Makassar (PSPM), Irwan Hamzah Tompo, menolak tawaran tersebut.
"Bus pengumpan itu gajinya berapa? Kami ini punya cicilan mobil," kata Irwan Hamzah.
Tompo mengaku sebagian besar anggotanya masih mencicil kendaraan hingga 2027.
"Kalau trayek dihapus, mobilnya mau dipakai ke mana? Dijual pun tidak laku," ujarnya.
Baca juga:Trans Mamminasata Tambah Koridor Baru ke Maros
Seorang sopir, Baharuddin, yang melayani rute dari Daya ke Pasar Sentral, mengaku penghasilannya sudah turun sejak bus beroperasi.
"Dulu sehari bisa bawa pulang Rp 150 ribu. Sekarang Rp 60 ribu saja sudah syukur," kata Baharuddin.
Patta menegaskan penghapusan trayek sudah melalui kajian panjang Dinas Perhubungan.
"Kajiannya setahun. Kami tidak mengambil keputusan dalam semalam," tegas Patta.
Pengamat transportasi dari Universitas Losari Raya, Sitti Nurhaliza Amir, menilai arah kebijakan itu benar, tetapi pelaksanaannya terlalu cepat.
"Integrasi itu bagus. Tapi sopir harus diajak bicara sejak awal, bukan setelah SK terbit," kata Sitti.
Dua tahun lalu, Sitti menulis kajian berjudul "Pete-pete di Persimpangan Jalan" yang memetakan nasib sopir angkot di kota itu.
Para sopir berjanji kembali berunjuk rasa jika tuntutan mereka tidak dijawab.
"Kalau tidak ada jawaban minggu depan, kami datang lagi dengan lebih banyak mobil," kata Ketua PSPM itu.
(asm/asm)""", [
        ("Trayek yang dihapus itu penumpangnya", "Irwan Syamsuddin Patta"),
        ("dan busnya sudah lewat di jalur yang sama", "Irwan Syamsuddin Patta"),
        ("Tidak ada sopir yang kami telantarkan", "Irwan Syamsuddin Patta"),
        ("Bus pengumpan itu gajinya berapa?", "Irwan Hamzah Tompo"),
        ("Kalau trayek dihapus, mobilnya", "Irwan Hamzah Tompo"),
        ("Dulu sehari bisa bawa pulang", "Baharuddin"),
        ("Kajiannya setahun", "Irwan Syamsuddin Patta"),
        ("Integrasi itu bagus", "Sitti Nurhaliza Amir"),
        ("Pete-pete di Persimpangan Jalan", "<no quote>"),
        ("Kalau tidak ada jawaban minggu depan", "Irwan Hamzah Tompo"),
    ], [
        ("Makassar", "LOC"), ("Pemerintah Kota Makassar", "ORG"), ("Balai Kota Makassar", "LOC"),
        ("Kota Makassar", "LOC"), ("Irwan Syamsuddin Patta", "PERSON"), ("Persatuan Sopir Pete-pete Makassar", "ORG"),
        ("PSPM", "ORG"), ("Irwan Hamzah Tompo", "PERSON"), ("Irwan Hamzah", "PERSON"), ("Tompo", "PERSON"),
        ("Baharuddin", "PERSON"), ("Daya", "LOC"), ("Pasar Sentral", "LOC"), ("Patta", "PERSON"),
        ("Dinas Perhubungan", "ORG"), ("Universitas Losari Raya", "ORG"), ("Sitti Nurhaliza Amir", "PERSON"),
        ("Sitti", "PERSON"),
    ]),
    ("en-ap-bridge-joint", "en", """\
Ohio river town loses its main bridge after inspectors find cracks

Workers place barriers at the east end of the Harlan Street Bridge in Millbrook Falls, Ohio, on Tuesday.

MILLBROOK FALLS, Ohio (AP) — A 90-year-old bridge that carries most of this river town's traffic was closed indefinitely Tuesday after inspectors found cracks in two of its steel supports, forcing thousands of residents into a 40-minute detour.

"We did not take this decision lightly. But I will not put a school bus on a bridge I do not trust," Mayor Loretta Gaines said at a news conference outside City Hall.

Gaines said the city had asked the state for emergency funds. "We need help, and we need it this spring, not next year," the mayor said.

The Ohio River Crossings Authority, which co-owns the bridge, said in a statement that its engineers would visit the site on Thursday. "The authority is committed to restoring safe access as quickly as possible," the statement said.

ADVERTISEMENT

For many residents, the closure turns a short commute into an ordeal. "I used to be at work in ten minutes. Today it took me 50," said Tomas Ribeiro, a nurse at Riverside Mercy Hospital across the river.

City officials have called the detour a "temporary inconvenience," a phrase that drew jeers at an evening meeting.

"For us it's our whole day. Nobody at City Hall drives this road twice a day," said a resident of Cedar Row, the neighborhood closest to the bridge.

Council members Rick Dunleavy and Aisha Porter, who represent the east side, said in a joint statement: "The bridge has been on the repair list for eleven years. This was not a surprise to anyone."

Dunleavy later told reporters he would push for a temporary ferry service. "People did it a hundred years ago. We can do it for a few months," he said.

Brian Kessler, a structural engineer at Ohio Valley Polytechnic who reviewed photos of the damage, said the news was not all bad. "Cracking at that location is serious, but it is repairable," Kessler said. "I would expect a repair, not a replacement, if the rest of the steel is sound."

Gaines said school buses would be rerouted starting Wednesday. Asked how long the bridge would stay shut, she replied: "Honestly? I don't know. Anybody who gives you a date today is guessing."

___

Associated Press writer Julie Marsh in Columbus contributed to this report.""", [
        ("We did not take this decision lightly", "Loretta Gaines"),
        ("We need help, and we need it this spring", "Loretta Gaines"),
        ("The authority is committed to restoring", "Ohio River Crossings Authority"),
        ("I used to be at work in ten minutes", "Tomas Ribeiro"),
        ("temporary inconvenience", "<no quote>"),
        ("For us it's our whole day", "a resident"),
        ("The bridge has been on the repair list", None),
        ("People did it a hundred years ago", "Rick Dunleavy"),
        ("Cracking at that location is serious", "Brian Kessler"),
        ("I would expect a repair", "Brian Kessler"),
        ("Honestly? I don't know", "Loretta Gaines"),
    ], [
        ("Ohio", "LOC"), ("Harlan Street Bridge", "LOC"), ("Millbrook Falls", "LOC"), ("MILLBROOK FALLS", "LOC"),
        ("AP", "ORG"), ("Loretta Gaines", "PERSON"), ("City Hall", "LOC"), ("Gaines", "PERSON"),
        ("Ohio River Crossings Authority", "ORG"), ("Tomas Ribeiro", "PERSON"), ("Riverside Mercy Hospital", "ORG"),
        ("Cedar Row", "LOC"), ("Rick Dunleavy", "PERSON"), ("Aisha Porter", "PERSON"), ("Dunleavy", "PERSON"),
        ("Brian Kessler", "PERSON"), ("Ohio Valley Polytechnic", "ORG"), ("Kessler", "PERSON"),
    ]),
    ("en-glued-university-no-cue", "en", """\
Northgate University to close modern languages school, with 40 jobs at riskBy Hannah Pryce, Education ReporterNorthgate University is to close its school of modern languages at the end of the next academic year, putting 40 jobs at risk, the university has confirmed.The vice-chancellor, Prof Dame Caroline Aske, told staff in an email on Monday that the school had lost money for six consecutive years."This is not a judgement on the quality of the teaching, which is excellent. It is a judgement on numbers," she wrote.Applications to study French, German and Spanish at the university have fallen by more than half since 2018, according to its own figures.Read more: Universities warn of deeper cuts as international numbers fallStudents were told at a meeting on Tuesday afternoon. Many left in tears, according to one second-year student, Ellie Marchetti."We chose this university because of this department. Now they're telling us we might finish our degrees with half the staff gone.""Nobody could answer a single question about our final year," said Ms Marchetti, 20, who is from Leeds.Advertisement"Closing a languages school in a port city is short-sighted. Our exporters need these graduates." The warning came from Dr Samuel Okafor-Reid, who chairs the Saltmouth Chamber of Commerce.He said local firms had already struggled to recruit staff who could speak German or Dutch."We advertise and we get nobody. This will make it worse," he said.The Academic Staff Union called the decision "cultural vandalism" and said it would ballot its members on strike action.Its branch secretary, Martin Quayle, said: "Management have known about this for months and said nothing. Staff found out from a leaked spreadsheet."A spokesman for the university said every student would be able to finish their course."We will support every student to complete their degree, and we will do everything we can to avoid compulsory redundancies," the spokesman said.Local MP Janet Hollins said she had written to Aske asking her to reconsider."Once a department like this is gone, it never comes back," Hollins said.She added that she would raise the closure with ministers."I will be asking the government what it intends to do about language teaching outside London," she said.In her email, Aske said some teaching would move into the business school."Language modules for business students will continue," she wrote.Related TopicsSaltmouthUniversities""", [
        ("This is not a judgement on the quality", "Caroline Aske"),
        ("We chose this university because", "Ellie Marchetti"),
        ("Nobody could answer a single question", "Ellie Marchetti"),
        ("Closing a languages school in a port city", "Samuel Okafor-Reid"),
        ("We advertise and we get nobody", "Samuel Okafor-Reid"),
        ("cultural vandalism", "<no quote>"),
        ("Management have known about this", "Martin Quayle"),
        ("We will support every student", "the spokesman"),
        ("Once a department like this is gone", "Janet Hollins"),
        ("I will be asking the government", "Janet Hollins"),
        ("Language modules for business students", "Caroline Aske"),
    ], [
        ("Northgate University", "ORG"), ("Hannah Pryce", "PERSON"), ("Caroline Aske", "PERSON"),
        ("Ellie Marchetti", "PERSON"), ("Marchetti", "PERSON"), ("Leeds", "LOC"), ("Samuel Okafor-Reid", "PERSON"),
        ("Saltmouth Chamber of Commerce", "ORG"), ("Academic Staff Union", "ORG"), ("Martin Quayle", "PERSON"),
        ("Janet Hollins", "PERSON"), ("Aske", "PERSON"), ("Hollins", "PERSON"), ("London", "LOC"),
    ]),
]
