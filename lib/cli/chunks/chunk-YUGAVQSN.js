import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  HtmlAnchorTokenizer,
  htmlComments,
  trimEndOf
} from "./chunk-4SCKIJI2.js";
import {
  REGISTRY_TITLES
} from "./chunk-IB42TDM7.js";
import {
  __commonJS,
  __toESM
} from "./chunk-6MCAB35I.js";

// node_modules/spdx-license-ids/index.json
var require_spdx_license_ids = __commonJS({
  "node_modules/spdx-license-ids/index.json"(exports, module) {
    module.exports = [
      "0BSD",
      "3D-Slicer-1.0",
      "AAL",
      "ADSL",
      "AFL-1.1",
      "AFL-1.2",
      "AFL-2.0",
      "AFL-2.1",
      "AFL-3.0",
      "AGPL-1.0-only",
      "AGPL-1.0-or-later",
      "AGPL-3.0-only",
      "AGPL-3.0-or-later",
      "ALGLIB-Documentation",
      "AMD-newlib",
      "AMDPLPA",
      "AML",
      "AML-glslang",
      "AMPAS",
      "ANTLR-PD",
      "ANTLR-PD-fallback",
      "APAFML",
      "APL-1.0",
      "APSL-1.0",
      "APSL-1.1",
      "APSL-1.2",
      "APSL-2.0",
      "ASWF-Digital-Assets-1.0",
      "ASWF-Digital-Assets-1.1",
      "Abstyles",
      "AdaCore-doc",
      "Adobe-2006",
      "Adobe-Display-PostScript",
      "Adobe-Glyph",
      "Adobe-Utopia",
      "Advanced-Cryptics-Dictionary",
      "Afmparse",
      "Aladdin",
      "Apache-1.0",
      "Apache-1.1",
      "Apache-2.0",
      "App-s2p",
      "Arphic-1999",
      "Artistic-1.0",
      "Artistic-1.0-Perl",
      "Artistic-1.0-cl8",
      "Artistic-2.0",
      "Artistic-dist",
      "Aspell-RU",
      "BOLA-1.1",
      "BSD-1-Clause",
      "BSD-2-Clause",
      "BSD-2-Clause-Darwin",
      "BSD-2-Clause-Patent",
      "BSD-2-Clause-Views",
      "BSD-2-Clause-first-lines",
      "BSD-2-Clause-pkgconf-disclaimer",
      "BSD-2-Clause-pos-unchanged",
      "BSD-3-Clause",
      "BSD-3-Clause-Attribution",
      "BSD-3-Clause-Clear",
      "BSD-3-Clause-HP",
      "BSD-3-Clause-LBNL",
      "BSD-3-Clause-Modification",
      "BSD-3-Clause-No-Military-License",
      "BSD-3-Clause-No-Nuclear-License",
      "BSD-3-Clause-No-Nuclear-License-2014",
      "BSD-3-Clause-No-Nuclear-Warranty",
      "BSD-3-Clause-Open-MPI",
      "BSD-3-Clause-OpenWebUI",
      "BSD-3-Clause-Sun",
      "BSD-3-Clause-Tso",
      "BSD-3-Clause-acpica",
      "BSD-3-Clause-flex",
      "BSD-4-Clause",
      "BSD-4-Clause-Shortened",
      "BSD-4-Clause-UC",
      "BSD-4.3RENO",
      "BSD-4.3TAHOE",
      "BSD-Advertising-Acknowledgement",
      "BSD-Attribution-HPND-disclaimer",
      "BSD-Inferno-Nettverk",
      "BSD-Mark-Modifications",
      "BSD-Protection",
      "BSD-Source-Code",
      "BSD-Source-Code-no-disclaimer",
      "BSD-Source-alt-GPL",
      "BSD-Source-beginning-file",
      "BSD-Systemics",
      "BSD-Systemics-W3Works",
      "BSD-ask-to-endorse",
      "BSL-1.0",
      "BUSL-1.1",
      "Baekmuk",
      "Bahyph",
      "Barr",
      "Beerware",
      "BitTorrent-1.0",
      "BitTorrent-1.1",
      "Bitstream-Charter",
      "Bitstream-Vera",
      "BlueOak-1.0.0",
      "Boehm-GC",
      "Boehm-GC-without-fee",
      "Borceux",
      "Brian-Gladman-2-Clause",
      "Brian-Gladman-3-Clause",
      "Brian-Gladman-3-Clause-no-conversion",
      "Buddy",
      "Bugroff",
      "C-UDA-1.0",
      "CAL-1.0",
      "CAL-1.0-Combined-Work-Exception",
      "CAPEC-tou",
      "CATOSL-1.1",
      "CC-BY-1.0",
      "CC-BY-2.0",
      "CC-BY-2.5",
      "CC-BY-2.5-AU",
      "CC-BY-3.0",
      "CC-BY-3.0-AT",
      "CC-BY-3.0-AU",
      "CC-BY-3.0-DE",
      "CC-BY-3.0-IGO",
      "CC-BY-3.0-NL",
      "CC-BY-3.0-US",
      "CC-BY-4.0",
      "CC-BY-NC-1.0",
      "CC-BY-NC-2.0",
      "CC-BY-NC-2.5",
      "CC-BY-NC-3.0",
      "CC-BY-NC-3.0-DE",
      "CC-BY-NC-3.0-IGO",
      "CC-BY-NC-4.0",
      "CC-BY-NC-ND-1.0",
      "CC-BY-NC-ND-2.0",
      "CC-BY-NC-ND-2.5",
      "CC-BY-NC-ND-3.0",
      "CC-BY-NC-ND-3.0-DE",
      "CC-BY-NC-ND-3.0-IGO",
      "CC-BY-NC-ND-4.0",
      "CC-BY-NC-SA-1.0",
      "CC-BY-NC-SA-2.0",
      "CC-BY-NC-SA-2.0-DE",
      "CC-BY-NC-SA-2.0-FR",
      "CC-BY-NC-SA-2.0-UK",
      "CC-BY-NC-SA-2.5",
      "CC-BY-NC-SA-3.0",
      "CC-BY-NC-SA-3.0-DE",
      "CC-BY-NC-SA-3.0-IGO",
      "CC-BY-NC-SA-4.0",
      "CC-BY-ND-1.0",
      "CC-BY-ND-2.0",
      "CC-BY-ND-2.5",
      "CC-BY-ND-3.0",
      "CC-BY-ND-3.0-DE",
      "CC-BY-ND-4.0",
      "CC-BY-SA-1.0",
      "CC-BY-SA-2.0",
      "CC-BY-SA-2.0-UK",
      "CC-BY-SA-2.1-JP",
      "CC-BY-SA-2.5",
      "CC-BY-SA-3.0",
      "CC-BY-SA-3.0-AT",
      "CC-BY-SA-3.0-DE",
      "CC-BY-SA-3.0-IGO",
      "CC-BY-SA-4.0",
      "CC-PDDC",
      "CC-PDM-1.0",
      "CC-SA-1.0",
      "CC0-1.0",
      "CDDL-1.0",
      "CDDL-1.1",
      "CDL-1.0",
      "CDLA-Permissive-1.0",
      "CDLA-Permissive-2.0",
      "CDLA-Sharing-1.0",
      "CECILL-1.0",
      "CECILL-1.1",
      "CECILL-2.0",
      "CECILL-2.1",
      "CECILL-B",
      "CECILL-C",
      "CERN-OHL-1.1",
      "CERN-OHL-1.2",
      "CERN-OHL-P-2.0",
      "CERN-OHL-S-2.0",
      "CERN-OHL-W-2.0",
      "CFITSIO",
      "CMU-Mach",
      "CMU-Mach-nodoc",
      "CNRI-Jython",
      "CNRI-Python",
      "CNRI-Python-GPL-Compatible",
      "COIL-1.0",
      "CPAL-1.0",
      "CPL-1.0",
      "CPOL-1.02",
      "CUA-OPL-1.0",
      "Caldera",
      "Caldera-no-preamble",
      "Catharon",
      "ClArtistic",
      "Clips",
      "Community-Spec-1.0",
      "Condor-1.1",
      "Cornell-Lossless-JPEG",
      "Cronyx",
      "Crossword",
      "CryptoSwift",
      "CrystalStacker",
      "Cube",
      "D-FSL-1.0",
      "DEC-3-Clause",
      "DL-DE-BY-2.0",
      "DL-DE-ZERO-2.0",
      "DOC",
      "DRL-1.0",
      "DRL-1.1",
      "DSDP",
      "DocBook-DTD",
      "DocBook-Schema",
      "DocBook-Stylesheet",
      "DocBook-XML",
      "Dotseqn",
      "ECL-1.0",
      "ECL-2.0",
      "EFL-1.0",
      "EFL-2.0",
      "EPICS",
      "EPL-1.0",
      "EPL-2.0",
      "ESA-PL-permissive-2.4",
      "ESA-PL-strong-copyleft-2.4",
      "ESA-PL-weak-copyleft-2.4",
      "EUDatagrid",
      "EUPL-1.0",
      "EUPL-1.1",
      "EUPL-1.2",
      "Elastic-2.0",
      "Entessa",
      "ErlPL-1.1",
      "Eurosym",
      "FBM",
      "FDK-AAC",
      "FDK-MPEG-H",
      "FSFAP",
      "FSFAP-no-warranty-disclaimer",
      "FSFUL",
      "FSFULLR",
      "FSFULLRSD",
      "FSFULLRWD",
      "FSL-1.1-ALv2",
      "FSL-1.1-MIT",
      "FTL",
      "Fair",
      "Ferguson-Twofish",
      "Frameworx-1.0",
      "FreeBSD-DOC",
      "FreeImage",
      "Furuseth",
      "GCR-docs",
      "GD",
      "GFDL-1.1-invariants-only",
      "GFDL-1.1-invariants-or-later",
      "GFDL-1.1-no-invariants-only",
      "GFDL-1.1-no-invariants-or-later",
      "GFDL-1.1-only",
      "GFDL-1.1-or-later",
      "GFDL-1.2-invariants-only",
      "GFDL-1.2-invariants-or-later",
      "GFDL-1.2-no-invariants-only",
      "GFDL-1.2-no-invariants-or-later",
      "GFDL-1.2-only",
      "GFDL-1.2-or-later",
      "GFDL-1.3-invariants-only",
      "GFDL-1.3-invariants-or-later",
      "GFDL-1.3-no-invariants-only",
      "GFDL-1.3-no-invariants-or-later",
      "GFDL-1.3-only",
      "GFDL-1.3-or-later",
      "GL2PS",
      "GLWTPL",
      "GPL-1.0-only",
      "GPL-1.0-or-later",
      "GPL-2.0-only",
      "GPL-2.0-or-later",
      "GPL-3.0-only",
      "GPL-3.0-or-later",
      "Game-Programming-Gems",
      "Giftware",
      "Glide",
      "Glulxe",
      "Graphics-Gems",
      "Gutmann",
      "HDF5",
      "HIDAPI",
      "HP-1986",
      "HP-1989",
      "HPND",
      "HPND-DEC",
      "HPND-Fenneberg-Livingston",
      "HPND-INRIA-IMAG",
      "HPND-Intel",
      "HPND-Kevlin-Henney",
      "HPND-MIT-disclaimer",
      "HPND-Markus-Kuhn",
      "HPND-Netrek",
      "HPND-Pbmplus",
      "HPND-SMC",
      "HPND-UC",
      "HPND-UC-export-US",
      "HPND-doc",
      "HPND-doc-sell",
      "HPND-export-US",
      "HPND-export-US-acknowledgement",
      "HPND-export-US-modify",
      "HPND-export2-US",
      "HPND-merchantability-variant",
      "HPND-sell-MIT-disclaimer-xserver",
      "HPND-sell-regexpr",
      "HPND-sell-variant",
      "HPND-sell-variant-MIT-disclaimer",
      "HPND-sell-variant-MIT-disclaimer-rev",
      "HPND-sell-variant-critical-systems",
      "HTMLTIDY",
      "HaskellReport",
      "Hippocratic-2.1",
      "Hippocratic-3.0-core",
      "IBM-pibs",
      "ICU",
      "IEC-Code-Components-EULA",
      "IJG",
      "IJG-short",
      "IPA",
      "IPL-1.0",
      "ISC",
      "ISC-Veillard",
      "ISO-permission",
      "ImageMagick",
      "Imlib2",
      "Info-ZIP",
      "Informatica",
      "Inner-Net-2.0",
      "InnoSetup",
      "Intel",
      "Intel-ACPI",
      "Interbase-1.0",
      "JPL-image",
      "JPNIC",
      "JSON",
      "Jam",
      "JasPer-2.0",
      "Kastrup",
      "Kazlib",
      "Knuth-CTAN",
      "LAL-1.2",
      "LAL-1.3",
      "LGPL-2.0-only",
      "LGPL-2.0-or-later",
      "LGPL-2.1-only",
      "LGPL-2.1-or-later",
      "LGPL-3.0-only",
      "LGPL-3.0-or-later",
      "LGPLLR",
      "LOOP",
      "LPD-document",
      "LPL-1.0",
      "LPL-1.02",
      "LPPL-1.0",
      "LPPL-1.1",
      "LPPL-1.2",
      "LPPL-1.3a",
      "LPPL-1.3c",
      "LZMA-SDK-9.11-to-9.20",
      "LZMA-SDK-9.22",
      "Latex2e",
      "Latex2e-translated-notice",
      "Leptonica",
      "LiLiQ-P-1.1",
      "LiLiQ-R-1.1",
      "LiLiQ-Rplus-1.1",
      "Libpng",
      "Linux-OpenIB",
      "Linux-man-pages-1-para",
      "Linux-man-pages-copyleft",
      "Linux-man-pages-copyleft-2-para",
      "Linux-man-pages-copyleft-var",
      "Lucida-Bitmap-Fonts",
      "MIPS",
      "MIT",
      "MIT-0",
      "MIT-CMU",
      "MIT-Click",
      "MIT-Festival",
      "MIT-Khronos-old",
      "MIT-Modern-Variant",
      "MIT-STK",
      "MIT-Wu",
      "MIT-advertising",
      "MIT-enna",
      "MIT-feh",
      "MIT-open-group",
      "MIT-testregex",
      "MITNFA",
      "MMIXware",
      "MMPL-1.0.1",
      "MPEG-SSG",
      "MPL-1.0",
      "MPL-1.1",
      "MPL-2.0",
      "MPL-2.0-no-copyleft-exception",
      "MS-LPL",
      "MS-PL",
      "MS-RL",
      "MTLL",
      "MVT-1.1",
      "Mackerras-3-Clause",
      "Mackerras-3-Clause-acknowledgment",
      "MakeIndex",
      "Martin-Birgmeier",
      "McPhee-slideshow",
      "Minpack",
      "MirOS",
      "Motosoto",
      "MulanPSL-1.0",
      "MulanPSL-2.0",
      "Multics",
      "Mup",
      "NAIST-2003",
      "NASA-1.3",
      "NBPL-1.0",
      "NCBI-PD",
      "NCGL-UK-2.0",
      "NCL",
      "NCSA",
      "NGPL",
      "NICTA-1.0",
      "NIST-PD",
      "NIST-PD-TNT",
      "NIST-PD-fallback",
      "NIST-Software",
      "NLOD-1.0",
      "NLOD-2.0",
      "NLPL",
      "NOSL",
      "NPL-1.0",
      "NPL-1.1",
      "NPOSL-3.0",
      "NRL",
      "NTIA-PD",
      "NTP",
      "NTP-0",
      "Naumen",
      "NetCDF",
      "Newsletr",
      "Nokia",
      "Noweb",
      "O-UDA-1.0",
      "OAR",
      "OCCT-PL",
      "OCLC-2.0",
      "ODC-By-1.0",
      "ODbL-1.0",
      "OFFIS",
      "OFL-1.0",
      "OFL-1.0-RFN",
      "OFL-1.0-no-RFN",
      "OFL-1.1",
      "OFL-1.1-RFN",
      "OFL-1.1-no-RFN",
      "OGC-1.0",
      "OGDL-Taiwan-1.0",
      "OGL-Canada-2.0",
      "OGL-UK-1.0",
      "OGL-UK-2.0",
      "OGL-UK-3.0",
      "OGTSL",
      "OLDAP-1.1",
      "OLDAP-1.2",
      "OLDAP-1.3",
      "OLDAP-1.4",
      "OLDAP-2.0",
      "OLDAP-2.0.1",
      "OLDAP-2.1",
      "OLDAP-2.2",
      "OLDAP-2.2.1",
      "OLDAP-2.2.2",
      "OLDAP-2.3",
      "OLDAP-2.4",
      "OLDAP-2.5",
      "OLDAP-2.6",
      "OLDAP-2.7",
      "OLDAP-2.8",
      "OLFL-1.3",
      "OML",
      "OPL-1.0",
      "OPL-UK-3.0",
      "OPUBL-1.0",
      "OSC-1.0",
      "OSET-PL-2.1",
      "OSL-1.0",
      "OSL-1.1",
      "OSL-2.0",
      "OSL-2.1",
      "OSL-3.0",
      "OSSP",
      "OpenMDW-1.0",
      "OpenPBS-2.3",
      "OpenSSL",
      "OpenSSL-standalone",
      "OpenVision",
      "PADL",
      "PDDL-1.0",
      "PHP-3.0",
      "PHP-3.01",
      "PPL",
      "PSF-2.0",
      "ParaType-Free-Font-1.3",
      "Parity-6.0.0",
      "Parity-7.0.0",
      "Pixar",
      "Plexus",
      "PolyForm-Noncommercial-1.0.0",
      "PolyForm-Small-Business-1.0.0",
      "PostgreSQL",
      "Python-2.0",
      "Python-2.0.1",
      "QPL-1.0",
      "QPL-1.0-INRIA-2004",
      "Qhull",
      "RHeCos-1.1",
      "RPL-1.1",
      "RPL-1.5",
      "RPSL-1.0",
      "RSA-MD",
      "RSCPL",
      "Rdisc",
      "Ruby",
      "Ruby-pty",
      "SAX-PD",
      "SAX-PD-2.0",
      "SCEA",
      "SGI-B-1.0",
      "SGI-B-1.1",
      "SGI-B-2.0",
      "SGI-OpenGL",
      "SGMLUG-PM",
      "SGP4",
      "SHL-0.5",
      "SHL-0.51",
      "SISSL",
      "SISSL-1.2",
      "SL",
      "SMAIL-GPL",
      "SMLNJ",
      "SMPPL",
      "SNIA",
      "SOFA",
      "SPL-1.0",
      "SSH-OpenSSH",
      "SSH-short",
      "SSLeay-standalone",
      "SSPL-1.0",
      "SUL-1.0",
      "SWL",
      "Saxpath",
      "SchemeReport",
      "Sendmail",
      "Sendmail-8.23",
      "Sendmail-Open-Source-1.1",
      "SimPL-2.0",
      "Sleepycat",
      "Soundex",
      "Spencer-86",
      "Spencer-94",
      "Spencer-99",
      "SugarCRM-1.1.3",
      "Sun-PPP",
      "Sun-PPP-2000",
      "SunPro",
      "Symlinks",
      "TAPR-OHL-1.0",
      "TCL",
      "TCP-wrappers",
      "TGPPL-1.0",
      "TMate",
      "TORQUE-1.1",
      "TOSL",
      "TPDL",
      "TPL-1.0",
      "TTWL",
      "TTYP0",
      "TU-Berlin-1.0",
      "TU-Berlin-2.0",
      "TekHVC",
      "TermReadKey",
      "ThirdEye",
      "TrustedQSL",
      "UCAR",
      "UCL-1.0",
      "UMich-Merit",
      "UPL-1.0",
      "URT-RLE",
      "Ubuntu-font-1.0",
      "UnRAR",
      "Unicode-3.0",
      "Unicode-DFS-2015",
      "Unicode-DFS-2016",
      "Unicode-TOU",
      "UnixCrypt",
      "Unlicense",
      "Unlicense-libtelnet",
      "Unlicense-libwhirlpool",
      "VOSTROM",
      "VSL-1.0",
      "Vim",
      "Vixie-Cron",
      "W3C",
      "W3C-19980720",
      "W3C-20150513",
      "WTFNMFPL",
      "WTFPL",
      "Watcom-1.0",
      "Widget-Workshop",
      "WordNet",
      "Wsuipa",
      "X11",
      "X11-distribute-modifications-variant",
      "X11-no-permit-persons",
      "X11-swapped",
      "XFree86-1.1",
      "XSkat",
      "Xdebug-1.03",
      "Xerox",
      "Xfig",
      "Xnet",
      "YPL-1.0",
      "YPL-1.1",
      "ZPL-1.1",
      "ZPL-2.0",
      "ZPL-2.1",
      "Zed",
      "Zeeff",
      "Zend-2.0",
      "Zimbra-1.3",
      "Zimbra-1.4",
      "Zlib",
      "any-OSI",
      "any-OSI-perl-modules",
      "atc-game",
      "bcrypt-Solar-Designer",
      "blessing",
      "bzip2-1.0.6",
      "check-cvs",
      "checkmk",
      "copyleft-next-0.3.0",
      "copyleft-next-0.3.1",
      "curl",
      "cve-tou",
      "diffmark",
      "dtoa",
      "dvipdfm",
      "eGenix",
      "etalab-2.0",
      "fwlw",
      "gSOAP-1.3b",
      "generic-xts",
      "gnuplot",
      "gtkbook",
      "hdparm",
      "hyphen-bulgarian",
      "iMatix",
      "jove",
      "libpng-1.6.35",
      "libpng-2.0",
      "libselinux-1.0",
      "libtiff",
      "libutil-David-Nugent",
      "lsof",
      "magaz",
      "mailprio",
      "man2html",
      "metamail",
      "mpi-permissive",
      "mpich2",
      "mplus",
      "ngrep",
      "pkgconf",
      "pnmstitch",
      "psfrag",
      "psutils",
      "python-ldap",
      "radvd",
      "snprintf",
      "softSurfer",
      "ssh-keyscan",
      "swrule",
      "threeparttable",
      "ulem",
      "w3m",
      "wwl",
      "xinetd",
      "xkeyboard-config-Zinoviev",
      "xlock",
      "xpp",
      "xzoom",
      "zlib-acknowledgement"
    ];
  }
});

// node_modules/spdx-license-ids/deprecated.json
var require_deprecated = __commonJS({
  "node_modules/spdx-license-ids/deprecated.json"(exports, module) {
    module.exports = [
      "AGPL-1.0",
      "AGPL-3.0",
      "BSD-2-Clause-FreeBSD",
      "BSD-2-Clause-NetBSD",
      "GFDL-1.1",
      "GFDL-1.2",
      "GFDL-1.3",
      "GPL-1.0",
      "GPL-2.0",
      "GPL-2.0-with-GCC-exception",
      "GPL-2.0-with-autoconf-exception",
      "GPL-2.0-with-bison-exception",
      "GPL-2.0-with-classpath-exception",
      "GPL-2.0-with-font-exception",
      "GPL-3.0",
      "GPL-3.0-with-GCC-exception",
      "GPL-3.0-with-autoconf-exception",
      "LGPL-2.0",
      "LGPL-2.1",
      "LGPL-3.0",
      "Net-SNMP",
      "Nunit",
      "StandardML-NJ",
      "bzip2-1.0.5",
      "eCos-2.0",
      "wxWindows"
    ];
  }
});

// node_modules/spdx-exceptions/index.json
var require_spdx_exceptions = __commonJS({
  "node_modules/spdx-exceptions/index.json"(exports, module) {
    module.exports = [
      "389-exception",
      "Asterisk-exception",
      "Autoconf-exception-2.0",
      "Autoconf-exception-3.0",
      "Autoconf-exception-generic",
      "Autoconf-exception-generic-3.0",
      "Autoconf-exception-macro",
      "Bison-exception-1.24",
      "Bison-exception-2.2",
      "Bootloader-exception",
      "Classpath-exception-2.0",
      "CLISP-exception-2.0",
      "cryptsetup-OpenSSL-exception",
      "DigiRule-FOSS-exception",
      "eCos-exception-2.0",
      "Fawkes-Runtime-exception",
      "FLTK-exception",
      "fmt-exception",
      "Font-exception-2.0",
      "freertos-exception-2.0",
      "GCC-exception-2.0",
      "GCC-exception-2.0-note",
      "GCC-exception-3.1",
      "Gmsh-exception",
      "GNAT-exception",
      "GNOME-examples-exception",
      "GNU-compiler-exception",
      "gnu-javamail-exception",
      "GPL-3.0-interface-exception",
      "GPL-3.0-linking-exception",
      "GPL-3.0-linking-source-exception",
      "GPL-CC-1.0",
      "GStreamer-exception-2005",
      "GStreamer-exception-2008",
      "i2p-gpl-java-exception",
      "KiCad-libraries-exception",
      "LGPL-3.0-linking-exception",
      "libpri-OpenH323-exception",
      "Libtool-exception",
      "Linux-syscall-note",
      "LLGPL",
      "LLVM-exception",
      "LZMA-exception",
      "mif-exception",
      "OCaml-LGPL-linking-exception",
      "OCCT-exception-1.0",
      "OpenJDK-assembly-exception-1.0",
      "openvpn-openssl-exception",
      "PS-or-PDF-font-exception-20170817",
      "QPL-1.0-INRIA-2004-exception",
      "Qt-GPL-exception-1.0",
      "Qt-LGPL-exception-1.1",
      "Qwt-exception-1.0",
      "SANE-exception",
      "SHL-2.0",
      "SHL-2.1",
      "stunnel-exception",
      "SWI-exception",
      "Swift-exception",
      "Texinfo-exception",
      "u-boot-exception-2.0",
      "UBDL-exception",
      "Universal-FOSS-exception-1.0",
      "vsftpd-openssl-exception",
      "WxWindows-exception-3.1",
      "x11vnc-openssl-exception"
    ];
  }
});

// node_modules/spdx-expression-parse/scan.js
var require_scan = __commonJS({
  "node_modules/spdx-expression-parse/scan.js"(exports, module) {
    "use strict";
    var licenses = [].concat(require_spdx_license_ids()).concat(require_deprecated());
    var exceptions = require_spdx_exceptions();
    module.exports = function(source) {
      var index = 0;
      function hasMore() {
        return index < source.length;
      }
      function read(value) {
        if (value instanceof RegExp) {
          var chars = source.slice(index);
          var match = chars.match(value);
          if (match) {
            index += match[0].length;
            return match[0];
          }
        } else {
          if (source.indexOf(value, index) === index) {
            index += value.length;
            return value;
          }
        }
      }
      function skipWhitespace() {
        read(/[ ]*/);
      }
      function operator() {
        var string;
        var possibilities = ["WITH", "AND", "OR", "(", ")", ":", "+"];
        for (var i = 0; i < possibilities.length; i++) {
          string = read(possibilities[i]);
          if (string) {
            break;
          }
        }
        if (string === "+" && index > 1 && source[index - 2] === " ") {
          throw new Error("Space before `+`");
        }
        return string && {
          type: "OPERATOR",
          string
        };
      }
      function idstring() {
        return read(/[A-Za-z0-9-.]+/);
      }
      function expectIdstring() {
        var string = idstring();
        if (!string) {
          throw new Error("Expected idstring at offset " + index);
        }
        return string;
      }
      function documentRef() {
        if (read("DocumentRef-")) {
          var string = expectIdstring();
          return { type: "DOCUMENTREF", string };
        }
      }
      function licenseRef() {
        if (read("LicenseRef-")) {
          var string = expectIdstring();
          return { type: "LICENSEREF", string };
        }
      }
      function identifier() {
        var begin = index;
        var string = idstring();
        if (licenses.indexOf(string) !== -1) {
          return {
            type: "LICENSE",
            string
          };
        } else if (exceptions.indexOf(string) !== -1) {
          return {
            type: "EXCEPTION",
            string
          };
        }
        index = begin;
      }
      function parseToken() {
        return operator() || documentRef() || licenseRef() || identifier();
      }
      var tokens = [];
      while (hasMore()) {
        skipWhitespace();
        if (!hasMore()) {
          break;
        }
        var token = parseToken();
        if (!token) {
          throw new Error("Unexpected `" + source[index] + "` at offset " + index);
        }
        tokens.push(token);
      }
      return tokens;
    };
  }
});

// node_modules/spdx-expression-parse/parse.js
var require_parse = __commonJS({
  "node_modules/spdx-expression-parse/parse.js"(exports, module) {
    "use strict";
    module.exports = function(tokens) {
      var index = 0;
      function hasMore() {
        return index < tokens.length;
      }
      function token() {
        return hasMore() ? tokens[index] : null;
      }
      function next() {
        if (!hasMore()) {
          throw new Error();
        }
        index++;
      }
      function parseOperator(operator) {
        var t = token();
        if (t && t.type === "OPERATOR" && operator === t.string) {
          next();
          return t.string;
        }
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t = token();
          if (t && t.type === "EXCEPTION") {
            next();
            return t.string;
          }
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index;
        var string = "";
        var t = token();
        if (t.type === "DOCUMENTREF") {
          next();
          string += "DocumentRef-" + t.string + ":";
          if (!parseOperator(":")) {
            throw new Error("Expected `:` after `DocumentRef-...`");
          }
        }
        t = token();
        if (t.type === "LICENSEREF") {
          next();
          string += "LicenseRef-" + t.string;
          return { license: string };
        }
        index = begin;
      }
      function parseLicense() {
        var t = token();
        if (t && t.type === "LICENSE") {
          next();
          var node2 = { license: t.string };
          if (parseOperator("+")) {
            node2.plus = true;
          }
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
      }
      function parseParenthesizedExpression() {
        var left = parseOperator("(");
        if (!left) {
          return;
        }
        var expr = parseExpression();
        if (!parseOperator(")")) {
          throw new Error("Expected `)`");
        }
        return expr;
      }
      function parseAtom() {
        return parseParenthesizedExpression() || parseLicenseRef() || parseLicense();
      }
      function makeBinaryOpParser(operator, nextParser) {
        return function parseBinaryOp() {
          var left = nextParser();
          if (!left) {
            return;
          }
          if (!parseOperator(operator)) {
            return left;
          }
          var right = parseBinaryOp();
          if (!right) {
            throw new Error("Expected expression");
          }
          return {
            left,
            conjunction: operator.toLowerCase(),
            right
          };
        };
      }
      var parseAnd = makeBinaryOpParser("AND", parseAtom);
      var parseExpression = makeBinaryOpParser("OR", parseAnd);
      var node = parseExpression();
      if (!node || hasMore()) {
        throw new Error("Syntax error");
      }
      return node;
    };
  }
});

// node_modules/spdx-expression-parse/index.js
var require_spdx_expression_parse = __commonJS({
  "node_modules/spdx-expression-parse/index.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    module.exports = function(source) {
      return parse(scan(source));
    };
  }
});

// node_modules/spdx-correct/index.js
var require_spdx_correct = __commonJS({
  "node_modules/spdx-correct/index.js"(exports, module) {
    var parse = require_spdx_expression_parse();
    var spdxLicenseIds = require_spdx_license_ids();
    function valid(string) {
      try {
        parse(string);
        return true;
      } catch (error) {
        return false;
      }
    }
    function sortTranspositions(a, b) {
      var length = b[0].length - a[0].length;
      if (length !== 0) return length;
      return a[0].toUpperCase().localeCompare(b[0].toUpperCase());
    }
    var transpositions = [
      ["APGL", "AGPL"],
      ["Gpl", "GPL"],
      ["GLP", "GPL"],
      ["APL", "Apache"],
      ["ISD", "ISC"],
      ["GLP", "GPL"],
      ["IST", "ISC"],
      ["Claude", "Clause"],
      [" or later", "+"],
      [" International", ""],
      ["GNU", "GPL"],
      ["GUN", "GPL"],
      ["+", ""],
      ["GNU GPL", "GPL"],
      ["GNU LGPL", "LGPL"],
      ["GNU/GPL", "GPL"],
      ["GNU GLP", "GPL"],
      ["GNU LESSER GENERAL PUBLIC LICENSE", "LGPL"],
      ["GNU Lesser General Public License", "LGPL"],
      ["GNU LESSER GENERAL PUBLIC LICENSE", "LGPL-2.1"],
      ["GNU Lesser General Public License", "LGPL-2.1"],
      ["LESSER GENERAL PUBLIC LICENSE", "LGPL"],
      ["Lesser General Public License", "LGPL"],
      ["LESSER GENERAL PUBLIC LICENSE", "LGPL-2.1"],
      ["Lesser General Public License", "LGPL-2.1"],
      ["GNU General Public License", "GPL"],
      ["Gnu public license", "GPL"],
      ["GNU Public License", "GPL"],
      ["GNU GENERAL PUBLIC LICENSE", "GPL"],
      ["MTI", "MIT"],
      ["Mozilla Public License", "MPL"],
      ["Universal Permissive License", "UPL"],
      ["WTH", "WTF"],
      ["WTFGPL", "WTFPL"],
      ["-License", ""]
    ].sort(sortTranspositions);
    var TRANSPOSED = 0;
    var CORRECT = 1;
    var transforms = [
      // e.g. 'mit'
      function(argument) {
        return argument.toUpperCase();
      },
      // e.g. 'MIT '
      function(argument) {
        return argument.trim();
      },
      // e.g. 'M.I.T.'
      function(argument) {
        return argument.replace(/\./g, "");
      },
      // e.g. 'Apache- 2.0'
      function(argument) {
        return argument.replace(/\s+/g, "");
      },
      // e.g. 'CC BY 4.0''
      function(argument) {
        return argument.replace(/\s+/g, "-");
      },
      // e.g. 'LGPLv2.1'
      function(argument) {
        return argument.replace("v", "-");
      },
      // e.g. 'Apache 2.0'
      function(argument) {
        return argument.replace(/,?\s*(\d)/, "-$1");
      },
      // e.g. 'GPL 2'
      function(argument) {
        return argument.replace(/,?\s*(\d)/, "-$1.0");
      },
      // e.g. 'Apache Version 2.0'
      function(argument) {
        return argument.replace(/,?\s*(V\.|v\.|V|v|Version|version)\s*(\d)/, "-$2");
      },
      // e.g. 'Apache Version 2'
      function(argument) {
        return argument.replace(/,?\s*(V\.|v\.|V|v|Version|version)\s*(\d)/, "-$2.0");
      },
      // e.g. 'ZLIB'
      function(argument) {
        return argument[0].toUpperCase() + argument.slice(1);
      },
      // e.g. 'MPL/2.0'
      function(argument) {
        return argument.replace("/", "-");
      },
      // e.g. 'Apache 2'
      function(argument) {
        return argument.replace(/\s*V\s*(\d)/, "-$1").replace(/(\d)$/, "$1.0");
      },
      // e.g. 'GPL-2.0', 'GPL-3.0'
      function(argument) {
        if (argument.indexOf("3.0") !== -1) {
          return argument + "-or-later";
        } else {
          return argument + "-only";
        }
      },
      // e.g. 'GPL-2.0-'
      function(argument) {
        return argument + "only";
      },
      // e.g. 'GPL2'
      function(argument) {
        return argument.replace(/(\d)$/, "-$1.0");
      },
      // e.g. 'BSD 3'
      function(argument) {
        return argument.replace(/(-| )?(\d)$/, "-$2-Clause");
      },
      // e.g. 'BSD clause 3'
      function(argument) {
        return argument.replace(/(-| )clause(-| )(\d)/, "-$3-Clause");
      },
      // e.g. 'New BSD license'
      function(argument) {
        return argument.replace(/\b(Modified|New|Revised)(-| )?BSD((-| )License)?/i, "BSD-3-Clause");
      },
      // e.g. 'Simplified BSD license'
      function(argument) {
        return argument.replace(/\bSimplified(-| )?BSD((-| )License)?/i, "BSD-2-Clause");
      },
      // e.g. 'Free BSD license'
      function(argument) {
        return argument.replace(/\b(Free|Net)(-| )?BSD((-| )License)?/i, "BSD-2-Clause-$1BSD");
      },
      // e.g. 'Clear BSD license'
      function(argument) {
        return argument.replace(/\bClear(-| )?BSD((-| )License)?/i, "BSD-3-Clause-Clear");
      },
      // e.g. 'Old BSD License'
      function(argument) {
        return argument.replace(/\b(Old|Original)(-| )?BSD((-| )License)?/i, "BSD-4-Clause");
      },
      // e.g. 'BY-NC-4.0'
      function(argument) {
        return "CC-" + argument;
      },
      // e.g. 'BY-NC'
      function(argument) {
        return "CC-" + argument + "-4.0";
      },
      // e.g. 'Attribution-NonCommercial'
      function(argument) {
        return argument.replace("Attribution", "BY").replace("NonCommercial", "NC").replace("NoDerivatives", "ND").replace(/ (\d)/, "-$1").replace(/ ?International/, "");
      },
      // e.g. 'Attribution-NonCommercial'
      function(argument) {
        return "CC-" + argument.replace("Attribution", "BY").replace("NonCommercial", "NC").replace("NoDerivatives", "ND").replace(/ (\d)/, "-$1").replace(/ ?International/, "") + "-4.0";
      }
    ];
    var licensesWithVersions = spdxLicenseIds.map(function(id) {
      var match = /^(.*)-\d+\.\d+$/.exec(id);
      return match ? [match[0], match[1]] : [id, null];
    }).reduce(function(objectMap, item) {
      var key = item[1];
      objectMap[key] = objectMap[key] || [];
      objectMap[key].push(item[0]);
      return objectMap;
    }, {});
    var licensesWithOneVersion = Object.keys(licensesWithVersions).map(function makeEntries(key) {
      return [key, licensesWithVersions[key]];
    }).filter(function identifySoleVersions(item) {
      return (
        // Licenses has just one valid version suffix.
        item[1].length === 1 && item[0] !== null && // APL will be considered Apache, rather than APL-1.0
        item[0] !== "APL"
      );
    }).map(function createLastResorts(item) {
      return [item[0], item[1][0]];
    });
    licensesWithVersions = void 0;
    var lastResorts = [
      ["UNLI", "Unlicense"],
      ["WTF", "WTFPL"],
      ["2 CLAUSE", "BSD-2-Clause"],
      ["2-CLAUSE", "BSD-2-Clause"],
      ["3 CLAUSE", "BSD-3-Clause"],
      ["3-CLAUSE", "BSD-3-Clause"],
      ["AFFERO", "AGPL-3.0-or-later"],
      ["AGPL", "AGPL-3.0-or-later"],
      ["APACHE", "Apache-2.0"],
      ["ARTISTIC", "Artistic-2.0"],
      ["Affero", "AGPL-3.0-or-later"],
      ["BEER", "Beerware"],
      ["BOOST", "BSL-1.0"],
      ["BSD", "BSD-2-Clause"],
      ["CDDL", "CDDL-1.1"],
      ["ECLIPSE", "EPL-1.0"],
      ["FUCK", "WTFPL"],
      ["GNU", "GPL-3.0-or-later"],
      ["LGPL", "LGPL-3.0-or-later"],
      ["GPLV1", "GPL-1.0-only"],
      ["GPL-1", "GPL-1.0-only"],
      ["GPLV2", "GPL-2.0-only"],
      ["GPL-2", "GPL-2.0-only"],
      ["GPL", "GPL-3.0-or-later"],
      ["MIT +NO-FALSE-ATTRIBS", "MITNFA"],
      ["MIT", "MIT"],
      ["MPL", "MPL-2.0"],
      ["X11", "X11"],
      ["ZLIB", "Zlib"]
    ].concat(licensesWithOneVersion).sort(sortTranspositions);
    var SUBSTRING = 0;
    var IDENTIFIER = 1;
    var validTransformation = function(identifier) {
      for (var i = 0; i < transforms.length; i++) {
        var transformed = transforms[i](identifier).trim();
        if (transformed !== identifier && valid(transformed)) {
          return transformed;
        }
      }
      return null;
    };
    var validLastResort = function(identifier) {
      var upperCased = identifier.toUpperCase();
      for (var i = 0; i < lastResorts.length; i++) {
        var lastResort = lastResorts[i];
        if (upperCased.indexOf(lastResort[SUBSTRING]) > -1) {
          return lastResort[IDENTIFIER];
        }
      }
      return null;
    };
    var anyCorrection = function(identifier, check) {
      for (var i = 0; i < transpositions.length; i++) {
        var transposition = transpositions[i];
        var transposed = transposition[TRANSPOSED];
        if (identifier.indexOf(transposed) > -1) {
          var corrected = identifier.replace(
            transposed,
            transposition[CORRECT]
          );
          var checked = check(corrected);
          if (checked !== null) {
            return checked;
          }
        }
      }
      return null;
    };
    module.exports = function(identifier, options) {
      options = options || {};
      var upgrade = options.upgrade === void 0 ? true : !!options.upgrade;
      function postprocess(value) {
        return upgrade ? upgradeGPLs(value) : value;
      }
      var validArugment = typeof identifier === "string" && identifier.trim().length !== 0;
      if (!validArugment) {
        throw Error("Invalid argument. Expected non-empty string.");
      }
      identifier = identifier.trim();
      if (valid(identifier)) {
        return postprocess(identifier);
      }
      var noPlus = identifier.replace(/\+$/, "").trim();
      if (valid(noPlus)) {
        return postprocess(noPlus);
      }
      var transformed = validTransformation(identifier);
      if (transformed !== null) {
        return postprocess(transformed);
      }
      transformed = anyCorrection(identifier, function(argument) {
        if (valid(argument)) {
          return argument;
        }
        return validTransformation(argument);
      });
      if (transformed !== null) {
        return postprocess(transformed);
      }
      transformed = validLastResort(identifier);
      if (transformed !== null) {
        return postprocess(transformed);
      }
      transformed = anyCorrection(identifier, validLastResort);
      if (transformed !== null) {
        return postprocess(transformed);
      }
      return null;
    };
    function upgradeGPLs(value) {
      if ([
        "GPL-1.0",
        "LGPL-1.0",
        "AGPL-1.0",
        "GPL-2.0",
        "LGPL-2.0",
        "AGPL-2.0",
        "LGPL-2.1"
      ].indexOf(value) !== -1) {
        return value + "-only";
      } else if ([
        "GPL-1.0+",
        "GPL-2.0+",
        "GPL-3.0+",
        "LGPL-2.0+",
        "LGPL-2.1+",
        "LGPL-3.0+",
        "AGPL-1.0+",
        "AGPL-3.0+"
      ].indexOf(value) !== -1) {
        return value.replace(/\+$/, "-or-later");
      } else if (["GPL-3.0", "LGPL-3.0", "AGPL-3.0"].indexOf(value) !== -1) {
        return value + "-or-later";
      } else {
        return value;
      }
    }
  }
});

// deferred:spdx-correct
var require_spdx_correct2 = __commonJS({
  "deferred:spdx-correct"(exports, module) {
    module.exports = function deferred(...args) {
      return require_spdx_correct()(...args);
    };
  }
});

// src/rules/link-dead.ts
var linkDead = {
  meta: {
    id: "link-dead",
    description: "Links must not be dead: 404, 410, a host that does not exist, a refused connection, a redirect to a dead page or a redirect loop.",
    category: "links",
    recommended: "error",
    messages: {
      notFound: "Unexpected dead link `{{url}}` (HTTP `{{status}}`), expected a live page; update or remove the link",
      redirectToDead: "Unexpected dead link `{{url}}`: it redirects to `{{target}}` (HTTP `{{status}}`), expected a live page; update or remove the link",
      dnsNotFound: "Unexpected dead link `{{url}}`: host `{{host}}` does not exist, expected a host name that resolves",
      connectionRefused: "Unexpected dead link `{{url}}`: `{{host}}` refused the connection, expected a server that answers",
      redirectLoop: "Unexpected redirect loop at `{{url}}` (back to `{{target}}`), expected redirects that end at a page",
      tooManyRedirects: "Unexpected more than `{{max}}` redirects from `{{url}}`, expected a redirect chain that ends at a page",
      doiNotFound: "Unexpected unregistered DOI `{{doi}}` in `{{url}}`, expected a DOI that the handle system resolves",
      githubNotFound: "Unexpected missing GitHub repository or file `{{url}}`, expected one that the GitHub API finds",
      registryNotFound: "Unexpected dead link `{{url}}`: {{registry}} has no such record (HTTP `{{status}}` from its API), expected a record that exists; update or remove the link"
    }
  },
  kind: "dead",
  describe(outcome, { url, host, status, last }) {
    const { chain } = outcome;
    switch (outcome.reason) {
      case "not-found":
      case "gone":
        return last === void 0 ? { messageId: "notFound", data: { url, status } } : { messageId: "redirectToDead", data: { url, status, target: last } };
      case "dns-not-found":
        return { messageId: "dnsNotFound", data: { url, host } };
      case "connection-refused":
        return { messageId: "connectionRefused", data: { url, host } };
      case "redirect-loop":
        return { messageId: "redirectLoop", data: { url, target: last ?? url } };
      case "too-many-redirects":
        return { messageId: "tooManyRedirects", data: { url, max: Math.max(0, (chain?.length ?? 1) - 1) } };
      case "doi-not-found":
        return { messageId: "doiNotFound", data: { url, doi: outcome.doi ?? url } };
      case "github-not-found":
        return { messageId: "githubNotFound", data: { url } };
      case "registry-not-found":
        return { messageId: "registryNotFound", data: { url, status, registry: REGISTRY_TITLES[outcome.registry ?? "github"] } };
    }
  }
};

// src/rules/link-fragment.ts
var linkFragment = {
  meta: {
    id: "link-fragment",
    description: "A link\u2019s `#fragment` must name an element (`id` or `name`) on the page it points to.",
    category: "links",
    // Warn, not error: the page is alive and readers land on it; pages that build their ids with
    // script cannot be verified from their HTML.
    recommended: "warn",
    messages: {
      missing: "Unexpected missing fragment `#{{fragment}}` in `{{url}}`, expected an element with `id` or `name` `{{fragment}}` on the page"
    }
  },
  kind: "fragment-missing",
  describe(outcome, { url }) {
    return { messageId: "missing", data: { url, fragment: outcome.fragment } };
  }
};

// src/rules/link-redirect.ts
var linkRedirect = {
  meta: {
    id: "link-redirect",
    description: "Links should not go through a permanent redirect (301, 308): use the new URL.",
    category: "links",
    recommended: "warn",
    fixable: true,
    hasSuggestions: true,
    messages: {
      permanent: "Unexpected permanent redirect (`{{status}}`) from `{{url}}`, expected the new URL `{{target}}`"
    }
  },
  kind: "redirect",
  describe(outcome, { url, status }) {
    return { messageId: "permanent", data: { url, target: outcome.to, status: outcome.chain[0]?.status ?? status }, expected: outcome.to };
  }
};

// src/rules/link-skipped.ts
var linkSkipped = {
  meta: {
    id: "link-skipped",
    description: "Links that medlint refuses to request (private, loopback or link-local addresses) or cannot parse are reported.",
    category: "links",
    recommended: "warn",
    messages: {
      privateAddress: "Unexpected {{range}} address `{{address}}` for `{{url}}`, expected a public host; pass `--allow-private` to check it",
      invalidUrl: "Unexpected invalid URL `{{url}}`, expected an absolute `http(s)` URL"
    }
  },
  kind: "skipped",
  describe(outcome, { url, host }) {
    switch (outcome.reason) {
      // Not links medlint is meant to request: silent by design.
      case "unsupported-scheme":
      case "relative":
      case "excluded":
        return null;
      case "invalid-url":
        return { messageId: "invalidUrl", data: { url } };
      case "private-address":
        return { messageId: "privateAddress", data: { url, address: outcome.address ?? host, range: outcome.range ?? "private" } };
    }
  }
};

// src/rules/link-unreachable.ts
var linkUnreachable = {
  meta: {
    id: "link-unreachable",
    description: "Links whose server gave no usable answer after the retries (timeout, reset, 5xx, TLS error) are reported, not called dead.",
    category: "links",
    recommended: "warn",
    messages: {
      timeout: "Unexpected timeout for `{{url}}` after {{attempts}} attempts, expected an answer; the host may be down or slow",
      reset: "Unexpected connection reset (`{{code}}`) for `{{url}}` after {{attempts}} attempts, expected an answer",
      serverError: "Unexpected server error (HTTP `{{status}}`) from `{{url}}` after {{attempts}} attempts, expected a `2xx` answer",
      invalidResponse: "Unexpected invalid HTTP response (`{{code}}`) from `{{url}}`, expected a valid HTTP answer",
      tls: "Unexpected TLS error `{{code}}` for `{{url}}`, expected a valid certificate for `{{host}}`",
      dnsTemporary: "Unexpected DNS failure (`{{code}}`) for `{{host}}` in `{{url}}`, expected the name to resolve; try again later",
      network: "Unexpected network error `{{code}}` for `{{url}}`, expected an answer"
    }
  },
  kind: "unreachable",
  describe(outcome, { url, host, status }) {
    const { attempts } = outcome;
    const code = outcome.code ?? "none";
    switch (outcome.reason) {
      case "timeout":
        return { messageId: "timeout", data: { url, attempts } };
      case "reset":
        return { messageId: "reset", data: { url, code, attempts } };
      case "server-error":
        return { messageId: "serverError", data: { url, status, attempts } };
      case "invalid-response":
        return { messageId: "invalidResponse", data: { url, code: outcome.code ?? `HTTP ${status}` } };
      case "tls":
        return { messageId: "tls", data: { url, code, host } };
      case "dns-temporary":
        return { messageId: "dnsTemporary", data: { url, code, host } };
      case "network":
        return { messageId: "network", data: { url, code } };
    }
  }
};

// src/rules/link-unverified.ts
var linkUnverified = {
  meta: {
    id: "link-unverified",
    description: "Links that the server would not let medlint verify (blocked, bot challenge, login wall, rate limit) are reported, not called dead.",
    category: "links",
    recommended: "warn",
    messages: {
      blocked: "Unexpected HTTP `{{status}}` from `{{url}}`: the server turns automated checks away, expected a page that can be verified; check it in a browser",
      challenge: "Unexpected bot challenge (`cf-mitigated`, HTTP `{{status}}`) at `{{url}}`, expected a page that can be verified; check it in a browser",
      loginWall: "Unexpected login wall at `{{url}}` (redirects to `{{target}}`), expected a public page",
      rateLimited: "Unexpected rate limit (HTTP `{{status}}`) at `{{url}}` after {{attempts}} attempts, expected an answer; check it later or lower `links.perHost`",
      unexpectedStatus: "Unexpected HTTP `{{status}}` from `{{url}}`, expected a `2xx` answer",
      unsupportedRedirect: "Unexpected redirect from `{{url}}` to `{{target}}`, expected an `http(s)` page",
      unexpectedAnswer: "Unexpected answer from {{registry}} for `{{url}}` (HTTP `{{status}}`: not JSON, or without the record's fields), expected its API's record; the link is unverified"
    }
  },
  kind: "unverified",
  describe(outcome, { url, status, last }) {
    switch (outcome.reason) {
      case "blocked":
        return { messageId: "blocked", data: { url, status } };
      case "challenge":
        return { messageId: "challenge", data: { url, status } };
      case "login-wall":
        return { messageId: "loginWall", data: { url, target: last ?? url } };
      case "rate-limited":
        return { messageId: "rateLimited", data: { url, status, attempts: outcome.attempts ?? 1 } };
      case "unexpected-status":
        return { messageId: "unexpectedStatus", data: { url, status } };
      case "unsupported-redirect":
        return { messageId: "unsupportedRedirect", data: { url, target: last ?? url } };
      case "unexpected-answer":
        return { messageId: "unexpectedAnswer", data: { url, status, registry: REGISTRY_TITLES[outcome.registry ?? "github"] } };
    }
  }
};

// src/rules/link-rules.ts
var linkRules = [linkDead, linkRedirect, linkUnverified, linkUnreachable, linkFragment, linkSkipped].map((rule) => rule.meta);
function formatChain(chain) {
  return chain.map((hop) => `${hop.status} ${hop.url} \u2192 ${hop.location}`).join("; ");
}
function hostOf(url) {
  try {
    const { hostname } = new URL(url);
    return hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  } catch {
    return url;
  }
}
function reportOf(rule, outcome, facts) {
  const message = rule.describe(outcome, facts);
  if (message === null) return null;
  const result = { ruleId: rule.meta.id, messageId: message.messageId, data: message.data };
  if (message.expected !== void 0) result.expected = message.expected;
  const chain = outcome.chain ?? [];
  if (chain.length > 0) result.note = `Redirects: ${formatChain(chain)}`;
  return result;
}
function describeOutcome(outcome, url) {
  const last = outcome.chain?.at(-1)?.location;
  const facts = {
    url,
    host: hostOf(last ?? url),
    status: "status" in outcome && outcome.status !== void 0 ? outcome.status : 0,
    last
  };
  switch (outcome.kind) {
    case "ok":
      return null;
    case "redirect":
      return reportOf(linkRedirect, outcome, facts);
    case "dead":
      return reportOf(linkDead, outcome, facts);
    case "unverified":
      return reportOf(linkUnverified, outcome, facts);
    case "unreachable":
      return reportOf(linkUnreachable, outcome, facts);
    case "fragment-missing":
      return reportOf(linkFragment, outcome, facts);
    case "skipped":
      return reportOf(linkSkipped, outcome, facts);
  }
}

// src/rules/access-levels.ts
var RANK = { open: 0, registration: 1, application: 2, credentialed: 3, restricted: 4 };
function isMoreOpen(stated, known) {
  return RANK[stated] < RANK[known];
}
var GATED = /* @__PURE__ */ new Set(["application", "credentialed", "restricted"]);
function contradicts(stated, known) {
  return !GATED.has(stated) && isMoreOpen(stated, known);
}
function isImprecise(stated, known) {
  return stated !== known && GATED.has(stated) && GATED.has(known);
}
function describeLevel(level) {
  switch (level) {
    case "open":
      return "is open";
    case "registration":
      return "needs registration";
    case "application":
      return "needs an application";
    case "credentialed":
      return "needs credentialed access";
    case "restricted":
      return "is restricted";
  }
}

// src/rules/records.ts
function entryRecord(entry, context) {
  return entry.url === null ? void 0 : context.record(entry.url);
}
function registryAccess(entry, context) {
  const record = entryRecord(entry, context);
  if (!record?.access) return null;
  const registry = REGISTRY_TITLES[record.registry];
  return { level: record.access.level, name: entry.name, terms: record.access.terms, source: record.url, match: registry, registry };
}
function entryLinksWithRecords(entries, context) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const entry of entries) {
    for (const link of entry.links) {
      const place = `${link.line}:${link.column}`;
      if (seen.has(place)) continue;
      seen.add(place);
      const record = context.record(link.url);
      if (record) out.push({ entry, link, record });
    }
  }
  return out;
}
function entryName(entry) {
  return entry.name !== "" ? entry.name : entry.url ?? "";
}

// src/rules/access-mismatch.ts
var accessMismatch = {
  meta: {
    id: "access-mismatch",
    description: "Entries must not state access terms that contradict what medlint knows (open or registration where more is needed).",
    category: "entries",
    recommended: "error",
    messages: {
      // The terms and their source go to `note` (a second line in the terminal): the message stays short.
      moreOpen: 'Unexpected access `{{stated}}` ("{{text}}") for `{{name}}`, expected `{{level}}`: `{{match}}` {{known}}',
      registry: 'Unexpected access `{{stated}}` ("{{text}}") for `{{name}}`, expected `{{level}}`: {{registry}} says it {{known}}'
    }
  },
  check(document, context) {
    for (const entry of document.entries) {
      if (entry.kind === "resource") continue;
      const { access } = entry;
      if (access?.source !== "text" || access.level === null) continue;
      const fromRegistry = registryAccess(entry, context);
      const known = fromRegistry ?? entry.knownAccess;
      if (!known || !contradicts(access.level, known.level)) continue;
      context.report({
        messageId: fromRegistry ? "registry" : "moreOpen",
        data: {
          ...fromRegistry ? { registry: fromRegistry.registry } : {},
          stated: access.level,
          text: access.text,
          name: entry.name !== "" ? entry.name : entry.url ?? "",
          level: known.level,
          match: known.match,
          known: describeLevel(known.level),
          terms: known.terms,
          source: known.source
        },
        line: entry.line,
        column: entry.column,
        endLine: entry.endLine,
        endColumn: entry.endColumn,
        actual: access.text,
        expected: known.level,
        note: `${known.terms}; source: ${known.source}`
      });
    }
  }
};

// src/rules/dataset-version.ts
var datasetVersion = {
  meta: {
    id: "dataset-version",
    description: "Links that name a version of a dataset must name its newest version, as the registry (PhysioNet, Zenodo) lists them.",
    category: "entries",
    recommended: "warn",
    messages: {
      older: "Unexpected link to version `{{linked}}` of `{{name}}`, expected the newest version `{{newest}}`: `{{latest}}` ({{registry}}; source: {{source}})"
    }
  },
  check(document, context) {
    for (const { entry, link, record } of entryLinksWithRecords(document.entries, context)) {
      if (!record.newer) continue;
      context.report({
        messageId: "older",
        data: {
          linked: record.newer.linked,
          name: entryName(entry),
          newest: record.newer.newest,
          latest: record.newer.url,
          registry: REGISTRY_TITLES[record.registry],
          source: record.url
        },
        line: link.line,
        column: link.column,
        endLine: link.endLine,
        endColumn: link.endColumn,
        actual: link.url,
        expected: record.newer.url,
        note: record.url
      });
    }
  }
};

// src/extract/license.ts
var import_spdx_correct = __toESM(require_spdx_correct2(), 1);

// node_modules/spdx-license-ids/index.json with { type: 'json' }
var spdx_license_ids_default = [
  "0BSD",
  "3D-Slicer-1.0",
  "AAL",
  "ADSL",
  "AFL-1.1",
  "AFL-1.2",
  "AFL-2.0",
  "AFL-2.1",
  "AFL-3.0",
  "AGPL-1.0-only",
  "AGPL-1.0-or-later",
  "AGPL-3.0-only",
  "AGPL-3.0-or-later",
  "ALGLIB-Documentation",
  "AMD-newlib",
  "AMDPLPA",
  "AML",
  "AML-glslang",
  "AMPAS",
  "ANTLR-PD",
  "ANTLR-PD-fallback",
  "APAFML",
  "APL-1.0",
  "APSL-1.0",
  "APSL-1.1",
  "APSL-1.2",
  "APSL-2.0",
  "ASWF-Digital-Assets-1.0",
  "ASWF-Digital-Assets-1.1",
  "Abstyles",
  "AdaCore-doc",
  "Adobe-2006",
  "Adobe-Display-PostScript",
  "Adobe-Glyph",
  "Adobe-Utopia",
  "Advanced-Cryptics-Dictionary",
  "Afmparse",
  "Aladdin",
  "Apache-1.0",
  "Apache-1.1",
  "Apache-2.0",
  "App-s2p",
  "Arphic-1999",
  "Artistic-1.0",
  "Artistic-1.0-Perl",
  "Artistic-1.0-cl8",
  "Artistic-2.0",
  "Artistic-dist",
  "Aspell-RU",
  "BOLA-1.1",
  "BSD-1-Clause",
  "BSD-2-Clause",
  "BSD-2-Clause-Darwin",
  "BSD-2-Clause-Patent",
  "BSD-2-Clause-Views",
  "BSD-2-Clause-first-lines",
  "BSD-2-Clause-pkgconf-disclaimer",
  "BSD-2-Clause-pos-unchanged",
  "BSD-3-Clause",
  "BSD-3-Clause-Attribution",
  "BSD-3-Clause-Clear",
  "BSD-3-Clause-HP",
  "BSD-3-Clause-LBNL",
  "BSD-3-Clause-Modification",
  "BSD-3-Clause-No-Military-License",
  "BSD-3-Clause-No-Nuclear-License",
  "BSD-3-Clause-No-Nuclear-License-2014",
  "BSD-3-Clause-No-Nuclear-Warranty",
  "BSD-3-Clause-Open-MPI",
  "BSD-3-Clause-OpenWebUI",
  "BSD-3-Clause-Sun",
  "BSD-3-Clause-Tso",
  "BSD-3-Clause-acpica",
  "BSD-3-Clause-flex",
  "BSD-4-Clause",
  "BSD-4-Clause-Shortened",
  "BSD-4-Clause-UC",
  "BSD-4.3RENO",
  "BSD-4.3TAHOE",
  "BSD-Advertising-Acknowledgement",
  "BSD-Attribution-HPND-disclaimer",
  "BSD-Inferno-Nettverk",
  "BSD-Mark-Modifications",
  "BSD-Protection",
  "BSD-Source-Code",
  "BSD-Source-Code-no-disclaimer",
  "BSD-Source-alt-GPL",
  "BSD-Source-beginning-file",
  "BSD-Systemics",
  "BSD-Systemics-W3Works",
  "BSD-ask-to-endorse",
  "BSL-1.0",
  "BUSL-1.1",
  "Baekmuk",
  "Bahyph",
  "Barr",
  "Beerware",
  "BitTorrent-1.0",
  "BitTorrent-1.1",
  "Bitstream-Charter",
  "Bitstream-Vera",
  "BlueOak-1.0.0",
  "Boehm-GC",
  "Boehm-GC-without-fee",
  "Borceux",
  "Brian-Gladman-2-Clause",
  "Brian-Gladman-3-Clause",
  "Brian-Gladman-3-Clause-no-conversion",
  "Buddy",
  "Bugroff",
  "C-UDA-1.0",
  "CAL-1.0",
  "CAL-1.0-Combined-Work-Exception",
  "CAPEC-tou",
  "CATOSL-1.1",
  "CC-BY-1.0",
  "CC-BY-2.0",
  "CC-BY-2.5",
  "CC-BY-2.5-AU",
  "CC-BY-3.0",
  "CC-BY-3.0-AT",
  "CC-BY-3.0-AU",
  "CC-BY-3.0-DE",
  "CC-BY-3.0-IGO",
  "CC-BY-3.0-NL",
  "CC-BY-3.0-US",
  "CC-BY-4.0",
  "CC-BY-NC-1.0",
  "CC-BY-NC-2.0",
  "CC-BY-NC-2.5",
  "CC-BY-NC-3.0",
  "CC-BY-NC-3.0-DE",
  "CC-BY-NC-3.0-IGO",
  "CC-BY-NC-4.0",
  "CC-BY-NC-ND-1.0",
  "CC-BY-NC-ND-2.0",
  "CC-BY-NC-ND-2.5",
  "CC-BY-NC-ND-3.0",
  "CC-BY-NC-ND-3.0-DE",
  "CC-BY-NC-ND-3.0-IGO",
  "CC-BY-NC-ND-4.0",
  "CC-BY-NC-SA-1.0",
  "CC-BY-NC-SA-2.0",
  "CC-BY-NC-SA-2.0-DE",
  "CC-BY-NC-SA-2.0-FR",
  "CC-BY-NC-SA-2.0-UK",
  "CC-BY-NC-SA-2.5",
  "CC-BY-NC-SA-3.0",
  "CC-BY-NC-SA-3.0-DE",
  "CC-BY-NC-SA-3.0-IGO",
  "CC-BY-NC-SA-4.0",
  "CC-BY-ND-1.0",
  "CC-BY-ND-2.0",
  "CC-BY-ND-2.5",
  "CC-BY-ND-3.0",
  "CC-BY-ND-3.0-DE",
  "CC-BY-ND-4.0",
  "CC-BY-SA-1.0",
  "CC-BY-SA-2.0",
  "CC-BY-SA-2.0-UK",
  "CC-BY-SA-2.1-JP",
  "CC-BY-SA-2.5",
  "CC-BY-SA-3.0",
  "CC-BY-SA-3.0-AT",
  "CC-BY-SA-3.0-DE",
  "CC-BY-SA-3.0-IGO",
  "CC-BY-SA-4.0",
  "CC-PDDC",
  "CC-PDM-1.0",
  "CC-SA-1.0",
  "CC0-1.0",
  "CDDL-1.0",
  "CDDL-1.1",
  "CDL-1.0",
  "CDLA-Permissive-1.0",
  "CDLA-Permissive-2.0",
  "CDLA-Sharing-1.0",
  "CECILL-1.0",
  "CECILL-1.1",
  "CECILL-2.0",
  "CECILL-2.1",
  "CECILL-B",
  "CECILL-C",
  "CERN-OHL-1.1",
  "CERN-OHL-1.2",
  "CERN-OHL-P-2.0",
  "CERN-OHL-S-2.0",
  "CERN-OHL-W-2.0",
  "CFITSIO",
  "CMU-Mach",
  "CMU-Mach-nodoc",
  "CNRI-Jython",
  "CNRI-Python",
  "CNRI-Python-GPL-Compatible",
  "COIL-1.0",
  "CPAL-1.0",
  "CPL-1.0",
  "CPOL-1.02",
  "CUA-OPL-1.0",
  "Caldera",
  "Caldera-no-preamble",
  "Catharon",
  "ClArtistic",
  "Clips",
  "Community-Spec-1.0",
  "Condor-1.1",
  "Cornell-Lossless-JPEG",
  "Cronyx",
  "Crossword",
  "CryptoSwift",
  "CrystalStacker",
  "Cube",
  "D-FSL-1.0",
  "DEC-3-Clause",
  "DL-DE-BY-2.0",
  "DL-DE-ZERO-2.0",
  "DOC",
  "DRL-1.0",
  "DRL-1.1",
  "DSDP",
  "DocBook-DTD",
  "DocBook-Schema",
  "DocBook-Stylesheet",
  "DocBook-XML",
  "Dotseqn",
  "ECL-1.0",
  "ECL-2.0",
  "EFL-1.0",
  "EFL-2.0",
  "EPICS",
  "EPL-1.0",
  "EPL-2.0",
  "ESA-PL-permissive-2.4",
  "ESA-PL-strong-copyleft-2.4",
  "ESA-PL-weak-copyleft-2.4",
  "EUDatagrid",
  "EUPL-1.0",
  "EUPL-1.1",
  "EUPL-1.2",
  "Elastic-2.0",
  "Entessa",
  "ErlPL-1.1",
  "Eurosym",
  "FBM",
  "FDK-AAC",
  "FDK-MPEG-H",
  "FSFAP",
  "FSFAP-no-warranty-disclaimer",
  "FSFUL",
  "FSFULLR",
  "FSFULLRSD",
  "FSFULLRWD",
  "FSL-1.1-ALv2",
  "FSL-1.1-MIT",
  "FTL",
  "Fair",
  "Ferguson-Twofish",
  "Frameworx-1.0",
  "FreeBSD-DOC",
  "FreeImage",
  "Furuseth",
  "GCR-docs",
  "GD",
  "GFDL-1.1-invariants-only",
  "GFDL-1.1-invariants-or-later",
  "GFDL-1.1-no-invariants-only",
  "GFDL-1.1-no-invariants-or-later",
  "GFDL-1.1-only",
  "GFDL-1.1-or-later",
  "GFDL-1.2-invariants-only",
  "GFDL-1.2-invariants-or-later",
  "GFDL-1.2-no-invariants-only",
  "GFDL-1.2-no-invariants-or-later",
  "GFDL-1.2-only",
  "GFDL-1.2-or-later",
  "GFDL-1.3-invariants-only",
  "GFDL-1.3-invariants-or-later",
  "GFDL-1.3-no-invariants-only",
  "GFDL-1.3-no-invariants-or-later",
  "GFDL-1.3-only",
  "GFDL-1.3-or-later",
  "GL2PS",
  "GLWTPL",
  "GPL-1.0-only",
  "GPL-1.0-or-later",
  "GPL-2.0-only",
  "GPL-2.0-or-later",
  "GPL-3.0-only",
  "GPL-3.0-or-later",
  "Game-Programming-Gems",
  "Giftware",
  "Glide",
  "Glulxe",
  "Graphics-Gems",
  "Gutmann",
  "HDF5",
  "HIDAPI",
  "HP-1986",
  "HP-1989",
  "HPND",
  "HPND-DEC",
  "HPND-Fenneberg-Livingston",
  "HPND-INRIA-IMAG",
  "HPND-Intel",
  "HPND-Kevlin-Henney",
  "HPND-MIT-disclaimer",
  "HPND-Markus-Kuhn",
  "HPND-Netrek",
  "HPND-Pbmplus",
  "HPND-SMC",
  "HPND-UC",
  "HPND-UC-export-US",
  "HPND-doc",
  "HPND-doc-sell",
  "HPND-export-US",
  "HPND-export-US-acknowledgement",
  "HPND-export-US-modify",
  "HPND-export2-US",
  "HPND-merchantability-variant",
  "HPND-sell-MIT-disclaimer-xserver",
  "HPND-sell-regexpr",
  "HPND-sell-variant",
  "HPND-sell-variant-MIT-disclaimer",
  "HPND-sell-variant-MIT-disclaimer-rev",
  "HPND-sell-variant-critical-systems",
  "HTMLTIDY",
  "HaskellReport",
  "Hippocratic-2.1",
  "Hippocratic-3.0-core",
  "IBM-pibs",
  "ICU",
  "IEC-Code-Components-EULA",
  "IJG",
  "IJG-short",
  "IPA",
  "IPL-1.0",
  "ISC",
  "ISC-Veillard",
  "ISO-permission",
  "ImageMagick",
  "Imlib2",
  "Info-ZIP",
  "Informatica",
  "Inner-Net-2.0",
  "InnoSetup",
  "Intel",
  "Intel-ACPI",
  "Interbase-1.0",
  "JPL-image",
  "JPNIC",
  "JSON",
  "Jam",
  "JasPer-2.0",
  "Kastrup",
  "Kazlib",
  "Knuth-CTAN",
  "LAL-1.2",
  "LAL-1.3",
  "LGPL-2.0-only",
  "LGPL-2.0-or-later",
  "LGPL-2.1-only",
  "LGPL-2.1-or-later",
  "LGPL-3.0-only",
  "LGPL-3.0-or-later",
  "LGPLLR",
  "LOOP",
  "LPD-document",
  "LPL-1.0",
  "LPL-1.02",
  "LPPL-1.0",
  "LPPL-1.1",
  "LPPL-1.2",
  "LPPL-1.3a",
  "LPPL-1.3c",
  "LZMA-SDK-9.11-to-9.20",
  "LZMA-SDK-9.22",
  "Latex2e",
  "Latex2e-translated-notice",
  "Leptonica",
  "LiLiQ-P-1.1",
  "LiLiQ-R-1.1",
  "LiLiQ-Rplus-1.1",
  "Libpng",
  "Linux-OpenIB",
  "Linux-man-pages-1-para",
  "Linux-man-pages-copyleft",
  "Linux-man-pages-copyleft-2-para",
  "Linux-man-pages-copyleft-var",
  "Lucida-Bitmap-Fonts",
  "MIPS",
  "MIT",
  "MIT-0",
  "MIT-CMU",
  "MIT-Click",
  "MIT-Festival",
  "MIT-Khronos-old",
  "MIT-Modern-Variant",
  "MIT-STK",
  "MIT-Wu",
  "MIT-advertising",
  "MIT-enna",
  "MIT-feh",
  "MIT-open-group",
  "MIT-testregex",
  "MITNFA",
  "MMIXware",
  "MMPL-1.0.1",
  "MPEG-SSG",
  "MPL-1.0",
  "MPL-1.1",
  "MPL-2.0",
  "MPL-2.0-no-copyleft-exception",
  "MS-LPL",
  "MS-PL",
  "MS-RL",
  "MTLL",
  "MVT-1.1",
  "Mackerras-3-Clause",
  "Mackerras-3-Clause-acknowledgment",
  "MakeIndex",
  "Martin-Birgmeier",
  "McPhee-slideshow",
  "Minpack",
  "MirOS",
  "Motosoto",
  "MulanPSL-1.0",
  "MulanPSL-2.0",
  "Multics",
  "Mup",
  "NAIST-2003",
  "NASA-1.3",
  "NBPL-1.0",
  "NCBI-PD",
  "NCGL-UK-2.0",
  "NCL",
  "NCSA",
  "NGPL",
  "NICTA-1.0",
  "NIST-PD",
  "NIST-PD-TNT",
  "NIST-PD-fallback",
  "NIST-Software",
  "NLOD-1.0",
  "NLOD-2.0",
  "NLPL",
  "NOSL",
  "NPL-1.0",
  "NPL-1.1",
  "NPOSL-3.0",
  "NRL",
  "NTIA-PD",
  "NTP",
  "NTP-0",
  "Naumen",
  "NetCDF",
  "Newsletr",
  "Nokia",
  "Noweb",
  "O-UDA-1.0",
  "OAR",
  "OCCT-PL",
  "OCLC-2.0",
  "ODC-By-1.0",
  "ODbL-1.0",
  "OFFIS",
  "OFL-1.0",
  "OFL-1.0-RFN",
  "OFL-1.0-no-RFN",
  "OFL-1.1",
  "OFL-1.1-RFN",
  "OFL-1.1-no-RFN",
  "OGC-1.0",
  "OGDL-Taiwan-1.0",
  "OGL-Canada-2.0",
  "OGL-UK-1.0",
  "OGL-UK-2.0",
  "OGL-UK-3.0",
  "OGTSL",
  "OLDAP-1.1",
  "OLDAP-1.2",
  "OLDAP-1.3",
  "OLDAP-1.4",
  "OLDAP-2.0",
  "OLDAP-2.0.1",
  "OLDAP-2.1",
  "OLDAP-2.2",
  "OLDAP-2.2.1",
  "OLDAP-2.2.2",
  "OLDAP-2.3",
  "OLDAP-2.4",
  "OLDAP-2.5",
  "OLDAP-2.6",
  "OLDAP-2.7",
  "OLDAP-2.8",
  "OLFL-1.3",
  "OML",
  "OPL-1.0",
  "OPL-UK-3.0",
  "OPUBL-1.0",
  "OSC-1.0",
  "OSET-PL-2.1",
  "OSL-1.0",
  "OSL-1.1",
  "OSL-2.0",
  "OSL-2.1",
  "OSL-3.0",
  "OSSP",
  "OpenMDW-1.0",
  "OpenPBS-2.3",
  "OpenSSL",
  "OpenSSL-standalone",
  "OpenVision",
  "PADL",
  "PDDL-1.0",
  "PHP-3.0",
  "PHP-3.01",
  "PPL",
  "PSF-2.0",
  "ParaType-Free-Font-1.3",
  "Parity-6.0.0",
  "Parity-7.0.0",
  "Pixar",
  "Plexus",
  "PolyForm-Noncommercial-1.0.0",
  "PolyForm-Small-Business-1.0.0",
  "PostgreSQL",
  "Python-2.0",
  "Python-2.0.1",
  "QPL-1.0",
  "QPL-1.0-INRIA-2004",
  "Qhull",
  "RHeCos-1.1",
  "RPL-1.1",
  "RPL-1.5",
  "RPSL-1.0",
  "RSA-MD",
  "RSCPL",
  "Rdisc",
  "Ruby",
  "Ruby-pty",
  "SAX-PD",
  "SAX-PD-2.0",
  "SCEA",
  "SGI-B-1.0",
  "SGI-B-1.1",
  "SGI-B-2.0",
  "SGI-OpenGL",
  "SGMLUG-PM",
  "SGP4",
  "SHL-0.5",
  "SHL-0.51",
  "SISSL",
  "SISSL-1.2",
  "SL",
  "SMAIL-GPL",
  "SMLNJ",
  "SMPPL",
  "SNIA",
  "SOFA",
  "SPL-1.0",
  "SSH-OpenSSH",
  "SSH-short",
  "SSLeay-standalone",
  "SSPL-1.0",
  "SUL-1.0",
  "SWL",
  "Saxpath",
  "SchemeReport",
  "Sendmail",
  "Sendmail-8.23",
  "Sendmail-Open-Source-1.1",
  "SimPL-2.0",
  "Sleepycat",
  "Soundex",
  "Spencer-86",
  "Spencer-94",
  "Spencer-99",
  "SugarCRM-1.1.3",
  "Sun-PPP",
  "Sun-PPP-2000",
  "SunPro",
  "Symlinks",
  "TAPR-OHL-1.0",
  "TCL",
  "TCP-wrappers",
  "TGPPL-1.0",
  "TMate",
  "TORQUE-1.1",
  "TOSL",
  "TPDL",
  "TPL-1.0",
  "TTWL",
  "TTYP0",
  "TU-Berlin-1.0",
  "TU-Berlin-2.0",
  "TekHVC",
  "TermReadKey",
  "ThirdEye",
  "TrustedQSL",
  "UCAR",
  "UCL-1.0",
  "UMich-Merit",
  "UPL-1.0",
  "URT-RLE",
  "Ubuntu-font-1.0",
  "UnRAR",
  "Unicode-3.0",
  "Unicode-DFS-2015",
  "Unicode-DFS-2016",
  "Unicode-TOU",
  "UnixCrypt",
  "Unlicense",
  "Unlicense-libtelnet",
  "Unlicense-libwhirlpool",
  "VOSTROM",
  "VSL-1.0",
  "Vim",
  "Vixie-Cron",
  "W3C",
  "W3C-19980720",
  "W3C-20150513",
  "WTFNMFPL",
  "WTFPL",
  "Watcom-1.0",
  "Widget-Workshop",
  "WordNet",
  "Wsuipa",
  "X11",
  "X11-distribute-modifications-variant",
  "X11-no-permit-persons",
  "X11-swapped",
  "XFree86-1.1",
  "XSkat",
  "Xdebug-1.03",
  "Xerox",
  "Xfig",
  "Xnet",
  "YPL-1.0",
  "YPL-1.1",
  "ZPL-1.1",
  "ZPL-2.0",
  "ZPL-2.1",
  "Zed",
  "Zeeff",
  "Zend-2.0",
  "Zimbra-1.3",
  "Zimbra-1.4",
  "Zlib",
  "any-OSI",
  "any-OSI-perl-modules",
  "atc-game",
  "bcrypt-Solar-Designer",
  "blessing",
  "bzip2-1.0.6",
  "check-cvs",
  "checkmk",
  "copyleft-next-0.3.0",
  "copyleft-next-0.3.1",
  "curl",
  "cve-tou",
  "diffmark",
  "dtoa",
  "dvipdfm",
  "eGenix",
  "etalab-2.0",
  "fwlw",
  "gSOAP-1.3b",
  "generic-xts",
  "gnuplot",
  "gtkbook",
  "hdparm",
  "hyphen-bulgarian",
  "iMatix",
  "jove",
  "libpng-1.6.35",
  "libpng-2.0",
  "libselinux-1.0",
  "libtiff",
  "libutil-David-Nugent",
  "lsof",
  "magaz",
  "mailprio",
  "man2html",
  "metamail",
  "mpi-permissive",
  "mpich2",
  "mplus",
  "ngrep",
  "pkgconf",
  "pnmstitch",
  "psfrag",
  "psutils",
  "python-ldap",
  "radvd",
  "snprintf",
  "softSurfer",
  "ssh-keyscan",
  "swrule",
  "threeparttable",
  "ulem",
  "w3m",
  "wwl",
  "xinetd",
  "xkeyboard-config-Zinoviev",
  "xlock",
  "xpp",
  "xzoom",
  "zlib-acknowledgement"
];

// src/extract/license.ts
var ID_BY_LOWER_CASE = new Map(spdx_license_ids_default.map((id) => [id.toLowerCase(), id]));
var SHORT_FORMS = /* @__PURE__ */ new Map([
  ["odbl", "ODbL-1.0"],
  ["odc-by", "ODC-By-1.0"],
  ["odc-odbl", "ODbL-1.0"],
  ["odc-pddl", "PDDL-1.0"],
  ["open data commons open database license", "ODbL-1.0"],
  ["open data commons attribution license", "ODC-By-1.0"],
  ["open data commons public domain dedication and license", "PDDL-1.0"]
]);
var CC_ELEMENTS = [
  [/^attribution$/, "BY"],
  [/^non-?commercial$/, "NC"],
  [/^share-?alike$/, "SA"],
  [/^no-?deriv(?:ative)?s$/, "ND"]
];
var DATASET_LICENCE = String.raw`PhysioNet (?:Credentialed|Restricted|Contributor Review) Health Data Licen[cs]e(?: v?\d+(?:\.\d+){0,2})?`;
var CC_SHORT = String.raw`CC[- ]?(?:BY(?:[- ](?:NC|SA|ND)){0,2}|0|Zero)(?:[- ]v?\d\.\d)?`;
var CC_LONG = String.raw`Creative Commons (?:Attribution(?:[- ](?:Non-?Commercial|Share-?Alike|No-?Deriv(?:ative)?s)){0,2}|Zero)(?: v?\d\.\d)?(?: International)?(?: Public)?(?: Licen[cs]e)?`;
var ODC = String.raw`Open Data Commons (?:Open Database|Attribution|Public Domain Dedication and) Licen[cs]e(?: v?1\.0)?|ODbL(?:[- ]v?1\.0)?|ODC[- ](?:By|ODbL|PDDL)(?:[- ]v?1\.0)?|PDDL(?:[- ]v?1\.0)?|CDLA-(?:Permissive|Sharing)-[12]\.0`;
var SOFTWARE = String.raw`MIT|Apache(?:[- ]License)?(?:[- ]v?2\.0)?|[AL]?GPL[- ]?v?[23](?:\.0)?(?:[- ]only|[- ]or[- ]later)?|BSD[- ][23][- ]Clause|MPL[- ]2\.0`;
var DATA_LICENCE = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${DATASET_LICENCE}|${CC_LONG}|${CC_SHORT}|${ODC})(?![\p{L}\p{N}])`, "iu");
var SOFTWARE_LICENCE = new RegExp(
  String.raw`\bunder (?:the )?(?:terms of (?:the )?)?((${SOFTWARE})(?:[- ]licen[cs]e)?)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}-])((${SOFTWARE})[- ]licen[cs]ed?)\b`,
  "iu"
);
var MAY_NAME_LICENCE = /cc(?<![\p{L}\p{N}-]cc)|commons|odbl|odc|pddl|cdla|physionet|under|licen/iu;
var LABELLED = /(?:^|[\n;|]|[.!?](?=\s))[ \t]*(?:licen[cs]e|licen[cs]ing|terms of use|terms|usage)\s*[:：]([^\n;|]*)/gi;
var LICENCE_LABEL = /(?:^|[\n;|]|[.!?](?=\s))[ \t]*(?:licen[cs]e|licen[cs]ing)\s*[:：]/i;
var NO_LICENCE = /^(?:n\/?a|none|unknown|not specified|unspecified|restricted|various|varies|mixed|other|tbd|\?|-+)$/i;
var ACCESS_WORDS = /\bdata use agreement\b|\bDUA\b|\bcredentialed\b|\bregist(?:er|ration)\b|\bsign[ -]?up\b|\blog ?in\b|\bapply\b|\bapplication\b|\brequest\b|\baccount\b|\bcontact\b|\bopen access\b|\bpublicly available\b|\bfree(?:ly)? (?:available|to download)\b/i;
function extractLicense(text, imageUrls = []) {
  for (const match of text.matchAll(LABELLED)) {
    const value = sentenceStart(match[1] ?? "");
    const found = licenceIn(value);
    if (found) return found;
    if (LICENCE_LABEL.test(match[0]) && value !== "" && !NO_LICENCE.test(value) && !ACCESS_WORDS.test(value)) {
      return { id: spdxId(value), text: value };
    }
  }
  for (const url of imageUrls) {
    const badge = badgeLicence(url);
    if (badge) return licenceIn(badge) ?? { id: spdxId(badge), text: badge };
  }
  return licenceIn(text);
}
function sentenceStart(value) {
  const end = value.search(/[.!?]\s/);
  return (end === -1 ? value : value.slice(0, end)).trim().replace(/[.,]$/, "").trim();
}
function licenceIn(text) {
  if (!MAY_NAME_LICENCE.test(text)) return null;
  const data = DATA_LICENCE.exec(text);
  const software = SOFTWARE_LICENCE.exec(text);
  const first = data && software ? data.index <= software.index ? data : software : data ?? software;
  if (!first) return null;
  if (first === software) return { id: spdxId(software[2] ?? software[4]), text: (software[1] ?? software[3]).trim() };
  return { id: spdxId(first[0]), text: first[0].trim() };
}
function spdxId(written2) {
  const text = written2.trim().replace(/\s+/g, " ");
  const lower = text.toLowerCase();
  const exact = ID_BY_LOWER_CASE.get(lower) ?? SHORT_FORMS.get(lower.replace(/ v?1\.0$/, "").replace(/ /g, lower.startsWith("odc ") ? "-" : " "));
  if (exact) return exact;
  const creativeCommons = creativeCommonsId(lower);
  if (creativeCommons !== void 0) return creativeCommons;
  if (/health data licen[cs]e|custom|research|proprietary/i.test(text)) return null;
  try {
    const corrected = (0, import_spdx_correct.default)(text, { upgrade: true });
    return corrected !== null && ID_BY_LOWER_CASE.has(corrected.toLowerCase()) ? corrected : null;
  } catch {
    return null;
  }
}
function creativeCommonsId(lower) {
  const short = lower.startsWith("creative commons ") ? shortCreativeCommons(lower) : lower;
  const match = /^cc[- ]?(by(?:[- ](?:nc|sa|nd)){0,2}|0|zero)(?:[- ]v?(\d\.\d))?$/.exec(short);
  if (!match) return lower.startsWith("creative commons ") ? null : void 0;
  const [, elements = "", version = ""] = match;
  if (elements === "0" || elements === "zero") return "CC0-1.0";
  return ccId(elements.toUpperCase().split(/[- ]/), version);
}
function shortCreativeCommons(lower) {
  const words = lower.slice("creative commons ".length).replace(/ (?:international|public|licen[cs]e)\b/g, "").replace(/non-commercial/g, "noncommercial").replace(/share-alike/g, "sharealike").replace(/no-deriv/g, "noderiv");
  const codes = words.replace(/[a-z]+/g, (word) => CC_ELEMENTS.find(([pattern]) => pattern.test(word))?.[1].toLowerCase() ?? word);
  return `cc ${codes}`;
}
function ccId(parts, version) {
  const id = `CC-${parts.join("-")}-${version === "" ? "4.0" : version}`;
  return ID_BY_LOWER_CASE.get(id.toLowerCase()) ?? null;
}
function badgeLicence(url) {
  const match = /^https?:\/\/img\.shields\.io\/badge\/([^/?#]+)/i.exec(url);
  if (!match) return null;
  let path;
  try {
    path = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  const parts = path.replace(/\.(?:svg|png)$/i, "").replace(/--/g, "\0").replace(/__/g, "").split("-").map((part) => part.replace(/_/g, " ").replace(/\0/g, "-").replace(/\u0001/g, "_").trim());
  if (parts.length < 3 || !/^licen[cs]e$/i.test(parts[0])) return null;
  const message = parts.slice(1, -1).join("-");
  return message === "" ? null : message;
}

// src/rules/license-mismatch.ts
var licenseMismatch = {
  meta: {
    id: "license-mismatch",
    description: "Entries must not name a licence that differs from the one their registry (PhysioNet, Zenodo, Hugging Face, GitHub) states.",
    category: "entries",
    recommended: "warn",
    messages: {
      differs: "Unexpected licence `{{stated}}` for `{{name}}`, expected `{{license}}`: {{registry}} says so (source: {{source}})"
    }
  },
  check(document, context) {
    for (const entry of document.entries) {
      if (entry.kind === "resource" || !entry.license || entry.license.id === null) continue;
      const record = entryRecord(entry, context);
      if (!record || record.licenses.length === 0) continue;
      const ids = record.licenses.map(spdxId);
      if (ids.some((id) => id === null)) continue;
      const stated = entry.license.id;
      if (ids.some((id) => id?.toLowerCase() === stated.toLowerCase())) continue;
      const license = ids.join(" / ");
      context.report({
        messageId: "differs",
        data: { stated: entry.license.text, name: entryName(entry), license, registry: REGISTRY_TITLES[record.registry], source: record.url },
        line: entry.line,
        column: entry.column,
        endLine: entry.endLine,
        endColumn: entry.endColumn,
        actual: entry.license.text,
        expected: license,
        note: record.url
      });
    }
  }
};

// src/rules/repo-archived.ts
var repoArchived = {
  meta: {
    id: "repo-archived",
    description: "Entries must not link an archived GitHub repository without saying so.",
    category: "entries",
    recommended: "warn",
    messages: {
      archived: "Unexpected archived repository `{{url}}` for `{{name}}`, expected a maintained one: it is read-only; link its successor or say that it is archived (GitHub; source: {{source}})"
    }
  },
  check(document, context) {
    for (const { entry, link, record } of entryLinksWithRecords(document.entries, context)) {
      if (record.archived !== true) continue;
      if (/\barchived\b|\bunmaintained\b|\bdeprecated\b|\bno longer maintained\b/i.test(entry.description)) continue;
      context.report({
        messageId: "archived",
        data: { url: link.url, name: entryName(entry), source: record.url },
        line: link.line,
        column: link.column,
        endLine: link.endLine,
        endColumn: link.endColumn,
        actual: link.url,
        note: record.url
      });
    }
  }
};

// src/rules/entry-access.ts
var entryAccess = {
  meta: {
    id: "entry-access",
    description: 'Entries whose data medlint knows to be gated (or, with `require: "all"`, every entry) must state their access terms.',
    category: "entries",
    recommended: "warn",
    messages: {
      // The terms and their source go to `note` (a second line in the terminal): the message stays short.
      gated: "Unexpected entry `{{name}}` without access terms, expected them stated: `{{match}}` {{known}}",
      missing: "Unexpected entry `{{name}}` without access terms, expected them stated (for example `Access: open`)",
      imprecise: 'Unexpected access `{{stated}}` ("{{text}}") for `{{name}}`, expected the precise terms: `{{match}}` {{known}}',
      registryGated: "Unexpected entry `{{name}}` without access terms, expected them stated: {{registry}} says it {{known}}"
    },
    schema: {
      type: "object",
      properties: {
        require: {
          enum: ["gated", "all"],
          description: 'Which entries must state access terms: `gated` ones medlint knows, or `all` (default: `"gated"`).'
        }
      },
      additionalProperties: false
    },
    defaultOptions: { require: "gated" }
  },
  check(document, context) {
    const requirement = context.options["require"] === "all" ? "all" : "gated";
    for (const entry of document.entries) {
      if (entry.kind === "resource") continue;
      const place = { line: entry.line, column: entry.column, endLine: entry.endLine, endColumn: entry.endColumn };
      const name = entry.name !== "" ? entry.name : entry.url ?? "";
      const fromRegistry = registryAccess(entry, context);
      const known = fromRegistry ?? entry.knownAccess;
      if (entry.access?.source === "text") {
        const stated = entry.access.level;
        if (stated !== null && known && isImprecise(stated, known.level)) {
          context.report({
            messageId: "imprecise",
            data: { stated, text: entry.access.text, name, match: known.match, known: describeLevel(known.level), terms: known.terms, source: known.source },
            ...place,
            actual: entry.access.text,
            expected: known.level,
            note: `${known.terms}; source: ${known.source}`
          });
        }
        continue;
      }
      if (fromRegistry && fromRegistry.level !== "open") {
        context.report({
          messageId: "registryGated",
          data: { name, registry: fromRegistry.registry, known: describeLevel(fromRegistry.level), terms: fromRegistry.terms, source: fromRegistry.source },
          ...place,
          expected: fromRegistry.level,
          note: `${fromRegistry.terms}; source: ${fromRegistry.source}`
        });
      } else if (known && known.level !== "open") {
        context.report({
          messageId: "gated",
          data: { name, match: known.match, known: describeLevel(known.level), terms: known.terms, source: known.source },
          ...place,
          expected: known.level,
          note: `${known.terms}; source: ${known.source}`
        });
      } else if (requirement === "all") {
        context.report({ messageId: "missing", data: { name }, ...place });
      }
    }
  }
};

// src/rules/entry-description.ts
var MEANINGFUL = /[\p{L}\p{N}]/u;
var DEFAULT_MIN_LENGTH = 1;
var entryDescription = {
  meta: {
    id: "entry-description",
    description: "Dataset entries must have a description of at least `minLength` characters.",
    category: "entries",
    recommended: "error",
    messages: {
      missing: "Unexpected entry `{{name}}` without a description, expected a description after the name",
      tooShort: "Unexpected description of {{length}} characters for `{{name}}`, expected at least {{minLength}} characters"
    },
    schema: {
      type: "object",
      properties: {
        minLength: {
          type: "integer",
          minimum: 1,
          description: "Fewest characters a description may have, spaces included (default: `1`)."
        }
      },
      additionalProperties: false
    },
    defaultOptions: { minLength: DEFAULT_MIN_LENGTH }
  },
  check(document, context) {
    const option = context.options["minLength"];
    const minLength = typeof option === "number" && option >= 1 ? option : DEFAULT_MIN_LENGTH;
    for (const entry of document.entries) {
      if (entry.kind === "resource") continue;
      const description = entry.description.trim();
      const name = entry.name !== "" ? entry.name : entry.url ?? "";
      const place = { line: entry.line, column: entry.column, endLine: entry.endLine, endColumn: entry.endColumn };
      if (!MEANINGFUL.test(description)) {
        context.report({ messageId: "missing", data: { name }, ...place });
        continue;
      }
      const length = [...description].length;
      if (length < minLength) {
        context.report({
          messageId: "tooShort",
          data: { name, length, minLength },
          ...place,
          actual: description
        });
      }
    }
  }
};

// src/rules/entry-license.ts
var entryLicense = {
  meta: {
    id: "entry-license",
    description: "Entries must name the licence of their data.",
    category: "entries",
    recommended: "off",
    messages: {
      missing: "Unexpected entry `{{name}}` without a licence, expected one named (for example `License: CC-BY-4.0`)",
      missingKnown: "Unexpected entry `{{name}}` without a licence, expected one named: {{registry}} says `{{license}}` (source: {{source}})"
    }
  },
  check(document, context) {
    for (const entry of document.entries) {
      if (entry.kind === "resource") continue;
      if (entry.license) continue;
      const name = entry.name !== "" ? entry.name : entry.url ?? "";
      const record = entryRecord(entry, context);
      const license = record?.licenses.join(" / ");
      const known = record && license ? { registry: REGISTRY_TITLES[record.registry], license, source: record.url } : null;
      context.report({
        messageId: known ? "missingKnown" : "missing",
        data: known ? { name, ...known } : { name },
        ...known ? { expected: known.license, note: known.source } : {},
        line: entry.line,
        column: entry.column,
        endLine: entry.endLine,
        endColumn: entry.endColumn
      });
    }
  }
};

// src/rules/entry-format.ts
var SEPARATORS = [" - ", ": ", " \u2013 "];
var WRITTEN_SEPARATOR = /^([ \t]*)([-–—:|]{0,3})([ \t]*)/u;
var FINAL_PUNCTUATION = /[.!?…][)"'»”’*_]{0,3}$/u;
var FIRST_WORD = /^[\p{L}\p{N}'’-]+/u;
var LOWER = new RegExp("^\\p{Ll}", "u");
var NAME_GLUE = /^[:./@_]\S/u;
var UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
var entryFormat = {
  meta: {
    id: "entry-format",
    description: "List entries must start with their link, use one separator and a capitalised, punctuated description.",
    category: "entries",
    recommended: "off",
    fixable: true,
    messages: {
      linkFirst: "Unexpected entry `{{name}}` that does not start with its link, expected `[{{name}}](\u2026)` first",
      separator: "Unexpected separator `{{actual}}` after `{{name}}`, expected {{expected}}",
      capital: "Unexpected description of `{{name}}` starting with `{{actual}}`, expected a capital letter or a digit",
      punctuation: "Unexpected description of `{{name}}` without final punctuation, expected it to end with `.`, `!`, `?` or `\u2026`"
    },
    schema: {
      type: "object",
      properties: {
        separator: {
          enum: [...SEPARATORS, "any"],
          description: 'The separator between link and description: `" - "`, `": "`, `" \u2013 "`, or `"any"` of them (default).'
        },
        capital: { type: "boolean", description: "The description starts with a capital letter or a digit (default: `true`)." },
        punctuation: { type: "boolean", description: "The description ends with `.`, `!`, `?` or `\u2026` (default: `true`)." }
      },
      additionalProperties: false
    },
    defaultOptions: { separator: "any", capital: true, punctuation: true }
  },
  check(document, context) {
    const option = context.options["separator"];
    const separator = typeof option === "string" && [...SEPARATORS, "any"].includes(option) ? option : "any";
    const capital = context.options["capital"] !== false;
    const punctuation = context.options["punctuation"] !== false;
    const { source } = document;
    const byLine = /* @__PURE__ */ new Map();
    for (const entry of document.entries) if (entry.shape === "list-item" && !byLine.has(entry.line)) byLine.set(entry.line, entry);
    const items = [];
    const visit = (node) => {
      if (node.type === "listItem") {
        const entry = node.position ? byLine.get(node.position.start.line) : void 0;
        const first = node.children[0];
        if (entry && first?.type === "paragraph") items.push({ entry, item: node, paragraph: first });
      }
      if ("children" in node) for (const child of node.children) visit(child);
    };
    visit(document.tree);
    const written2 = items.map(({ paragraph }) => separatorOf(source, paragraph));
    const counts = /* @__PURE__ */ new Map();
    for (const found of written2) if (found && SEPARATORS.includes(found.text)) counts.set(found.text, (counts.get(found.text) ?? 0) + 1);
    const usual = SEPARATORS.reduce((best, candidate) => (counts.get(candidate) ?? 0) > (counts.get(best) ?? 0) ? candidate : best, SEPARATORS[0]);
    items.forEach(({ entry, item, paragraph }, index) => {
      const place = { line: entry.line, column: entry.column, endLine: entry.endLine, endColumn: entry.endColumn };
      const name = entry.name !== "" ? entry.name : entry.url ?? "";
      const found = written2[index];
      if (found === void 0) return;
      if (found === null) {
        if (!startsWithLink(paragraph)) context.report({ messageId: "linkFirst", data: { name }, ...place });
      } else {
        const expected = separator === "any" ? usual : separator;
        const allowed = separator === "any" ? SEPARATORS.includes(found.text) : found.text === separator;
        if (!allowed) {
          context.report({
            messageId: "separator",
            data: { name, actual: found.text, expected: separator === "any" ? `one of ${SEPARATORS.map((s) => `\`${s}\``).join(", ")}` : `\`${separator}\`` },
            ...place,
            actual: found.text,
            expected,
            fix: [{ range: [found.start, found.end], text: expected }]
          });
        }
        if (capital) {
          const start = source.slice(found.end, found.end + 100);
          const word = FIRST_WORD.exec(start)?.[0] ?? "";
          const first = word.charAt(0);
          const glued = NAME_GLUE.test(start.slice(word.length));
          if (LOWER.test(first) && !glued && !UPPER_OR_DIGIT.test(word.slice(1)) && first.toUpperCase().length === 1) {
            context.report({
              messageId: "capital",
              data: { name, actual: word },
              ...place,
              actual: word,
              expected: first.toUpperCase() + word.slice(1),
              fix: [{ range: [found.end, found.end + 1], text: first.toUpperCase() }]
            });
          }
        }
      }
      if (punctuation) {
        const end = paragraph.position?.end.offset;
        const last = paragraph.children.at(-1);
        if (end === void 0 || !last || last.type === "html" || last.type === "break") return;
        const start = paragraph.position?.start.offset ?? end;
        const text = source.slice(start, end).trimEnd();
        if (FINAL_PUNCTUATION.test(text)) return;
        if (text.endsWith(":") && item.children.some((child) => child.type === "list")) return;
        if (found === null || found.end >= end) return;
        const after = start + text.length;
        const escapes = trailingBackslashes(text);
        context.report({
          messageId: "punctuation",
          data: { name },
          ...place,
          ...escapes % 2 === 0 ? { fix: [{ range: [after, after], text: "." }] } : {}
        });
      }
    });
  }
};
function trailingBackslashes(text) {
  let count = 0;
  while (text.charAt(text.length - 1 - count) === "\\") count += 1;
  return count;
}
function startsWithLink(paragraph) {
  const first = paragraph.children[0];
  return first !== void 0 && isLinkNode(first);
}
function isLinkNode(node) {
  if (node.type === "link" || node.type === "linkReference") return true;
  if ((node.type === "strong" || node.type === "emphasis") && node.children.length === 1) {
    const inner = node.children[0];
    return inner !== void 0 && (inner.type === "link" || inner.type === "linkReference");
  }
  return false;
}
function separatorOf(source, paragraph) {
  const first = paragraph.children[0];
  if (!first || !isLinkNode(first)) return null;
  const start = first.position?.end.offset;
  const end = paragraph.position?.end.offset;
  if (start === void 0 || end === void 0) return void 0;
  const rest = source.slice(start, Math.min(end, start + 20));
  const match = WRITTEN_SEPARATOR.exec(rest);
  if (!match) return void 0;
  const [whole, before = "", marks = "", after = ""] = match;
  if (start + whole.length >= end || marks === "" && before === "") return void 0;
  if (marks === "" && /^[([]/u.test(rest.slice(whole.length))) return void 0;
  if (marks !== "" && before === "" && after === "" && marks !== ":") return void 0;
  return { start, end: start + whole.length, text: whole };
}

// node_modules/github-slugger/regex.js
var regex = /[\0-\x1F!-,\.\/:-@\[-\^`\{-\xA9\xAB-\xB4\xB6-\xB9\xBB-\xBF\xD7\xF7\u02C2-\u02C5\u02D2-\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u0375\u0378\u0379\u037E\u0380-\u0385\u0387\u038B\u038D\u03A2\u03F6\u0482\u0530\u0557\u0558\u055A-\u055F\u0589-\u0590\u05BE\u05C0\u05C3\u05C6\u05C8-\u05CF\u05EB-\u05EE\u05F3-\u060F\u061B-\u061F\u066A-\u066D\u06D4\u06DD\u06DE\u06E9\u06FD\u06FE\u0700-\u070F\u074B\u074C\u07B2-\u07BF\u07F6-\u07F9\u07FB\u07FC\u07FE\u07FF\u082E-\u083F\u085C-\u085F\u086B-\u089F\u08B5\u08C8-\u08D2\u08E2\u0964\u0965\u0970\u0984\u098D\u098E\u0991\u0992\u09A9\u09B1\u09B3-\u09B5\u09BA\u09BB\u09C5\u09C6\u09C9\u09CA\u09CF-\u09D6\u09D8-\u09DB\u09DE\u09E4\u09E5\u09F2-\u09FB\u09FD\u09FF\u0A00\u0A04\u0A0B-\u0A0E\u0A11\u0A12\u0A29\u0A31\u0A34\u0A37\u0A3A\u0A3B\u0A3D\u0A43-\u0A46\u0A49\u0A4A\u0A4E-\u0A50\u0A52-\u0A58\u0A5D\u0A5F-\u0A65\u0A76-\u0A80\u0A84\u0A8E\u0A92\u0AA9\u0AB1\u0AB4\u0ABA\u0ABB\u0AC6\u0ACA\u0ACE\u0ACF\u0AD1-\u0ADF\u0AE4\u0AE5\u0AF0-\u0AF8\u0B00\u0B04\u0B0D\u0B0E\u0B11\u0B12\u0B29\u0B31\u0B34\u0B3A\u0B3B\u0B45\u0B46\u0B49\u0B4A\u0B4E-\u0B54\u0B58-\u0B5B\u0B5E\u0B64\u0B65\u0B70\u0B72-\u0B81\u0B84\u0B8B-\u0B8D\u0B91\u0B96-\u0B98\u0B9B\u0B9D\u0BA0-\u0BA2\u0BA5-\u0BA7\u0BAB-\u0BAD\u0BBA-\u0BBD\u0BC3-\u0BC5\u0BC9\u0BCE\u0BCF\u0BD1-\u0BD6\u0BD8-\u0BE5\u0BF0-\u0BFF\u0C0D\u0C11\u0C29\u0C3A-\u0C3C\u0C45\u0C49\u0C4E-\u0C54\u0C57\u0C5B-\u0C5F\u0C64\u0C65\u0C70-\u0C7F\u0C84\u0C8D\u0C91\u0CA9\u0CB4\u0CBA\u0CBB\u0CC5\u0CC9\u0CCE-\u0CD4\u0CD7-\u0CDD\u0CDF\u0CE4\u0CE5\u0CF0\u0CF3-\u0CFF\u0D0D\u0D11\u0D45\u0D49\u0D4F-\u0D53\u0D58-\u0D5E\u0D64\u0D65\u0D70-\u0D79\u0D80\u0D84\u0D97-\u0D99\u0DB2\u0DBC\u0DBE\u0DBF\u0DC7-\u0DC9\u0DCB-\u0DCE\u0DD5\u0DD7\u0DE0-\u0DE5\u0DF0\u0DF1\u0DF4-\u0E00\u0E3B-\u0E3F\u0E4F\u0E5A-\u0E80\u0E83\u0E85\u0E8B\u0EA4\u0EA6\u0EBE\u0EBF\u0EC5\u0EC7\u0ECE\u0ECF\u0EDA\u0EDB\u0EE0-\u0EFF\u0F01-\u0F17\u0F1A-\u0F1F\u0F2A-\u0F34\u0F36\u0F38\u0F3A-\u0F3D\u0F48\u0F6D-\u0F70\u0F85\u0F98\u0FBD-\u0FC5\u0FC7-\u0FFF\u104A-\u104F\u109E\u109F\u10C6\u10C8-\u10CC\u10CE\u10CF\u10FB\u1249\u124E\u124F\u1257\u1259\u125E\u125F\u1289\u128E\u128F\u12B1\u12B6\u12B7\u12BF\u12C1\u12C6\u12C7\u12D7\u1311\u1316\u1317\u135B\u135C\u1360-\u137F\u1390-\u139F\u13F6\u13F7\u13FE-\u1400\u166D\u166E\u1680\u169B-\u169F\u16EB-\u16ED\u16F9-\u16FF\u170D\u1715-\u171F\u1735-\u173F\u1754-\u175F\u176D\u1771\u1774-\u177F\u17D4-\u17D6\u17D8-\u17DB\u17DE\u17DF\u17EA-\u180A\u180E\u180F\u181A-\u181F\u1879-\u187F\u18AB-\u18AF\u18F6-\u18FF\u191F\u192C-\u192F\u193C-\u1945\u196E\u196F\u1975-\u197F\u19AC-\u19AF\u19CA-\u19CF\u19DA-\u19FF\u1A1C-\u1A1F\u1A5F\u1A7D\u1A7E\u1A8A-\u1A8F\u1A9A-\u1AA6\u1AA8-\u1AAF\u1AC1-\u1AFF\u1B4C-\u1B4F\u1B5A-\u1B6A\u1B74-\u1B7F\u1BF4-\u1BFF\u1C38-\u1C3F\u1C4A-\u1C4C\u1C7E\u1C7F\u1C89-\u1C8F\u1CBB\u1CBC\u1CC0-\u1CCF\u1CD3\u1CFB-\u1CFF\u1DFA\u1F16\u1F17\u1F1E\u1F1F\u1F46\u1F47\u1F4E\u1F4F\u1F58\u1F5A\u1F5C\u1F5E\u1F7E\u1F7F\u1FB5\u1FBD\u1FBF-\u1FC1\u1FC5\u1FCD-\u1FCF\u1FD4\u1FD5\u1FDC-\u1FDF\u1FED-\u1FF1\u1FF5\u1FFD-\u203E\u2041-\u2053\u2055-\u2070\u2072-\u207E\u2080-\u208F\u209D-\u20CF\u20F1-\u2101\u2103-\u2106\u2108\u2109\u2114\u2116-\u2118\u211E-\u2123\u2125\u2127\u2129\u212E\u213A\u213B\u2140-\u2144\u214A-\u214D\u214F-\u215F\u2189-\u24B5\u24EA-\u2BFF\u2C2F\u2C5F\u2CE5-\u2CEA\u2CF4-\u2CFF\u2D26\u2D28-\u2D2C\u2D2E\u2D2F\u2D68-\u2D6E\u2D70-\u2D7E\u2D97-\u2D9F\u2DA7\u2DAF\u2DB7\u2DBF\u2DC7\u2DCF\u2DD7\u2DDF\u2E00-\u2E2E\u2E30-\u3004\u3008-\u3020\u3030\u3036\u3037\u303D-\u3040\u3097\u3098\u309B\u309C\u30A0\u30FB\u3100-\u3104\u3130\u318F-\u319F\u31C0-\u31EF\u3200-\u33FF\u4DC0-\u4DFF\u9FFD-\u9FFF\uA48D-\uA4CF\uA4FE\uA4FF\uA60D-\uA60F\uA62C-\uA63F\uA673\uA67E\uA6F2-\uA716\uA720\uA721\uA789\uA78A\uA7C0\uA7C1\uA7CB-\uA7F4\uA828-\uA82B\uA82D-\uA83F\uA874-\uA87F\uA8C6-\uA8CF\uA8DA-\uA8DF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA954-\uA95F\uA97D-\uA97F\uA9C1-\uA9CE\uA9DA-\uA9DF\uA9FF\uAA37-\uAA3F\uAA4E\uAA4F\uAA5A-\uAA5F\uAA77-\uAA79\uAAC3-\uAADA\uAADE\uAADF\uAAF0\uAAF1\uAAF7-\uAB00\uAB07\uAB08\uAB0F\uAB10\uAB17-\uAB1F\uAB27\uAB2F\uAB5B\uAB6A-\uAB6F\uABEB\uABEE\uABEF\uABFA-\uABFF\uD7A4-\uD7AF\uD7C7-\uD7CA\uD7FC-\uD7FF\uE000-\uF8FF\uFA6E\uFA6F\uFADA-\uFAFF\uFB07-\uFB12\uFB18-\uFB1C\uFB29\uFB37\uFB3D\uFB3F\uFB42\uFB45\uFBB2-\uFBD2\uFD3E-\uFD4F\uFD90\uFD91\uFDC8-\uFDEF\uFDFC-\uFDFF\uFE10-\uFE1F\uFE30-\uFE32\uFE35-\uFE4C\uFE50-\uFE6F\uFE75\uFEFD-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF3E\uFF40\uFF5B-\uFF65\uFFBF-\uFFC1\uFFC8\uFFC9\uFFD0\uFFD1\uFFD8\uFFD9\uFFDD-\uFFFF]|\uD800[\uDC0C\uDC27\uDC3B\uDC3E\uDC4E\uDC4F\uDC5E-\uDC7F\uDCFB-\uDD3F\uDD75-\uDDFC\uDDFE-\uDE7F\uDE9D-\uDE9F\uDED1-\uDEDF\uDEE1-\uDEFF\uDF20-\uDF2C\uDF4B-\uDF4F\uDF7B-\uDF7F\uDF9E\uDF9F\uDFC4-\uDFC7\uDFD0\uDFD6-\uDFFF]|\uD801[\uDC9E\uDC9F\uDCAA-\uDCAF\uDCD4-\uDCD7\uDCFC-\uDCFF\uDD28-\uDD2F\uDD64-\uDDFF\uDF37-\uDF3F\uDF56-\uDF5F\uDF68-\uDFFF]|\uD802[\uDC06\uDC07\uDC09\uDC36\uDC39-\uDC3B\uDC3D\uDC3E\uDC56-\uDC5F\uDC77-\uDC7F\uDC9F-\uDCDF\uDCF3\uDCF6-\uDCFF\uDD16-\uDD1F\uDD3A-\uDD7F\uDDB8-\uDDBD\uDDC0-\uDDFF\uDE04\uDE07-\uDE0B\uDE14\uDE18\uDE36\uDE37\uDE3B-\uDE3E\uDE40-\uDE5F\uDE7D-\uDE7F\uDE9D-\uDEBF\uDEC8\uDEE7-\uDEFF\uDF36-\uDF3F\uDF56-\uDF5F\uDF73-\uDF7F\uDF92-\uDFFF]|\uD803[\uDC49-\uDC7F\uDCB3-\uDCBF\uDCF3-\uDCFF\uDD28-\uDD2F\uDD3A-\uDE7F\uDEAA\uDEAD-\uDEAF\uDEB2-\uDEFF\uDF1D-\uDF26\uDF28-\uDF2F\uDF51-\uDFAF\uDFC5-\uDFDF\uDFF7-\uDFFF]|\uD804[\uDC47-\uDC65\uDC70-\uDC7E\uDCBB-\uDCCF\uDCE9-\uDCEF\uDCFA-\uDCFF\uDD35\uDD40-\uDD43\uDD48-\uDD4F\uDD74\uDD75\uDD77-\uDD7F\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDFF\uDE12\uDE38-\uDE3D\uDE3F-\uDE7F\uDE87\uDE89\uDE8E\uDE9E\uDEA9-\uDEAF\uDEEB-\uDEEF\uDEFA-\uDEFF\uDF04\uDF0D\uDF0E\uDF11\uDF12\uDF29\uDF31\uDF34\uDF3A\uDF45\uDF46\uDF49\uDF4A\uDF4E\uDF4F\uDF51-\uDF56\uDF58-\uDF5C\uDF64\uDF65\uDF6D-\uDF6F\uDF75-\uDFFF]|\uD805[\uDC4B-\uDC4F\uDC5A-\uDC5D\uDC62-\uDC7F\uDCC6\uDCC8-\uDCCF\uDCDA-\uDD7F\uDDB6\uDDB7\uDDC1-\uDDD7\uDDDE-\uDDFF\uDE41-\uDE43\uDE45-\uDE4F\uDE5A-\uDE7F\uDEB9-\uDEBF\uDECA-\uDEFF\uDF1B\uDF1C\uDF2C-\uDF2F\uDF3A-\uDFFF]|\uD806[\uDC3B-\uDC9F\uDCEA-\uDCFE\uDD07\uDD08\uDD0A\uDD0B\uDD14\uDD17\uDD36\uDD39\uDD3A\uDD44-\uDD4F\uDD5A-\uDD9F\uDDA8\uDDA9\uDDD8\uDDD9\uDDE2\uDDE5-\uDDFF\uDE3F-\uDE46\uDE48-\uDE4F\uDE9A-\uDE9C\uDE9E-\uDEBF\uDEF9-\uDFFF]|\uD807[\uDC09\uDC37\uDC41-\uDC4F\uDC5A-\uDC71\uDC90\uDC91\uDCA8\uDCB7-\uDCFF\uDD07\uDD0A\uDD37-\uDD39\uDD3B\uDD3E\uDD48-\uDD4F\uDD5A-\uDD5F\uDD66\uDD69\uDD8F\uDD92\uDD99-\uDD9F\uDDAA-\uDEDF\uDEF7-\uDFAF\uDFB1-\uDFFF]|\uD808[\uDF9A-\uDFFF]|\uD809[\uDC6F-\uDC7F\uDD44-\uDFFF]|[\uD80A\uD80B\uD80E-\uD810\uD812-\uD819\uD824-\uD82B\uD82D\uD82E\uD830-\uD833\uD837\uD839\uD83D\uD83F\uD87B-\uD87D\uD87F\uD885-\uDB3F\uDB41-\uDBFF][\uDC00-\uDFFF]|\uD80D[\uDC2F-\uDFFF]|\uD811[\uDE47-\uDFFF]|\uD81A[\uDE39-\uDE3F\uDE5F\uDE6A-\uDECF\uDEEE\uDEEF\uDEF5-\uDEFF\uDF37-\uDF3F\uDF44-\uDF4F\uDF5A-\uDF62\uDF78-\uDF7C\uDF90-\uDFFF]|\uD81B[\uDC00-\uDE3F\uDE80-\uDEFF\uDF4B-\uDF4E\uDF88-\uDF8E\uDFA0-\uDFDF\uDFE2\uDFE5-\uDFEF\uDFF2-\uDFFF]|\uD821[\uDFF8-\uDFFF]|\uD823[\uDCD6-\uDCFF\uDD09-\uDFFF]|\uD82C[\uDD1F-\uDD4F\uDD53-\uDD63\uDD68-\uDD6F\uDEFC-\uDFFF]|\uD82F[\uDC6B-\uDC6F\uDC7D-\uDC7F\uDC89-\uDC8F\uDC9A-\uDC9C\uDC9F-\uDFFF]|\uD834[\uDC00-\uDD64\uDD6A-\uDD6C\uDD73-\uDD7A\uDD83\uDD84\uDD8C-\uDDA9\uDDAE-\uDE41\uDE45-\uDFFF]|\uD835[\uDC55\uDC9D\uDCA0\uDCA1\uDCA3\uDCA4\uDCA7\uDCA8\uDCAD\uDCBA\uDCBC\uDCC4\uDD06\uDD0B\uDD0C\uDD15\uDD1D\uDD3A\uDD3F\uDD45\uDD47-\uDD49\uDD51\uDEA6\uDEA7\uDEC1\uDEDB\uDEFB\uDF15\uDF35\uDF4F\uDF6F\uDF89\uDFA9\uDFC3\uDFCC\uDFCD]|\uD836[\uDC00-\uDDFF\uDE37-\uDE3A\uDE6D-\uDE74\uDE76-\uDE83\uDE85-\uDE9A\uDEA0\uDEB0-\uDFFF]|\uD838[\uDC07\uDC19\uDC1A\uDC22\uDC25\uDC2B-\uDCFF\uDD2D-\uDD2F\uDD3E\uDD3F\uDD4A-\uDD4D\uDD4F-\uDEBF\uDEFA-\uDFFF]|\uD83A[\uDCC5-\uDCCF\uDCD7-\uDCFF\uDD4C-\uDD4F\uDD5A-\uDFFF]|\uD83B[\uDC00-\uDDFF\uDE04\uDE20\uDE23\uDE25\uDE26\uDE28\uDE33\uDE38\uDE3A\uDE3C-\uDE41\uDE43-\uDE46\uDE48\uDE4A\uDE4C\uDE50\uDE53\uDE55\uDE56\uDE58\uDE5A\uDE5C\uDE5E\uDE60\uDE63\uDE65\uDE66\uDE6B\uDE73\uDE78\uDE7D\uDE7F\uDE8A\uDE9C-\uDEA0\uDEA4\uDEAA\uDEBC-\uDFFF]|\uD83C[\uDC00-\uDD2F\uDD4A-\uDD4F\uDD6A-\uDD6F\uDD8A-\uDFFF]|\uD83E[\uDC00-\uDFEF\uDFFA-\uDFFF]|\uD869[\uDEDE-\uDEFF]|\uD86D[\uDF35-\uDF3F]|\uD86E[\uDC1E\uDC1F]|\uD873[\uDEA2-\uDEAF]|\uD87A[\uDFE1-\uDFFF]|\uD87E[\uDE1E-\uDFFF]|\uD884[\uDF4B-\uDFFF]|\uDB40[\uDC00-\uDCFF\uDDF0-\uDFFF]/g;

// node_modules/github-slugger/index.js
var own = Object.hasOwnProperty;
var BananaSlug = class {
  /**
   * Create a new slug class.
   */
  constructor() {
    this.occurrences;
    this.reset();
  }
  /**
   * Generate a unique slug.
  *
  * Tracks previously generated slugs: repeated calls with the same value
  * will result in different slugs.
  * Use the `slug` function to get same slugs.
   *
   * @param  {string} value
   *   String of text to slugify
   * @param  {boolean} [maintainCase=false]
   *   Keep the current case, otherwise make all lowercase
   * @return {string}
   *   A unique slug string
   */
  slug(value, maintainCase) {
    const self = this;
    let result = slug(value, maintainCase === true);
    const originalSlug = result;
    while (own.call(self.occurrences, result)) {
      self.occurrences[originalSlug]++;
      result = originalSlug + "-" + self.occurrences[originalSlug];
    }
    self.occurrences[result] = 0;
    return result;
  }
  /**
   * Reset - Forget all previous slugs
   *
   * @return void
   */
  reset() {
    this.occurrences = /* @__PURE__ */ Object.create(null);
  }
};
function slug(value, maintainCase) {
  if (typeof value !== "string") return "";
  if (!maintainCase) value = value.toLowerCase();
  return value.replace(regex, "").replace(/ /g, "-");
}

// src/extract/text.ts
function plainText(node) {
  if (Array.isArray(node)) return foldWhitespace(rawText(node));
  let text = plainTexts.get(node);
  if (text === void 0) plainTexts.set(node, text = foldWhitespace(rawText(node)));
  return text;
}
var plainTexts = /* @__PURE__ */ new WeakMap();
function rawText(node) {
  if (Array.isArray(node)) {
    let text = "";
    for (const child of node) text += rawText(child);
    return text;
  }
  switch (node.type) {
    case "text":
    case "inlineCode":
    case "code":
      return node.value;
    case "html":
    case "image":
    case "imageReference":
    case "definition":
      return "";
    case "break":
      return "\n";
    default:
      return "children" in node ? rawText(node.children) : "";
  }
}
function foldWhitespace(text) {
  return FOLDABLE.test(text) ? text.replace(/\s+/g, " ").trim() : text.trim();
}
var FOLDABLE = /\s\s|[^\S ]/;
function spanOf(node) {
  const position = node.position;
  if (!position) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return {
    line: position.start.line,
    column: position.start.column,
    endLine: position.end.line,
    endColumn: position.end.column
  };
}

// src/extract/walk.ts
function descendants(root) {
  const nodes = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    nodes.push(node);
    if ("children" in node) {
      const children = node.children;
      for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]);
    }
  }
  return nodes;
}

// src/extract/anchors.ts
var GITHUB_ID_PREFIX = "user-content-";
function normaliseFragment(fragment) {
  let decoded = fragment;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
  }
  decoded = decoded.toLowerCase();
  return decoded.startsWith(GITHUB_ID_PREFIX) ? decoded.slice(GITHUB_ID_PREFIX.length) : decoded;
}
function headingSlug(slugger, heading) {
  return slugger.slug(rawText(heading));
}
function markdownAnchors(tree) {
  const anchors = /* @__PURE__ */ new Set();
  const slugger = new BananaSlug();
  const tokenizer = new HtmlAnchorTokenizer(
    (value) => anchors.add(normaliseFragment(value)),
    (text) => {
      const slug2 = slugger.slug(text);
      if (slug2 !== "") anchors.add(slug2);
    }
  );
  for (const node of descendants(tree)) {
    if (node.type === "heading") {
      const slug2 = headingSlug(slugger, node);
      if (slug2 !== "") anchors.add(slug2);
    } else if (node.type === "html" && mayHoldAnchor(node.value)) {
      tokenizer.reset();
      tokenizer.write(node.value);
      tokenizer.end();
    }
  }
  return anchors;
}
function mayHoldAnchor(html) {
  return ANCHOR_ATTRIBUTE.test(html) || HTML_HEADING_START.test(html);
}
var ANCHOR_ATTRIBUTE = /[\s/"'](?:id|name)\s*=/i;
var HTML_HEADING_START = /<h[1-6]/i;
function htmlFileAnchors(html) {
  const anchors = /* @__PURE__ */ new Set();
  const tokenizer = new HtmlAnchorTokenizer((value) => anchors.add(normaliseFragment(value)));
  tokenizer.write(html);
  tokenizer.end();
  return anchors;
}

// src/rules/anchors.ts
function inPageFragment(url) {
  return url.startsWith("#") ? url.slice(1) : null;
}
var GITHUB_LINE_ANCHOR = /^L\d+(?:C\d+)?(?:-L\d+(?:C\d+)?)?$/;
function isAlwaysValidFragment(fragment) {
  const normalised = normaliseFragment(fragment);
  return normalised === "" || normalised === "top" || GITHUB_LINE_ANCHOR.test(fragment);
}
var INVISIBLE = /[\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/gu;
function hasInvisible(slug2) {
  return new RegExp(INVISIBLE.source, "u").test(slug2);
}
function withoutInvisible(slug2) {
  return slug2.replace(INVISIBLE, "");
}
function displayFragment(slug2) {
  return slug2.replace(INVISIBLE, (character) => encodeURIComponent(character));
}
function collectAnchors(document) {
  let anchors = anchorsByTree.get(document.tree);
  if (!anchors) anchorsByTree.set(document.tree, anchors = markdownAnchors(document.tree));
  return anchors;
}
var anchorsByTree = /* @__PURE__ */ new WeakMap();
function closestAnchor(fragment, candidates) {
  return rankAnchors(fragment, candidates).best;
}
function rankAnchors(fragment, candidates) {
  const wanted = normaliseFragment(fragment);
  let best = null;
  let bestScore = 0;
  let runnerUp = 0;
  for (const candidate of candidates) {
    const score = similarity(wanted, candidate);
    if (score > bestScore) {
      runnerUp = bestScore;
      best = candidate;
      bestScore = score;
    } else if (score > runnerUp) {
      runnerUp = score;
    }
  }
  return bestScore > MIN_SIMILARITY ? { best, score: bestScore, runnerUp } : { best: null, score: 0, runnerUp: 0 };
}
var MIN_SIMILARITY = 0.5;
var FIX_SIMILARITY = 0.75;
var TIE_MARGIN = 0.1;
function isClearMatch(ranking) {
  return ranking.best !== null && ranking.score >= FIX_SIMILARITY && ranking.score - ranking.runnerUp > TIE_MARGIN;
}
function similarity(a, b) {
  if (a === "" || b === "") return 0;
  const edit = 1 - levenshtein(a, b) / Math.max(a.length, b.length);
  return Math.max(edit, wordOverlap(a, b));
}
function wordOverlap(a, b) {
  const left = new Set(a.split("-").filter((word) => word !== ""));
  const right = new Set(b.split("-").filter((word) => word !== ""));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return 2 * shared / (left.size + right.size);
}
function levenshtein(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let row = 1; row <= a.length; row += 1) {
    const current = [row];
    for (let column = 1; column <= b.length; column += 1) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      current[column] = Math.min(
        previous[column] + 1,
        current[column - 1] + 1,
        previous[column - 1] + cost
      );
    }
    previous = current;
  }
  return previous[b.length];
}

// src/rules/urls.ts
var SCHEME = /^([a-z][a-z0-9+.-]*):/i;
var KNOWN_SCHEMES = /* @__PURE__ */ new Set([
  "http",
  "https",
  "ftp",
  "ftps",
  "sftp",
  "mailto",
  "tel",
  "sms",
  "data",
  "file",
  "git",
  "ssh",
  "svn",
  "irc",
  "ircs",
  "news",
  "nntp",
  "s3",
  "gs",
  "hdfs",
  "doi",
  "urn",
  "xmpp",
  "magnet",
  "geo",
  "javascript",
  "about",
  "ws",
  "wss",
  "smb",
  "rsync",
  "zotero",
  "vscode"
]);
var HOST_TLDS = /* @__PURE__ */ new Set([
  "com",
  "org",
  "net",
  "edu",
  "gov",
  "mil",
  "int",
  "io",
  "ai",
  "co",
  "uk",
  "ca",
  "au",
  "de",
  "fr",
  "nl",
  "eu",
  "ch",
  "jp",
  "cn",
  "kr",
  "br",
  "it",
  "es",
  "se",
  "dk",
  "fi",
  "be",
  "at",
  "nz",
  "ie",
  "sg",
  "info",
  "dev",
  "app"
]);
var MAX_DESTINATION_DEPTH = 32;
function linkTarget(url) {
  if (/[\s<>\\]/.test(url)) return null;
  let depth = 0;
  for (const character of url) {
    if (character === "(") depth += 1;
    if (character === ")") depth -= 1;
    if (depth < 0 || depth > MAX_DESTINATION_DEPTH) return null;
  }
  return depth === 0 ? url : null;
}
var SCHEME_WITHOUT_COLON = /^[a-z]{3,6}[;.,]?\/{2,}/i;
function classifyUrl(url) {
  const written2 = url.trim();
  if (written2 === "") return { kind: "empty" };
  if (written2.startsWith("#")) return { kind: "fragment" };
  const scheme = SCHEME.exec(written2)?.[1];
  if (scheme !== void 0 && scheme.length > 1) return { kind: "absolute", scheme: scheme.toLowerCase() };
  if (written2.startsWith("//")) return { kind: "protocol-relative" };
  if (written2.startsWith("/")) return { kind: "root-relative" };
  const withoutColon = SCHEME_WITHOUT_COLON.exec(written2);
  if (withoutColon) {
    const written3 = withoutColon[0];
    const fixed = webSchemeFor(/^[a-z]+/i.exec(written3)?.[0] ?? "");
    if (fixed !== null) return { kind: "schemeless", expected: `${fixed}://${url.trim().slice(written3.length)}`, written: written3 };
  }
  const firstSegment = written2.split(/[/?#]/, 1)[0] ?? "";
  if (/^[^\s@/]+@[^\s@/]+\.[a-z]{2,}$/i.test(written2)) return { kind: "schemeless", expected: `mailto:${written2}` };
  if (looksLikeHost(firstSegment)) return { kind: "schemeless", expected: `https://${written2}` };
  return { kind: "relative", path: stripQueryAndFragment(written2) };
}
function looksLikeHost(segment) {
  if (/^www\d?\.[^.]/i.test(segment)) return true;
  const match = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,})(?::\d+)?$/i.exec(segment);
  return match !== null && HOST_TLDS.has((match[1] ?? "").toLowerCase());
}
function webSchemeFor(scheme) {
  const lower = scheme.toLowerCase();
  if (lower === "http" || lower === "https") return lower;
  if (KNOWN_SCHEMES.has(lower) || lower.length < 3) return null;
  const toHttp = levenshtein(lower, "http");
  const toHttps = levenshtein(lower, "https");
  if (Math.min(toHttp, toHttps) > 2) return null;
  if (toHttp === toHttps) return lower.endsWith("s") ? "https" : "http";
  return toHttps < toHttp ? "https" : "http";
}
function fragmentOfUrl(url) {
  const hash = url.indexOf("#");
  return hash < 0 || hash === url.length - 1 ? null : url.slice(hash + 1).trim();
}
function stripQueryAndFragment(url) {
  const path = url.split("#", 1)[0]?.split("?", 1)[0] ?? "";
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
function normaliseUrl(url) {
  const written2 = url.trim();
  let parsed;
  try {
    parsed = new URL(written2);
  } catch {
    return written2;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return parsed.href;
  const host = parsed.hostname.replace(/^www\./, "");
  const port = parsed.port === "" ? "" : `:${parsed.port}`;
  const path = trimEndOf(parsed.pathname.replace(/\/index\.html$/i, ""), "/");
  return `https://${host}${port}${path}${withoutTracking(parsed)}${parsed.hash}`;
}
function withoutTracking(parsed) {
  if (!parsed.search.includes("%") && !/utm_/i.test(parsed.search)) return parsed.search;
  const keys = [...parsed.searchParams.keys()];
  if (!keys.some((key) => key.toLowerCase().startsWith("utm_"))) return parsed.search;
  for (const key of new Set(keys)) if (key.toLowerCase().startsWith("utm_")) parsed.searchParams.delete(key);
  return parsed.search;
}

// src/rules/entry-link.ts
var STYLES = ["consistent", "link", "any"];
var ACCESS_LABEL = /(?:access|information|info|website|web site|homepage|home page|download|data|dataset|overview|url|link|portal)\s*:\s*$/i;
var SECONDARY_LABEL = /(?:paper|papers|article|publication|preprint|citation|cite|doi|code|github|user guide)\s*:\s*$/i;
var GENERIC_SEGMENT = /^(?:index|home|default|main|login|search|about|data|datasets?|databases?|resources?|downloads?|software|articles?|post|view|show|showall|stamp|en|\d+)$/i;
var entryLink = {
  meta: {
    id: "entry-link",
    description: "Entries must link their name, in the list's own style (`style`: `consistent`, `link` or `any`).",
    category: "entries",
    recommended: "error",
    fixable: true,
    hasSuggestions: true,
    messages: {
      bareUrl: "Unexpected bare URL `{{url}}` for `{{name}}`, expected a Markdown link `[{{name}}]({{url}})`",
      unnamedUrl: "Unexpected bare URL `{{url}}` without a name, expected a Markdown link with the name of what it links to, e.g. `[{{suggestion}}]({{url}})`",
      unnamedUrlNoSuggestion: "Unexpected bare URL `{{url}}` without a name, expected a Markdown link: give it a name, `[Name]({{url}})`",
      missingLink: "Unexpected entry `{{name}}` without a link, expected a Markdown link `[{{name}}](https://\u2026)`"
    },
    schema: {
      type: "object",
      properties: {
        style: {
          enum: [...STYLES],
          description: "How names must be linked: `consistent` as most entries of the list are, `link` always `[Name](url)`, `any` a bare URL too (default: `consistent`)."
        }
      },
      additionalProperties: false
    },
    defaultOptions: { style: "consistent" }
  },
  check(document, context) {
    const option = context.options["style"];
    const style = STYLES.includes(option) ? option : "consistent";
    const textBefore = textBeforeIn(document.source);
    const bareAllowed = style === "any" || style === "consistent" && mostlyBare(document.entries);
    for (const entry of document.entries) {
      if (entry.hasMarkdownLink) continue;
      if (entry.links.length === 0 && (entry.sharedLink !== void 0 || entry.noLink !== void 0)) continue;
      if (entry.links.length === 0) {
        context.report({
          messageId: "missingLink",
          data: { name: entry.name },
          line: entry.line,
          column: entry.column,
          endLine: entry.endLine,
          endColumn: entry.endColumn
        });
        continue;
      }
      const bare = nameLink(entry.links, textBefore);
      if (!bare || /\]\s*\(<?\s*$/.test(textBefore(bare))) continue;
      const place = { line: bare.line, column: bare.column, endLine: bare.endLine, endColumn: bare.endColumn, actual: bare.url };
      if (entry.name === "") {
        const suggestion = nameFromUrl(bare.url);
        if (suggestion === null) {
          context.report({ messageId: "unnamedUrlNoSuggestion", data: { url: bare.url }, ...place });
        } else {
          const edit2 = linkEdit(document, bare, suggestion);
          context.report({
            messageId: "unnamedUrl",
            data: { url: bare.url, suggestion },
            ...place,
            expected: `[${suggestion}](${bare.url})`,
            ...edit2 ? { suggestions: [{ description: `Link the URL as \`[${suggestion}](${bare.url})\``, edits: [edit2] }] } : {}
          });
        }
        continue;
      }
      if (bareAllowed) continue;
      const fix = nameLinkEdit(document, entry, bare);
      const edit = fix ? null : linkEdit(document, bare, entry.name);
      context.report({
        messageId: "bareUrl",
        data: { url: bare.url, name: entry.name },
        ...place,
        expected: `[${entry.name}](${bare.url})`,
        ...fix ? { fix: [fix] } : {},
        ...edit ? { suggestions: [{ description: `Link the URL as \`[${entry.name}](${bare.url})\``, edits: [edit] }] } : {}
      });
    }
  }
};
var NAME_THEN_URL = /^(?:[ \t]*[:\-–—])?[ \t]*$/;
function nameLinkEdit(document, entry, bare) {
  const target = linkTarget(bare.url);
  if (target === null || !linkableText(entry.name)) return null;
  const { source, lines } = document;
  const urlStart = lines.offset(bare.line, bare.column);
  const urlEnd = lines.offset(bare.endLine, bare.endColumn);
  if (!spellsUrl(source.slice(urlStart, urlEnd), bare.url)) return null;
  const entryStart = lines.offset(entry.line, entry.column);
  const nameStart = source.lastIndexOf(entry.name, urlStart - entry.name.length);
  if (nameStart < entryStart || !NAME_THEN_URL.test(source.slice(nameStart + entry.name.length, urlStart))) return null;
  if (/[*_[`\\]$/.test(source.slice(entryStart, nameStart))) return null;
  return { range: [nameStart, urlEnd], text: `[${entry.name}](${target})` };
}
function linkEdit(document, bare, text) {
  const target = linkTarget(bare.url);
  if (target === null || !linkableText(text)) return null;
  const { source, lines } = document;
  const range = [lines.offset(bare.line, bare.column), lines.offset(bare.endLine, bare.endColumn)];
  return spellsUrl(source.slice(...range), bare.url) ? { range, text: `[${text}](${target})` } : null;
}
function spellsUrl(written2, url) {
  return written2 !== "" && (written2 === url || written2 === `<${url}>` || url === `http://${written2}`);
}
function linkableText(text) {
  return text !== "" && !/[[\]\\`\r\n]/.test(text);
}
var MIN_BARE_STYLE = 3;
function mostlyBare(entries) {
  let bare = 0;
  let linked = 0;
  for (const entry of entries) {
    if (entry.name === "" || entry.links.length === 0) continue;
    if (entry.hasMarkdownLink) linked += 1;
    else bare += 1;
  }
  return bare >= MIN_BARE_STYLE && bare > linked;
}
function nameLink(links, textBefore) {
  const labelled = links.map((link) => ({ link, before: textBefore(link) }));
  return labelled.find(({ before }) => ACCESS_LABEL.test(before))?.link ?? labelled.find(({ before }) => !SECONDARY_LABEL.test(before))?.link ?? links[0];
}
var LABEL_REACH = 64;
function textBeforeIn(source) {
  let starts = null;
  return (link) => {
    if (starts === null) {
      starts = [0];
      for (let index = source.indexOf("\n"); index !== -1; index = source.indexOf("\n", index + 1)) starts.push(index + 1);
    }
    const start = starts[link.line - 1] ?? 0;
    const end = start + link.column - 1;
    return source.slice(Math.max(start, end - LABEL_REACH), end);
  };
}
function nameFromUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const segments = parsed.pathname.split("/").filter((segment) => segment !== "");
  const last = segments.at(-1);
  if (last !== void 0) {
    let decoded = last;
    try {
      decoded = decodeURIComponent(last);
    } catch {
    }
    const stem = decoded.replace(/\.[a-z0-9]{1,5}$/i, "");
    const words = stem.replace(/[_+]+/g, " ").trim();
    if (new RegExp("\\p{L}{3}", "u").test(words) && !GENERIC_SEGMENT.test(stem) && words.length <= 60 && !/\.pdf$/i.test(decoded)) {
      return words;
    }
  }
  const host = parsed.hostname.replace(/^www\d?\./, "");
  return host === "" ? null : host;
}

// src/rules/entry-order.ts
var collator;
var compareKeys = (a, b) => (collator ??= new Intl.Collator("en", { sensitivity: "base", numeric: true })).compare(a, b);
var ARTICLE = /^(?:the|an?)\s+(?=\S)/iu;
var MARKER = /^(?:[*+-]|\d{1,9}[.)])/u;
var COMMENT = /^<!--/u;
function sortKey(name, ignoreArticles) {
  const plain = name.replace(/[[\]*_`]/gu, "").trim();
  return ignoreArticles ? plain.replace(ARTICLE, "") : plain;
}
var entryOrder = {
  meta: {
    id: "entry-order",
    description: "Entries of one list or table must be sorted by name.",
    category: "entries",
    recommended: "off",
    fixable: true,
    messages: {
      unsorted: "Unexpected entry `{{name}}` after `{{previous}}`, expected the entries of this {{what}} sorted by name"
    },
    schema: {
      type: "object",
      properties: {
        sections: {
          type: "array",
          items: { type: "string", minLength: 1 },
          description: "Headings whose entries must be sorted (case-insensitive; a heading covers its sub-sections). Default: every section."
        },
        ignoreArticles: {
          type: "boolean",
          description: "Sort `The Cancer Imaging Archive` under `C` (a leading `The`, `A` or `An` is skipped). Default: `false`."
        }
      },
      additionalProperties: false
    },
    defaultOptions: { ignoreArticles: false }
  },
  check(document, context) {
    const ignoreArticles = context.options["ignoreArticles"] === true;
    const sectionsOption = context.options["sections"];
    const sections = Array.isArray(sectionsOption) ? new Set(sectionsOption.filter((value) => typeof value === "string").map((value) => value.toLowerCase())) : null;
    const byLine = /* @__PURE__ */ new Map();
    for (const entry of document.entries) {
      if (entry.parent !== void 0 || byLine.has(entry.line)) continue;
      byLine.set(entry.line, entry);
    }
    const inScope = (entry) => sections === null || entry.section.some((heading) => sections.has(heading.toLowerCase()));
    for (const group of groups(document, byLine)) {
      if (group.units.length < 2 || !group.units.every((unit2) => inScope(unit2.entry))) continue;
      const keys = group.units.map((unit2) => sortKey(unit2.entry.name, ignoreArticles));
      const at = keys.findIndex((key, index) => index > 0 && compareKeys(keys[index - 1], key) > 0);
      if (at < 0) continue;
      const unit = group.units[at];
      const previous = group.units[at - 1];
      const fix = sortEdit(document.source, group);
      context.report({
        messageId: "unsorted",
        data: { name: unit.entry.name, previous: previous.entry.name, what: group.what },
        line: unit.entry.line,
        column: unit.entry.column,
        endLine: unit.entry.endLine,
        endColumn: unit.entry.endColumn,
        ...fix ? { fix: [fix] } : {}
      });
    }
    function sortEdit(source, group) {
      const { units } = group;
      const order = units.map((unit, index) => ({ unit, index, key: sortKey(unit.entry.name, ignoreArticles) })).sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index).map(({ unit }) => unit);
      const widths = new Set(units.map((unit) => unit.marker.length));
      if (widths.size > 1 && order.some((unit, slot) => !unit.oneLine && unit.marker.length !== units[slot].marker.length)) return null;
      const first = units[0];
      const last = units.at(-1);
      let text = "";
      order.forEach((unit, slot) => {
        const place = units[slot];
        const body = source.slice(unit.start, unit.end);
        const markerAt = unit.itemStart - unit.start;
        text += body.slice(0, markerAt) + place.marker + body.slice(markerAt + unit.marker.length);
        if (slot < units.length - 1) text += source.slice(place.end, units[slot + 1].start);
      });
      return { range: [first.start, last.end], text };
    }
  }
};
function groups(document, byLine) {
  const found = [];
  const visit = (node) => {
    if (!("children" in node)) return;
    const parent = node;
    let current = null;
    const close = () => {
      if (current?.ok) found.push({ units: current.units, ordered: current.ordered, what: "list" });
      current = null;
    };
    for (const child of parent.children) {
      if (child.type === "list") {
        const ordered = child.ordered === true;
        if (current && (current.ordered !== ordered || current.lead === null)) close();
        current ??= { units: [], ordered, lead: null, ok: true };
        for (const item of child.children) {
          const unit = listUnit(document, item, byLine, current.lead);
          current.lead = null;
          if (unit) current.units.push(unit);
          else current.ok = false;
        }
      } else if (child.type === "html" && COMMENT.test(child.value) && current !== null) {
        const start = child.position?.start.offset;
        current.lead ??= start ?? null;
        if (start === void 0) current.ok = false;
      } else {
        close();
        if (child.type === "table") {
          const table = tableGroup(document, child, byLine);
          if (table) found.push(table);
        }
      }
      if (child.type !== "table") visit(child);
    }
    close();
  };
  visit(document.tree);
  return found;
}
function listUnit(document, item, byLine, lead) {
  const start = item.position?.start;
  const end = item.position?.end.offset;
  if (start?.offset === void 0 || end === void 0) return null;
  const entry = byLine.get(start.line);
  if (!entry || entry.shape !== "list-item") return null;
  const marker = MARKER.exec(document.source.slice(start.offset, start.offset + 10))?.[0];
  if (marker === void 0) return null;
  return {
    entry,
    start: lead ?? start.offset,
    end,
    itemStart: start.offset,
    marker,
    oneLine: item.position?.end.line === start.line
  };
}
function tableGroup(document, table, byLine) {
  if (table.type !== "table") return null;
  const units = [];
  for (const row of table.children.slice(1)) {
    const start = row.position?.start;
    const end = row.position?.end.offset;
    if (start?.offset === void 0 || end === void 0) return null;
    const entry = byLine.get(start.line);
    if (!entry || entry.shape !== "table-row") return null;
    units.push({ entry, start: start.offset, end, itemStart: start.offset, marker: "", oneLine: true });
  }
  return { units, ordered: false, what: "table" };
}

// src/rules/heading-increment.ts
var headingIncrement = {
  meta: {
    id: "heading-increment",
    description: "Heading levels must increase by one at a time.",
    category: "structure",
    recommended: "warn",
    messages: {
      skipped: "Unexpected heading rank `{{actual}}`, expected rank `{{expected}}`"
    }
  },
  check(document, context) {
    let previous = null;
    for (const heading of document.headings) {
      if (previous !== null && heading.depth > previous + 1) {
        const expected = previous + 1;
        context.report({
          messageId: "skipped",
          data: { actual: heading.depth, expected },
          line: heading.line,
          column: heading.column,
          endLine: heading.endLine,
          endColumn: heading.endColumn,
          actual: "#".repeat(heading.depth),
          expected: "#".repeat(expected)
        });
      }
      previous = heading.depth;
    }
  }
};

// src/rules/heading-outline.ts
var ANY_RUN = "*";
var ONE_OR_MORE = "+";
var ANY_ONE = "?";
var headingOutline = {
  meta: {
    id: "heading-outline",
    description: "Headings must follow the outline set in the `headings` option.",
    category: "structure",
    recommended: "off",
    messages: {
      unexpected: "Unexpected heading `{{actual}}`, expected {{expected}} from the configured outline",
      extra: "Unexpected heading `{{actual}}` after the end of the configured outline, expected no more headings",
      missing: "Unexpected end of the headings, expected {{expected}} from the configured outline"
    },
    schema: {
      type: "object",
      properties: {
        headings: {
          type: "array",
          items: { type: "string", minLength: 1 },
          description: "The required headings in order, each as written (`## Datasets`); `*` stands for any run of headings, `+` for one or more, `?` for exactly one (default: `[]`, no outline)."
        },
        matchCase: { type: "boolean", description: "Compare heading text case-sensitively (default: `false`)." }
      }
    },
    defaultOptions: { headings: [], matchCase: false }
  },
  check(document, context) {
    const option = context.options["headings"];
    const outline = Array.isArray(option) ? option.filter((item) => typeof item === "string") : [];
    if (outline.length === 0) return;
    const matchCase = context.options["matchCase"] === true;
    const normalise = (text) => {
      const folded = text.trim().replace(/\s+/g, " ");
      return matchCase ? folded : folded.toLowerCase();
    };
    const pattern = outline.flatMap((item) => item.trim() === ONE_OR_MORE ? [ANY_ONE, ANY_RUN] : [item.trim()]);
    const expectedAt = pattern.map((item) => item === ANY_RUN || item === ANY_ONE ? item : normalise(item));
    let states = closure(/* @__PURE__ */ new Set([0]), pattern);
    for (const heading of document.headings) {
      const actual = written(heading);
      const next = /* @__PURE__ */ new Set();
      for (const state of states) {
        const item = expectedAt[state];
        if (item === ANY_RUN) next.add(state);
        else if (item === ANY_ONE || item === normalise(actual)) next.add(state + 1);
      }
      if (next.size === 0) {
        const place2 = { line: heading.line, column: heading.column, endLine: heading.endLine, endColumn: heading.endColumn };
        const expected2 = literalsAt(states, pattern);
        if (expected2.length === 0) context.report({ messageId: "extra", data: { actual }, ...place2, actual });
        else context.report({ messageId: "unexpected", data: { actual, expected: quoted(expected2) }, ...place2, actual, expected: expected2[0] });
        return;
      }
      states = closure(next, pattern);
    }
    if (states.has(pattern.length)) return;
    const furthest = /* @__PURE__ */ new Set([Math.max(...states)]);
    const expected = literalsAt(furthest, pattern).concat(wildcardsAt(furthest, pattern));
    const last = document.headings.at(-1);
    const place = last ? { line: last.line, column: last.column, endLine: last.endLine, endColumn: last.endColumn } : {};
    context.report({ messageId: "missing", data: { expected: quoted(expected) }, ...place, expected: expected[0] });
  }
};
function written(heading) {
  return `${"#".repeat(heading.depth)} ${heading.text}`;
}
function closure(states, pattern) {
  const result = /* @__PURE__ */ new Set();
  for (const start of states) {
    let state = start;
    result.add(state);
    while (pattern[state] === ANY_RUN) {
      state += 1;
      result.add(state);
    }
  }
  return result;
}
function literalsAt(states, pattern) {
  return [...states].sort((a, b) => a - b).map((state) => pattern[state]).filter((item) => item !== void 0 && item !== ANY_RUN && item !== ANY_ONE);
}
function wildcardsAt(states, pattern) {
  return [...states].some((state) => pattern[state] === ANY_ONE) ? ["a heading"] : [];
}
function quoted(items) {
  return items.map((item) => item === "a heading" ? item : `\`${item}\``).join(" or ");
}

// src/rules/duplicates.ts
function labelOf(entry) {
  return entry.name !== "" ? entry.name : entry.url ?? "";
}
function nameKey(name) {
  return name.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\b(?:the|a|an)\b/g, " ").replace(/\s+/g, " ").trim();
}
function sameName(a, b) {
  const left = nameKey(a);
  const right = nameKey(b);
  if (left === right) return true;
  if (left === "" || right === "") return false;
  const longer = Math.max(left.length, right.length);
  return longer >= 8 && levenshtein(left, right) <= Math.floor(longer / 10);
}
var MAX_FUZZY = 32;
function entriesSharingUrl(entries) {
  let shared = sharedByEntries.get(entries);
  if (!shared) sharedByEntries.set(entries, shared = [...findSharedUrls(entries)]);
  return shared;
}
var sharedByEntries = /* @__PURE__ */ new WeakMap();
function* findSharedUrls(entries) {
  const byUrl = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if (entry.url === null) continue;
    const key = normaliseUrl(entry.url);
    const name = nameKey(entry.name);
    const earlier = byUrl.get(key);
    if (!earlier) {
      byUrl.set(key, { all: [entry], byName: /* @__PURE__ */ new Map([[name, entry]]) });
      continue;
    }
    const same = earlier.byName.get(name) ?? earlier.all.slice(0, MAX_FUZZY).find((candidate) => sameName(candidate.name, entry.name));
    yield { entry, first: same ?? earlier.all[0], sameDataset: same !== void 0 };
    earlier.all.push(entry);
    if (!earlier.byName.has(name)) earlier.byName.set(name, entry);
  }
}

// src/rules/no-duplicate-entry.ts
function listedTwice(entry, first) {
  if (entry.kind !== first.kind) return false;
  return entry.kind === "dataset" || entry.section.join("\0") === first.section.join("\0");
}
var noDuplicateEntry = {
  meta: {
    id: "no-duplicate-entry",
    description: "Entries must not list a dataset twice (the same URL and the same or nearly the same name).",
    category: "entries",
    recommended: "error",
    messages: {
      duplicate: "Unexpected duplicate entry `{{name}}`, expected it once (first listed on line {{firstLine}})"
    }
  },
  check(document, context) {
    for (const { entry, first, sameDataset } of entriesSharingUrl(document.entries)) {
      if (!sameDataset || !listedTwice(entry, first)) continue;
      context.report({
        messageId: "duplicate",
        data: { name: labelOf(entry), firstLine: first.line },
        line: entry.line,
        column: entry.column,
        endLine: entry.endLine,
        endColumn: entry.endColumn,
        actual: entry.url ?? "",
        note: `First listed as \`${labelOf(first)}\` on line ${first.line}: ${first.url ?? ""}`
      });
    }
  }
};

// src/rules/no-duplicate-url.ts
var noDuplicateUrl = {
  meta: {
    id: "no-duplicate-url",
    description: "Entries with different names should not share one URL.",
    category: "entries",
    recommended: "warn",
    messages: {
      sameUrl: "Unexpected URL `{{url}}` shared by `{{name}}` (line {{line}}) and `{{firstName}}` (line {{firstLine}}), expected each entry to link its own page"
    }
  },
  check(document, context) {
    for (const { entry, first, sameDataset } of entriesSharingUrl(document.entries)) {
      if (sameDataset || entry.kind === "resource" !== (first.kind === "resource")) continue;
      context.report({
        messageId: "sameUrl",
        data: { url: entry.url ?? "", name: labelOf(entry), line: entry.line, firstName: labelOf(first), firstLine: first.line },
        line: entry.line,
        column: entry.column,
        endLine: entry.endLine,
        endColumn: entry.endColumn,
        actual: entry.url ?? ""
      });
    }
  }
};

// src/rules/no-empty-section.ts
var noEmptySection = {
  meta: {
    id: "no-empty-section",
    description: "Sections must not be empty: a heading needs entries, sub-sections or text below it.",
    category: "structure",
    recommended: "warn",
    messages: {
      empty: "Unexpected empty section `{{text}}`, expected entries, sub-sections or text below the heading (or no heading)"
    }
  },
  check(document, context) {
    const entryHeadings = new Set(
      document.entries.filter((entry) => entry.shape === "heading").map((entry) => entry.line)
    );
    let index = -1;
    let current;
    let hasContent = false;
    const close = () => {
      if (!current || hasContent || !current.isEntrySection) return;
      if (current.entryCount > 0 || current.subsectionCount > 0 || entryHeadings.has(current.line)) return;
      context.report({
        messageId: "empty",
        data: { text: current.text },
        line: current.line,
        column: current.column,
        endLine: current.endLine,
        endColumn: current.endColumn
      });
    };
    for (const node of document.tree.children) {
      if (node.type === "heading") {
        close();
        index += 1;
        current = document.headings[index];
        hasContent = false;
        continue;
      }
      if (isContent(node)) hasContent = true;
    }
    close();
  }
};
function isContent(node) {
  switch (node.type) {
    case "thematicBreak":
    case "definition":
    case "footnoteDefinition":
      return false;
    case "html":
      return !isOnlyComments(node.value);
    default:
      return true;
  }
}
function isOnlyComments(html) {
  let from = 0;
  for (const comment of htmlComments(html)) {
    if (!comment.closed || html.slice(from, comment.start).trim() !== "") return false;
    from = comment.end;
  }
  return html.slice(from).trim() === "";
}

// src/rules/no-http-link.ts
var LOOPBACK = /^http:\/\/(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)(?:[:/?#]|$)/i;
var noHttpLink = {
  meta: {
    id: "no-http-link",
    description: "Links should use `https://` rather than `http://`.",
    category: "links",
    recommended: "warn",
    fixable: true,
    hasSuggestions: true,
    messages: {
      insecure: "Unexpected insecure URL `{{url}}`, expected `https://` if the site serves it: `{{expected}}`"
    }
  },
  check(document, context) {
    for (const ref of document.links) {
      const url = ref.url.trim();
      if (!/^http:\/\/[^/?#\s]/i.test(url) || LOOPBACK.test(url)) continue;
      if (ref.kind === "bare" && !/^http:/i.test(ref.text)) continue;
      const expected = `https://${url.slice("http://".length)}`;
      context.report({
        messageId: "insecure",
        data: { url, expected },
        line: ref.line,
        column: ref.column,
        endLine: ref.endLine,
        endColumn: ref.endColumn,
        actual: url,
        expected
      });
    }
  }
};

// src/rules/no-malformed-url.ts
var SPECIAL_SCHEMES = /* @__PURE__ */ new Set(["http", "https", "ftp", "ws", "wss"]);
var noMalformedUrl = {
  meta: {
    id: "no-malformed-url",
    description: "Link URLs must be well formed: a scheme, a host, no spaces, balanced brackets.",
    category: "links",
    recommended: "error",
    fixable: true,
    hasSuggestions: true,
    messages: {
      empty: "Unexpected empty link target in `[{{text}}]()`, expected a URL",
      missingScheme: "Unexpected URL `{{url}}` without a scheme, expected `{{expected}}`",
      scheme: "Unexpected scheme `{{written}}` in `{{url}}`, expected `{{expected}}`",
      emptyHost: "Unexpected URL `{{url}}` without a host, expected `{{scheme}}://` followed by a host name",
      whitespace: "Unexpected whitespace in URL `{{url}}`, expected none: `{{expected}}`",
      unbalanced: "Unexpected unbalanced `{{bracket}}` in URL `{{url}}`, expected matching brackets",
      unclosedLink: "Unexpected Markdown link `{{written}}` without its closing `)`, expected `{{expected}}`",
      unclosedAngle: "Unexpected `<` without its closing `>` in `{{written}}`, expected `{{expected}}`",
      spaceBeforeUrl: "Unexpected space between `]` and `(` in `{{written}}`, expected `{{expected}}`",
      missingOpenBracket: "Unexpected Markdown link `{{written}}` without its opening `[`, expected `{{expected}}`",
      strayCharacter: "Unexpected `{{character}}` in URL `{{url}}`, expected a URL without it (or percent-encoded)",
      invalid: "Unexpected malformed URL `{{url}}`, expected a URL the WHATWG URL parser accepts"
    }
  },
  check(document, context) {
    const lastParentheses = /* @__PURE__ */ new Map();
    for (const ref of document.links) {
      const found = ref.kind === "bare" ? brokenLinkAround(ref, document, lastParentheses) ?? unbalanced(ref.url) : urlProblem(ref);
      if (!found) continue;
      if (ref.kind !== "bare") editUrl(found, ref);
      context.report({
        line: ref.line,
        column: ref.column,
        endLine: ref.endLine,
        endColumn: ref.endColumn,
        actual: ref.url,
        ...found
      });
    }
  }
};
function editUrl(problem, ref) {
  if (problem.expected === void 0 || !ref.written) return;
  const edits = [{ range: [ref.written.start, ref.written.end], text: problem.expected }];
  if (problem.messageId === "scheme") problem.fix = edits;
  else problem.suggestions = [{ description: `Replace \`${ref.url}\` with \`${problem.expected}\``, edits }];
}
function urlProblem(ref) {
  const url = ref.url.trim();
  const form = classifyUrl(url);
  switch (form.kind) {
    case "empty":
      return ref.kind === "link" ? { messageId: "empty", data: { text: ref.text } } : null;
    case "fragment":
    case "protocol-relative":
    case "root-relative":
    case "relative":
      return whitespace(url) ?? unbalanced(url);
    case "schemeless":
      if (form.written !== void 0) {
        return { messageId: "scheme", data: { written: form.written, url, expected: form.expected }, expected: form.expected };
      }
      return { messageId: "missingScheme", data: { url, expected: form.expected }, expected: form.expected };
    case "absolute":
      return schemeProblem(url, form.scheme) ?? whitespace(url) ?? strayCharacter(url) ?? unbalanced(url) ?? parseProblem(url, form.scheme);
    default:
      return form;
  }
}
function schemeProblem(url, scheme) {
  const web = webSchemeFor(scheme);
  if (web === null) return null;
  const written2 = SCHEME.exec(url)?.[0] ?? `${scheme}:`;
  const rest = url.slice(written2.length);
  const slashes = /^[/\\]*/.exec(rest)?.[0] ?? "";
  const host = rest.slice(slashes.length);
  if (host === "" || /^[?#]/.test(host)) return { messageId: "emptyHost", data: { url, scheme: web } };
  if (web === scheme && slashes === "//") return null;
  const expected = `${web}://${host}`;
  return { messageId: "scheme", data: { written: `${written2}${slashes}`, url, expected }, expected };
}
function whitespace(url) {
  if (!/\s/.test(url)) return null;
  const expected = url.replace(/\s/g, (space) => encodeURIComponent(space));
  return { messageId: "whitespace", data: { url, expected }, expected };
}
function strayCharacter(url) {
  const found = /[<>"{}|\\^`]/.exec(url);
  if (!found) return null;
  const character = found[0];
  const problem = { messageId: "strayCharacter", data: { character, url } };
  if (found.index === url.length - 1) problem.expected = url.slice(0, -1);
  return problem;
}
function unbalanced(url) {
  for (const [open, close] of [
    ["(", ")"],
    ["[", "]"]
  ]) {
    let depth = 0;
    let bad = null;
    for (const character of url) {
      if (character === open) depth += 1;
      if (character === close) depth -= 1;
      if (depth < 0) {
        bad = close;
        break;
      }
    }
    if (bad === null && depth > 0) bad = open;
    if (bad === null) continue;
    const problem = { messageId: "unbalanced", data: { bracket: bad, url } };
    if (bad === close && url.endsWith(close) && unbalanced(url.slice(0, -1)) === null) problem.expected = url.slice(0, -1);
    return problem;
  }
  return null;
}
function parseProblem(url, scheme) {
  if (!SPECIAL_SCHEMES.has(scheme)) return null;
  try {
    const parsed = new URL(url);
    if (parsed.hostname === "") return { messageId: "emptyHost", data: { url, scheme } };
    return null;
  } catch {
    return { messageId: "invalid", data: { url } };
  }
}
function brokenLinkAround(ref, document, lastParentheses) {
  const lineStart = document.lines.lineStart(ref.line);
  if (lineStart === void 0) return null;
  const { source } = document;
  const offset = lineStart + ref.column - 1;
  const opening = openingBefore(source, lineStart, offset);
  if (!opening) return bracketlessOpening(source, lineStart, offset) ? missingOpenBracket(ref, source.slice(lineStart, offset), lineStart) : null;
  if (isEscaped(source, opening.index)) return null;
  const { text, gap } = opening;
  const bracketColumn = opening.index - lineStart + 1;
  const afterStart = ref.endLine === ref.line ? lineStart + ref.endColumn - 1 : offset + ref.url.length;
  const angle = gap === "" && opening.angle && source[offset - 1] === "<" && source.startsWith(ref.url, offset);
  const lineEnd = (document.lines.lineStart(ref.line + 1) ?? source.length + 1) - 1;
  const url = source.slice(offset, afterStart);
  const expected = `[${text}](${url})`;
  const closing = gap !== "" && source.startsWith(")", afterStart);
  if (gap === "" && closedAfter(source, afterStart, lineEnd)) {
    if (!angle) return null;
    const writtenEnd = source.indexOf(")", afterStart) + 1;
    return unclosedAngle(source, opening, bracketColumn, { insertAt: afterStart, insert: ">", writtenEnd }, "fix");
  }
  if (closing) {
    const written3 = `[${text}]${gap}(${url})`;
    const gapStart = opening.index + text.length + 2;
    return { messageId: "spaceBeforeUrl", data: { written: written3, expected }, expected, column: bracketColumn, fix: [{ range: [gapStart, gapStart + gap.length], text: "" }] };
  }
  if (angle) {
    const parenthesis = closingParenthesisAfter(source, afterStart, lineEnd);
    const place = parenthesis === -1 ? { insertAt: afterStart, insert: ">)", writtenEnd: afterStart } : { insertAt: parenthesis, insert: ">", writtenEnd: parenthesis + 1 };
    return unclosedAngle(source, opening, bracketColumn, place, "suggestion");
  }
  const written2 = `[${text}](${url}`;
  const report = {
    messageId: "unclosedLink",
    data: { written: written2, expected },
    expected,
    column: bracketColumn,
    // Where the `)` belongs is a guess: the URL may go on after a space.
    suggestions: [{ description: `Close the link after the URL: \`${expected}\``, edits: [{ range: [afterStart, afterStart], text: ")" }] }]
  };
  let textAt = afterStart;
  while (textAt < lineEnd && /\s/.test(source.charAt(textAt))) textAt += 1;
  const spaceThenText = textAt > afterStart && textAt < lineEnd;
  if (spaceThenText && lastParenthesisOnLine(source, lineStart, lineEnd, lastParentheses) >= afterStart) {
    report.note = "If the URL goes on after the space, encode the space as `%20`.";
  }
  return report;
}
function unclosedAngle(source, opening, column, place, as) {
  const { insertAt, insert, writtenEnd } = place;
  const written2 = source.slice(opening.index, writtenEnd);
  const expected = `${source.slice(opening.index, insertAt)}${insert}${source.slice(insertAt, writtenEnd)}`;
  const edits = [{ range: [insertAt, insertAt], text: insert }];
  const report = { messageId: "unclosedAngle", data: { written: written2, expected }, expected, column };
  if (isEscaped(source, insertAt)) return report;
  return { ...report, ...as === "fix" ? { fix: edits } : { suggestions: [{ description: `Close the destination: \`${expected}\``, edits }] } };
}
var URL_LOOK_AHEAD = 2048;
function closingParenthesisAfter(source, from, lineEnd) {
  const end = Math.min(lineEnd, from + URL_LOOK_AHEAD);
  for (let at = from; at < end; at += 1) {
    const character = source[at];
    if (character === ")") return at;
    if (`(<>"'`.includes(character)) return -1;
  }
  return -1;
}
function isEscaped(source, at) {
  let backslashes = 0;
  while (at - backslashes - 1 >= 0 && source[at - backslashes - 1] === "\\") backslashes += 1;
  return backslashes % 2 === 1;
}
function closedAfter(source, at, lineEnd) {
  let end = at;
  while (end < lineEnd && (source[end] === " " || source[end] === "	")) end += 1;
  return end < lineEnd && source[end] === ")";
}
function openingBefore(source, lineStart, end) {
  const isSpace = (at2) => at2 >= lineStart && /\s/.test(source.charAt(at2));
  let at = end - 1;
  while (isSpace(at)) at -= 1;
  const angle = at >= lineStart && source[at] === "<";
  if (angle) at -= 1;
  if (at < lineStart || source[at] !== "(") return null;
  const parenthesis = at;
  at -= 1;
  while (isSpace(at)) at -= 1;
  if (at < lineStart || source[at] !== "]") return null;
  const close = at;
  let open = -1;
  for (at = close - 1; at >= lineStart && source[at] !== "]"; at -= 1) if (source[at] === "[") open = at;
  if (open === -1) return null;
  return { index: open, text: source.slice(open + 1, close), gap: source.slice(close + 1, parenthesis), angle };
}
function lastParenthesisOnLine(source, lineStart, lineEnd, found) {
  let last = found.get(lineEnd);
  if (last === void 0) {
    let at = lineEnd - 1;
    while (at >= lineStart && source[at] !== ")") at -= 1;
    last = at >= lineStart ? at : -1;
    found.set(lineEnd, last);
  }
  return last;
}
function missingOpenBracket(ref, before, lineStart) {
  const marker = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/.exec(before)?.[0] ?? "";
  const rest = before.slice(marker.length);
  if (!/\]\(<?[ \t]*$/.test(rest)) return null;
  const text = rest.slice(0, rest.lastIndexOf("](")).trim();
  if (text === "" || /[[\]]/.test(text)) return null;
  const expected = `[${text}](${ref.url})`;
  const textStart = lineStart + marker.length + (rest.length - rest.trimStart().length);
  return {
    messageId: "missingOpenBracket",
    data: { written: `${text}](${ref.url})`, expected },
    expected,
    column: marker.length + 1,
    // Where the link text starts is a guess: `Dataset on AWS](…)` may mean `Dataset on [AWS](…)`.
    suggestions: [{ description: `Open the link before \`${text}\`: \`${expected}\``, edits: [{ range: [textStart, textStart], text: "[" }] }]
  };
}
function bracketlessOpening(source, lineStart, end) {
  let at = end - 1;
  while (at >= lineStart && (source[at] === " " || source[at] === "	")) at -= 1;
  if (at >= lineStart && source[at] === "<") at -= 1;
  if (at - 1 < lineStart || source[at] !== "(" || source[at - 1] !== "]") return false;
  for (at -= 2; at >= lineStart; at -= 1) if (source[at] === "[" || source[at] === "]") return false;
  return true;
}

// src/rules/no-link-outside-repository.ts
var noLinkOutsideRepository = {
  meta: {
    id: "no-link-outside-repository",
    description: "Relative links must stay inside the repository.",
    category: "links",
    recommended: "warn",
    messages: {
      outside: "Unexpected link `{{url}}` to a file outside the repository, expected a file inside it or an absolute URL"
    }
  },
  check(document, context) {
    for (const ref of document.links) {
      if (ref.kind === "bare" || classifyUrl(ref.url).kind !== "relative") continue;
      if (context.localTarget(ref.url)?.kind !== "outside") continue;
      context.report({
        messageId: "outside",
        data: { url: ref.url.trim() },
        line: ref.line,
        column: ref.column,
        endLine: ref.endLine,
        endColumn: ref.endColumn,
        actual: ref.url
      });
    }
  }
};

// src/rules/no-missing-file.ts
var noMissingFile = {
  meta: {
    id: "no-missing-file",
    description: "Relative links must point to files that exist.",
    category: "links",
    recommended: "error",
    messages: {
      missing: "Unexpected link to missing file `{{path}}`, expected an existing file relative to this document"
    }
  },
  check(document, context) {
    for (const ref of document.links) {
      if (ref.kind === "bare") continue;
      const form = classifyUrl(ref.url);
      if (form.kind !== "relative" || form.path === "") continue;
      if (context.localTarget(ref.url)?.kind !== "missing") continue;
      context.report({
        messageId: "missing",
        data: { path: form.path },
        line: ref.line,
        column: ref.column,
        endLine: ref.endLine,
        endColumn: ref.endColumn,
        actual: ref.url
      });
    }
  }
};

// src/rules/no-missing-fragment.ts
var noMissingFragment = {
  meta: {
    id: "no-missing-fragment",
    description: "Links to `#fragment`s, in the page or in another local file, must point to an existing heading or anchor.",
    category: "links",
    recommended: "error",
    messages: {
      missing: "Unexpected link `#{{fragment}}` to no heading or anchor, expected an existing one",
      missingWithSuggestion: "Unexpected link `#{{fragment}}` to no heading or anchor, expected an existing one; did you mean `#{{suggestion}}`?",
      missingInFile: "Unexpected link `{{url}}` to no heading or anchor in `{{path}}`, expected an existing one",
      missingInFileWithSuggestion: "Unexpected link `{{url}}` to no heading or anchor in `{{path}}`, expected an existing one; did you mean `{{suggestion}}`?"
    }
  },
  check(document, context) {
    let anchors = null;
    for (const ref of document.links) {
      if (ref.kind === "bare") continue;
      const url = ref.url.trim();
      const fragment = inPageFragment(url);
      if (fragment !== null) {
        if (ref.inToc || isAlwaysValidFragment(fragment)) continue;
        anchors ??= collectAnchors(document);
        if (!anchors.has(normaliseFragment(fragment))) reportInPage(context, ref, fragment, anchors);
        continue;
      }
      checkOtherFile(context, ref, url);
    }
  }
};
function reportInPage(context, ref, fragment, anchors) {
  const closest = closestAnchor(fragment, anchors);
  const suggestion = closest === null ? null : displayFragment(closest);
  const place = { line: ref.line, column: ref.column, endLine: ref.endLine, endColumn: ref.endColumn };
  if (suggestion === null) {
    context.report({ messageId: "missing", data: { fragment }, ...place, actual: ref.url });
  } else {
    context.report({ messageId: "missingWithSuggestion", data: { fragment, suggestion }, ...place, actual: ref.url, expected: `#${suggestion}` });
  }
}
function checkOtherFile(context, ref, url) {
  const fragment = fragmentOfUrl(url);
  if (fragment === null || isAlwaysValidFragment(fragment) || url.includes("?")) return;
  const form = classifyUrl(url);
  if (form.kind !== "relative" || form.path === "") return;
  const target = context.localTarget(ref.url);
  if (target?.kind !== "found" || target.anchors === null || target.anchors.has(normaliseFragment(fragment))) return;
  const closest = closestAnchor(fragment, target.anchors);
  const place = { line: ref.line, column: ref.column, endLine: ref.endLine, endColumn: ref.endColumn };
  const data = { url, path: form.path };
  if (closest === null) {
    context.report({ messageId: "missingInFile", data, ...place, actual: ref.url });
    return;
  }
  const suggestion = `${url.slice(0, url.indexOf("#"))}#${displayFragment(closest)}`;
  context.report({ messageId: "missingInFileWithSuggestion", data: { ...data, suggestion }, ...place, actual: ref.url, expected: suggestion });
}

// src/rules/single-h1.ts
var singleH1 = {
  meta: {
    id: "single-h1",
    description: "A list must have only one top-level (`#`) heading.",
    category: "structure",
    recommended: "warn",
    messages: {
      extra: "Unexpected second rank-1 heading `{{text}}`, expected a single `#` heading (the first is on line {{firstLine}}); use `##` for sections"
    }
  },
  check(document, context) {
    let first = null;
    for (const heading of document.headings) {
      if (heading.depth !== 1) continue;
      if (first === null) {
        first = heading;
        continue;
      }
      context.report({
        messageId: "extra",
        data: { text: heading.text, firstLine: first.line },
        line: heading.line,
        column: heading.column,
        endLine: heading.endLine,
        endColumn: heading.endColumn
      });
    }
  }
};

// src/rules/toc-complete.ts
var tocComplete = {
  meta: {
    id: "toc-complete",
    description: "Every top-level section should be linked from the table of contents, when there is one.",
    category: "structure",
    recommended: "warn",
    fixable: true,
    messages: {
      notListed: "Unexpected section `{{text}}` missing from the table of contents, expected a link `[{{text}}](#{{slug}})` in it"
    }
  },
  check(document, context) {
    const toc = document.toc;
    if (!toc) return;
    const bySlug = new Map(document.headings.map((heading) => [heading.slug, heading]));
    for (const [anchor, heading] of customAnchors(document)) if (!bySlug.has(anchor)) bySlug.set(anchor, heading);
    const resolve = (ref) => {
      const fragment = inPageFragment(ref.url);
      return fragment === null ? void 0 : bySlug.get(normaliseFragment(fragment));
    };
    const topLevel = topLevelLinks(document, toc.line).map(resolve).filter((heading) => heading !== void 0);
    const depth = commonestDepth(topLevel.length > 0 ? topLevel : toc.links.map(resolve).filter((h) => h !== void 0));
    if (depth === null) return;
    const listed = new Set(toc.links.map(resolve).filter((heading) => heading !== void 0));
    const unreached = document.headings.filter((heading) => !listed.has(heading)).map((heading) => heading.slug);
    for (const ref of toc.links) {
      const fragment = inPageFragment(ref.url);
      if (fragment === null || resolve(ref)) continue;
      const meant = closestAnchor(fragment, unreached);
      const heading = meant === null ? void 0 : bySlug.get(meant);
      if (heading) listed.add(heading);
    }
    const title = document.headings[0]?.depth === 1 ? document.headings[0] : void 0;
    const insert = insertionPoints(document, toc.line, resolve);
    for (const heading of document.headings) {
      if (heading.depth !== depth || heading === title || heading.line < toc.line || !heading.isEntrySection) continue;
      if (listed.has(heading)) continue;
      const slug2 = displayFragment(heading.slug);
      const edit = insert?.(heading, `[${heading.text}](#${slug2})`);
      context.report({
        messageId: "notListed",
        data: { text: heading.text, slug: slug2 },
        line: heading.line,
        column: heading.column,
        endLine: heading.endLine,
        endColumn: heading.endColumn,
        expected: `[${heading.text}](#${slug2})`,
        ...edit ? { fix: [edit] } : {}
      });
    }
  }
};
var BULLET = /^([ \t]*)([-*+])([ \t]+)/;
function insertionPoints(document, tocLine, resolve) {
  const list = document.tree.children.find((node) => node.type === "list" && node.position?.start.line === tocLine);
  const first = list?.children[0];
  if (!list || list.ordered || !first?.position) return null;
  const { source, lines } = document;
  const firstStart = first.position.start.offset ?? lines.offset(first.position.start.line, first.position.start.column);
  const lineStart = lines.offset(first.position.start.line, 1);
  const opening = BULLET.exec(source.slice(lineStart, firstStart + 12));
  if (!opening || lineStart + (opening[1] ?? "").length !== firstStart) return null;
  const bullet = `${opening[1] ?? ""}${opening[2] ?? "-"}${opening[3] ?? " "}`;
  const newline = source.indexOf("\n", firstStart);
  const eol = newline > 0 && source[newline - 1] === "\r" ? "\r\n" : "\n";
  const itemEnd = /* @__PURE__ */ new Map();
  const byStart = new Map((document.toc?.links ?? []).map((ref) => [`${ref.line}:${ref.column}`, ref]));
  for (const item of list.children) {
    const end = item.position?.end.offset;
    if (end === void 0) continue;
    for (const child of item.children) {
      if (child.type === "list") continue;
      for (const node of descendants(child)) {
        const ref = node.type === "link" && node.position ? byStart.get(`${node.position.start.line}:${node.position.start.column}`) : void 0;
        const heading = ref && resolve(ref);
        if (heading && !itemEnd.has(heading)) itemEnd.set(heading, end);
      }
    }
  }
  return (heading, link) => {
    if (/[[\]\\`*_<>\r\n]/.test(heading.text)) return null;
    const index = document.headings.indexOf(heading);
    for (let above = index - 1; above >= 0; above -= 1) {
      const end = itemEnd.get(document.headings[above]);
      if (end !== void 0) return { range: [end, end], text: `${eol}${bullet}${link}` };
    }
    return { range: [lineStart, lineStart], text: `${bullet}${link}${eol}` };
  };
}
function topLevelLinks(document, tocLine) {
  const list = document.tree.children.find(
    (node) => node.type === "list" && node.position?.start.line === tocLine
  );
  if (!list) return [];
  const starts = /* @__PURE__ */ new Set();
  for (const item of list.children) {
    for (const child of item.children) {
      if (child.type === "list") continue;
      for (const node of descendants(child)) {
        if (node.type === "link" && node.position) starts.add(`${node.position.start.line}:${node.position.start.column}`);
      }
    }
  }
  return (document.toc?.links ?? []).filter((ref) => starts.has(`${ref.line}:${ref.column}`));
}
function commonestDepth(headings) {
  const counts = /* @__PURE__ */ new Map();
  for (const heading of headings) counts.set(heading.depth, (counts.get(heading.depth) ?? 0) + 1);
  let best = null;
  let bestCount = 0;
  for (const [depth, count] of counts) {
    if (count > bestCount || count === bestCount && best !== null && depth < best) {
      best = depth;
      bestCount = count;
    }
  }
  return best;
}
function customAnchors(document) {
  const anchors = /* @__PURE__ */ new Map();
  const headingsByLine = new Map(document.headings.map((heading) => [heading.line, heading]));
  const blocks = document.tree.children;
  blocks.forEach((block, index) => {
    if (block.type !== "heading") return;
    const heading = block.position ? headingsByLine.get(block.position.start.line) : void 0;
    if (!heading) return;
    const sources = [block];
    const above = blocks[index - 1];
    if (above?.position && above.position.end.line >= heading.line - 2 && isOnlyHtml(above)) sources.push(above);
    for (const source of sources) {
      for (const node of descendants(source)) {
        if (node.type === "html" && mayHoldAnchor(node.value)) for (const anchor of htmlFileAnchors(node.value)) anchors.set(anchor, heading);
      }
    }
  });
  return anchors;
}
function isOnlyHtml(block) {
  if (block.type === "html") return true;
  return block.type === "paragraph" && block.children.every((child) => child.type === "html" || child.type === "text" && child.value.trim() === "");
}

// src/rules/toc-link.ts
var tocLink = {
  meta: {
    id: "toc-link",
    description: "Table-of-contents links must point to an existing heading.",
    category: "structure",
    recommended: "error",
    fixable: true,
    hasSuggestions: true,
    messages: {
      missing: "Unexpected table-of-contents link `#{{fragment}}` to no heading, expected an existing heading anchor",
      missingWithSuggestion: "Unexpected table-of-contents link `#{{fragment}}` to no heading, expected an existing heading anchor; did you mean `#{{suggestion}}`?",
      invisibleInAnchor: "Unexpected table-of-contents link `#{{fragment}}` to no heading: the anchor of heading `{{heading}}` holds an invisible character (an emoji's variation selector), expected the heading without it, so that its anchor is `#{{visible}}`"
    }
  },
  check(document, context) {
    if (!document.toc) return;
    const anchors = collectAnchors(document);
    const tocLinks = document.toc.links;
    const reached = new Set(
      tocLinks.map((ref) => normaliseFragment(inPageFragment(ref.url) ?? "")).filter((slug2) => anchors.has(slug2))
    );
    const unreached = document.headings.map((heading) => heading.slug).filter((slug2) => !reached.has(slug2));
    for (const ref of tocLinks) {
      const fragment = inPageFragment(ref.url);
      if (fragment === null || isAlwaysValidFragment(fragment) || anchors.has(normaliseFragment(fragment))) continue;
      const fromUnreached = rankAnchors(fragment, unreached);
      const ranking = fromUnreached.best !== null ? fromUnreached : rankAnchors(fragment, anchors);
      const closest = ranking.best;
      const suggestion = closest === null ? null : displayFragment(closest);
      const place = { line: ref.line, column: ref.column, endLine: ref.endLine, endColumn: ref.endColumn };
      const heading = closest === null ? void 0 : document.headings.find((candidate) => candidate.slug === closest);
      if (closest !== null && heading && hasInvisible(closest)) {
        const visible = withoutInvisible(closest);
        context.report({ messageId: "invisibleInAnchor", data: { fragment, heading: heading.text, visible }, ...place, actual: ref.url });
      } else if (suggestion === null) {
        context.report({ messageId: "missing", data: { fragment }, ...place, actual: ref.url });
      } else {
        const edits = ref.written ? [{ range: [ref.written.start, ref.written.end], text: `#${suggestion}` }] : null;
        context.report({
          messageId: "missingWithSuggestion",
          data: { fragment, suggestion },
          ...place,
          actual: ref.url,
          expected: `#${suggestion}`,
          ...edits && isClearMatch(ranking) ? { fix: edits } : {},
          ...edits && !isClearMatch(ranking) ? { suggestions: [{ description: `Link \`#${suggestion}\` instead`, edits }] } : {}
        });
      }
    }
  }
};

// src/rules/index.ts
var recordRules = [entryAccess, accessMismatch, entryLicense, licenseMismatch, datasetVersion, repoArchived];
var treeRules = [
  entryLink,
  entryDescription,
  noMalformedUrl,
  noDuplicateEntry,
  noDuplicateUrl,
  tocLink,
  tocComplete,
  headingIncrement,
  headingOutline,
  singleH1,
  noEmptySection,
  noMissingFile,
  noLinkOutsideRepository,
  noMissingFragment,
  noHttpLink,
  entryOrder,
  entryFormat
];
var documentRules = [...treeRules, ...recordRules];
var allRuleMetas = [...documentRules.map((rule) => rule.meta), ...linkRules];
var byId = new Map(allRuleMetas.map((meta) => [meta.id, meta]));
function ruleMeta(id) {
  return byId.get(id);
}

// src/config/severity.ts
var LEVELS = /* @__PURE__ */ new Set(["off", "warn", "error"]);
function isRuleLevel(value) {
  return typeof value === "string" && LEVELS.has(value);
}
function severityOf(level) {
  switch (level) {
    case "off":
      return null;
    case "warn":
      return "warning";
    case "error":
      return "error";
    default:
      throw new TypeError(`Unknown rule level ${JSON.stringify(level)}`);
  }
}

export {
  describeOutcome,
  extractLicense,
  spdxId,
  BananaSlug,
  plainText,
  rawText,
  foldWhitespace,
  spanOf,
  descendants,
  headingSlug,
  markdownAnchors,
  htmlFileAnchors,
  linkTarget,
  classifyUrl,
  fragmentOfUrl,
  recordRules,
  treeRules,
  allRuleMetas,
  ruleMeta,
  isRuleLevel,
  severityOf
};
