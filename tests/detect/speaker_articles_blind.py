"""A blind check set for speaker attribution: 25 made-up Indonesian news articles written from
docs/guideline.md and the layout of a few development articles only, by someone who had not read the
speaker rules (annotator/detect/quotes/) nor the other made-up sets. Names, institutions and events are
invented. Each article: (name, lang, text, [(excerpt of a direct quote, expected canonical speaker or None)])."""

from __future__ import annotations

ARTICLES: list[tuple[str, str, str, list[tuple[str, str | None]]]] = [
    ("apposition-long", "id", """\
Pemkot Batu Siapkan Jalur Alternatif Saat Libur Panjang
BATU, KOMPAS.com - Pemerintah Kota Batu menyiapkan dua jalur alternatif untuk mengurai kepadatan kendaraan saat libur panjang akhir pekan ini.
"Kami sudah memasang rambu tambahan di simpang Pendem dan Junggo, petugas juga berjaga sejak pagi," kata Kepala Bidang Lalu Lintas Dinas Perhubungan Kota Batu, Rahmat Sulistiyono, Kamis (12/6/2025).
Menurut dia, kepadatan biasanya memuncak pada Sabtu siang.
"Pengendara kami imbau berangkat lebih awal dan tidak parkir di bahu jalan," ujarnya.
""", [("sudah memasang rambu tambahan", "Rahmat Sulistiyono"),
      ("Pengendara kami imbau", "Rahmat Sulistiyono")]),

    ("alias", "id", """\
Pedagang Pasar Ikan Tolak Relokasi
SURABAYA - Ratusan pedagang Pasar Ikan Pegirian menolak rencana relokasi ke gedung baru.
Koordinator paguyuban pedagang, Slamet Riyadi alias Cak Met, menyebut lokasi baru terlalu jauh dari pembeli.
"Pembeli kami itu ibu-ibu kampung sini, kalau pindah ya mereka tidak ikut," kata Cak Met di pasar, Selasa (3/6/2025).
ADVERTISEMENT
Ia meminta pemerintah kota membuka dialog sebelum menetapkan jadwal pemindahan.
"Jangan tiba-tiba ada surat, kami ini bukan barang," tutur Cak Met.
""", [("Pembeli kami itu ibu-ibu", "Slamet Riyadi"),
      ("Jangan tiba-tiba ada surat", "Slamet Riyadi")]),

    ("akrab-disapa", "id", """\
Atlet Panjat Tebing Asal Garut Raih Emas di Seoul
JAKARTA - Pemanjat tebing asal Garut, Nurhayati Salsabila yang akrab disapa Caca, meraih medali emas nomor speed pada seri Piala Dunia di Seoul.
"Saya tidak menyangka bisa menembus lima detik di final, tadi pegangan terakhir sempat licin," ujar Caca usai lomba, Minggu (8/6/2025).
Pelatih kepala timnas panjat tebing, Dodi Kurniawan, menilai hasil ini buah latihan di dinding standar baru.
"Caca paling disiplin di pelatnas, dia yang pertama datang dan terakhir pulang," kata Dodi.
Caca kini bersiap untuk seri berikutnya di Chamonix.
"Target saya tetap podium, syukur-syukur emas lagi," ucapnya.
""", [("Saya tidak menyangka bisa menembus", "Nurhayati Salsabila"),
      ("Caca paling disiplin", "Dodi Kurniawan"),
      ("Target saya tetap podium", "Nurhayati Salsabila")]),

    ("bracket-alias", "id", """\
Menteri Desa: Dana Desa Tahap Dua Cair Juli
Liputan6.com, Jakarta Menteri Desa dan Pembangunan Daerah Tertinggal Ahmad Fauzan Harahap (Gus Fauzan) memastikan dana desa tahap kedua cair pada Juli.
"Desa yang laporannya sudah lengkap langsung kami proses, tidak perlu menunggu yang lain," kata Gus Fauzan di Kantor Kemendes, Jakarta, Senin (16/6/2025).
Gus Fauzan juga meminta kepala desa melaporkan penggunaan dana secara terbuka.
"Pasang papan informasi di balai desa, biar warga tahu uangnya ke mana," ujar Fauzan.
Baca Juga: Kemendes Luncurkan Aplikasi Laporan Desa Terpadu
""", [("Desa yang laporannya sudah lengkap", "Ahmad Fauzan Harahap"),
      ("Pasang papan informasi", "Ahmad Fauzan Harahap")]),

    ("menurut-run", "id", """\
Harga Beras Premium Mulai Turun di Pasar Tradisional
BISNIS.COM, JAKARTA - Harga beras premium di sejumlah pasar tradisional mulai turun pekan ini.
Menurut Ketua Umum Asosiasi Pedagang Beras Nusantara, Hendro Wibisono, penurunan terjadi setelah panen raya di Jawa Timur.
"Pasokan dari Ngawi dan Bojonegoro sudah masuk sejak Senin, jadi harga di tingkat pengecer ikut turun," katanya.
"Kami perkirakan turunnya sekitar Rp500 per kilogram sampai akhir bulan."
Hendro menambahkan, pedagang masih menahan stok lama yang dibeli dengan harga tinggi.
""", [("Pasokan dari Ngawi", "Hendro Wibisono"),
      ("Kami perkirakan turunnya", "Hendro Wibisono")]),

    ("pronoun-chain", "id", """\
BPBD Minta Warga Bantaran Sungai Waspada
SAMARINDA - Badan Penanggulangan Bencana Daerah (BPBD) Kota Samarinda meminta warga bantaran Sungai Karang Mumus waspada menyusul hujan deras sejak dua hari terakhir.
Kepala Pelaksana BPBD Samarinda, Ridwan Tampubolon, mengatakan tinggi muka air sudah mendekati status siaga.
"Kalau hujan masih turun sampai malam, kami akan mulai mengevakuasi warga lansia," ujarnya, Rabu (11/6/2025).
Ia menyebut ada tiga posko pengungsian yang sudah disiapkan di kelurahan terdekat.
"Posko sudah ada dapur umum dan tenaga kesehatan," katanya.
Dia juga mengingatkan warga agar tidak menyeberangi arus.
"Jangan nekat, satu jengkal air deras bisa menyeret motor," ucap dia.
""", [("Kalau hujan masih turun", "Ridwan Tampubolon"),
      ("Posko sudah ada dapur umum", "Ridwan Tampubolon"),
      ("Jangan nekat", "Ridwan Tampubolon")]),

    ("named-after", "id", """\
Pemerintah Pastikan Stok BBM Aman Jelang Lebaran
JAKARTA, KOMPAS.com - Pemerintah memastikan stok bahan bakar minyak aman selama arus mudik.
"Stok solar dan bensin cukup untuk 21 hari ke depan, SPBU di jalur mudik juga kami tambah jam operasionalnya."
Hal itu ditegaskan Menteri Energi dan Sumber Daya Mineral Baskara Wiratmaja saat meninjau terminal BBM di Plumpang, Jakarta Utara, Jumat (21/3/2025).
Baskara juga meminta pemudik mengisi bahan bakar sebelum masuk tol.
"Jangan menunggu tangki kosong, antrean di rest area biasanya panjang," kata Baskara.
""", [("Stok solar dan bensin cukup", "Baskara Wiratmaja"),
      ("Jangan menunggu tangki kosong", "Baskara Wiratmaja")]),

    ("multi-paragraph", "id", """\
Rektor Unmul Lantik Dekan Baru
SAMARINDA - Rektor Universitas Mulawarman melantik lima dekan baru di Gedung Rektorat, Senin (2/6/2025).
"Saya minta para dekan tidak sibuk dengan urusan seremonial. Mahasiswa menunggu layanan yang cepat.
"Tahun ini kita juga harus menaikkan jumlah publikasi internasional, minimal dua kali lipat dari tahun lalu," kata Rektor Universitas Mulawarman, Prof. Dr. Siti Khadijah Lubis.
Pelantikan dihadiri para wakil rektor dan ketua senat.
""", [("Saya minta para dekan", "Siti Khadijah Lubis"),
      ("Tahun ini kita juga harus", "Siti Khadijah Lubis")]),

    ("seorang-warga", "id", """\
Jembatan Gantung di Cianjur Putus, Warga Memutar 5 Kilometer
CIANJUR - Jembatan gantung penghubung dua desa di Kecamatan Cibeber putus diterjang banjir, Sabtu (7/6/2025).
"Anak-anak sekarang harus memutar lewat jalan kabupaten, jauhnya lima kilometer," kata seorang warga di lokasi.
Warga lain mengaku terpaksa menyeberang dengan rakit bambu.
"Takut juga, tapi mau bagaimana lagi, ke pasar harus lewat sini," ujar seorang pedagang sayur di pasar desa.
""", [("Anak-anak sekarang harus memutar", "seorang warga"),
      ("Takut juga, tapi mau bagaimana", "seorang pedagang sayur")]),

    ("bernama", "id", """\
Sopir Truk Keluhkan Pungli di Jalur Lintas Timur
PALEMBANG - Sejumlah sopir truk mengeluhkan pungutan liar di jalur lintas timur Sumatera.
"Setiap lewat jembatan timbang kami harus keluar uang dua puluh ribu, tidak ada kuitansinya," kata seorang sopir truk bernama Joko Prasetyo saat ditemui di rest area, Kamis (5/6/2025).
Joko mengaku sudah sepuluh tahun melintasi jalur tersebut.
"Dulu malah lebih parah, sekarang mendingan," ujarnya.
""", [("Setiap lewat jembatan timbang", "Joko Prasetyo"),
      ("Dulu malah lebih parah", "Joko Prasetyo")]),

    ("handle", "id", """\
Viral Antrean Panjang Pembuatan Paspor di Kanim Depok
DEPOK - Antrean panjang pemohon paspor di Kantor Imigrasi Depok viral di media sosial.
"Datang jam lima subuh, dapat nomor 180. Ini pelayanan atau ujian kesabaran?" tulis akun @rinaputri_88 di X, Selasa (10/6/2025).
Kepala Kantor Imigrasi Depok, Yudha Pranata, menyebut lonjakan terjadi menjelang musim haji dan liburan sekolah.
"Kami tambah dua loket dan buka layanan Sabtu mulai pekan depan," kata Yudha.
""", [("Datang jam lima subuh", "@rinaputri_88"),
      ("Kami tambah dua loket", "Yudha Pranata")]),

    ("keduanya", "id", """\
Dua Peneliti Ingatkan Risiko Kekeringan di NTT
KUPANG - Peneliti iklim dari Universitas Nusa Cendana, Maria Goreti Nenobais dan Yohanes Bria, mengingatkan risiko kekeringan panjang di Nusa Tenggara Timur.
"Curah hujan tahun ini di bawah normal, petani sebaiknya menanam varietas yang tahan kering," kata keduanya dalam diskusi daring, Rabu (4/6/2025).
Maria menambahkan, pemerintah daerah perlu menyiapkan embung di desa-desa rawan.
"Embung kecil di tiap dusun jauh lebih berguna daripada satu bendungan besar," ujar Maria.
""", [("Curah hujan tahun ini di bawah normal", None),
      ("Embung kecil di tiap dusun", "Maria Goreti Nenobais")]),

    ("glued-baca-juga", "id", """\
Dishub Uji Coba Bus Listrik di Kota Medan
MEDAN - Dinas Perhubungan Kota Medan menguji coba tiga bus listrik di koridor Lapangan Merdeka-Amplas.Baca Juga: Tarif Parkir di Medan Naik Mulai Juli"Selama sebulan uji coba ini penumpang tidak dipungut biaya," kata Kepala Dinas Perhubungan Kota Medan, Erwin Saragih, Senin (9/6/2025).Erwin berharap warga mencoba bus listrik tersebut.
"Kalau responsnya bagus, tahun depan kami tambah lima koridor," ujar Erwin.
""", [("Selama sebulan uji coba ini", "Erwin Saragih"),
      ("Kalau responsnya bagus", "Erwin Saragih")]),

    ("alternating", "id", """\
Debat Kandidat Wali Kota Padang Memanas
PADANG - Debat kedua calon wali kota Padang berlangsung panas, Jumat (13/6/2025) malam.
Calon nomor urut satu, Fadli Rasyid, menyoroti banjir yang terus berulang di pusat kota.
"Drainase kita dibangun zaman Belanda, sudah waktunya dirombak total," kata Fadli.
Calon nomor urut dua, Andreas Situmorang, menilai masalahnya ada pada sampah.
"Drainase sebesar apa pun akan mampet kalau sampahnya tidak diurus," ujar Andreas.
Fadli lalu membalas bahwa keduanya harus dikerjakan bersamaan.
"Saya tidak bilang sampah tidak penting, tapi pipanya juga harus diganti," tutur Fadli.
"Kalau begitu kita sepakat," sahut Andreas disambut tawa penonton.
""", [("Drainase kita dibangun", "Fadli Rasyid"),
      ("Drainase sebesar apa pun", "Andreas Situmorang"),
      ("Saya tidak bilang sampah", "Fadli Rasyid"),
      ("Kalau begitu kita sepakat", "Andreas Situmorang")]),

    ("police-rank", "id", """\
Polisi Tangkap Pelaku Curanmor di Cengkareng
JAKARTA - Polisi menangkap dua pelaku pencurian sepeda motor di kawasan Cengkareng, Jakarta Barat.
"Kedua pelaku sudah beraksi di sebelas lokasi, barang bukti lima motor kami sita," kata Kapolsek Cengkareng, Kompol Bambang Hermawan, kepada wartawan, Selasa (17/6/2025).
Bambang menyebut pelaku menjual motor curian ke wilayah Banten.
"Kami masih memburu penadahnya," ucap Bambang.
(Ant/R-2)
""", [("Kedua pelaku sudah beraksi", "Bambang Hermawan"),
      ("Kami masih memburu penadahnya", "Bambang Hermawan")]),

    ("regional-title", "id", """\
Bupati Wonosobo Larang ASN Pakai Mobil Dinas untuk Mudik
WONOSOBO - Bupati Wonosobo Teguh Santoso melarang aparatur sipil negara memakai mobil dinas untuk mudik.
"Mobil dinas itu untuk pelayanan, bukan untuk pulang kampung," kata Bupati Wonosobo Teguh Santoso di pendopo kabupaten, Rabu (26/3/2025).
Ia meminta inspektorat memeriksa kendaraan dinas setelah libur.
"Kalau ketahuan, sanksinya tegas," jelasnya.
""", [("Mobil dinas itu untuk pelayanan", "Teguh Santoso"),
      ("Kalau ketahuan, sanksinya tegas", "Teguh Santoso")]),

    ("degrees", "id", """\
Kasus DBD Meningkat, Dinkes Minta Warga Gencarkan 3M
YOGYAKARTA - Kasus demam berdarah di Kabupaten Bantul meningkat dua kali lipat dibanding tahun lalu.
Kepala Dinas Kesehatan Bantul, dr. Agus Budi Raharjo, M.Kes., mengatakan sebagian besar pasien adalah anak usia sekolah.
"Bak mandi dan tempat minum burung sering jadi sarang jentik, itu yang sering terlewat," kata Agus.
Menurutnya, fogging hanya dilakukan bila ada kasus di satu lingkungan.
"Fogging itu membunuh nyamuk dewasa saja, jentiknya tetap hidup," tambah dia.
""", [("Bak mandi dan tempat minum burung", "Agus Budi Raharjo"),
      ("Fogging itu membunuh nyamuk", "Agus Budi Raharjo")]),

    ("glued-verb", "id", """\
Harga Tiket Pesawat Rute Jawa-Bali Naik
DENPASAR - Harga tiket pesawat rute Jawa-Bali naik menjelang libur sekolah.
General Manager Bandara Ngurah Rai, Sri Wulandarimengatakan jumlah penumpang diperkirakan naik 15 persen.
"Kami sudah koordinasi dengan maskapai untuk menambah penerbangan tambahan," kata Wulandari, Senin (23/6/2025).
Wulandari juga mengingatkan calon penumpang datang tiga jam sebelum keberangkatan.
""", [("Kami sudah koordinasi dengan maskapai", "Sri Wulandari")]),

    ("interrupted", "id", """\
Festival Kopi Gayo Digelar Akhir Pekan
TAKENGON - Festival Kopi Gayo kembali digelar di Lapangan Musara Alun, Takengon.
"Tahun ini ada 120 petani yang ikut lelang," kata Ketua Panitia Festival, Irwansyah Gayo, "dan untuk pertama kalinya pembeli dari Korea datang langsung."
Irwansyah berharap harga kopi petani ikut terangkat.
""", [("Tahun ini ada 120 petani", "Irwansyah Gayo"),
      ("untuk pertama kalinya pembeli dari Korea", "Irwansyah Gayo")]),

    ("organisation", "id", """\
Koalisi Sipil Kritik Revisi Aturan Penyiaran
JAKARTA - Koalisi Masyarakat Sipil untuk Kebebasan Pers (KMSKP) mengkritik draf revisi aturan penyiaran.
"Draf ini membuka jalan bagi sensor terhadap liputan investigasi dan harus ditarik," demikian pernyataan KMSKP yang diterima redaksi, Kamis (19/6/2025).
Juru bicara koalisi, Lestari Anggraini, mengatakan koalisi akan mengirim surat ke DPR.
"Kami minta rapat dengar pendapat yang terbuka," kata Lestari.
""", [("Draf ini membuka jalan bagi sensor", "Koalisi Masyarakat Sipil untuk Kebebasan Pers"),
      ("Kami minta rapat dengar pendapat", "Lestari Anggraini")]),

    ("role-then-named", "id", """\
Guru Honorer di Lebak Mengajar di Tiga Sekolah
LEBAK - Seorang guru honorer di Kabupaten Lebak harus mengajar di tiga sekolah sekaligus setiap pekan.
"Senin dan Selasa di SD, Rabu sampai Jumat di dua SMP yang berbeda," kata guru tersebut.
Guru bernama Ratna Dewi Maharani itu sudah dua belas tahun menjadi honorer.
"Gaji saya masih di bawah satu juta, tapi anak-anak butuh guru," ujarnya.
""", [("Senin dan Selasa di SD", "Ratna Dewi Maharani"),
      ("Gaji saya masih di bawah", "Ratna Dewi Maharani")]),

    ("initials", "id", """\
Ekonom: Daya Beli Kelas Menengah Melemah
JAKARTA - Ekonom Lembaga Kajian Ekonomi Rakyat, M. Taufik Hidayat, menilai daya beli kelas menengah terus melemah.
"Tabungan kelas menengah dipakai untuk konsumsi sehari-hari, itu tanda bahaya," kata Taufik dalam diskusi di Jakarta, Selasa (10/6/2025).
Ia menyarankan pemerintah menunda kenaikan pajak.
"Waktunya tidak tepat," tegas Taufik Hidayat.
""", [("Tabungan kelas menengah", "M. Taufik Hidayat"),
      ("Waktunya tidak tepat", "M. Taufik Hidayat")]),

    ("balinese", "id", """\
Subak di Tabanan Terancam Alih Fungsi Lahan
TABANAN - Ratusan hektare sawah subak di Tabanan beralih fungsi menjadi vila dalam lima tahun terakhir.
Pekaseh Subak Jatiluwih, I Nyoman Sutarja, mengaku khawatir sistem irigasi tradisional ikut hilang.
"Kalau sawah di hulu jadi vila, air untuk sawah di hilir juga terganggu," kata Sutarja, Jumat (6/6/2025).
Anggota DPRD Bali, Ni Luh Putu Ariani, berjanji membawa masalah ini ke rapat komisi.
"Perda perlindungan subak harus segera dibahas," ujar Ariani.
""", [("Kalau sawah di hulu jadi vila", "I Nyoman Sutarja"),
      ("Perda perlindungan subak", "Ni Luh Putu Ariani")]),

    ("sapaan-akrab", "id", """\
Kiai Muda Ajak Santri Melek Digital
KEDIRI - Pengasuh Pondok Pesantren Al-Falah Kediri, Muhammad Zainul Arifin, mengajak santri memanfaatkan media sosial untuk berdakwah.
Gus Zainul, sapaan akrab Muhammad Zainul Arifin, menyebut santri harus mengisi ruang digital dengan konten yang sejuk.
"Kalau santri diam, ruang itu akan diisi orang lain," kata Gus Zainul di Kediri, Sabtu (14/6/2025).
Simak Video: Santri Kediri Belajar Membuat Konten Dakwah
Ia juga meminta santri tetap menjaga adab.
"Adab dulu, baru viral," pungkasnya.
""", [("Kalau santri diam", "Muhammad Zainul Arifin"),
      ("Adab dulu, baru viral", "Muhammad Zainul Arifin")]),

    ("three-speakers", "id", """\
Warga Keluhkan Bau Sampah dari TPA Sarimukti
BANDUNG BARAT - Warga sekitar TPA Sarimukti mengeluhkan bau sampah yang makin menyengat.
"Kalau malam baunya sampai ke dalam kamar, anak saya sering batuk," ungkap Entin Kartini, warga Desa Sarimukti, Rabu (18/6/2025).
ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT
Kepala UPTD Pengelolaan Sampah Jawa Barat, Hadi Nugroho Sastrowardoyo, mengakui volume sampah melebihi kapasitas.
"Kami sedang menyiapkan sel baru dan menambah tanah penutup setiap hari," jelas Hadi.
Sementara itu, pegiat lingkungan dari Walhi Jawa Barat, Dwi Astuti Ramadhani, menilai persoalan ada di hulu.
"Selama sampah tidak dipilah dari rumah, TPA mana pun akan penuh," kata Dwi.
Entin berharap ada pemeriksaan kesehatan gratis bagi warga.
"Minimal puskesmas keliling datang sebulan sekali," tuturnya.
""", [("Kalau malam baunya sampai", "Entin Kartini"),
      ("Kami sedang menyiapkan sel baru", "Hadi Nugroho Sastrowardoyo"),
      ("Selama sampah tidak dipilah", "Dwi Astuti Ramadhani"),
      ("Minimal puskesmas keliling", "Entin Kartini")]),
]
