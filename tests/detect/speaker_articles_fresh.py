"""A second check set of made-up news mini-articles (our own words and invented people, no publisher text),
written in session 4 *before* the speaker rules of that session and scored on main first: 27 Indonesian and 4
English articles in the layouts of scraped news (alternating speakers, a speaker named only after a quote of
several paragraphs, ``Menurut X,`` chains, titles and ranks, names glued by the scraper, quotes beside
boilerplate, a person named first by role and later by name, institutions speaking). Each entry: name,
language, text, the speaker of every direct quote in order as ``docs/guideline.md`` names it."""

from __future__ import annotations

ARTICLES: list[tuple[str, str, str, list[str | None]]] = [
    ("debate-alternating", "id",
     "Debat calon wali kota Bogor berlangsung panas di Gedung Kemuning Gading, Rabu malam.\n"
     "Calon nomor urut satu, Rahmat Hidayatullah, membuka dengan kritik soal kemacetan.\n"
     '"Lima tahun terakhir tidak ada terobosan untuk angkutan umum," kata Rahmat.\n'
     "Calon nomor urut dua, Sinta Maharani, langsung menanggapi.\n"
     '"Justru kami sudah membangun dua koridor bus baru," balas Sinta.\n'
     '"Dua koridor itu sepi penumpang karena rutenya tidak masuk akal," sahut Rahmat.\n'
     '"Data kami menunjukkan penumpang naik tiga kali lipat," jawab Sinta.\n'
     "Moderator kemudian menutup segmen tersebut.\n"
     '"Waktu untuk segmen ini sudah habis," ujar moderator.',
     ["Rahmat Hidayatullah", "Sinta Maharani", "Rahmat Hidayatullah", "Sinta Maharani", "moderator"]),
    ("press-questions-and-answers", "id",
     "Wartawan menanyakan kepada Kapolres Bogor AKBP Dimas Prasetyo soal perkembangan kasus tawuran pelajar.\n"
     '"Apakah pelakunya sudah tertangkap?" tanya wartawan.\n'
     '"Sudah, empat orang kami amankan semalam," jawab Dimas.\n'
     '"Korban masih dirawat di RSUD Ciawi dan kondisinya stabil," tambah perwira menengah itu.',
     ["wartawan", "Dimas Prasetyo", "Dimas Prasetyo"]),
    ("speaker-after-a-quote-of-two-paragraphs", "id",
     "Suasana haru menyelimuti pemakaman korban kecelakaan bus di Subang, Minggu.\n"
     '"Anak saya baru lulus SMA dan ingin kuliah di Bandung. Dia anak yang rajin."\n'
     '"Pagi itu dia pamit dan bilang akan pulang membawa oleh-oleh. Saya tidak menyangka itu pesan '
     'terakhirnya," kata Yayah Rohayati, ibu salah satu korban, sambil terisak.\n'
     "Bupati Subang Reynaldi Putra turut hadir di pemakaman.\n"
     '"Pemerintah daerah menanggung seluruh biaya perawatan korban luka," ujarnya.',
     ["Yayah Rohayati", "Yayah Rohayati", "Reynaldi Putra"]),
    ("menurut-chain-two-people", "id",
     "Harga beras medium di Pasar Induk Cipinang naik Rp 1.000 per kilogram dalam sepekan.\n"
     "Menurut Ketua Koperasi Pedagang Pasar Induk Cipinang, Zulfikar Hasan, kenaikan dipicu panen yang mundur.\n"
     '"Pasokan dari Karawang dan Indramayu berkurang hampir separuh," ujarnya.\n'
     "Menurut dia, harga baru akan turun setelah panen raya bulan depan.\n"
     '"Kami minta Bulog segera operasi pasar," katanya lagi.\n'
     "Menurut Kepala Badan Pangan Nasional, Arief Sasongko, stok cadangan beras pemerintah masih aman.\n"
     '"Stok kami 1,8 juta ton, cukup sampai akhir tahun," katanya.',
     ["Zulfikar Hasan", "Zulfikar Hasan", "Arief Sasongko"]),
    ("police-ranks", "id",
     "Polisi menangkap dua pelaku pencurian sepeda motor di Depok.\n"
     '"Pelaku beraksi di lima lokasi berbeda dalam sebulan terakhir," kata Kapolres Metro Depok Kombes Pol Arya '
     "Wiratama kepada wartawan, Senin (9/6/2025).\n"
     "Kasat Reskrim Polres Metro Depok AKBP Yogi Nugraha menambahkan, keduanya residivis.\n"
     '"Mereka baru keluar penjara Februari lalu," ujar Yogi.\n'
     "Sementara itu, Kapolsek Sukmajaya Kompol Herlina Simatupang mengimbau warga memasang kunci ganda.\n"
     '"Jangan parkir motor di luar pagar pada malam hari," tutur Herlina.',
     ["Arya Wiratama", "Yogi Nugraha", "Herlina Simatupang"]),
    ("parliament-long-title", "id",
     "Wakil Ketua Komisi III DPR RI Hendarsyah Pulungan meminta Polri mengusut tuntas kasus itu.\n"
     '"Kami akan memanggil Kapolri dalam rapat kerja pekan depan," kata Wakil Ketua Komisi III DPR RI '
     "Hendarsyah Pulungan di Kompleks Parlemen, Senayan, Jakarta.\n"
     "Anggota Komisi III dari Fraksi Partai Demokrat, Yohanes Lumban Tobing, sependapat.\n"
     '"Jangan sampai kasus ini menguap begitu saja," ucap Yohanes.',
     ["Hendarsyah Pulungan", "Yohanes Lumban Tobing"]),
    ("names-glued-by-the-scraper", "id",
     "Gubernur Sulawesi Selatan Andi Rahman Pawelloi meninjau bendungan di Maros.Dia menyebut bendungan itu "
     'rampung tahun depan."Irigasi untuk 20 ribu hektare sawah akan terjamin," kata Andi Rahman.Sementara itu, '
     "Kepala Balai Besar Wilayah Sungai Pompengan JeneberangSuryadi Latif mengatakan progres fisik sudah 80 "
     'persen."Kami kejar sebelum musim hujan," ujar Suryadikepada wartawan.',
     ["Andi Rahman Pawelloi", "Suryadi Latif"]),
    ("quotes-beside-ad-lines", "id",
     "Harga emas batangan naik Rp 12.000 per gram pada perdagangan Selasa.\n"
     "ADVERTISEMENT\n"
     "SCROLL TO CONTINUE WITH CONTENT\n"
     '"Kenaikan ini dipicu pelemahan dolar AS," kata analis komoditas Mitra Berjangka, Lukman Sutanto.\n'
     "Baca juga: Harga Emas Diprediksi Tembus Rp 2 Juta, Ini Kata Pengamat\n"
     "Lukman memperkirakan tren naik berlanjut sepekan ke depan.\n"
     '"Investor masih memburu aset aman," ujarnya.',
     ["Lukman Sutanto", "Lukman Sutanto"]),
    ("teaser-glued-before-a-quote", "id",
     "Kementerian Perdagangan memastikan stok minyak goreng aman jelang Lebaran.Baca Juga: Presiden Tinjau Harga "
     'Cabai di Pasar Kramat Jati"Distribusi kami percepat ke daerah timur," kata Direktur Jenderal Perdagangan '
     "Dalam Negeri Kemendag, Ratna Widyastuti, Jumat (14/3/2025).Ia menambahkan, harga eceran tertinggi tidak "
     'berubah."HET tetap Rp 15.700 per liter," ujarnya.',
     ["Ratna Widyastuti", "Ratna Widyastuti"]),
    ("named-by-role-first-then-by-name", "id",
     "Seorang guru honorer di Garut viral setelah mengajar di kelas yang atapnya bocor.\n"
     '"Kalau hujan, murid-murid saya pindahkan ke teras masjid," kata guru tersebut.\n'
     "Guru bernama Enung Suhartini itu sudah mengajar selama dua belas tahun.\n"
     '"Gaji saya Rp 400 ribu per bulan, tapi saya tetap bertahan demi anak-anak," ujar Enung.\n'
     "Kepala Dinas Pendidikan Garut, Dadang Sumirat, berjanji memperbaiki atap sekolah itu.\n"
     '"Anggaran perbaikan sudah kami siapkan," kata Dadang.',
     ["Enung Suhartini", "Enung Suhartini", "Dadang Sumirat"]),
    ("institution-speaking", "id",
     "Kementerian Kesehatan (Kemenkes) mencatat 1.200 kasus demam berdarah sepanjang Mei.\n"
     '"Masyarakat diimbau menguras bak mandi seminggu sekali," kata Kemenkes dalam keterangannya, Minggu '
     "(8/6/2025).\n"
     "Juru bicara Kemenkes, Laksmi Anggraini, menyebut kasus terbanyak ada di Jawa Barat.\n"
     '"Bekasi dan Depok paling tinggi," ujar Laksmi.\n'
     '"Musim hujan yang panjang memperbanyak jentik nyamuk," tulis BMKG dalam unggahan di akun resminya.',
     ["Kementerian Kesehatan", "Laksmi Anggraini", "BMKG"]),
    ("menurutnya-after-another-name", "id",
     "Pelatih tim nasional bola voli putri, Ayu Rahmawati Sitorus, mengumumkan 14 pemain untuk SEA Games.\n"
     "Dia mengaku memilih pemain muda untuk regenerasi.\n"
     '"Kami ingin memberi jam terbang kepada pemain di bawah 21 tahun," kata Ayu.\n'
     "Ayu juga menyinggung absennya kapten tim, Dinda Lestari.\n"
     "Menurutnya, Dinda masih menjalani pemulihan cedera lutut.\n"
     '"Kami tidak mau ambil risiko," ucapnya.\n'
     "Dinda sendiri mengaku legawa.\n"
     '"Saya akan mendukung teman-teman dari rumah," kata Dinda lewat pesan singkat.\n'
     '"Semoga mereka membawa pulang emas," tambahnya.',
     ["Ayu Rahmawati Sitorus", "Ayu Rahmawati Sitorus", "Dinda Lestari", "Dinda Lestari"]),
    ("acronyms-around-speakers", "id",
     "BPP HIPMI menggelar rapat pleno di Jakarta, Selasa.\n"
     '"HIPMI siap mendukung program makan bergizi gratis," kata Ketua Umum BPP HIPMI Rendra Wiratmaja.\n'
     "KADIN dan APINDO juga hadir dalam rapat itu.\n"
     '"APINDO berharap ada kepastian regulasi," ujar Ketua Umum APINDO, Liana Kurniadi.\n'
     '"UMKM jangan hanya jadi penonton," timpal Rendra.',
     ["Rendra Wiratmaja", "Liana Kurniadi", "Rendra Wiratmaja"]),
    ("person-named-like-an-airport", "id",
     "Penerbangan dari Bandara Sultan Hasanuddin Makassar tertunda tiga jam akibat asap kebakaran lahan.\n"
     "General Manager bandara, Andi Hasanuddin, mengatakan jarak pandang hanya 800 meter.\n"
     '"Kami tidak bisa mengambil risiko keselamatan," kata Hasanuddin.\n'
     "Seorang penumpang, Fitri, mengaku kecewa.\n"
     '"Saya harus ke Jakarta untuk wawancara kerja," ujar Fitri.',
     ["Andi Hasanuddin", "Fitri"]),
    ("demikian-disampaikan-after-the-quote", "id",
     "Banjir bandang menerjang tiga kecamatan di Kabupaten Luwu Utara.\n"
     '"Tim SAR gabungan sudah mengevakuasi 400 warga ke tempat aman. Kami juga mengirim logistik lewat '
     'helikopter."\n'
     "Demikian disampaikan Kepala BNPB Letjen TNI Bambang Prasetya di Jakarta, Senin (16/6/2025).\n"
     "Bambang menyebut korban meninggal bertambah menjadi tujuh orang.\n"
     '"Pencarian dua korban hilang terus dilakukan," ujarnya.',
     ["Bambang Prasetya", "Bambang Prasetya"]),
    ("lawyer-and-silent-client", "id",
     "Kuasa hukum tersangka, Rivai Sembiring, menyatakan kliennya akan mengajukan praperadilan.\n"
     '"Penetapan tersangka klien kami cacat prosedur," kata Rivai.\n'
     "Tersangka Johan Saputra sendiri memilih bungkam saat digiring ke mobil tahanan.\n"
     "Rivai menambahkan, timnya sudah menyiapkan tiga saksi ahli.\n"
     '"Kami yakin hakim akan objektif," ucapnya.',
     ["Rivai Sembiring", "Rivai Sembiring"]),
    ("kata-dia-after-an-object-person", "id",
     "Wali Kota Semarang Lestari Handayani meminta warga tidak membuang sampah ke sungai.\n"
     '"Sungai kita bukan tempat sampah," tegas Lestari saat kerja bakti di Kali Banger, Minggu.\n'
     "Lestari mengaku sudah menegur Camat Semarang Timur, Budi Haryono, karena tumpukan sampah di bantaran.\n"
     '"Saya minta dalam seminggu harus bersih," kata dia.\n'
     "Budi mengaku sudah menambah petugas kebersihan.\n"
     '"Kami kerahkan 50 petugas tambahan mulai besok," ujar Budi.',
     ["Lestari Handayani", "Lestari Handayani", "Budi Haryono"]),
    ("dateline-and-company-officers", "id",
     "KOMPAS.com - Presiden Direktur PT Sinar Baja Utama Tbk, Hendrik Gunawan, optimistis penjualan tumbuh 15 "
     "persen tahun ini.\n"
     '"Permintaan dari sektor konstruksi masih kuat," ujar Hendrik dalam paparan publik, Rabu (11/6/2025).\n'
     "Direktur Keuangan perseroan, Maria Tjandra, menambahkan bahwa belanja modal tahun ini Rp 500 miliar.\n"
     '"Sebagian besar untuk pabrik baru di Cilegon," kata Maria.',
     ["Hendrik Gunawan", "Maria Tjandra"]),
    ("nickname-and-honorific", "id",
     "Warga Desa Sukamaju, Sumedang, memanen padi lebih cepat karena khawatir hujan.\n"
     "Kepala desa, Asep Saepudin yang akrab disapa Kang Asep, turun langsung ke sawah.\n"
     '"Tahun ini hasilnya bagus, enam ton per hektare," kata Kang Asep.\n'
     "Seorang petani, Bu Entin, mengaku senang.\n"
     '"Alhamdulillah, bisa bayar utang pupuk," ucap Bu Entin.',
     ["Asep Saepudin", "Entin"]),
    ("quote-interrupted-and-a-post", "id",
     "Penyanyi dangdut Lala Marlina membantah kabar perceraiannya.\n"
     '"Itu tidak benar," kata Lala di Jakarta, Kamis. "Rumah tangga kami baik-baik saja."\n'
     "Suaminya, pengusaha Dimas Aryo Bimo, juga angkat bicara lewat Instagram.\n"
     '"Tolong berhenti menyebar fitnah," tulis Dimas.',
     ["Lala Marlina", "Lala Marlina", "Dimas Aryo Bimo"]),
    ("reporter-byline-and-silent-suspect", "id",
     "Laporan Wartawan Tribunnews.com, Fahmi Ramadhan\n"
     "TRIBUNNEWS.COM, JAKARTA - Komisi Pemberantasan Korupsi (KPK) memeriksa mantan Direktur Utama PT Kereta "
     "Logistik Nusantara, Hadi Susanto.\n"
     '"Saksi didalami soal pengadaan gerbong," kata Juru Bicara KPK Arif Mahendra kepada wartawan.\n'
     "Usai diperiksa, Hadi enggan berkomentar banyak.\n"
     '"Tanya penyidik saja," ujarnya singkat.',
     ["Arif Mahendra", "Hadi Susanto"]),
    ("balinese-name-written-statement", "id",
     "PT PLN (Persero) memastikan pasokan listrik di Bali normal kembali.\n"
     '"Seluruh gardu sudah beroperasi sejak pukul 03.00 Wita," ungkap General Manager PLN UID Bali, I Gusti '
     "Ngurah Wirawan, melalui keterangan tertulis.\n"
     "Menurutnya, gangguan dipicu kerusakan kabel bawah laut.\n"
     '"Kami mohon maaf atas ketidaknyamanan ini," lanjutnya.',
     ["I Gusti Ngurah Wirawan", "I Gusti Ngurah Wirawan"]),
    ("two-people-at-once", "id",
     "Dua pengamat, Rudi Hartanto dan Sari Dewanti, menilai kebijakan itu terburu-buru.\n"
     '"Belum ada kajian dampaknya," kata keduanya dalam diskusi daring.\n'
     "Rudi menambahkan, pemerintah perlu melibatkan kampus.\n"
     '"Kampus punya data yang lengkap," ujarnya.',
     [None, "Rudi Hartanto"]),
    ("police-press-conference", "id",
     "Polda Jawa Timur menggelar jumpa pers pengungkapan kasus narkoba di Surabaya.\n"
     "Kapolda Jatim Irjen Pol Wahyu Nugroho Adi memimpin langsung jumpa pers tersebut.\n"
     '"Barang bukti sabu 40 kilogram kami sita dari sebuah gudang di Sidoarjo," kata Wahyu.\n'
     "Kabid Humas Polda Jatim Kombes Pol Teguh Santoso menambahkan, tiga tersangka merupakan jaringan "
     "internasional.\n"
     '"Ketiganya WNA asal Malaysia," ujar Teguh.\n'
     '"Mereka terancam hukuman mati," imbuh dia.',
     ["Wahyu Nugroho Adi", "Teguh Santoso", "Teguh Santoso"]),
    ("video-statement-and-a-comment", "id",
     "Artis Cinta Kirana mengunggah video klarifikasi di akun Instagram pribadinya, @cintakirana.\n"
     '"Aku minta maaf kalau candaanku kemarin menyinggung banyak orang," ucap Cinta dalam video itu.\n'
     "Unggahan itu dibanjiri komentar warganet.\n"
     '"Semoga jadi pelajaran ya, Kak," tulis akun @rumahbaca_id.',
     ["Cinta Kirana", "@rumahbaca_id"]),
    ("one-line-article-with-space-runs", "id",
     "JAKARTA - Menteri Pariwisata Sarah Wulandari menargetkan 16 juta wisatawan mancanegara tahun ini.  "
     '"Kita fokus ke pasar India dan Timur Tengah," kata Sarah di Jakarta.  Ia menambahkan, promosi digital '
     'akan diperbanyak.  "Anggaran promosi naik 20 persen," ujarnya.  Baca Juga: Wisatawan China Ramai ke '
     "Bali  Sementara itu, Ketua PHRI Bali Made Sudarsana menyambut baik target itu.  "
     '"Okupansi hotel di Bali sudah 80 persen," kata Made.',
     ["Sarah Wulandari", "Sarah Wulandari", "Made Sudarsana"]),
    ("role-with-bernama-and-a-nameless-passenger", "id",
     "Tarif angkot di Bogor naik Rp 1.000 mulai Senin.\n"
     '"Penumpang sudah mulai mengeluh," kata seorang sopir angkot bernama Udin Samsudin.\n'
     '"Tapi mau bagaimana lagi, harga solar naik," lanjutnya.\n'
     "Seorang penumpang mengaku keberatan.\n"
     '"Gaji saya tidak naik," ujar seorang karyawati.',
     ["Udin Samsudin", "Udin Samsudin", "seorang karyawati"]),
    ("en-surname-alone-and-she", "en",
     "WASHINGTON (AP) — Senator Margaret Ellison pressed the Pentagon on Tuesday over delays in a fighter jet "
     "program.\n"
     '"We have been promised this aircraft for ten years," Ellison said at a hearing.\n'
     "Defense Undersecretary Paul Ramirez defended the timeline.\n"
     '"The delays reflect testing, not mismanagement," Ramirez said.\n'
     'Ellison was not persuaded. "Testing should not take a decade," she said.',
     ["Margaret Ellison", "Paul Ramirez", "Margaret Ellison"]),
    ("en-said-before-a-long-title", "en",
     "The city will close three libraries next year, according to a budget draft.\n"
     '"It\'s a painful choice, but the numbers don\'t lie," said Deputy Mayor for Operations Linda Okafor.\n'
     "Library workers' union president Tom Becker called the plan short-sighted.\n"
     '"Libraries are where kids go after school," Becker told reporters. "Closing them is a mistake."',
     ["Linda Okafor", "Tom Becker", "Tom Becker"]),
    ("en-speaker-after-two-paragraphs", "en",
     "LONDON — A British climber who survived four days on a glacier described the ordeal on Monday.\n"
     '"I kept moving my toes so they would not freeze."\n'
     '"On the third night I thought it was over," said Oliver Hastings, 34, from Leeds.\n'
     "His rescuer, mountain guide Anna Keller, said the weather had cleared just in time.\n"
     '"Another day and we would not have found him," Keller said.',
     ["Oliver Hastings", "Oliver Hastings", "Anna Keller"]),
    ("en-interview", "en",
     "In an interview, the company's chief executive, Daniel Osei, said profits would recover.\n"
     '"Are you worried about the tariffs?" the interviewer asked.\n'
     '"Of course, everyone is," Osei replied. "But we have moved production."\n'
     'Analyst Priya Raman was skeptical. "Moving production takes years," she said.',
     ["the interviewer", "Daniel Osei", "Daniel Osei", "Priya Raman"]),
]
