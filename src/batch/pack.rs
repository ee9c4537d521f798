//! Join tagged PDFs into one print pack that stays tagged: the pages in order, each
//! document starting on a right-hand page, one structure tree, and bookmarks.
//!
//! Each document keeps its own objects (fonts, pages, structure elements), renumbered after
//! the ones before it. Its structure tree becomes one `Part` of the pack's `Document`
//! element, with the document's language on it; its marked-content keys are moved past the
//! earlier documents' in the pack's parent tree, and its element identifiers (used by table
//! cells to name their headers) get a prefix of their own, so that nothing clashes. The
//! entry points are [`Pack::add`] and [`Pack::finish`].

use std::collections::BTreeMap;
use std::fmt;
use std::io::Write;

use lopdf::{Dictionary, Object, ObjectId, StringFormat, dictionary};

/// A problem joining documents.
#[derive(Debug)]
pub struct PackError(String);

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "the print pack could not be made: {}", self.0)
    }
}

impl std::error::Error for PackError {}

impl PackError {
    /// The problem as a diagnostic.
    pub fn diagnostic(&self) -> crate::diag::Diagnostic {
        crate::diag::Diagnostic::new(self.to_string())
    }
}

crate::error::into_error!(PackError);

impl From<lopdf::Error> for PackError {
    fn from(e: lopdf::Error) -> Self {
        PackError(e.to_string())
    }
}

impl From<std::io::Error> for PackError {
    fn from(e: std::io::Error) -> Self {
        PackError(e.to_string())
    }
}

fn broken(what: &str) -> PackError {
    PackError(format!("a document has no {what}"))
}

/// A bookmark of the pack.
#[derive(Debug, Clone)]
pub enum Bookmark {
    /// A bookmark opening a part, with bookmarks under it.
    Group {
        /// What the bookmark says.
        title: String,
        /// The part (as numbered by [`Pack::add`]) whose first page it opens.
        part: usize,
        /// Bookmarks under this one.
        children: Vec<Bookmark>,
    },
    /// A bookmark opening a part, with the part's own bookmarks (its headings) under it.
    /// Each part can be given this way once.
    Part {
        /// What the bookmark says.
        title: String,
        /// The part.
        part: usize,
    },
}

/// The pack's metadata.
#[derive(Debug, Clone)]
pub struct Metadata {
    /// The title shown in the viewer's window.
    pub title: String,
    /// Who made it (the school).
    pub author: String,
    /// The pack's language (the school's), for the catalog and the structure root.
    pub language: String,
    /// The creation date written into the metadata, as year, month and day.
    pub date: (i32, u8, u8),
}

/// One document of the pack.
#[derive(Debug)]
struct Part {
    /// Its pages, in order.
    pages: Vec<ObjectId>,
    /// The media box of its last page, for the blank page that may follow it.
    last_media_box: Object,
    /// Its top structure element (now a `Part`).
    element: Option<ObjectId>,
    /// Its own bookmarks: first and last top-level items, and how many a reader sees.
    outline: Option<(ObjectId, ObjectId, i64)>,
    /// The bookmark its own bookmarks hang under (given by [`Bookmark::Part`]).
    bookmark: ObjectId,
    /// Its document identifier, for the pack's.
    ident: Vec<u8>,
    /// Its pages' dictionaries as written (their resources given in place), for the
    /// stamps laid over them when the pack's page numbers are known.
    page_dicts: Vec<Dictionary>,
}

/// A print pack being written: each part's objects go to the output as the part is added,
/// so that memory holds only what the pack's own tree and bookmarks need.
pub struct Pack<W: Write> {
    out: W,
    /// Bytes written so far.
    written: u64,
    /// Where each object starts, by object number (None: not written).
    offsets: Vec<Option<(u64, u16)>>,
    next_id: u32,
    pages_id: ObjectId,
    tree_id: ObjectId,
    document_id: ObjectId,
    parts: Vec<Part>,
    parent_tree: Vec<(i64, Object)>,
    next_key: i64,
    id_names: Vec<(Vec<u8>, Object)>,
    role_map: Dictionary,
    languages: Vec<String>,
}

impl<W: Write> Pack<W> {
    /// A pack written to `out`.
    pub fn new(out: W) -> Result<Self, PackError> {
        let mut pack = Pack {
            out,
            written: 0,
            offsets: vec![None],
            next_id: 1,
            pages_id: (0, 0),
            tree_id: (0, 0),
            document_id: (0, 0),
            parts: Vec::new(),
            parent_tree: Vec::new(),
            next_key: 0,
            id_names: Vec::new(),
            role_map: Dictionary::new(),
            languages: Vec::new(),
        };
        pack.pages_id = pack.new_id();
        pack.tree_id = pack.new_id();
        pack.document_id = pack.new_id();
        // A binary comment after the header tells transfer programs the file is binary.
        pack.write_bytes(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")?;
        Ok(pack)
    }

    fn new_id(&mut self) -> ObjectId {
        let id = (self.next_id, 0);
        self.next_id += 1;
        id
    }

    fn write_bytes(&mut self, bytes: &[u8]) -> Result<(), PackError> {
        self.out.write_all(bytes)?;
        self.written += bytes.len() as u64;
        Ok(())
    }

    /// Writes one indirect object.
    fn write_object(&mut self, id: ObjectId, object: &Object) -> Result<(), PackError> {
        let index = id.0 as usize;
        if self.offsets.len() <= index {
            self.offsets.resize(index + 1, None);
        }
        self.offsets[index] = Some((self.written, id.1));
        let mut buffer = Vec::new();
        write!(
            buffer,
            "{} {} obj\n{}",
            id.0,
            id.1,
            if lopdf::Writer::need_separator(object) {
                " "
            } else {
                ""
            }
        )?;
        lopdf::Writer::write_object(&mut buffer, object)?;
        write!(
            buffer,
            "{}\nendobj\n",
            if lopdf::Writer::need_end_separator(object) {
                " "
            } else {
                ""
            }
        )?;
        self.write_bytes(&buffer)
    }

    /// The number of parts added.
    pub fn len(&self) -> usize {
        self.parts.len()
    }

    /// Whether no part has been added.
    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// The number of pages of a part, without the blank page that may follow it.
    pub fn pages(&self, part: usize) -> usize {
        self.parts[part].pages.len()
    }

    /// Adds a tagged PDF as the next part, and returns its number.
    pub fn add(&mut self, pdf: &[u8]) -> Result<usize, PackError> {
        let source = lopdf::Document::load_mem(pdf)?;
        self.add_document(source)
    }

    /// Adds a parsed tagged PDF as the next part, writes its objects, and returns its number.
    pub fn add_document(&mut self, source: lopdf::Document) -> Result<usize, PackError> {
        let number = self.parts.len();
        let offset = self.next_id - 1;
        let key_offset = self.next_key;
        let prefix = format!("p{number}-").into_bytes();
        let lopdf::Document {
            objects,
            trailer,
            max_id,
            ..
        } = source;
        self.next_id = offset + max_id + 1;
        let bookmark = self.new_id();
        let mut objects: BTreeMap<ObjectId, Object> = objects
            .into_iter()
            .map(|(id, mut object)| {
                shift(&mut object, offset);
                ((id.0 + offset, id.1), object)
            })
            .collect();
        let mut trailer = Object::Dictionary(trailer);
        shift(&mut trailer, offset);
        let trailer = trailer.as_dict()?;
        if trailer.has(b"Encrypt") {
            return Err(PackError("a document is encrypted".into()));
        }
        let ident = match trailer.get(b"ID").and_then(Object::as_array) {
            Ok(ids) => ids
                .first()
                .and_then(|i| i.as_str().ok())
                .unwrap_or_default()
                .to_vec(),
            Err(_) => Vec::new(),
        };
        if let Ok(id) = trailer.get(b"Info").and_then(Object::as_reference) {
            objects.remove(&id);
        }
        let catalog_id = trailer.get(b"Root").and_then(Object::as_reference)?;
        let catalog = objects
            .remove(&catalog_id)
            .ok_or_else(|| broken("catalog"))?;
        let catalog = catalog.as_dict()?;
        let language = catalog
            .get(b"Lang")
            .and_then(Object::as_str)
            .map(|l| l.to_vec())
            .ok();
        if let Ok(id) = catalog.get(b"Metadata").and_then(Object::as_reference) {
            objects.remove(&id);
        }

        // Pages, in order, with what they inherit from their page tree nodes.
        let pages_root = catalog.get(b"Pages").and_then(Object::as_reference)?;
        let mut pages = Vec::new();
        collect_pages(&mut objects, pages_root, &Dictionary::new(), &mut pages)?;
        let mut last_media_box =
            Object::Array(vec![0.into(), 0.into(), 595.2756.into(), 841.8898.into()]);
        for id in &pages {
            let page = objects
                .get_mut(id)
                .and_then(|o| o.as_dict_mut().ok())
                .ok_or_else(|| broken("page"))?;
            page.set("Parent", self.pages_id);
            if let Ok(media_box) = page.get(b"MediaBox") {
                last_media_box = media_box.clone();
            }
            if let Ok(key) = page.get(b"StructParents").and_then(Object::as_i64) {
                page.set("StructParents", key + key_offset);
            }
            let annotations = page
                .get(b"Annots")
                .and_then(Object::as_array)
                .map(|a| a.to_vec())
                .unwrap_or_default();
            for annotation in annotations {
                if let Object::Reference(id) = annotation
                    && let Some(Object::Dictionary(dict)) = objects.get_mut(&id)
                    && let Ok(key) = dict.get(b"StructParent").and_then(Object::as_i64)
                {
                    dict.set("StructParent", key + key_offset);
                }
            }
        }

        // The structure tree.
        let tree_id = catalog
            .get(b"StructTreeRoot")
            .and_then(Object::as_reference)
            .map_err(|_| PackError("a document is not tagged".into()))?;
        let tree = objects
            .remove(&tree_id)
            .ok_or_else(|| broken("structure tree"))?;
        let tree = tree.as_dict()?;
        let mut element = None;
        for kid in kids(tree.get(b"K").ok()) {
            let Object::Reference(id) = kid else { continue };
            let Some(Object::Dictionary(dict)) = objects.get_mut(&id) else {
                continue;
            };
            dict.set("P", self.document_id);
            dict.set("S", Object::Name(b"Part".to_vec()));
            if let Some(lang) = &language
                && !dict.has(b"Lang")
            {
                dict.set("Lang", Object::String(lang.clone(), StringFormat::Literal));
            }
            element.get_or_insert(id);
        }
        if let Ok(map) = tree.get(b"RoleMap").and_then(|o| resolve_dict(&objects, o)) {
            for (k, v) in map.iter() {
                if !self.role_map.has(k) {
                    self.role_map.set(k.clone(), v.clone());
                }
            }
        }
        let mut next = 0;
        if let Ok(parent_tree) = tree.get(b"ParentTree") {
            let mut entries = Vec::new();
            number_tree(&objects, parent_tree, &mut entries)?;
            for (key, value) in entries {
                next = next.max(key + 1);
                self.parent_tree.push((key + key_offset, value));
            }
        }
        if let Ok(n) = tree.get(b"ParentTreeNextKey").and_then(Object::as_i64) {
            next = next.max(n);
        }
        self.next_key += next;
        if let Ok(id_tree) = tree.get(b"IDTree") {
            let mut names = Vec::new();
            name_tree(&objects, id_tree, &mut names)?;
            for (name, value) in names {
                self.id_names
                    .push(([prefix.as_slice(), &name].concat(), value));
            }
        }
        // Element identifiers and the table headers that name them.
        for object in objects.values_mut() {
            let Object::Dictionary(dict) = object else {
                continue;
            };
            if !matches!(dict.get(b"Type"), Ok(Object::Name(n)) if n == b"StructElem") {
                continue;
            }
            if let Ok(Object::String(id, _)) = dict.get_mut(b"ID") {
                id.splice(0..0, prefix.iter().copied());
            }
            if let Ok(attributes) = dict.get_mut(b"A") {
                prefix_headers(attributes, &prefix);
            }
        }

        // Its own bookmarks hang under the bookmark reserved for the part.
        let mut outline = None;
        if let Ok(id) = catalog.get(b"Outlines").and_then(Object::as_reference)
            && let Some(Object::Dictionary(root)) = objects.remove(&id)
            && let (Ok(first), Ok(last)) = (
                root.get(b"First").and_then(Object::as_reference),
                root.get(b"Last").and_then(Object::as_reference),
            )
        {
            let mut count = 0;
            let mut cursor = Some(first);
            while let Some(id) = cursor {
                let item = objects
                    .get_mut(&id)
                    .and_then(|o| o.as_dict_mut().ok())
                    .ok_or_else(|| broken("bookmark"))?;
                item.set("Parent", bookmark);
                count += 1 + item
                    .get(b"Count")
                    .and_then(Object::as_i64)
                    .unwrap_or(0)
                    .max(0);
                cursor = (id != last)
                    .then(|| item.get(b"Next").and_then(Object::as_reference).ok())
                    .flatten();
            }
            outline = Some((first, last, count));
        }

        if let Some(lang) = language {
            let lang = String::from_utf8_lossy(&lang).into_owned();
            if !self.languages.contains(&lang) {
                self.languages.push(lang);
            }
        }
        // Each page's resources in place, so that a stamp can be added to them later.
        let mut page_dicts = Vec::with_capacity(pages.len());
        for id in &pages {
            let resources = match objects.get(id).and_then(|o| o.as_dict().ok()) {
                Some(page) => match page.get(b"Resources") {
                    Ok(Object::Reference(r)) => objects.get(r).cloned(),
                    Ok(direct) => Some(direct.clone()),
                    Err(_) => None,
                },
                None => None,
            };
            let page = objects
                .get_mut(id)
                .and_then(|o| o.as_dict_mut().ok())
                .ok_or_else(|| broken("page"))?;
            if let Some(resources) = resources {
                page.set("Resources", resources);
            }
            page_dicts.push(page.clone());
        }
        for (id, object) in &objects {
            self.write_object(*id, object)?;
        }
        self.parts.push(Part {
            pages,
            last_media_box,
            element,
            outline,
            bookmark,
            ident,
            page_dicts,
        });
        Ok(number)
    }

    /// Lays a stamp over each of `pages` (a part and a page of it): page `k` of `stamps` (a
    /// PDF) over the `k`-th, as a form drawn as an artifact, so that the page's tags are
    /// untouched. The pages are written again with the stamp.
    pub fn stamp(&mut self, pages: &[(usize, usize)], stamps: &[u8]) -> Result<(), PackError> {
        let source = lopdf::Document::load_mem(stamps)?;
        let stamp_pages: Vec<ObjectId> = source.get_pages().into_values().collect();
        let targets: Vec<(ObjectId, usize, usize)> = pages
            .iter()
            .map(|&(part, i)| (self.parts[part].pages[i], part, i))
            .collect();
        if targets.len() != stamp_pages.len() {
            return Err(PackError(format!(
                "{} stamps for {} pages",
                stamp_pages.len(),
                targets.len()
            )));
        }
        // The stamps' fonts and the like: what their pages' resources reach, written once.
        let offset = self.next_id - 1;
        self.next_id = offset + source.max_id + 1;
        let mut reached: std::collections::BTreeSet<ObjectId> = Default::default();
        let mut todo: Vec<Object> = Vec::new();
        let mut forms = Vec::new();
        for page_id in &stamp_pages {
            let page = source.get_dictionary(*page_id)?;
            let resources = match page.get(b"Resources") {
                Ok(Object::Reference(r)) => source.get_dictionary(*r)?.clone(),
                Ok(Object::Dictionary(d)) => d.clone(),
                _ => Dictionary::new(),
            };
            let media_box = page.get(b"MediaBox").cloned().unwrap_or_else(|_| {
                Object::Array(vec![0.into(), 0.into(), 595.2756.into(), 841.8898.into()])
            });
            let content = source.get_page_content(*page_id);
            todo.push(Object::Dictionary(resources.clone()));
            forms.push((resources, media_box, content));
        }
        while let Some(object) = todo.pop() {
            let refs: Vec<ObjectId> = match &object {
                Object::Reference(id) => vec![*id],
                Object::Array(items) => {
                    todo.extend(items.iter().cloned());
                    vec![]
                }
                Object::Dictionary(d) => {
                    todo.extend(d.iter().map(|(_, o)| o.clone()));
                    vec![]
                }
                Object::Stream(st) => {
                    todo.extend(st.dict.iter().map(|(_, o)| o.clone()));
                    vec![]
                }
                _ => vec![],
            };
            for id in refs {
                if reached.insert(id)
                    && let Ok(o) = source.get_object(id)
                {
                    todo.push(o.clone());
                }
            }
        }
        for id in &reached {
            let mut object = source.get_object(*id)?.clone();
            shift(&mut object, offset);
            self.write_object((id.0 + offset, id.1), &object)?;
        }
        // Each page with its stamp drawn last.
        for ((page_id, part, index), (mut resources, media_box, content)) in
            targets.into_iter().zip(forms)
        {
            let mut resources_object = Object::Dictionary(std::mem::take(&mut resources));
            shift(&mut resources_object, offset);
            let mut form = lopdf::Stream::new(
                dictionary! {
                    "Type" => "XObject",
                    "Subtype" => "Form",
                    "BBox" => media_box,
                    "Resources" => resources_object,
                },
                content,
            );
            let _ = form.compress();
            let form_id = self.new_id();
            self.write_object(form_id, &Object::Stream(form))?;
            let mut draw = lopdf::Stream::new(
                Dictionary::new(),
                b"/Artifact BMC q /IepressStamp Do Q EMC\n".to_vec(),
            );
            let _ = draw.compress();
            let draw_id = self.new_id();
            self.write_object(draw_id, &Object::Stream(draw))?;
            let mut page = self.parts[part].page_dicts[index].clone();
            let mut resources = match page.get(b"Resources") {
                Ok(Object::Dictionary(d)) => d.clone(),
                _ => Dictionary::new(),
            };
            let mut xobjects = match resources.get(b"XObject") {
                Ok(Object::Dictionary(d)) => d.clone(),
                _ => Dictionary::new(),
            };
            xobjects.set("IepressStamp", form_id);
            resources.set("XObject", xobjects);
            page.set("Resources", resources);
            let mut contents = match page.get(b"Contents") {
                Ok(Object::Array(a)) => a.clone(),
                Ok(other) => vec![other.clone()],
                Err(_) => Vec::new(),
            };
            contents.push(Object::Reference(draw_id));
            page.set("Contents", contents);
            self.write_object(page_id, &Object::Dictionary(page))?;
        }
        Ok(())
    }

    /// Finishes the pack: the parts' pages in the given order, a blank page after any part
    /// with an odd number of pages (so that every part starts on a right-hand page), the
    /// structure tree, the bookmarks and the metadata. Returns the output and the number of
    /// pages.
    pub fn finish(
        mut self,
        order: &[usize],
        bookmarks: &[Bookmark],
        metadata: &Metadata,
    ) -> Result<(W, usize), PackError> {
        // Pages, with blank ones where a part would otherwise start on a left-hand page.
        let mut kids = Vec::new();
        let mut first_page = vec![None; self.parts.len()];
        let mut elements = Vec::new();
        let mut blanks = Vec::new();
        for &number in order {
            let part = &self.parts[number];
            let Some(&first) = part.pages.first() else {
                continue;
            };
            first_page[number] = Some(first);
            kids.extend(part.pages.iter().map(|&id| Object::Reference(id)));
            if part.pages.len() % 2 == 1 {
                let media_box = part.last_media_box.clone();
                let blank = (self.next_id, 0);
                self.next_id += 1;
                blanks.push((blank, media_box));
                kids.push(Object::Reference(blank));
            }
            if let Some(element) = part.element {
                elements.push(Object::Reference(element));
            }
        }
        for (blank, media_box) in blanks {
            let page = dictionary! {
                "Type" => "Page",
                "Parent" => self.pages_id,
                "MediaBox" => media_box,
                "Resources" => Dictionary::new(),
            };
            self.write_object(blank, &Object::Dictionary(page))?;
        }
        let page_count = kids.len();
        let pages = dictionary! {
            "Type" => "Pages",
            "Count" => page_count as i64,
            "Kids" => kids,
        };
        self.write_object(self.pages_id, &Object::Dictionary(pages))?;

        // The structure tree: one Document element holding every part.
        let language = Object::String(metadata.language.as_bytes().to_vec(), StringFormat::Literal);
        let document = dictionary! {
            "Type" => "StructElem",
            "S" => "Document",
            "P" => self.tree_id,
            "Lang" => language.clone(),
            "K" => elements,
        };
        self.write_object(self.document_id, &Object::Dictionary(document))?;
        self.parent_tree.sort_by_key(|(k, _)| *k);
        let nums: Vec<Object> = std::mem::take(&mut self.parent_tree)
            .into_iter()
            .flat_map(|(k, v)| [Object::Integer(k), v])
            .collect();
        let mut tree = dictionary! {
            "Type" => "StructTreeRoot",
            "K" => vec![Object::Reference(self.document_id)],
            "ParentTree" => dictionary! { "Nums" => nums },
            "ParentTreeNextKey" => self.next_key,
        };
        if !self.role_map.is_empty() {
            tree.set("RoleMap", std::mem::take(&mut self.role_map));
        }
        if !self.id_names.is_empty() {
            self.id_names.sort_by(|a, b| a.0.cmp(&b.0));
            let names: Vec<Object> = std::mem::take(&mut self.id_names)
                .into_iter()
                .flat_map(|(k, v)| [Object::String(k, StringFormat::Literal), v])
                .collect();
            tree.set("IDTree", dictionary! { "Names" => names });
        }
        self.write_object(self.tree_id, &Object::Dictionary(tree))?;

        // Bookmarks.
        let outlines_id = self.new_id();
        let mut items = Vec::new();
        let (first, last, count) =
            self.outline_level(bookmarks, outlines_id, &first_page, &mut items);
        for (id, item) in items {
            self.write_object(id, &Object::Dictionary(item))?;
        }
        let mut outlines = dictionary! { "Type" => "Outlines", "Count" => count };
        if let (Some(first), Some(last)) = (first, last) {
            outlines.set("First", first);
            outlines.set("Last", last);
        }
        self.write_object(outlines_id, &Object::Dictionary(outlines))?;

        // Metadata, catalog, cross-reference table and trailer.
        let ident = crate::typeset::ident(
            &self
                .parts
                .iter()
                .map(|p| p.ident.clone())
                .collect::<Vec<_>>(),
        );
        let (year, month, day) = metadata.date;
        let date = format!("D:{year:04}{month:02}{day:02}000000Z");
        let xmp = xmp(metadata, &self.languages, &ident, page_count);
        let metadata_id = self.new_id();
        let stream = lopdf::Stream::new(
            dictionary! { "Type" => "Metadata", "Subtype" => "XML" },
            xmp.into_bytes(),
        );
        self.write_object(metadata_id, &Object::Stream(stream))?;
        let info_id = self.new_id();
        let info = dictionary! {
            "Title" => text_string(&metadata.title),
            "Author" => text_string(&metadata.author),
            "Creator" => text_string(&format!("iepress {}", env!("CARGO_PKG_VERSION"))),
            "CreationDate" => Object::string_literal(date.clone()),
            "ModDate" => Object::string_literal(date),
        };
        self.write_object(info_id, &Object::Dictionary(info))?;
        let root_id = self.new_id();
        let catalog = dictionary! {
            "Type" => "Catalog",
            "Pages" => self.pages_id,
            "Metadata" => metadata_id,
            "Lang" => language,
            "StructTreeRoot" => self.tree_id,
            "MarkInfo" => dictionary! { "Marked" => true },
            "ViewerPreferences" => dictionary! { "DisplayDocTitle" => true },
            "Outlines" => outlines_id,
            "PageMode" => "UseOutlines",
        };
        self.write_object(root_id, &Object::Dictionary(catalog))?;

        let xref_offset = self.written;
        let size = self.next_id.max(self.offsets.len() as u32);
        let mut xref = format!("xref\n0 {size}\n0000000000 65535 f\r\n");
        for n in 1..size as usize {
            match self.offsets.get(n).copied().flatten() {
                Some((offset, generation)) => {
                    xref.push_str(&format!("{offset:010} {generation:05} n\r\n"))
                }
                None => xref.push_str("0000000000 00001 f\r\n"),
            }
        }
        self.write_bytes(xref.as_bytes())?;
        let id = Object::String(ident.into_bytes(), StringFormat::Hexadecimal);
        let trailer = dictionary! {
            "Size" => size as i64,
            "Root" => root_id,
            "Info" => info_id,
            "ID" => vec![id.clone(), id],
        };
        let mut buffer = b"trailer\n".to_vec();
        lopdf::Writer::write_object(&mut buffer, &Object::Dictionary(trailer))?;
        buffer.extend(format!("\nstartxref\n{xref_offset}\n%%EOF\n").into_bytes());
        self.write_bytes(&buffer)?;
        self.out.flush()?;
        Ok((self.out, page_count))
    }

    /// Lays out one level of bookmarks under `parent` into `items`; returns its first and
    /// last items and the number of items a reader sees at this level (the levels below
    /// start closed).
    fn outline_level(
        &mut self,
        bookmarks: &[Bookmark],
        parent: ObjectId,
        first_page: &[Option<ObjectId>],
        items: &mut Vec<(ObjectId, Dictionary)>,
    ) -> (Option<ObjectId>, Option<ObjectId>, i64) {
        let mut ids = Vec::new();
        for bookmark in bookmarks {
            let id = match bookmark {
                Bookmark::Part { part, .. } => self.parts[*part].bookmark,
                Bookmark::Group { .. } => self.new_id(),
            };
            ids.push(id);
        }
        for (i, bookmark) in bookmarks.iter().enumerate() {
            let (title, part) = match bookmark {
                Bookmark::Group { title, part, .. } | Bookmark::Part { title, part } => {
                    (title, *part)
                }
            };
            let mut item = dictionary! {
                "Title" => text_string(title),
                "Parent" => parent,
            };
            if let Some(Some(page)) = first_page.get(part) {
                item.set("Dest", vec![Object::Reference(*page), "Fit".into()]);
            }
            if i > 0 {
                item.set("Prev", ids[i - 1]);
            }
            if let Some(next) = ids.get(i + 1) {
                item.set("Next", *next);
            }
            let below = match bookmark {
                Bookmark::Group { children, .. } => {
                    let (first, last, _) = self.outline_level(children, ids[i], first_page, items);
                    first.zip(last).map(|(f, l)| (f, l, children.len() as i64))
                }
                Bookmark::Part { part, .. } => self.parts[*part].outline,
            };
            if let Some((first, last, count)) = below {
                item.set("First", first);
                item.set("Last", last);
                // Closed: a negative count is the number a reader would see on opening it.
                item.set("Count", -count);
            }
            items.push((ids[i], item));
        }
        (
            ids.first().copied(),
            ids.last().copied(),
            bookmarks.len() as i64,
        )
    }
}

/// Moves every object number in an object by `offset`.
fn shift(object: &mut Object, offset: u32) {
    match object {
        Object::Reference(id) => id.0 += offset,
        Object::Array(items) => items.iter_mut().for_each(|o| shift(o, offset)),
        Object::Dictionary(dict) => dict.iter_mut().for_each(|(_, o)| shift(o, offset)),
        Object::Stream(stream) => stream.dict.iter_mut().for_each(|(_, o)| shift(o, offset)),
        _ => {}
    }
}

/// The page tree's leaves in order, each given what it inherits from the nodes above.
fn collect_pages(
    objects: &mut BTreeMap<ObjectId, Object>,
    node_id: ObjectId,
    inherited: &Dictionary,
    pages: &mut Vec<ObjectId>,
) -> Result<(), PackError> {
    const INHERITED: [&[u8]; 4] = [b"Resources", b"MediaBox", b"CropBox", b"Rotate"];
    let is_page = matches!(
        objects.get(&node_id).and_then(|o| o.as_dict().ok()).map(|d| d.get(b"Type")),
        Some(Ok(Object::Name(n))) if n == b"Page"
    );
    if is_page {
        let page = objects
            .get_mut(&node_id)
            .and_then(|o| o.as_dict_mut().ok())
            .ok_or_else(|| broken("page"))?;
        for key in INHERITED {
            if !page.has(key)
                && let Ok(value) = inherited.get(key)
            {
                page.set(key.to_vec(), value.clone());
            }
        }
        pages.push(node_id);
        return Ok(());
    }
    let node = objects
        .remove(&node_id)
        .ok_or_else(|| broken("page tree"))?;
    let node = node.as_dict()?;
    let mut passed = inherited.clone();
    for key in INHERITED {
        if let Ok(value) = node.get(key) {
            passed.set(key.to_vec(), value.clone());
        }
    }
    for kid in node.get(b"Kids").and_then(Object::as_array)? {
        collect_pages(objects, kid.as_reference()?, &passed, pages)?;
    }
    Ok(())
}

/// The children of a structure element's `K`: one object or an array of them.
fn kids(k: Option<&Object>) -> Vec<Object> {
    match k {
        Some(Object::Array(items)) => items.clone(),
        Some(other) => vec![other.clone()],
        None => vec![],
    }
}

fn resolve_dict<'a>(
    objects: &'a BTreeMap<ObjectId, Object>,
    object: &'a Object,
) -> Result<&'a Dictionary, lopdf::Error> {
    match object {
        Object::Reference(id) => objects
            .get(id)
            .ok_or(lopdf::Error::ObjectNotFound(*id))?
            .as_dict(),
        other => other.as_dict(),
    }
}

/// Every entry of a number tree (the parent tree).
fn number_tree(
    objects: &BTreeMap<ObjectId, Object>,
    node: &Object,
    out: &mut Vec<(i64, Object)>,
) -> Result<(), PackError> {
    let node = resolve_dict(objects, node)?;
    if let Ok(nums) = node.get(b"Nums").and_then(Object::as_array) {
        for pair in nums.chunks(2) {
            if let [key, value] = pair {
                out.push((key.as_i64()?, value.clone()));
            }
        }
    }
    if let Ok(kids) = node.get(b"Kids").and_then(Object::as_array) {
        for kid in kids {
            number_tree(objects, kid, out)?;
        }
    }
    Ok(())
}

/// Every entry of a name tree (the identifier tree).
fn name_tree(
    objects: &BTreeMap<ObjectId, Object>,
    node: &Object,
    out: &mut Vec<(Vec<u8>, Object)>,
) -> Result<(), PackError> {
    let node = resolve_dict(objects, node)?;
    if let Ok(names) = node.get(b"Names").and_then(Object::as_array) {
        for pair in names.chunks(2) {
            if let [key, value] = pair {
                out.push((key.as_str()?.to_vec(), value.clone()));
            }
        }
    }
    if let Ok(kids) = node.get(b"Kids").and_then(Object::as_array) {
        for kid in kids {
            name_tree(objects, kid, out)?;
        }
    }
    Ok(())
}

/// Prefixes the element identifiers a table cell's `Headers` attribute names.
fn prefix_headers(attributes: &mut Object, prefix: &[u8]) {
    match attributes {
        Object::Array(items) => items.iter_mut().for_each(|a| prefix_headers(a, prefix)),
        Object::Dictionary(dict) => {
            if let Ok(Object::Array(headers)) = dict.get_mut(b"Headers") {
                for header in headers {
                    if let Object::String(id, _) = header {
                        id.splice(0..0, prefix.iter().copied());
                    }
                }
            }
        }
        _ => {}
    }
}

/// A PDF text string: ASCII as it is, anything else as UTF-16 with a byte order mark.
fn text_string(text: &str) -> Object {
    if text.is_ascii() {
        Object::string_literal(text)
    } else {
        let mut bytes = vec![0xFE, 0xFF];
        bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

/// The XMP metadata: title, author, languages, dates and the PDF/UA identification.
fn xmp(metadata: &Metadata, languages: &[String], ident: &str, pages: usize) -> String {
    fn escape(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    }
    let (year, month, day) = metadata.date;
    let date = format!("{year:04}-{month:02}-{day:02}T00:00:00+00:00");
    let mut all = vec![metadata.language.clone()];
    all.extend(
        languages
            .iter()
            .filter(|l| **l != metadata.language)
            .cloned(),
    );
    let languages: String = all
        .iter()
        .map(|l| format!("<rdf:li>{}</rdf:li>", escape(l)))
        .collect();
    format!(
        concat!(
            "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>",
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" ",
            "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\" ",
            "xmlns:xmpTPg=\"http://ns.adobe.com/xap/1.0/t/pg/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" ",
            "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">",
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{title}</rdf:li></rdf:Alt></dc:title>",
            "<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>",
            "<dc:language><rdf:Bag>{languages}</rdf:Bag></dc:language>",
            "<dc:format>application/pdf</dc:format>",
            "<xmp:CreatorTool>iepress {version}</xmp:CreatorTool>",
            "<xmp:CreateDate>{date}</xmp:CreateDate><xmp:ModifyDate>{date}</xmp:ModifyDate>",
            "<xmpMM:DocumentID>{ident}</xmpMM:DocumentID><xmpMM:InstanceID>{ident}</xmpMM:InstanceID>",
            "<xmpTPg:NPages>{pages}</xmpTPg:NPages><pdf:PDFVersion>1.7</pdf:PDFVersion>",
            "<pdfuaid:part>1</pdfuaid:part>",
            "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"r\"?>"
        ),
        title = escape(&metadata.title),
        author = escape(&metadata.author),
        languages = languages,
        version = env!("CARGO_PKG_VERSION"),
        date = date,
        ident = ident,
        pages = pages,
    )
}
