"""Made-up Indonesian news mini-articles (our own words, no publisher text) with the speaker of every direct
quote, in order, as ``docs/guideline.md`` names it: a check set for speaker attribution on text no detector
rule was tuned on. Each article mixes several attribution patterns the way real reports do."""

from __future__ import annotations

ARTICLES: list[tuple[str, str, list[str | None]]] = [
    ("alias-and-pronoun-chain",
     "JAKARTA - Mantan Gubernur Jawa Timur Soekarwo Hadinoto alias Pakde Karwo hadir dalam diskusi publik di "
     "Jakarta, Selasa (3/6/2025).\n"
     "Pakde Karwo menilai otonomi daerah perlu dievaluasi setelah dua puluh tahun berjalan.\n"
     '"Banyak kewenangan yang tumpang tindih antara provinsi dan kabupaten," kata Pakde Karwo.\n'
     "Menurutnya, pemerintah pusat harus berani menata ulang pembagian kewenangan itu.\n"
     '"Kalau tidak, investor bingung harus mengurus izin ke mana," ujarnya.\n'
     "Diskusi tersebut juga menghadirkan pengamat kebijakan publik Universitas Airlangga, Dian Puspitasari.\n"
     '"Evaluasi harus berbasis data, bukan selera politik," ucap Dian.',
     ["Soekarwo Hadinoto", "Soekarwo Hadinoto", "Dian Puspitasari"]),
    ("nickname-disapa",
     "Warga Kampung Pulo kembali terendam banjir setinggi satu meter sejak Minggu malam.\n"
     "Ketua RT setempat, Muhammad Yusuf yang akrab disapa Bang Ucup, mengatakan air datang tiba-tiba.\n"
     '"Jam dua pagi air sudah masuk rumah, kami tidak sempat menyelamatkan barang," kata Bang Ucup.\n'
     "Ia berharap pemerintah segera menuntaskan normalisasi sungai.\n"
     '"Setiap tahun janjinya sama saja," tuturnya.\n'
     '"Kami sudah kirim dua perahu karet dan tim dapur umum," ujar Kepala Pelaksana BPBD DKI Jakarta, Isnawa '
     "Adji, saat dikonfirmasi.",
     ["Muhammad Yusuf", "Muhammad Yusuf", "Isnawa Adji"]),
    ("long-apposition",
     "Pemerintah memperpanjang masa berlaku diskon tiket pesawat hingga akhir Juli.\n"
     '"Diskon berlaku untuk semua maskapai yang melayani rute domestik," kata Direktur Jenderal Perhubungan Udara '
     "Kementerian Perhubungan Republik Indonesia, Lukman Fadillah Rahman, di Jakarta, Kamis (5/6/2025).\n"
     "Lukman menambahkan, kuota kursi diskon dibatasi sepuluh persen per penerbangan.\n"
     '"Masyarakat diminta membeli tiket lebih awal," ujarnya.\n'
     "Sementara itu, Vice President Corporate Communication PT Angkasa Pura Indonesia, Rina Marlina, memastikan "
     "bandara siap melayani lonjakan penumpang.\n"
     '"Kami menambah petugas di semua terminal," kata Rina.',
     ["Lukman Fadillah Rahman", "Lukman Fadillah Rahman", "Rina Marlina"]),
    ("role-nouns-and-handle",
     "Antrean panjang terlihat di SPBU Jalan Pemuda sejak pukul enam pagi.\n"
     '"Sudah dua jam saya menunggu di sini," kata seorang pengemudi ojek daring.\n'
     '"Stok solar memang terlambat datang," ujar petugas SPBU yang enggan disebut namanya.\n'
     "Keluhan juga ramai di media sosial.\n"
     '"Tolong pemerintah segera turun tangan, ini sudah tiga hari," tulis akun @warga_pemuda di X.\n'
     "Area Manager Communication Pertamina Patra Niaga Jawa Bagian Tengah, Taufiq Kurniawan, menyebut pasokan "
     "normal kembali pada sore hari.\n"
     '"Keterlambatan terjadi karena kapal tertahan cuaca," katanya.',
     ["seorang pengemudi ojek daring", "petugas SPBU", "@warga_pemuda", "Taufiq Kurniawan"]),
    ("menurut-run",
     "Menurut ekonom senior Indef, Faisal Nugroho, pelemahan rupiah masih akan berlanjut hingga akhir bulan.\n"
     '"Tekanan dari luar negeri belum mereda," ujarnya.\n'
     '"Bank sentral perlu menjaga cadangan devisa," lanjut dia.\n'
     "Pendapat berbeda disampaikan Kepala Ekonom Bank Nusantara, Andreas Wijaya.\n"
     '"Fundamental kita cukup kuat, jadi tidak perlu panik," kata Andreas.\n'
     '"Inflasi juga terkendali di bawah tiga persen," imbuhnya.',
     ["Faisal Nugroho", "Faisal Nugroho", "Andreas Wijaya", "Andreas Wijaya"]),
    ("pronoun-across-paragraphs",
     "Bupati Sleman Harda Kiswaya meresmikan pasar rakyat di Kecamatan Depok, Sabtu.\n"
     "Pasar itu dibangun dengan dana Rp 12 miliar dari anggaran daerah.\n"
     '"Pasar ini harus bersih dan nyaman, supaya pembeli betah," kata Harda.\n'
     "Dia juga meminta pedagang tidak menaikkan harga sewa kios.\n"
     "Harda menyebut pemerintah akan mengawasi pengelolaan pasar setiap bulan.\n"
     '"Kalau ada pungutan liar, laporkan langsung ke saya," tegasnya.\n'
     "Salah satu pedagang, Sumiyati, mengaku senang dengan bangunan baru itu.\n"
     '"Dulu kalau hujan becek, sekarang sudah bagus," katanya.',
     ["Harda Kiswaya", "Harda Kiswaya", "Sumiyati"]),
    ("relative-clause-not-subject",
     "Polisi menangkap seorang pria berinisial AS yang diduga mencuri sepeda motor di parkiran kampus.\n"
     "Kapolsek Bulaksumur Kompol Agus Salim mengatakan pelaku ditangkap di rumahnya.\n"
     '"Pelaku sudah mengincar korban sejak seminggu sebelumnya," kata Agus.\n'
     "Polisi juga memeriksa Rizky Ananda yang dilaporkan kehilangan motor pada Senin.\n"
     '"Barang bukti akan kami kembalikan setelah proses penyidikan," ujarnya.',
     ["Agus Salim", "Agus Salim"]),
    ("channel-title-is-no-name",
     "Artis Raffi Ahmad buka suara soal kabar dirinya akan pensiun dari dunia hiburan.\n"
     "Hal itu disampaikan Raffi dalam kanal YouTube Rans Family Official, Minggu (8/6/2025).\n"
     '"Saya belum kepikiran berhenti, masih banyak yang mau dikerjakan," kata Raffi.\n'
     "Raffi juga menyinggung soal kesehatannya yang sempat menurun.\n"
     '"Sekarang sudah jauh lebih baik, terima kasih doanya," ucapnya.',
     ["Raffi Ahmad", "Raffi Ahmad"]),
    ("first-name-and-surname",
     "Wakil Ketua DPR Bambang Sutrisno Adiwijaya menanggapi rencana kenaikan tarif listrik.\n"
     '"Kenaikan tarif harus mempertimbangkan daya beli masyarakat," kata Bambang.\n'
     "Anggota Komisi VII Retno Ayu Lestari sependapat dengan pimpinannya.\n"
     '"Jangan sampai rakyat kecil yang menanggung beban," ujar Lestari.\n'
     '"Kami akan memanggil PLN pekan depan," kata Adiwijaya menambahkan.',
     ["Bambang Sutrisno Adiwijaya", "Retno Ayu Lestari", "Bambang Sutrisno Adiwijaya"]),
    ("organisation-statement",
     "Komisi Nasional Hak Asasi Manusia (Komnas HAM) menyoroti penggusuran paksa di kawasan pesisir.\n"
     '"Penggusuran tanpa dialog melanggar hak warga atas tempat tinggal," demikian pernyataan Komnas HAM, '
     "Rabu.\n"
     "Ketua Komnas HAM, Anis Hidayah, meminta pemerintah daerah menghentikan pembongkaran.\n"
     '"Kami akan turun ke lokasi minggu ini," kata Anis.',
     ["Komisi Nasional Hak Asasi Manusia", "Anis Hidayah"]),
    ("speaker-first-then-ia",
     "Kepala Sekolah SMP Negeri 5 Bandung, Sri Wahyuningsih, menuturkan, "
     '"Sistem zonasi membuat sekolah kami kekurangan murid."\n'
     'Ia menambahkan, "Tahun ini hanya terisi enam kelas dari sembilan kelas yang tersedia."\n'
     'Orang tua murid, Dedi Kurnia, berpendapat lain. "Anak saya justru lebih dekat ke sekolah," katanya.',
     ["Sri Wahyuningsih", "Sri Wahyuningsih", "Dedi Kurnia"]),
    ("police-rank-and-title",
     "Kapolres Metro Jakarta Selatan Kombes Pol Ade Rahmat Idnal memastikan arus lalu lintas di kawasan Blok M "
     "kembali normal.\n"
     '"Personel kami siagakan di sepuluh titik rawan," ujar Ade Rahmat kepada wartawan.\n'
     "Kasat Lantas AKBP Nurma Dewi menambahkan, rekayasa lalu lintas berlaku sampai Minggu.\n"
     '"Pengendara diminta mencari jalur alternatif," kata Nurma.',
     ["Ade Rahmat Idnal", "Nurma Dewi"]),
    ("sementara-itu-and-alternating",
     "Rapat paripurna DPRD Kota Medan membahas rancangan peraturan daerah tentang parkir.\n"
     "Ketua Fraksi Partai Nasional, Hasan Basri Lubis, menilai tarif parkir baru terlalu mahal.\n"
     '"Tarif naik dua kali lipat tanpa perbaikan layanan," kata Hasan.\n'
     "Sementara itu, Kepala Dinas Perhubungan Kota Medan, Iswar Siregar, membantah anggapan tersebut.\n"
     '"Tarif ini sudah melalui kajian," ujar Iswar.\n'
     '"Pendapatan parkir juga untuk perbaikan jalan," tambahnya.\n'
     "Hasan tetap menolak.\n"
     '"Kajiannya tidak pernah dibuka ke publik," tegas Hasan.',
     ["Hasan Basri Lubis", "Iswar Siregar", "Iswar Siregar", "Hasan Basri Lubis"]),
    ("bracketed-nickname",
     "Menteri Koordinator Bidang Pangan Zulkifli Hasan (Zulhas) meninjau harga beras di Pasar Induk Cipinang.\n"
     '"Harga beras medium mulai turun," kata Zulhas.\n'
     "Zulhas didampingi Direktur Utama Perum Bulog Wahyu Suparyono.\n"
     '"Stok Bulog saat ini 4 juta ton," ujar Wahyu.',
     ["Zulkifli Hasan", "Wahyu Suparyono"]),
    ("beliau-and-dia",
     "Tokoh agama KH Abdurrahman Saleh mengimbau warga menjaga kerukunan menjelang pilkada.\n"
     '"Beda pilihan itu biasa, jangan sampai bermusuhan," kata beliau.\n'
     "Imbauan itu disampaikan Abdurrahman dalam pengajian akbar di Masjid Agung, Jumat malam.\n"
     '"Pilkada hanya lima tahun sekali, persaudaraan selamanya," ujar dia.',
     ["Abdurrahman Saleh", "Abdurrahman Saleh"]),
    ("moderator-and-participant",
     "Debat kandidat wali kota digelar di Gedung Serbaguna, Kamis malam.\n"
     '"Waktu untuk masing-masing kandidat tiga menit," ujar moderator.\n'
     "Kandidat nomor urut satu, Yudi Prasetyo, langsung menyinggung soal sampah.\n"
     '"Sampah adalah masalah utama kota ini," kata Yudi.\n'
     '"Setuju, tapi solusinya harus realistis," balas kandidat nomor urut dua, Maria Ulfa.',
     ["moderator", "Yudi Prasetyo", "Maria Ulfa"]),
    ("channel-name-after-a-mononym",
     "Penyanyi dangdut Inul mengaku sempat dirawat di rumah sakit selama sepekan.\n"
     "Cerita itu ia sampaikan di kanal YouTube Inul Vizta Official yang tayang Senin (9/6/2025).\n"
     '"Awalnya cuma demam, lama-lama tidak bisa bangun," kata Inul.\n'
     '"Sekarang sudah sehat, sudah bisa manggung lagi," ujarnya sambil tertawa.',
     ["Inul", "Inul"]),
    ("undeclared-short-first-name",
     "Anggota DPRD DKI Jakarta Hardiman Kenneth Wijaya mendorong pemerintah provinsi menambah klinik hewan.\n"
     '"Pemilik hewan di Jakarta terus bertambah," kata Kent di Gedung DPRD, Selasa.\n'
     '"Klinik yang ada sekarang tidak cukup," lanjut Kent.',
     ["Hardiman Kenneth Wijaya", "Hardiman Kenneth Wijaya"]),
    ("hal-senada-and-kepada-wartawan",
     "Harga telur ayam di Pasar Kosambi naik menjadi Rp 32.000 per kilogram.\n"
     "Kepada wartawan, Kepala Dinas Perdagangan Kota Bandung Elly Wasliah menjelaskan kenaikan dipicu pakan.\n"
     '"Harga jagung pakan naik sejak bulan lalu," katanya.\n'
     "Hal senada disampaikan Ketua Asosiasi Peternak Layer Jawa Barat, Ahmad Dawami.\n"
     '"Peternak kecil paling terpukul," ujarnya.\n'
     '"Kalau begini terus, banyak yang gulung tikar," tambah Dawami.',
     ["Elly Wasliah", "Ahmad Dawami", "Ahmad Dawami"]),
    ("dikonfirmasi-membenarkan",
     "Seorang siswa sekolah dasar di Bekasi dilaporkan hilang sejak Kamis sore.\n"
     "Saat dikonfirmasi, Kapolsek Tambun Selatan AKP Wuryanto membenarkan laporan tersebut.\n"
     '"Anggota kami sudah menyisir lokasi terakhir korban terlihat," kata Wuryanto.\n'
     "Ibu korban, Siti Nurjanah, berharap anaknya segera ditemukan.\n"
     '"Saya mohon siapa pun yang melihat anak saya segera menghubungi polisi," ucapnya sambil menangis.',
     ["Wuryanto", "Siti Nurjanah"]),
    ("company-with-persero",
     '"Okupansi kereta selama libur panjang mencapai 95 persen," kata Direktur Utama PT Kereta Api Indonesia '
     "(Persero) Didiek Hartantyo di Stasiun Gambir, Jakarta, Jumat (6/6/2025).\n"
     "Didiek mengatakan perjalanan tambahan disiapkan untuk arus balik.\n"
     '"Kami tambah 30 perjalanan setiap hari," ujar Didiek.',
     ["Didiek Hartantyo", "Didiek Hartantyo"]),
    ("role-refers-back",
     "Ketua DPP PDI Perjuangan Puan Maharani menanggapi wacana koalisi besar.\n"
     '"Semua partai boleh saja berwacana," kata Puan.\n'
     "Menurut Puan, keputusan koalisi tetap berada di tangan ketua umum partai.\n"
     '"Kami menunggu arahan Ibu Ketua Umum," kata politikus PDI Perjuangan itu.',
     ["Puan Maharani", "Puan Maharani"]),
    ("academic-titles",
     "Guru Besar Fakultas Kedokteran Universitas Indonesia Prof. Dr. dr. Ari Fahrial Syam, Sp.PD-KGEH, MMB "
     "mengingatkan bahaya makanan pedas berlebihan.\n"
     '"Lambung bisa luka kalau terlalu sering makan pedas," ujar Ari.\n'
     '"Minum air putih yang cukup," pesannya.',
     ["Ari Fahrial Syam", "Ari Fahrial Syam"]),
    ("instagram-post",
     "Presiden Prabowo Subianto mengucapkan selamat kepada tim nasional sepak bola yang lolos ke putaran final.\n"
     '"Terima kasih, Garuda, kalian membanggakan bangsa," tulis Prabowo di akun Instagram pribadinya, Rabu.\n'
     "Pelatih timnas, Patrick Kluivert, juga bersyukur atas hasil itu.\n"
     '"Para pemain bekerja sangat keras," kata Kluivert.',
     ["Prabowo Subianto", "Patrick Kluivert"]),
    ("sekda-with-acronym",
     "Pemerintah Kota Bandung menutup sementara Jalan Asia Afrika untuk perbaikan drainase.\n"
     '"Penutupan berlangsung dua minggu," ujar Sekretaris Daerah (Sekda) Kota Bandung Ema Sumarna di Balai '
     "Kota, Senin.\n"
     "Ema meminta warga memaklumi kemacetan selama perbaikan.\n"
     '"Ini untuk mencegah banjir saat musim hujan," katanya.',
     ["Ema Sumarna", "Ema Sumarna"]),
    ("interleaved-object-person",
     "Jaksa Penuntut Umum Rudi Hermawan membacakan tuntutan terhadap terdakwa Bagus Santoso di Pengadilan "
     "Negeri Surabaya, Kamis.\n"
     '"Terdakwa terbukti menerima suap Rp 2 miliar," kata Rudi.\n'
     "Rudi menuntut Bagus dengan hukuman delapan tahun penjara.\n"
     '"Tuntutan ini sudah mempertimbangkan hal yang meringankan," ujarnya.\n'
     "Kuasa hukum terdakwa, Lilis Suryani, menyatakan akan mengajukan pembelaan.\n"
     '"Klien kami hanya menjalankan perintah atasan," kata Lilis.',
     ["Rudi Hermawan", "Rudi Hermawan", "Lilis Suryani"]),
    ("warga-named-later",
     "Puluhan rumah di Desa Sukamaju rusak diterjang angin puting beliung, Minggu sore.\n"
     '"Anginnya berputar kencang sekali, atap rumah saya terbang," kata Suparman, warga RT 03.\n'
     "Kepala Desa Sukamaju, Jajang Nurjaman, mengatakan bantuan darurat sudah didistribusikan.\n"
     '"Kami dirikan tenda untuk warga yang rumahnya rusak berat," ujar Jajang.',
     ["Suparman", "Jajang Nurjaman"]),
    ("menurut-dia-then-name",
     "Pengamat transportasi Djoko Setijowarno menilai tarif ojek daring perlu diatur ulang.\n"
     "Menurut dia, pengemudi saat ini menanggung potongan aplikasi yang terlalu besar.\n"
     '"Potongan 20 persen itu memberatkan," ujar Djoko.\n'
     '"Pemerintah harus berani menegur aplikator," tegasnya.',
     ["Djoko Setijowarno", "Djoko Setijowarno"]),
    ("scraped-one-line-with-teaser",
     "Liputan6.com, Surabaya -Wali Kota Surabaya,Eri Cahyadimengatakan pemkot akan menambah 20 bus kota tahun "
     "ini.  Baca Juga  “Kami ingin warga beralih ke transportasi umum,” kata Eri di Balai Kota, Senin "
     "(2/6/2025).  Advertisement  Menurut Eri, tarif bus tetap Rp 5.000 untuk semua rute.  “Tidak ada "
     "kenaikan tarif sampai akhir tahun,” ujarnya.  Anggota Komisi C DPRD Surabaya, Aning Rahmawati, "
     "mendukung rencana itu.  “Tapi halte juga harus diperbaiki,” kata Aning.",
     ["Eri Cahyadi", "Eri Cahyadi", "Aning Rahmawati"]),
    ("multi-paragraph-quote",
     "Ketua Umum Kadin Indonesia Anindya Bakrie memaparkan tiga tantangan dunia usaha tahun depan.\n"
     "“Pertama, suku bunga yang masih tinggi. Kedua, permintaan global yang melemah.\n"
     "“Ketiga, kepastian hukum yang perlu terus diperbaiki,” ujar Anindya di Jakarta, Rabu.\n"
     "Ia optimistis ekonomi tetap tumbuh lima persen.\n"
     "“Konsumsi rumah tangga masih kuat,” katanya.",
     ["Anindya Bakrie", "Anindya Bakrie", "Anindya Bakrie"]),
    ("quote-then-name-with-title-glued",
     "\"Pendaftaran dibuka mulai 1 Juli secara daring,\" kata Kepala Dinas Pendidikan Provinsi Jawa Tengah "
     "Sadimin kepadaKompas.com, Selasa.\n"
     "Sadimin menyebut kuota jalur zonasi tahun ini 50 persen.\n"
     "\"Orang tua jangan percaya calo,\" tegas Sadimin.\n"
     "Pengamat pendidikan Universitas Negeri Semarang, Edi Subkhan, menilai sistem itu masih bermasalah.\n"
     "\"Sekolah favorit tetap jadi rebutan,\" ujarnya.",
     ["Sadimin", "Sadimin", "Edi Subkhan"]),
    ("two-people-one-paragraph",
     "Wakil Menteri Luar Negeri Arrmanatha Nasir dan Duta Besar Jepang Masaki Yasushi membuka pameran budaya di "
     "Jakarta, Sabtu.\n"
     "\"Hubungan kedua negara sudah berjalan 67 tahun,\" kata Arrmanatha.\n"
     "\"Jepang ingin memperluas kerja sama di bidang energi,\" ujar Yasushi.\n"
     "\"Kita sambut baik,\" timpal Arrmanatha.",
     ["Arrmanatha Nasir", "Masaki Yasushi", "Arrmanatha Nasir"]),
    ("single-quotes-and-beliau",
     "Gubernur Nusa Tenggara Barat Rahmat Hidayat Saleh menghadiri festival tenun di Lombok Tengah.\n"
     "'Tenun adalah identitas kita, harus dijaga anak muda,' kata Rahmat.\n"
     "Beliau juga meminta pemerintah kabupaten membantu pemasaran kain tenun.\n"
     "'Jangan sampai penenun kita menjual murah ke tengkulak,' ujar beliau.",
     ["Rahmat Hidayat Saleh", "Rahmat Hidayat Saleh"]),
    ("sapaan-akrab-before",
     "Warga Aceh menyambut kedatangan Mualem, sapaan akrab Muzakir Manaf, di Lhokseumawe, Jumat.\n"
     "\"Saya akan menepati janji kampanye,\" kata Mualem di hadapan ribuan warga.\n"
     "Wakilnya, Fadhlullah, menambahkan program beasiswa segera dibuka.\n"
     "\"Pendaftaran bulan depan,\" ucap Fadhlullah.",
     ["Muzakir Manaf", "Fadhlullah"]),
    ("speaker-before-colon",
     "Dalam rapat kerja dengan Komisi IV DPR, Menteri Pertanian Andi Amran Sulaiman menyampaikan target swasembada.\n"
     "Amran mengatakan: \"Tahun depan kita tidak impor beras lagi.\"\n"
     "Anggota Komisi IV Daniel Johan mempertanyakan target itu.\n"
     "Daniel berkata, \"Datanya harus jelas dulu, jangan sampai meleset.\"",
     ["Andi Amran Sulaiman", "Daniel Johan"]),
    ("reporter-question-and-answer",
     "Pelatih Persib Bandung Bojan Hodak puas dengan kemenangan timnya atas Persija.\n"
     "\"Pemain bermain disiplin selama 90 menit,\" kata Bojan seusai laga.\n"
     "Ditanya soal cedera kapten tim Marc Klok, Bojan belum bisa memastikan.\n"
     "\"Kita tunggu hasil pemeriksaan dokter,\" ujarnya.",
     ["Bojan Hodak", "Bojan Hodak"]),
    ("quote-first-speaker-after",
     "\"Kami tidak akan menaikkan harga BBM bersubsidi tahun ini.\" Hal itu ditegaskan Menteri Energi dan Sumber "
     "Daya Mineral Bahlil Lahadalia di Istana Kepresidenan, Jakarta, Senin (2/6/2025).\n"
     "Bahlil menyebut subsidi energi tahun ini mencapai Rp 200 triliun.\n"
     "\"Anggarannya cukup,\" katanya.",
     ["Bahlil Lahadalia", "Bahlil Lahadalia"]),
    ("pria-yang-akrab-disapa",
     "Agus Salim Hutapea sudah dua puluh tahun berjualan bakso di depan Stasiun Bogor.\n"
     "\"Dulu sehari bisa habis 300 mangkuk,\" kata pria yang akrab disapa Ucok itu.\n"
     "Kini, menurut Ucok, pembeli berkurang karena banyak pilihan makanan daring.\n"
     "\"Sekarang 100 mangkuk saja sudah syukur,\" ujar Ucok.",
     ["Agus Salim Hutapea", "Agus Salim Hutapea"]),
    ("wanita-berusia-and-ibu",
     "Banjir rob kembali menggenangi permukiman di Muara Angke, Jakarta Utara.\n"
     "Salah satu warga, Sri Rahayu (54), mengaku sudah terbiasa.\n"
     "\"Tiap bulan purnama pasti masuk rumah,\" kata ibu tiga anak itu.\n"
     "Tetangganya, Mulyadi, memilih meninggikan lantai rumah.\n"
     "\"Habis Rp 15 juta, tapi sekarang aman,\" ujar Mulyadi.",
     ["Sri Rahayu", "Mulyadi"]),
    ("glued-cue-and-name",
     "Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Dwikorita Karnawati mengingatkan potensi "
     "cuaca ekstrem.\n"
     "\"Masyarakat pesisir harus waspada gelombang tinggi,\"ujar Dwikorita dalam keterangan tertulis, Minggu.\n"
     "\"Tinggi gelombang bisa mencapai empat meter,\"tambahnya.",
     ["Dwikorita Karnawati", "Dwikorita Karnawati"]),
    ("three-speakers-alternating-surnames",
     "Tiga calon ketua umum partai beradu gagasan dalam forum di Jakarta.\n"
     "Calon pertama, Irwan Setiawan Pohan, menawarkan digitalisasi partai.\n"
     "Calon kedua, Yenny Kusuma Dewi, menekankan kaderisasi perempuan.\n"
     "Sementara calon ketiga, Markus Lumban Tobing, fokus pada keuangan partai.\n"
     "\"Partai harus melek teknologi,\" kata Pohan.\n"
     "\"Kuota perempuan jangan hanya formalitas,\" ujar Yenny.\n"
     "\"Iuran anggota harus transparan,\" ucap Markus.",
     ["Irwan Setiawan Pohan", "Yenny Kusuma Dewi", "Markus Lumban Tobing"]),
    ("dia-after-object-person",
     "Ketua Komisi Pemberantasan Korupsi (KPK) Setyo Budiyanto menjelaskan penahanan tersangka korupsi "
     "proyek jalan.\n"
     "Setyo mengatakan tersangka Heru Prasetya ditahan selama 20 hari pertama.\n"
     "\"Penahanan untuk kepentingan penyidikan,\" kata dia.\n"
     "Menurut Setyo, KPK juga menyita dua mobil milik Heru.\n"
     "\"Mobil itu diduga dibeli dari uang suap,\" ujarnya.",
     ["Setyo Budiyanto", "Setyo Budiyanto"]),
    ("cue-with-comma-ends-the-paragraph",
     "Direktur Eksekutif Indonesia Corruption Watch Agus Sunaryanto menyoroti lemahnya pengawasan dana desa.\n"
     "Agus mengatakan,\n"
     "\"Banyak kepala desa yang tidak paham aturan pengadaan barang.\"\n"
     "Ia meminta inspektorat daerah lebih aktif.\n"
     "\"Jangan tunggu ada laporan dulu,\" ujarnya.",
     ["Agus Sunaryanto", "Agus Sunaryanto"]),
    ("headline-name-then-nya",
     "Sri Mulyani: Defisit APBN Masih Aman\n"
     "JAKARTA - Menteri Keuangan Sri Mulyani Indrawati memastikan defisit anggaran masih di bawah tiga persen.\n"
     "\"Kita jaga disiplin fiskal,\" ujarnya dalam konferensi pers APBN Kita, Kamis.\n"
     "\"Penerimaan pajak juga tumbuh,\" lanjutnya.",
     ["Sri Mulyani Indrawati", "Sri Mulyani Indrawati"]),
    ("ditanya-menjawab-colon",
     "Ketika ditanya soal peluang maju di pilkada, Wakil Ketua DPRD Jawa Timur Anik Maslachah menjawab diplomatis.\n"
     "\"Semua tergantung keputusan partai,\" jawabnya.\n"
     "Anik juga enggan menyebut nama calon wakil yang akan mendampinginya.\n"
     "\"Belum waktunya,\" katanya singkat.",
     ["Anik Maslachah", "Anik Maslachah"]),
    ("irjen-pol-and-kapolda",
     "\"Pelaku sudah kami tangkap di Sidoarjo,\" kata Kapolda Jawa Timur Irjen Pol Nanang Avianto di Surabaya, "
     "Senin.\n"
     "Nanang menyebut pelaku berjumlah tiga orang.\n"
     "\"Satu masih buron,\" imbuh Nanang.",
     ["Nanang Avianto", "Nanang Avianto"]),
    ("new-person-without-speech-verb",
     "Pelatih timnas U-23 Gerald Vanenburg memuji mental pemainnya.\n"
     "\"Mereka tidak menyerah sampai akhir,\" kata Vanenburg.\n"
     "Gol kemenangan dicetak oleh Jens Raven pada menit ke-88.\n"
     "Raven mengaku lega bisa membantu tim.\n"
     "\"Ini gol untuk keluarga saya,\" ujarnya.",
     ["Gerald Vanenburg", "Jens Raven"]),
    ("pun-and-lagi",
     "Direktur Utama Pertamina Simon Aloysius Mantiri pun angkat bicara soal antrean di SPBU.\n"
     "\"Kami mohon maaf atas ketidaknyamanan ini,\" kata Simon.\n"
     "\"Distribusi akan normal dalam dua hari,\" jelas dia lagi.",
     ["Simon Aloysius Mantiri", "Simon Aloysius Mantiri"]),
    ("kata-before-quote",
     "Juru bicara Kementerian Kesehatan, Widyawati, mengimbau warga mewaspadai demam berdarah.\n"
     "Kata Widyawati, \"Kasus naik dua kali lipat dibanding tahun lalu.\"\n"
     "Ia meminta warga menguras bak mandi seminggu sekali.",
     ["Widyawati"]),
    ("dirty-glued-and-nbsp",
     "Liputan6.com, Malang -Kepala Dinas Kesehatan KotaMalang,Husnul Muarifmengatakan kasus demam berdarah "
     "naik tajam.Menurut\u00a0Husnul, curah hujan tinggi memicu jentik nyamuk.\n"
     "Baca Juga\n"
     "\"Kami sudah fogging di 12 kelurahan,\" ujar Husnul di Balai Kota Malang.\n"
     "Advertisement\n"
     "\"Warga juga harus menguras bak mandi,\" katanya.",
     ["Husnul Muarif", "Husnul Muarif"]),
    ("dirty-advertisement-inside-paragraph",
     "Ketua Umum PSSI Erick Thohir mengumumkan pelatih baru timnas.  ADVERTISEMENT SCROLL TO CONTINUE WITH "
     "CONTENT  \"Kami pilih pelatih yang paham sepak bola Asia,\" kata Erick di Jakarta.  Erick menyebut kontrak "
     "berlaku dua tahun.  \"Targetnya lolos Piala Dunia,\" ucapnya.",
     ["Erick Thohir", "Erick Thohir"]),
    ("dirty-no-space-after-comma",
     "Bupati Bogor,Rudy Susmanto,meninjau jalan rusak di Cileungsi.\n"
     "\"Perbaikan mulai pekan depan,\"kata Rudy,Selasa.\n"
     "Warga setempat,Ujang Sopandi,mengaku sudah lama menunggu.\n"
     "\"Sudah lima tahun rusak,\"ujarnya.",
     ["Rudy Susmanto", "Ujang Sopandi"]),
    ("dirty-teaser-headline-between",
     "Menteri Pendidikan Dasar dan Menengah Abdul Mu'ti meminta sekolah tidak memungut biaya seragam.\n"
     "Baca juga: Prabowo: \"Sekolah Harus Gratis\"\n"
     "\"Seragam boleh beli di mana saja,\" kata Mu'ti.\n"
     "\"Sekolah jangan jadi tempat jualan,\" tegasnya.",
     ["Abdul Mu'ti", "Abdul Mu'ti"]),
    ("balinese-names",
     "Kepala Dinas Pariwisata Bali I Wayan Sumarajaya mengatakan kunjungan wisatawan naik 20 persen.\n"
     "\"Bali masih jadi tujuan favorit wisatawan Australia,\" kata Sumarajaya.\n"
     "Pemandu wisata di Ubud, Ni Luh Putu Ariani, merasakan hal yang sama.\n"
     "\"Tamu saya penuh sampai akhir bulan,\" ujar Ni Luh.",
     ["I Wayan Sumarajaya", "Ni Luh Putu Ariani"]),
    ("foreign-minister-and-translator",
     "Menteri Luar Negeri Jepang Takeshi Iwaya bertemu Menteri Luar Negeri Sugiono di Tokyo, Kamis.\n"
     "\"Jepang dan Indonesia adalah mitra strategis,\" kata Iwaya melalui penerjemah.\n"
     "Sugiono menyambut baik tawaran kerja sama energi bersih.\n"
     "\"Kami siap menindaklanjuti,\" ujar Sugiono.",
     ["Takeshi Iwaya", "Sugiono"]),
    ("arabic-name-with-bin",
     "Duta Besar Arab Saudi untuk Indonesia Faisal bin Abdullah Al-Amudi menghadiri peluncuran layanan haji.\n"
     "\"Kuota haji Indonesia tahun ini tetap 221 ribu,\" kata Faisal.\n"
     "\"Kami akan mempermudah visa,\" tambahnya.",
     ["Faisal bin Abdullah Al-Amudi", "Faisal bin Abdullah Al-Amudi"]),
    ("chinese-indonesian-name",
     "Pengusaha Tan Sri Liem Sioe Liong disebut dalam buku sejarah ekonomi terbitan terbaru.\n"
     "Penulis buku itu, Rudy Hartono Gunawan, menjelaskan isi bukunya.\n"
     "\"Buku ini menelusuri jejak bisnis keluarga,\" kata Rudy.",
     ["Rudy Hartono Gunawan"]),
    ("org-spokesperson-and-ministry-statement",
     "Kementerian Kesehatan mencatat 1.200 kasus baru campak sepanjang Mei.\n"
     "\"Imunisasi adalah cara paling efektif,\" demikian keterangan tertulis Kementerian Kesehatan.\n"
     "Juru bicara Kementerian Kesehatan, Widyawati, meminta orang tua melengkapi imunisasi anak.\n"
     "\"Jangan tunda imunisasi,\" kata Widyawati.",
     ["Kementerian Kesehatan", "Widyawati"]),
    ("speaker-named-in-previous-paragraph-with-menjelaskan-colon",
     "Kepala Badan Pusat Statistik Amalia Adininggar Widyasanti menjelaskan angka inflasi bulan Mei.\n"
     "Menurutnya, harga pangan menjadi penyumbang terbesar.\n"
     "\"Cabai merah dan bawang merah masih naik,\" ujar Amalia.\n"
     "\"Harga beras mulai stabil,\" imbuhnya.",
     ["Amalia Adininggar Widyasanti", "Amalia Adininggar Widyasanti"]),
]
